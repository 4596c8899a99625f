/*
 * Copyright 2026 The sqskit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.sqskit.samples;

/**
 * A message body that is not an order: retrying cannot help, so it goes to the dead-letter queue.
 */
public final class MalformedOrderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;

  public MalformedOrderException(String reason) {
    super(reason);
    this.reason = reason;
  }

  /** What is wrong with the body, as the dead-letter queue records it. */
  public String reason() {
    return reason;
  }
}

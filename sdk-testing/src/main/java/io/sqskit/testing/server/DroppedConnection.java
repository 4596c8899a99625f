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
package io.sqskit.testing.server;

/**
 * Ends a call without an answer (an injected dropped connection, or a server closing mid-call): the
 * JDK server then closes the connection without a response, a direct call throws an {@link
 * java.io.IOException}.
 */
final class DroppedConnection extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DroppedConnection() {
    super(null, null, false, false);
  }
}

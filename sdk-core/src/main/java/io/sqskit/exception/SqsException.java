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
package io.sqskit.exception;

/**
 * Root of every exception the client throws for a failed call. Unchecked.
 *
 * @since 0.1
 */
public class SqsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An error with a message.
   *
   * @param message what went wrong
   */
  public SqsException(String message) {
    super(message);
  }

  /**
   * An error with a message and its cause.
   *
   * @param message what went wrong
   * @param cause the exception that caused it
   */
  public SqsException(String message, Throwable cause) {
    super(message, cause);
  }
}

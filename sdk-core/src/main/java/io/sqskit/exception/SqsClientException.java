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
 * The call failed without an answer from the service: I/O error, timeout, signing failure,
 * unreadable response, or a checksum (MD5) mismatch.
 *
 * @since 0.1
 */
public class SqsClientException extends SqsException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure without a service answer with a message.
   *
   * @param message what went wrong
   */
  public SqsClientException(String message) {
    super(message);
  }

  /**
   * A failure without a service answer with a message and its cause.
   *
   * @param message what went wrong
   * @param cause the exception that caused it
   */
  public SqsClientException(String message, Throwable cause) {
    super(message, cause);
  }
}

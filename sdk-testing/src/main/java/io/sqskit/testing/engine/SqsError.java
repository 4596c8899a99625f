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
package io.sqskit.testing.engine;

import java.util.Objects;

/**
 * An SQS error raised by the engine (or by a protocol adapter for malformed input); the fronts only
 * render it. Carries no stack trace: it is an answer, not a bug.
 */
public final class SqsError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The error's row in SQS's table. */
  private final SqsErrorCode code;

  /** The message over Query; the exception's own message is the JSON one. */
  private final String queryMessage;

  /**
   * An error whose message is the same over both protocols.
   *
   * @param code the error's row in SQS's table
   * @param message the message, as SQS words it
   */
  public SqsError(SqsErrorCode code, String message) {
    this(code, message, message);
  }

  /**
   * An error whose message differs by protocol (real SQS does this in places, for example "The
   * specified queue does not exist." over JSON and "... for this wsdl version." over Query).
   *
   * @param code the error's row in SQS's table
   * @param jsonMessage the message over AWS JSON 1.0
   * @param queryMessage the message over Query
   */
  public SqsError(SqsErrorCode code, String jsonMessage, String queryMessage) {
    super(jsonMessage, null, false, false);
    this.code = Objects.requireNonNull(code, "code");
    this.queryMessage = queryMessage;
  }

  /** {@return the error's row: codes, HTTP status, fault side} */
  public SqsErrorCode code() {
    return code;
  }

  /** {@return the message sent over AWS JSON 1.0} */
  public String jsonMessage() {
    // Non-null: both constructors hand their non-null JSON message to the superclass.
    return Objects.requireNonNull(getMessage());
  }

  /** {@return the message sent over Query/XML} */
  public String queryMessage() {
    return queryMessage;
  }
}

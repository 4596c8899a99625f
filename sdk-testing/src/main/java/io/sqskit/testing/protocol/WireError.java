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
package io.sqskit.testing.protocol;

import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import org.jspecify.annotations.Nullable;

/**
 * An error as it goes on the wire: JSON {@code __type}, Query code, HTTP status, fault and message.
 *
 * <p>Most come from an {@link SqsError}; a few JSON-only answers (unreadable JSON, unknown target)
 * have no Query code and are built directly.
 *
 * @param jsonType the full JSON {@code __type}, e.g. {@code com.amazonaws.sqs#QueueDoesNotExist}
 * @param queryCode the Query code, also sent in {@code x-amzn-query-error}; null when there is none
 * @param status the HTTP status
 * @param senderFault {@code Sender} when true, {@code Receiver} when false
 * @param jsonMessage the message over JSON, or null for none
 * @param queryMessage the message over Query
 */
public record WireError(
    String jsonType,
    @Nullable String queryCode,
    int status,
    boolean senderFault,
    @Nullable String jsonMessage,
    String queryMessage) {

  private static final String SQS_NAMESPACE = "com.amazonaws.sqs#";

  /** The wire form of an engine error. */
  public static WireError of(SqsError error) {
    SqsErrorCode code = error.code();
    return new WireError(
        SQS_NAMESPACE + jsonTypeOf(code),
        code.queryCode(),
        code.httpStatus(),
        code.senderFault(),
        error.jsonMessage(),
        error.queryMessage());
  }

  /** The wire form of an error code with one message for both protocols. */
  public static WireError of(SqsErrorCode code, String message) {
    return of(new SqsError(code, message));
  }

  /** {@code Sender} or {@code Receiver}, as in Query's {@code <Type>} and x-amzn-query-error. */
  public String fault() {
    return senderFault ? "Sender" : "Receiver";
  }

  /**
   * The JSON type. Real SQS names two of the common errors differently over JSON: recorded
   * responses ({@code recorded/test_sqs.snapshot.json}, e.g.
   * test_send_receive_max_number_of_messages and test_send_empty_message) carry {@code
   * InvalidParameterValueException} and {@code MissingRequiredParameterException} in {@code __type}
   * while the Query code stays {@code InvalidParameterValue} / {@code MissingParameter}.
   */
  private static String jsonTypeOf(SqsErrorCode code) {
    switch (code) {
      case INVALID_PARAMETER_VALUE:
        return "InvalidParameterValueException";
      case MISSING_PARAMETER:
        return "MissingRequiredParameterException";
      default:
        return code.jsonType();
    }
  }
}

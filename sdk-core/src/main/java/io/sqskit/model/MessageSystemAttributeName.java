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
package io.sqskit.model;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The names of the system attributes {@code ReceiveMessage} can return with a message.
 *
 * <p>Responses keep names as strings, so a name SQS adds later is never rejected; {@link
 * #fromValue(String)} returns null for it.
 *
 * @since 0.1
 */
public enum MessageSystemAttributeName {
  ALL("All"),
  SENDER_ID("SenderId"),
  SENT_TIMESTAMP("SentTimestamp"),
  APPROXIMATE_RECEIVE_COUNT("ApproximateReceiveCount"),
  APPROXIMATE_FIRST_RECEIVE_TIMESTAMP("ApproximateFirstReceiveTimestamp"),
  SEQUENCE_NUMBER("SequenceNumber"),
  MESSAGE_DEDUPLICATION_ID("MessageDeduplicationId"),
  MESSAGE_GROUP_ID("MessageGroupId"),
  AWS_TRACE_HEADER("AWSTraceHeader"),
  DEAD_LETTER_QUEUE_SOURCE_ARN("DeadLetterQueueSourceArn");

  private static final Map<String, MessageSystemAttributeName> BY_VALUE = new HashMap<>();

  static {
    for (MessageSystemAttributeName name : values()) {
      BY_VALUE.put(name.value, name);
    }
  }

  private final String value;

  MessageSystemAttributeName(String value) {
    this.value = value;
  }

  /** The name as SQS spells it on the wire. */
  public String value() {
    return value;
  }

  /** The constant for a wire name, or null when this client does not know the name. */
  public static @Nullable MessageSystemAttributeName fromValue(String value) {
    return BY_VALUE.get(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

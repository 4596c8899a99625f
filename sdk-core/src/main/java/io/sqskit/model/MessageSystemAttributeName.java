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
  /** {@code All}: every system attribute. */
  ALL("All"),
  /** {@code SenderId}: the account or IAM principal that sent the message. */
  SENDER_ID("SenderId"),
  /** {@code SentTimestamp}: when the message was sent, epoch milliseconds. */
  SENT_TIMESTAMP("SentTimestamp"),
  /** {@code ApproximateReceiveCount}: how often the message was received. */
  APPROXIMATE_RECEIVE_COUNT("ApproximateReceiveCount"),
  /** {@code ApproximateFirstReceiveTimestamp}: the first receive, epoch milliseconds. */
  APPROXIMATE_FIRST_RECEIVE_TIMESTAMP("ApproximateFirstReceiveTimestamp"),
  /** {@code SequenceNumber}: the sequence number SQS gave a FIFO message. */
  SEQUENCE_NUMBER("SequenceNumber"),
  /** {@code MessageDeduplicationId}: the deduplication id of a FIFO message. */
  MESSAGE_DEDUPLICATION_ID("MessageDeduplicationId"),
  /** {@code MessageGroupId}: the message group of a FIFO message. */
  MESSAGE_GROUP_ID("MessageGroupId"),
  /** {@code AWSTraceHeader}: the AWS X-Ray trace header sent with the message. */
  AWS_TRACE_HEADER("AWSTraceHeader"),
  /** {@code DeadLetterQueueSourceArn}: the queue a dead-lettered message came from. */
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

  /** {@return the name as SQS spells it on the wire} */
  public String value() {
    return value;
  }

  /**
   * {@return the constant for a wire name, or null when this client does not know the name}
   *
   * @param value the name as SQS writes it
   */
  public static @Nullable MessageSystemAttributeName fromValue(String value) {
    return BY_VALUE.get(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

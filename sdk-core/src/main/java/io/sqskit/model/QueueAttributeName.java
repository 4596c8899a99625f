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
 * The names of queue attributes, for {@code CreateQueue}, {@code GetQueueAttributes} and {@code
 * SetQueueAttributes}.
 *
 * <p>Responses keep names as strings, so a name SQS adds later is never rejected; {@link
 * #fromValue(String)} returns null for it.
 *
 * @since 0.1
 */
public enum QueueAttributeName {
  /** {@code All}: every attribute, in {@code GetQueueAttributes} only. */
  ALL("All"),
  /** {@code Policy}: the queue's access policy, a JSON document. */
  POLICY("Policy"),
  /** {@code VisibilityTimeout}: seconds a received message stays hidden, 0 to 43,200. */
  VISIBILITY_TIMEOUT("VisibilityTimeout"),
  /** {@code MaximumMessageSize}: the largest message in bytes, 1,024 to 1,048,576. */
  MAXIMUM_MESSAGE_SIZE("MaximumMessageSize"),
  /** {@code MessageRetentionPeriod}: seconds a message is kept, 60 to 1,209,600. */
  MESSAGE_RETENTION_PERIOD("MessageRetentionPeriod"),
  /** {@code ApproximateNumberOfMessages}: messages ready to receive (read only). */
  APPROXIMATE_NUMBER_OF_MESSAGES("ApproximateNumberOfMessages"),
  /** {@code ApproximateNumberOfMessagesNotVisible}: messages in flight (read only). */
  APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE("ApproximateNumberOfMessagesNotVisible"),
  /** {@code CreatedTimestamp}: when the queue was created, epoch seconds (read only). */
  CREATED_TIMESTAMP("CreatedTimestamp"),
  /** {@code LastModifiedTimestamp}: when an attribute last changed, epoch seconds (read only). */
  LAST_MODIFIED_TIMESTAMP("LastModifiedTimestamp"),
  /** {@code QueueArn}: the queue's ARN (read only). */
  QUEUE_ARN("QueueArn"),
  /** {@code ApproximateNumberOfMessagesDelayed}: messages not yet due (read only). */
  APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED("ApproximateNumberOfMessagesDelayed"),
  /** {@code DelaySeconds}: seconds every new message waits before it can be received, 0 to 900. */
  DELAY_SECONDS("DelaySeconds"),
  /** {@code ReceiveMessageWaitTimeSeconds}: the default long-poll wait, 0 to 20 seconds. */
  RECEIVE_MESSAGE_WAIT_TIME_SECONDS("ReceiveMessageWaitTimeSeconds"),
  /** {@code RedrivePolicy}: the dead-letter queue and {@code maxReceiveCount}, a JSON document. */
  REDRIVE_POLICY("RedrivePolicy"),
  /** {@code FifoQueue}: {@code true} for a FIFO queue, set at creation only. */
  FIFO_QUEUE("FifoQueue"),
  /**
   * {@code ContentBasedDeduplication}: a FIFO queue derives deduplication ids from the body's
   * SHA-256.
   */
  CONTENT_BASED_DEDUPLICATION("ContentBasedDeduplication"),
  /** {@code KmsMasterKeyId}: the KMS key that encrypts messages. */
  KMS_MASTER_KEY_ID("KmsMasterKeyId"),
  /** {@code KmsDataKeyReusePeriodSeconds}: seconds a data key is reused, 60 to 86,400. */
  KMS_DATA_KEY_REUSE_PERIOD_SECONDS("KmsDataKeyReusePeriodSeconds"),
  /**
   * {@code DeduplicationScope}: {@code messageGroup} or {@code queue}, for high-throughput FIFO
   * queues.
   */
  DEDUPLICATION_SCOPE("DeduplicationScope"),
  /** {@code FifoThroughputLimit}: {@code perQueue} or {@code perMessageGroupId}. */
  FIFO_THROUGHPUT_LIMIT("FifoThroughputLimit"),
  /** {@code RedriveAllowPolicy}: which source queues may use this queue as dead-letter queue. */
  REDRIVE_ALLOW_POLICY("RedriveAllowPolicy"),
  /** {@code SqsManagedSseEnabled}: server-side encryption with keys SQS owns. */
  SQS_MANAGED_SSE_ENABLED("SqsManagedSseEnabled");

  private static final Map<String, QueueAttributeName> BY_VALUE = new HashMap<>();

  static {
    for (QueueAttributeName name : values()) {
      BY_VALUE.put(name.value, name);
    }
  }

  private final String value;

  QueueAttributeName(String value) {
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
  public static @Nullable QueueAttributeName fromValue(String value) {
    return BY_VALUE.get(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

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
  ALL("All"),
  POLICY("Policy"),
  VISIBILITY_TIMEOUT("VisibilityTimeout"),
  MAXIMUM_MESSAGE_SIZE("MaximumMessageSize"),
  MESSAGE_RETENTION_PERIOD("MessageRetentionPeriod"),
  APPROXIMATE_NUMBER_OF_MESSAGES("ApproximateNumberOfMessages"),
  APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE("ApproximateNumberOfMessagesNotVisible"),
  CREATED_TIMESTAMP("CreatedTimestamp"),
  LAST_MODIFIED_TIMESTAMP("LastModifiedTimestamp"),
  QUEUE_ARN("QueueArn"),
  APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED("ApproximateNumberOfMessagesDelayed"),
  DELAY_SECONDS("DelaySeconds"),
  RECEIVE_MESSAGE_WAIT_TIME_SECONDS("ReceiveMessageWaitTimeSeconds"),
  REDRIVE_POLICY("RedrivePolicy"),
  FIFO_QUEUE("FifoQueue"),
  CONTENT_BASED_DEDUPLICATION("ContentBasedDeduplication"),
  KMS_MASTER_KEY_ID("KmsMasterKeyId"),
  KMS_DATA_KEY_REUSE_PERIOD_SECONDS("KmsDataKeyReusePeriodSeconds"),
  DEDUPLICATION_SCOPE("DeduplicationScope"),
  FIFO_THROUGHPUT_LIMIT("FifoThroughputLimit"),
  REDRIVE_ALLOW_POLICY("RedriveAllowPolicy"),
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

  /** The name as SQS spells it on the wire. */
  public String value() {
    return value;
  }

  /** The constant for a wire name, or null when this client does not know the name. */
  public static @Nullable QueueAttributeName fromValue(String value) {
    return BY_VALUE.get(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

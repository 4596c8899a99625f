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
package io.sqskit.junit;

import java.util.Map;
import java.util.Objects;

/**
 * A message as a {@link TestQueue} helper saw it.
 *
 * @param messageId the id SQS gave the message
 * @param body the message body
 * @param attributes system attributes such as {@code ApproximateReceiveCount} or {@code
 *     MessageGroupId}
 * @param messageAttributes message attributes: string and number values as sent, binary values in
 *     base64
 * @since 0.1
 */
public record QueueMessage(
    String messageId,
    String body,
    Map<String, String> attributes,
    Map<String, String> messageAttributes) {

  /**
   * Checks for nulls and copies the maps.
   *
   * @param messageId the id SQS gave the message
   * @param body the message body
   * @param attributes system attributes such as {@code ApproximateReceiveCount} or {@code
   *     MessageGroupId}
   * @param messageAttributes message attributes: string and number values as sent, binary values in
   *     base64
   */
  public QueueMessage {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(body, "body");
    attributes = Map.copyOf(attributes);
    messageAttributes = Map.copyOf(messageAttributes);
  }
}

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

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One message that {@code SendMessageBatch} accepted.
 *
 * @param id the entry id from the request
 * @param messageId the id SQS gave the message
 * @param md5OfMessageBody the MD5 of the body as SQS received it
 * @param md5OfMessageAttributes the MD5 of the message attributes, or null when there were none
 * @param md5OfMessageSystemAttributes the MD5 of the system attributes, or null when there were
 *     none
 * @param sequenceNumber the FIFO sequence number, or null on standard queues
 * @since 0.1
 */
public record SendMessageBatchResultEntry(
    String id,
    String messageId,
    String md5OfMessageBody,
    @Nullable String md5OfMessageAttributes,
    @Nullable String md5OfMessageSystemAttributes,
    @Nullable String sequenceNumber) {

  /**
   * Checks that the members SQS always sends (required in its service model) are there.
   *
   * @param id the entry id from the request
   * @param messageId the id SQS gave the message
   * @param md5OfMessageBody the MD5 of the body as SQS received it
   * @param md5OfMessageAttributes the MD5 of the message attributes, or null when there were none
   * @param md5OfMessageSystemAttributes the MD5 of the system attributes, or null when there were
   *     none
   * @param sequenceNumber the FIFO sequence number, or null on standard queues
   */
  public SendMessageBatchResultEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(md5OfMessageBody, "md5OfMessageBody");
  }
}

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
package io.sqskit.internal;

import io.sqskit.exception.SqsClientException;
import io.sqskit.internal.checksum.AttributesMd5;
import io.sqskit.internal.checksum.Md5;
import io.sqskit.model.Message;
import io.sqskit.model.MessageAttributeValue;
import io.sqskit.model.SendMessageBatchRequest;
import io.sqskit.model.SendMessageBatchRequestEntry;
import io.sqskit.model.SendMessageBatchResponse;
import io.sqskit.model.SendMessageBatchResultEntry;
import io.sqskit.model.SendMessageRequest;
import io.sqskit.model.SendMessageResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks the MD5 digests SQS returns against the messages, as the AWS SDKs do: the body on every
 * send and receive, the message attributes and the message system attributes when there are any.
 *
 * <p>A mismatch means the message was changed between the client and SQS; it fails the call with an
 * {@link SqsClientException} naming the message id, the digest and both values.
 */
final class MessageChecksums {
  private MessageChecksums() {}

  static void verify(SendMessageRequest request, SendMessageResponse response) {
    check(
        response.messageId(),
        // RequestValidator.sendMessage has rejected a request without a body
        Objects.requireNonNull(request.messageBody()),
        request.messageAttributes(),
        request.messageSystemAttributes(),
        response.md5OfMessageBody(),
        response.md5OfMessageAttributes(),
        response.md5OfMessageSystemAttributes());
  }

  static void verify(SendMessageBatchRequest request, SendMessageBatchResponse response) {
    Map<String, SendMessageBatchRequestEntry> byId = new HashMap<>();
    for (SendMessageBatchRequestEntry entry : request.entries()) {
      byId.put(entry.id(), entry);
    }
    for (SendMessageBatchResultEntry result : response.successful()) {
      SendMessageBatchRequestEntry sent = byId.get(result.id());
      if (sent == null) {
        throw new SqsClientException(
            "SendMessageBatch result names entry id "
                + result.id()
                + " (message "
                + result.messageId()
                + "), which was not in the request");
      }
      check(
          result.messageId(),
          // RequestValidator.sendMessageBatch has rejected an entry without a body
          Objects.requireNonNull(sent.messageBody()),
          sent.messageAttributes(),
          sent.messageSystemAttributes(),
          result.md5OfMessageBody(),
          result.md5OfMessageAttributes(),
          result.md5OfMessageSystemAttributes());
    }
  }

  static void verify(List<Message> messages) {
    for (Message m : messages) {
      if (m.body() != null) {
        compare(m.messageId(), "MD5OfBody", Md5.ofText(m.body()), m.md5OfBody());
      }
      if (!m.messageAttributes().isEmpty()) {
        compare(
            m.messageId(),
            "MD5OfMessageAttributes",
            attributesMd5(m.messageId(), m.messageAttributes()),
            m.md5OfMessageAttributes());
      }
    }
  }

  private static void check(
      @Nullable String messageId,
      String body,
      Map<String, MessageAttributeValue> attributes,
      Map<String, MessageAttributeValue> systemAttributes,
      @Nullable String md5OfBody,
      @Nullable String md5OfAttributes,
      @Nullable String md5OfSystemAttributes) {
    compare(messageId, "MD5OfMessageBody", Md5.ofText(body), md5OfBody);
    if (!attributes.isEmpty()) {
      compare(
          messageId,
          "MD5OfMessageAttributes",
          attributesMd5(messageId, attributes),
          md5OfAttributes);
    }
    if (!systemAttributes.isEmpty()) {
      compare(
          messageId,
          "MD5OfMessageSystemAttributes",
          attributesMd5(messageId, systemAttributes),
          md5OfSystemAttributes);
    }
  }

  private static void compare(
      @Nullable String messageId, String digest, String computed, @Nullable String returned) {
    if (returned == null || !computed.equalsIgnoreCase(returned)) {
      throw new SqsClientException(
          digest
              + " mismatch for message "
              + messageId
              + ": SQS returned "
              + returned
              + " but the client computed "
              + computed
              + "; the message was changed in transit (disable with md5Validation(false))");
    }
  }

  private static String attributesMd5(
      @Nullable String messageId, Map<String, MessageAttributeValue> attributes) {
    try {
      // callers pass a non-empty map, whose checksum is never null
      return Objects.requireNonNull(AttributesMd5.of(entries(attributes)));
    } catch (IllegalArgumentException e) {
      throw new SqsClientException(
          "Cannot check the attributes of message " + messageId + ": " + e.getMessage(), e);
    }
  }

  private static List<AttributesMd5.Entry> entries(Map<String, MessageAttributeValue> attributes) {
    List<AttributesMd5.Entry> entries = new ArrayList<>(attributes.size());
    for (Map.Entry<String, MessageAttributeValue> e : attributes.entrySet()) {
      MessageAttributeValue v = e.getValue();
      entries.add(
          new AttributesMd5.Entry(e.getKey(), v.dataType(), v.stringValue(), v.binaryValue()));
    }
    return entries;
  }
}

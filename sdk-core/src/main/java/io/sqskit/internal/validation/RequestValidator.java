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
package io.sqskit.internal.validation;

import io.sqskit.model.AddPermissionRequest;
import io.sqskit.model.CancelMessageMoveTaskRequest;
import io.sqskit.model.ChangeMessageVisibilityBatchRequest;
import io.sqskit.model.ChangeMessageVisibilityBatchRequestEntry;
import io.sqskit.model.ChangeMessageVisibilityRequest;
import io.sqskit.model.CreateQueueRequest;
import io.sqskit.model.DeleteMessageBatchRequest;
import io.sqskit.model.DeleteMessageBatchRequestEntry;
import io.sqskit.model.DeleteMessageRequest;
import io.sqskit.model.GetQueueAttributesRequest;
import io.sqskit.model.GetQueueUrlRequest;
import io.sqskit.model.ListDeadLetterSourceQueuesRequest;
import io.sqskit.model.ListMessageMoveTasksRequest;
import io.sqskit.model.ListQueuesRequest;
import io.sqskit.model.MessageAttributeValue;
import io.sqskit.model.ReceiveMessageRequest;
import io.sqskit.model.RemovePermissionRequest;
import io.sqskit.model.SendMessageBatchRequest;
import io.sqskit.model.SendMessageBatchRequestEntry;
import io.sqskit.model.SendMessageRequest;
import io.sqskit.model.SetQueueAttributesRequest;
import io.sqskit.model.StartMessageMoveTaskRequest;
import io.sqskit.model.TagQueueRequest;
import io.sqskit.model.UntagQueueRequest;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Rejects, before anything is sent, the requests SQS would reject for their shape alone.
 *
 * <p>Each failure is an {@link IllegalArgumentException} whose message names the SQS parameter and
 * the bad value, in SQS's own wording where it is known from recorded responses ({@code Value 11
 * for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.},
 * {@code The request must contain the parameter MessageBody.}). Rules that depend on the queue
 * (body size against {@code MaximumMessageSize}, FIFO-only parameters) are left to SQS: the client
 * cannot know the queue's settings and must never reject what SQS would accept.
 */
public final class RequestValidator {
  /** SQS's limit on message attributes per message. */
  static final int MAX_MESSAGE_ATTRIBUTES = 10;

  /** SQS's limit on entries per batch call. */
  static final int MAX_BATCH_ENTRIES = 10;

  /** FIFO ids (group, deduplication, receive attempt) are at most 128 characters. */
  static final int MAX_FIFO_ID_LENGTH = 128;

  private RequestValidator() {}

  public static void addPermission(AddPermissionRequest r) {
    required("QueueUrl", r.queueUrl());
    required("Label", r.label());
    required("AWSAccountId.1", r.awsAccountIds());
    required("ActionName.1", r.actions());
  }

  public static void cancelMessageMoveTask(CancelMessageMoveTaskRequest r) {
    required("TaskHandle", r.taskHandle());
  }

  public static void changeMessageVisibility(ChangeMessageVisibilityRequest r) {
    required("QueueUrl", r.queueUrl());
    required("ReceiptHandle", r.receiptHandle());
    if (r.visibilityTimeout() == null) {
      throw missing("VisibilityTimeout");
    }
    visibilityTimeout("VisibilityTimeout", r.visibilityTimeout());
  }

  public static void changeMessageVisibilityBatch(ChangeMessageVisibilityBatchRequest r) {
    required("QueueUrl", r.queueUrl());
    String prefix = "ChangeMessageVisibilityBatchRequestEntry";
    List<ChangeMessageVisibilityBatchRequestEntry> entries = r.entries();
    batchSize(prefix, entries.size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      ChangeMessageVisibilityBatchRequestEntry e = entries.get(i);
      batchId(prefix, i + 1, e.id(), ids);
      if (e.receiptHandle() == null) {
        throw missing(name(prefix, i + 1, "ReceiptHandle"));
      }
      range(prefix, i + 1, "VisibilityTimeout", e.visibilityTimeout(), 0, 43_200);
    }
  }

  public static void createQueue(CreateQueueRequest r) {
    String queueName = r.queueName();
    if (queueName == null) {
      throw missing("QueueName");
    }
    queueName(queueName);
  }

  public static void deleteMessage(DeleteMessageRequest r) {
    required("QueueUrl", r.queueUrl());
    required("ReceiptHandle", r.receiptHandle());
  }

  public static void deleteMessageBatch(DeleteMessageBatchRequest r) {
    required("QueueUrl", r.queueUrl());
    String prefix = "DeleteMessageBatchRequestEntry";
    List<DeleteMessageBatchRequestEntry> entries = r.entries();
    batchSize(prefix, entries.size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      DeleteMessageBatchRequestEntry e = entries.get(i);
      batchId(prefix, i + 1, e.id(), ids);
      if (e.receiptHandle() == null) {
        throw missing(name(prefix, i + 1, "ReceiptHandle"));
      }
    }
  }

  /** For the calls whose only required member is the queue URL. */
  public static void queueUrl(@Nullable String queueUrl) {
    required("QueueUrl", queueUrl);
  }

  public static void getQueueAttributes(GetQueueAttributesRequest r) {
    required("QueueUrl", r.queueUrl());
  }

  public static void getQueueUrl(GetQueueUrlRequest r) {
    required("QueueName", r.queueName());
  }

  public static void listDeadLetterSourceQueues(ListDeadLetterSourceQueuesRequest r) {
    required("QueueUrl", r.queueUrl());
    range("MaxResults", r.maxResults(), 1, 1000);
  }

  public static void listMessageMoveTasks(ListMessageMoveTasksRequest r) {
    required("SourceArn", r.sourceArn());
    range("MaxResults", r.maxResults(), 1, 10);
  }

  public static void listQueues(ListQueuesRequest r) {
    range("MaxResults", r.maxResults(), 1, 1000);
  }

  public static void receiveMessage(ReceiveMessageRequest r) {
    required("QueueUrl", r.queueUrl());
    Integer max = r.maxNumberOfMessages();
    if (max != null && (max < 1 || max > 10)) {
      throw invalid("MaxNumberOfMessages", max, "Must be between 1 and 10, if provided.");
    }
    range("WaitTimeSeconds", r.waitTimeSeconds(), 0, 20);
    if (r.visibilityTimeout() != null) {
      visibilityTimeout("VisibilityTimeout", r.visibilityTimeout());
    }
    fifoId(null, 0, "ReceiveRequestAttemptId", r.receiveRequestAttemptId());
  }

  public static void removePermission(RemovePermissionRequest r) {
    required("QueueUrl", r.queueUrl());
    required("Label", r.label());
  }

  public static void sendMessage(SendMessageRequest r) {
    required("QueueUrl", r.queueUrl());
    message(
        null,
        0,
        r.messageBody(),
        r.delaySeconds(),
        r.messageAttributes(),
        r.messageSystemAttributes(),
        r.messageDeduplicationId(),
        r.messageGroupId());
  }

  public static void sendMessageBatch(SendMessageBatchRequest r) {
    required("QueueUrl", r.queueUrl());
    String prefix = "SendMessageBatchRequestEntry";
    List<SendMessageBatchRequestEntry> entries = r.entries();
    batchSize(prefix, entries.size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      SendMessageBatchRequestEntry e = entries.get(i);
      batchId(prefix, i + 1, e.id(), ids);
      message(
          prefix,
          i + 1,
          e.messageBody(),
          e.delaySeconds(),
          e.messageAttributes(),
          e.messageSystemAttributes(),
          e.messageDeduplicationId(),
          e.messageGroupId());
    }
  }

  public static void setQueueAttributes(SetQueueAttributesRequest r) {
    required("QueueUrl", r.queueUrl());
    if (r.attributes().isEmpty()) {
      throw missing("Attribute.1.Name");
    }
  }

  public static void startMessageMoveTask(StartMessageMoveTaskRequest r) {
    required("SourceArn", r.sourceArn());
    range("MaxNumberOfMessagesPerSecond", r.maxNumberOfMessagesPerSecond(), 1, 500);
  }

  public static void tagQueue(TagQueueRequest r) {
    required("QueueUrl", r.queueUrl());
    if (r.tags().isEmpty()) {
      throw missing("Tag.1.Key");
    }
  }

  public static void untagQueue(UntagQueueRequest r) {
    required("QueueUrl", r.queueUrl());
    required("TagKey.1", r.tagKeys());
  }

  // ---- rules shared by several calls

  /**
   * The rules of one message; {@code entry} and {@code index} name a batch entry, or are null and
   * 0.
   */
  private static void message(
      @Nullable String entry,
      int index,
      @Nullable String body,
      @Nullable Integer delaySeconds,
      Map<String, MessageAttributeValue> attributes,
      Map<String, MessageAttributeValue> systemAttributes,
      @Nullable String deduplicationId,
      @Nullable String groupId) {
    // SQS answers an empty body like an absent one (recorded: send_empty_message,
    // MissingParameter).
    if (body == null || body.isEmpty()) {
      throw missing(name(entry, index, "MessageBody"));
    }
    range(entry, index, "DelaySeconds", delaySeconds, 0, 900);
    if (attributes.size() > MAX_MESSAGE_ATTRIBUTES) {
      throw new IllegalArgumentException(
          "Number of message attributes ["
              + attributes.size()
              + "] exceeds the allowed maximum ["
              + MAX_MESSAGE_ATTRIBUTES
              + "] (parameter "
              + name(entry, index, "MessageAttribute")
              + ").");
    }
    for (Map.Entry<String, MessageAttributeValue> e : attributes.entrySet()) {
      attributeName(entry, index, e.getKey());
      attributeValue("Message (user) attribute", e.getKey(), e.getValue());
    }
    for (Map.Entry<String, MessageAttributeValue> e : systemAttributes.entrySet()) {
      attributeValue("Message system attribute", e.getKey(), e.getValue());
    }
    fifoId(entry, index, "MessageDeduplicationId", deduplicationId);
    fifoId(entry, index, "MessageGroupId", groupId);
  }

  /**
   * Message attribute names: up to 256 of {@code A-Z a-z 0-9 _ - .}, not starting with {@code AWS.}
   * or {@code Amazon.} (any case), no leading, trailing or doubled period (semantics.md).
   */
  static void attributeName(@Nullable String entry, int index, String name) {
    String reason = null;
    if (name.isEmpty() || name.length() > 256) {
      reason = "Message attribute names must be 1 to 256 characters long.";
    } else if (name.charAt(0) == '.'
        || name.charAt(name.length() - 1) == '.'
        || name.contains("..")) {
      reason =
          "Message attribute names cannot start or end with a period or contain two periods in a"
              + " row.";
    } else if (startsWithIgnoreCase(name, "AWS.") || startsWithIgnoreCase(name, "Amazon.")) {
      reason = "Message attribute names cannot start with AWS. or Amazon., which are reserved.";
    } else {
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (!(isAlphanumeric(c) || c == '_' || c == '-' || c == '.')) {
          reason =
              "Message attribute names can contain only alphanumeric characters, hyphens,"
                  + " underscores and periods.";
          break;
        }
      }
    }
    if (reason != null) {
      throw invalid(name(entry, index, "MessageAttribute.Name"), name, reason);
    }
  }

  private static void attributeValue(String kind, String name, MessageAttributeValue value) {
    String type = value.dataType();
    String base = baseType(type);
    if (base == null) {
      throw new IllegalArgumentException(
          kind
              + " '"
              + name
              + "' has invalid data type '"
              + type
              + "': must be String, Number or Binary, optionally followed by .<custom type>.");
    }
    if (base.equals("Binary")) {
      byte[] binary = value.binaryValue();
      if (binary == null || binary.length == 0) {
        throw new IllegalArgumentException(
            kind + " '" + name + "' must contain a non-empty value of type 'Binary'.");
      }
    } else if (value.stringValue() == null || value.stringValue().isEmpty()) {
      // recorded wording (empty-string-attr): Message (user) attribute 'X' must contain a
      // non-empty value of type 'String'.
      throw new IllegalArgumentException(
          kind + " '" + name + "' must contain a non-empty value of type '" + base + "'.");
    }
  }

  /** {@code String}, {@code Number} or {@code Binary} for a valid data type, else null. */
  private static @Nullable String baseType(String type) {
    for (String base : new String[] {"String", "Number", "Binary"}) {
      if (type.equals(base)
          || (type.startsWith(base)
              && type.charAt(base.length()) == '.'
              && type.length() > base.length() + 1)) {
        return base;
      }
    }
    return null;
  }

  /**
   * Queue names: 1 to 80 of {@code A-Z a-z 0-9 - _}, where a final {@code .fifo} counts in the 80.
   */
  static void queueName(String name) {
    String base = name.endsWith(".fifo") ? name.substring(0, name.length() - 5) : name;
    boolean valid = !base.isEmpty() && name.length() <= 80;
    for (int i = 0; valid && i < base.length(); i++) {
      char c = base.charAt(i);
      valid = isAlphanumeric(c) || c == '-' || c == '_';
    }
    if (!valid) {
      throw invalid(
          "QueueName",
          name,
          "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length.");
    }
  }

  private static void batchSize(String entryName, int size) {
    if (size == 0) {
      throw new IllegalArgumentException(
          "There should be at least one " + entryName + " in the request.");
    }
    if (size > MAX_BATCH_ENTRIES) {
      throw new IllegalArgumentException(
          "Maximum number of entries per request are "
              + MAX_BATCH_ENTRIES
              + ". You have sent "
              + size
              + ".");
    }
  }

  private static void batchId(
      @Nullable String entry, int index, @Nullable String id, Set<String> seen) {
    if (id == null) {
      throw missing(name(entry, index, "Id"));
    }
    boolean valid = !id.isEmpty() && id.length() <= 80;
    for (int i = 0; valid && i < id.length(); i++) {
      char c = id.charAt(i);
      valid = isAlphanumeric(c) || c == '-' || c == '_';
    }
    if (!valid) {
      throw invalid(
          name(entry, index, "Id"),
          id,
          "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It"
              + " can be at most 80 letters long.");
    }
    if (!seen.add(id)) {
      throw invalid(name(entry, index, "Id"), id, "Id " + id + " repeated.");
    }
  }

  private static void visibilityTimeout(String parameter, int value) {
    range(parameter, value, 0, 43_200);
  }

  private static void fifoId(
      @Nullable String entry, int index, String field, @Nullable String value) {
    if (value != null && value.length() > MAX_FIFO_ID_LENGTH) {
      throw invalid(
          name(entry, index, field),
          value,
          "Must be at most " + MAX_FIFO_ID_LENGTH + " characters long.");
    }
  }

  /** The wording SQS uses for WaitTimeSeconds (recorded), applied to every ranged integer. */
  private static void range(String parameter, @Nullable Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw invalid(parameter, value, "Must be >= " + min + " and <= " + max + ", if provided.");
    }
  }

  /** Like {@link #range(String, Integer, int, int)} for a member of a batch entry. */
  private static void range(
      @Nullable String entry, int index, String field, @Nullable Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      range(name(entry, index, field), value, min, max);
    }
  }

  /**
   * The name of a parameter, {@code <entry>.<index>.<field>} inside a batch entry; built only when
   * a rule fails, so that valid requests allocate nothing for it.
   */
  private static String name(@Nullable String entry, int index, String field) {
    return entry == null ? field : entry + "." + index + "." + field;
  }

  private static void required(String parameter, @Nullable String value) {
    if (value == null) {
      throw missing(parameter);
    }
  }

  private static void required(String parameter, Collection<?> value) {
    if (value.isEmpty()) {
      throw missing(parameter);
    }
  }

  private static IllegalArgumentException missing(String parameter) {
    return new IllegalArgumentException(
        "The request must contain the parameter " + parameter + ".");
  }

  private static IllegalArgumentException invalid(String parameter, Object value, String reason) {
    return new IllegalArgumentException(
        "Value " + value + " for parameter " + parameter + " is invalid. Reason: " + reason);
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean startsWithIgnoreCase(String s, String prefix) {
    return s.regionMatches(true, 0, prefix, 0, prefix.length());
  }
}

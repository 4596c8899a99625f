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
package io.sqskit.internal.protocol.query;

import io.sqskit.model.AddPermissionRequest;
import io.sqskit.model.CancelMessageMoveTaskRequest;
import io.sqskit.model.ChangeMessageVisibilityBatchRequest;
import io.sqskit.model.ChangeMessageVisibilityBatchRequestEntry;
import io.sqskit.model.ChangeMessageVisibilityRequest;
import io.sqskit.model.CreateQueueRequest;
import io.sqskit.model.DeleteMessageBatchRequest;
import io.sqskit.model.DeleteMessageBatchRequestEntry;
import io.sqskit.model.DeleteMessageRequest;
import io.sqskit.model.DeleteQueueRequest;
import io.sqskit.model.GetQueueAttributesRequest;
import io.sqskit.model.GetQueueUrlRequest;
import io.sqskit.model.ListDeadLetterSourceQueuesRequest;
import io.sqskit.model.ListMessageMoveTasksRequest;
import io.sqskit.model.ListQueueTagsRequest;
import io.sqskit.model.ListQueuesRequest;
import io.sqskit.model.MessageAttributeValue;
import io.sqskit.model.PurgeQueueRequest;
import io.sqskit.model.ReceiveMessageRequest;
import io.sqskit.model.RemovePermissionRequest;
import io.sqskit.model.SendMessageBatchRequest;
import io.sqskit.model.SendMessageBatchRequestEntry;
import io.sqskit.model.SendMessageRequest;
import io.sqskit.model.SetQueueAttributesRequest;
import io.sqskit.model.StartMessageMoveTaskRequest;
import io.sqskit.model.TagQueueRequest;
import io.sqskit.model.UntagQueueRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns each request into its Query form body.
 *
 * <p>Names are the {@code locationName}s of the Query model ({@code
 * sqs-query-botocore-1.29.27.json}): flattened lists and maps with 1-based indexes ({@code
 * Attribute.1.Name}, {@code AttributeName.1}, {@code MessageAttribute.1.Value.StringValue}, {@code
 * SendMessageBatchRequestEntry.1.Id}, ...). The three message move task actions are newer than that
 * model; their members use the JSON model's names, which are all scalars.
 */
public final class QueryMarshaller {
  private QueryMarshaller() {}

  public static String addPermission(AddPermissionRequest r) {
    FormBody f = FormBody.of("AddPermission").add("QueueUrl", r.queueUrl()).add("Label", r.label());
    list(f, "AWSAccountId", r.awsAccountIds());
    list(f, "ActionName", r.actions());
    return f.toString();
  }

  public static String cancelMessageMoveTask(CancelMessageMoveTaskRequest r) {
    return FormBody.of("CancelMessageMoveTask").add("TaskHandle", r.taskHandle()).toString();
  }

  public static String changeMessageVisibility(ChangeMessageVisibilityRequest r) {
    return FormBody.of(
            "ChangeMessageVisibility", 96 + length(r.queueUrl()) + length(r.receiptHandle()))
        .add("QueueUrl", r.queueUrl())
        .add("ReceiptHandle", r.receiptHandle())
        .add("VisibilityTimeout", r.visibilityTimeout())
        .toString();
  }

  public static String changeMessageVisibilityBatch(ChangeMessageVisibilityBatchRequest r) {
    FormBody f = FormBody.of("ChangeMessageVisibilityBatch", 1024).add("QueueUrl", r.queueUrl());
    String prefix = "ChangeMessageVisibilityBatchRequestEntry";
    int i = 1;
    for (ChangeMessageVisibilityBatchRequestEntry e : r.entries()) {
      f.add(prefix, i, "Id", e.id())
          .add(prefix, i, "ReceiptHandle", e.receiptHandle())
          .add(prefix, i, "VisibilityTimeout", e.visibilityTimeout());
      i++;
    }
    return f.toString();
  }

  public static String createQueue(CreateQueueRequest r) {
    FormBody f = FormBody.of("CreateQueue").add("QueueName", r.queueName());
    map(f, "Attribute", "Name", "Value", r.attributes());
    map(f, "Tag", "Key", "Value", r.tags());
    return f.toString();
  }

  public static String deleteMessage(DeleteMessageRequest r) {
    return FormBody.of("DeleteMessage", 64 + length(r.queueUrl()) + length(r.receiptHandle()))
        .add("QueueUrl", r.queueUrl())
        .add("ReceiptHandle", r.receiptHandle())
        .toString();
  }

  public static String deleteMessageBatch(DeleteMessageBatchRequest r) {
    FormBody f = FormBody.of("DeleteMessageBatch", 1024).add("QueueUrl", r.queueUrl());
    String prefix = "DeleteMessageBatchRequestEntry";
    int i = 1;
    for (DeleteMessageBatchRequestEntry e : r.entries()) {
      f.add(prefix, i, "Id", e.id()).add(prefix, i, "ReceiptHandle", e.receiptHandle());
      i++;
    }
    return f.toString();
  }

  public static String deleteQueue(DeleteQueueRequest r) {
    return FormBody.of("DeleteQueue").add("QueueUrl", r.queueUrl()).toString();
  }

  public static String getQueueAttributes(GetQueueAttributesRequest r) {
    FormBody f = FormBody.of("GetQueueAttributes").add("QueueUrl", r.queueUrl());
    list(f, "AttributeName", r.attributeNames());
    return f.toString();
  }

  public static String getQueueUrl(GetQueueUrlRequest r) {
    return FormBody.of("GetQueueUrl")
        .add("QueueName", r.queueName())
        .add("QueueOwnerAWSAccountId", r.queueOwnerAwsAccountId())
        .toString();
  }

  public static String listDeadLetterSourceQueues(ListDeadLetterSourceQueuesRequest r) {
    return FormBody.of("ListDeadLetterSourceQueues")
        .add("QueueUrl", r.queueUrl())
        .add("NextToken", r.nextToken())
        .add("MaxResults", r.maxResults())
        .toString();
  }

  public static String listMessageMoveTasks(ListMessageMoveTasksRequest r) {
    return FormBody.of("ListMessageMoveTasks")
        .add("SourceArn", r.sourceArn())
        .add("MaxResults", r.maxResults())
        .toString();
  }

  public static String listQueueTags(ListQueueTagsRequest r) {
    return FormBody.of("ListQueueTags").add("QueueUrl", r.queueUrl()).toString();
  }

  public static String listQueues(ListQueuesRequest r) {
    return FormBody.of("ListQueues")
        .add("QueueNamePrefix", r.queueNamePrefix())
        .add("NextToken", r.nextToken())
        .add("MaxResults", r.maxResults())
        .toString();
  }

  public static String purgeQueue(PurgeQueueRequest r) {
    return FormBody.of("PurgeQueue").add("QueueUrl", r.queueUrl()).toString();
  }

  /**
   * ReceiveMessage. {@code MessageSystemAttributeNames} (added to SQS in 2024, JSON era) is sent as
   * {@code AttributeName.N} together with the older {@code AttributeNames}: the Query model knows
   * only {@code AttributeName.N}, whose values are these same system attribute names, so every
   * Query server understands it. Duplicates are sent once.
   */
  public static String receiveMessage(ReceiveMessageRequest r) {
    FormBody f =
        FormBody.of("ReceiveMessage", 96 + length(r.queueUrl())).add("QueueUrl", r.queueUrl());
    List<String> names = r.attributeNames();
    List<String> system = r.messageSystemAttributeNames();
    if (system.isEmpty()) {
      list(f, "AttributeName", names);
    } else {
      Set<String> merged = new LinkedHashSet<>(names);
      merged.addAll(system);
      list(f, "AttributeName", merged);
    }
    list(f, "MessageAttributeName", r.messageAttributeNames());
    return f.add("MaxNumberOfMessages", r.maxNumberOfMessages())
        .add("VisibilityTimeout", r.visibilityTimeout())
        .add("WaitTimeSeconds", r.waitTimeSeconds())
        .add("ReceiveRequestAttemptId", r.receiveRequestAttemptId())
        .toString();
  }

  public static String removePermission(RemovePermissionRequest r) {
    return FormBody.of("RemovePermission")
        .add("QueueUrl", r.queueUrl())
        .add("Label", r.label())
        .toString();
  }

  public static String sendMessage(SendMessageRequest r) {
    FormBody f =
        FormBody.of("SendMessage", 160 + length(r.queueUrl()) + 3 * length(r.messageBody()))
            .add("QueueUrl", r.queueUrl())
            .add("MessageBody", r.messageBody())
            .add("DelaySeconds", r.delaySeconds());
    attributes(f, "MessageAttribute.", r.messageAttributes());
    attributes(f, "MessageSystemAttribute.", r.messageSystemAttributes());
    return f.add("MessageDeduplicationId", r.messageDeduplicationId())
        .add("MessageGroupId", r.messageGroupId())
        .toString();
  }

  public static String sendMessageBatch(SendMessageBatchRequest r) {
    int size = 64 + length(r.queueUrl());
    for (SendMessageBatchRequestEntry e : r.entries()) {
      size += 128 + 3 * length(e.messageBody());
    }
    FormBody f = FormBody.of("SendMessageBatch", size).add("QueueUrl", r.queueUrl());
    String prefix = "SendMessageBatchRequestEntry";
    int i = 1;
    for (SendMessageBatchRequestEntry e : r.entries()) {
      f.add(prefix, i, "Id", e.id())
          .add(prefix, i, "MessageBody", e.messageBody())
          .add(prefix, i, "DelaySeconds", e.delaySeconds());
      if (!e.messageAttributes().isEmpty()) {
        attributes(f, prefix + "." + i + ".MessageAttribute.", e.messageAttributes());
      }
      if (!e.messageSystemAttributes().isEmpty()) {
        attributes(f, prefix + "." + i + ".MessageSystemAttribute.", e.messageSystemAttributes());
      }
      f.add(prefix, i, "MessageDeduplicationId", e.messageDeduplicationId())
          .add(prefix, i, "MessageGroupId", e.messageGroupId());
      i++;
    }
    return f.toString();
  }

  public static String setQueueAttributes(SetQueueAttributesRequest r) {
    FormBody f = FormBody.of("SetQueueAttributes").add("QueueUrl", r.queueUrl());
    map(f, "Attribute", "Name", "Value", r.attributes());
    return f.toString();
  }

  public static String startMessageMoveTask(StartMessageMoveTaskRequest r) {
    return FormBody.of("StartMessageMoveTask")
        .add("SourceArn", r.sourceArn())
        .add("DestinationArn", r.destinationArn())
        .add("MaxNumberOfMessagesPerSecond", r.maxNumberOfMessagesPerSecond())
        .toString();
  }

  public static String tagQueue(TagQueueRequest r) {
    FormBody f = FormBody.of("TagQueue").add("QueueUrl", r.queueUrl());
    map(f, "Tag", "Key", "Value", r.tags());
    return f.toString();
  }

  public static String untagQueue(UntagQueueRequest r) {
    FormBody f = FormBody.of("UntagQueue").add("QueueUrl", r.queueUrl());
    list(f, "TagKey", r.tagKeys());
    return f.toString();
  }

  private static void list(FormBody f, String name, Iterable<String> values) {
    int i = 1;
    for (String value : values) {
      f.add(name, i++, value);
    }
  }

  private static void map(
      FormBody f, String name, String key, String value, Map<String, String> map) {
    int i = 1;
    for (Map.Entry<String, String> e : map.entrySet()) {
      f.add(name, i, key, e.getKey()).add(name, i, value, e.getValue());
      i++;
    }
  }

  /**
   * Writes {@code <prefix>N.Name} and {@code <prefix>N.Value.DataType|StringValue|BinaryValue};
   * {@code prefix} ends with a period, e.g. {@code MessageAttribute.}.
   */
  private static void attributes(
      FormBody f, String prefix, Map<String, MessageAttributeValue> map) {
    if (map.isEmpty()) {
      return;
    }
    String base = prefix.substring(0, prefix.length() - 1);
    int i = 1;
    for (Map.Entry<String, MessageAttributeValue> e : map.entrySet()) {
      MessageAttributeValue v = e.getValue();
      f.add(base, i, "Name", e.getKey())
          .add(base, i, "Value.DataType", v.dataType())
          .add(base, i, "Value.StringValue", v.stringValue())
          .addBase64(base, i, "Value.BinaryValue", v.binaryValue());
      i++;
    }
  }

  private static int length(@Nullable String s) {
    return s == null ? 0 : s.length();
  }
}

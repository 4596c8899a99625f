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
package io.sqskit.internal.protocol.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.sqskit.exception.SqsClientException;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns each request into its AWS JSON 1.0 body.
 *
 * <p>Member names and order are those of the JSON service model ({@code
 * sqs-json-botocore-1.43.11.json}): lists are arrays ({@code Entries}, {@code AttributeNames}),
 * maps are objects ({@code Attributes}, {@code tags}, {@code MessageAttributes}), integers are
 * numbers and blobs base64 strings. Absent members, and empty lists and maps, are left out, as the
 * AWS SDKs do.
 */
public final class JsonMarshaller {
  private JsonMarshaller() {}

  /** Writes the members of one request object; the braces are written around it. */
  private interface Members {
    void write(JsonGenerator g) throws IOException;
  }

  public static byte[] addPermission(AddPermissionRequest r) {
    return object(
        64,
        g -> {
          string(g, "QueueUrl", r.queueUrl());
          string(g, "Label", r.label());
          strings(g, "AWSAccountIds", r.awsAccountIds());
          strings(g, "Actions", r.actions());
        });
  }

  public static byte[] cancelMessageMoveTask(CancelMessageMoveTaskRequest r) {
    return object(64, g -> string(g, "TaskHandle", r.taskHandle()));
  }

  public static byte[] changeMessageVisibility(ChangeMessageVisibilityRequest r) {
    return object(
        64 + length(r.queueUrl()) + length(r.receiptHandle()),
        g -> {
          string(g, "QueueUrl", r.queueUrl());
          string(g, "ReceiptHandle", r.receiptHandle());
          number(g, "VisibilityTimeout", r.visibilityTimeout());
        });
  }

  public static byte[] changeMessageVisibilityBatch(ChangeMessageVisibilityBatchRequest r) {
    return object(
        1024,
        g -> {
          string(g, "QueueUrl", r.queueUrl());
          if (!r.entries().isEmpty()) {
            g.writeArrayFieldStart("Entries");
            for (ChangeMessageVisibilityBatchRequestEntry e : r.entries()) {
              g.writeStartObject();
              string(g, "Id", e.id());
              string(g, "ReceiptHandle", e.receiptHandle());
              number(g, "VisibilityTimeout", e.visibilityTimeout());
              g.writeEndObject();
            }
            g.writeEndArray();
          }
        });
  }

  public static byte[] createQueue(CreateQueueRequest r) {
    return object(
        128,
        g -> {
          string(g, "QueueName", r.queueName());
          map(g, "Attributes", r.attributes());
          map(g, "tags", r.tags());
        });
  }

  public static byte[] deleteMessage(DeleteMessageRequest r) {
    return object(
        48 + length(r.queueUrl()) + length(r.receiptHandle()),
        g -> {
          string(g, "QueueUrl", r.queueUrl());
          string(g, "ReceiptHandle", r.receiptHandle());
        });
  }

  public static byte[] deleteMessageBatch(DeleteMessageBatchRequest r) {
    return object(
        1024,
        g -> {
          string(g, "QueueUrl", r.queueUrl());
          if (!r.entries().isEmpty()) {
            g.writeArrayFieldStart("Entries");
            for (DeleteMessageBatchRequestEntry e : r.entries()) {
              g.writeStartObject();
              string(g, "Id", e.id());
              string(g, "ReceiptHandle", e.receiptHandle());
              g.writeEndObject();
            }
            g.writeEndArray();
          }
        });
  }

  public static byte[] deleteQueue(DeleteQueueRequest r) {
    return object(64, g -> string(g, "QueueUrl", r.queueUrl()));
  }

  public static byte[] getQueueAttributes(GetQueueAttributesRequest r) {
    return object(
        128,
        g -> {
          string(g, "QueueUrl", r.queueUrl());
          strings(g, "AttributeNames", r.attributeNames());
        });
  }

  public static byte[] getQueueUrl(GetQueueUrlRequest r) {
    return object(
        64,
        g -> {
          string(g, "QueueName", r.queueName());
          string(g, "QueueOwnerAWSAccountId", r.queueOwnerAwsAccountId());
        });
  }

  public static byte[] listDeadLetterSourceQueues(ListDeadLetterSourceQueuesRequest r) {
    return object(
        128,
        g -> {
          string(g, "QueueUrl", r.queueUrl());
          string(g, "NextToken", r.nextToken());
          number(g, "MaxResults", r.maxResults());
        });
  }

  public static byte[] listMessageMoveTasks(ListMessageMoveTasksRequest r) {
    return object(
        128,
        g -> {
          string(g, "SourceArn", r.sourceArn());
          number(g, "MaxResults", r.maxResults());
        });
  }

  public static byte[] listQueueTags(ListQueueTagsRequest r) {
    return object(64, g -> string(g, "QueueUrl", r.queueUrl()));
  }

  public static byte[] listQueues(ListQueuesRequest r) {
    return object(
        64,
        g -> {
          string(g, "QueueNamePrefix", r.queueNamePrefix());
          string(g, "NextToken", r.nextToken());
          number(g, "MaxResults", r.maxResults());
        });
  }

  public static byte[] purgeQueue(PurgeQueueRequest r) {
    return object(64, g -> string(g, "QueueUrl", r.queueUrl()));
  }

  /**
   * ReceiveMessage. Unlike the Query form, {@code AttributeNames} and {@code
   * MessageSystemAttributeNames} go as the two members the JSON model has.
   */
  public static byte[] receiveMessage(ReceiveMessageRequest r) {
    return object(
        96 + length(r.queueUrl()),
        g -> {
          string(g, "QueueUrl", r.queueUrl());
          strings(g, "AttributeNames", r.attributeNames());
          strings(g, "MessageSystemAttributeNames", r.messageSystemAttributeNames());
          strings(g, "MessageAttributeNames", r.messageAttributeNames());
          number(g, "MaxNumberOfMessages", r.maxNumberOfMessages());
          number(g, "VisibilityTimeout", r.visibilityTimeout());
          number(g, "WaitTimeSeconds", r.waitTimeSeconds());
          string(g, "ReceiveRequestAttemptId", r.receiveRequestAttemptId());
        });
  }

  public static byte[] removePermission(RemovePermissionRequest r) {
    return object(
        64,
        g -> {
          string(g, "QueueUrl", r.queueUrl());
          string(g, "Label", r.label());
        });
  }

  public static byte[] sendMessage(SendMessageRequest r) {
    return object(
        96 + length(r.queueUrl()) + length(r.messageBody()) * 11 / 10,
        g -> {
          string(g, "QueueUrl", r.queueUrl());
          string(g, "MessageBody", r.messageBody());
          number(g, "DelaySeconds", r.delaySeconds());
          attributes(g, "MessageAttributes", r.messageAttributes());
          attributes(g, "MessageSystemAttributes", r.messageSystemAttributes());
          string(g, "MessageDeduplicationId", r.messageDeduplicationId());
          string(g, "MessageGroupId", r.messageGroupId());
        });
  }

  public static byte[] sendMessageBatch(SendMessageBatchRequest r) {
    int size = 64 + length(r.queueUrl());
    for (SendMessageBatchRequestEntry e : r.entries()) {
      size += 96 + length(e.messageBody()) * 11 / 10;
    }
    return object(
        size,
        g -> {
          string(g, "QueueUrl", r.queueUrl());
          if (!r.entries().isEmpty()) {
            g.writeArrayFieldStart("Entries");
            for (SendMessageBatchRequestEntry e : r.entries()) {
              g.writeStartObject();
              string(g, "Id", e.id());
              string(g, "MessageBody", e.messageBody());
              number(g, "DelaySeconds", e.delaySeconds());
              attributes(g, "MessageAttributes", e.messageAttributes());
              attributes(g, "MessageSystemAttributes", e.messageSystemAttributes());
              string(g, "MessageDeduplicationId", e.messageDeduplicationId());
              string(g, "MessageGroupId", e.messageGroupId());
              g.writeEndObject();
            }
            g.writeEndArray();
          }
        });
  }

  public static byte[] setQueueAttributes(SetQueueAttributesRequest r) {
    return object(
        128,
        g -> {
          string(g, "QueueUrl", r.queueUrl());
          map(g, "Attributes", r.attributes());
        });
  }

  public static byte[] startMessageMoveTask(StartMessageMoveTaskRequest r) {
    return object(
        128,
        g -> {
          string(g, "SourceArn", r.sourceArn());
          string(g, "DestinationArn", r.destinationArn());
          number(g, "MaxNumberOfMessagesPerSecond", r.maxNumberOfMessagesPerSecond());
        });
  }

  public static byte[] tagQueue(TagQueueRequest r) {
    return object(
        128,
        g -> {
          string(g, "QueueUrl", r.queueUrl());
          map(g, "Tags", r.tags());
        });
  }

  public static byte[] untagQueue(UntagQueueRequest r) {
    return object(
        128,
        g -> {
          string(g, "QueueUrl", r.queueUrl());
          strings(g, "TagKeys", r.tagKeys());
        });
  }

  private static byte[] object(int sizeHint, Members members) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(sizeHint);
    try (JsonGenerator g = JsonCodec.FACTORY.createGenerator(out)) {
      g.writeStartObject();
      members.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      // only the in-memory stream is written, which does not fail
      throw new SqsClientException("Unable to write the JSON request: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static void string(JsonGenerator g, String name, @Nullable String value)
      throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private static void number(JsonGenerator g, String name, @Nullable Number value)
      throws IOException {
    if (value != null) {
      g.writeFieldName(name);
      g.writeNumber(value.longValue());
    }
  }

  private static void strings(JsonGenerator g, String name, Collection<String> values)
      throws IOException {
    if (values != null && !values.isEmpty()) {
      g.writeArrayFieldStart(name);
      for (String value : values) {
        g.writeString(value);
      }
      g.writeEndArray();
    }
  }

  private static void map(JsonGenerator g, String name, Map<String, String> map)
      throws IOException {
    if (map != null && !map.isEmpty()) {
      g.writeObjectFieldStart(name);
      for (Map.Entry<String, String> e : map.entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
  }

  private static void attributes(
      JsonGenerator g, String name, Map<String, MessageAttributeValue> map) throws IOException {
    if (map == null || map.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, MessageAttributeValue> e : map.entrySet()) {
      MessageAttributeValue v = e.getValue();
      g.writeObjectFieldStart(e.getKey());
      string(g, "StringValue", v.stringValue());
      byte[] binary = v.binaryValue();
      if (binary != null) {
        g.writeStringField("BinaryValue", Base64.getEncoder().encodeToString(binary));
      }
      string(g, "DataType", v.dataType());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static int length(@Nullable String s) {
    return s == null ? 0 : s.length();
  }
}

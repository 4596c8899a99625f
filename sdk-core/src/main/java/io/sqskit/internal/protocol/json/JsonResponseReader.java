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

import static io.sqskit.internal.protocol.json.JsonCodec.blob;
import static io.sqskit.internal.protocol.json.JsonCodec.bool;
import static io.sqskit.internal.protocol.json.JsonCodec.number;
import static io.sqskit.internal.protocol.json.JsonCodec.text;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.sqskit.exception.SqsClientException;
import io.sqskit.model.BatchEntryError;
import io.sqskit.model.CancelMessageMoveTaskResponse;
import io.sqskit.model.ChangeMessageVisibilityBatchResponse;
import io.sqskit.model.ChangeMessageVisibilityBatchResultEntry;
import io.sqskit.model.CreateQueueResponse;
import io.sqskit.model.DeleteMessageBatchResponse;
import io.sqskit.model.DeleteMessageBatchResultEntry;
import io.sqskit.model.GetQueueAttributesResponse;
import io.sqskit.model.GetQueueUrlResponse;
import io.sqskit.model.ListDeadLetterSourceQueuesResponse;
import io.sqskit.model.ListMessageMoveTasksResponse;
import io.sqskit.model.ListQueueTagsResponse;
import io.sqskit.model.ListQueuesResponse;
import io.sqskit.model.Message;
import io.sqskit.model.MessageAttributeValue;
import io.sqskit.model.MessageMoveTask;
import io.sqskit.model.ReceiveMessageResponse;
import io.sqskit.model.SendMessageBatchResponse;
import io.sqskit.model.SendMessageBatchResultEntry;
import io.sqskit.model.SendMessageResponse;
import io.sqskit.model.StartMessageMoveTaskResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON body of each successful AWS JSON 1.0 answer into its response type.
 *
 * <p>Member names are those of the JSON service model ({@code Messages}, {@code Successful}, {@code
 * queueUrls}, ...). Members this client does not know are skipped with everything inside them, so
 * new members SQS adds do not break old clients; a JSON {@code null} counts as absent. Reading
 * streams through jackson-core; nothing is bound by reflection. Anything that is not the expected
 * shape is an {@link SqsClientException}.
 */
public final class JsonResponseReader {
  private JsonResponseReader() {}

  /** Reads one member of an object: the parser is on the member's value, which it must consume. */
  @FunctionalInterface
  private interface MemberReader {
    void read(JsonParser p, String name) throws IOException;
  }

  /** Reads one element of an array: the parser is on the element's first token. */
  @FunctionalInterface
  private interface ElementReader<T> {
    @Nullable T read(JsonParser p) throws IOException;
  }

  public static CreateQueueResponse createQueue(byte[] json) {
    CreateQueueResponse.Builder b = CreateQueueResponse.builder();
    read(
        json,
        "CreateQueue",
        (p, n) -> {
          if (n.equals("QueueUrl")) {
            b.queueUrl(text(p));
          } else {
            p.skipChildren();
          }
        });
    return b.build();
  }

  public static GetQueueUrlResponse getQueueUrl(byte[] json) {
    GetQueueUrlResponse.Builder b = GetQueueUrlResponse.builder();
    read(
        json,
        "GetQueueUrl",
        (p, n) -> {
          if (n.equals("QueueUrl")) {
            b.queueUrl(text(p));
          } else {
            p.skipChildren();
          }
        });
    return b.build();
  }

  public static GetQueueAttributesResponse getQueueAttributes(byte[] json) {
    Map<String, String> attributes = new LinkedHashMap<>();
    read(
        json,
        "GetQueueAttributes",
        (p, n) -> {
          if (n.equals("Attributes")) {
            stringMap(p, attributes);
          } else {
            p.skipChildren();
          }
        });
    return GetQueueAttributesResponse.builder().attributes(attributes).build();
  }

  public static ListQueueTagsResponse listQueueTags(byte[] json) {
    Map<String, String> tags = new LinkedHashMap<>();
    read(
        json,
        "ListQueueTags",
        (p, n) -> {
          if (n.equals("Tags")) {
            stringMap(p, tags);
          } else {
            p.skipChildren();
          }
        });
    return ListQueueTagsResponse.builder().tags(tags).build();
  }

  public static ListQueuesResponse listQueues(byte[] json) {
    List<String> urls = new ArrayList<>();
    ListQueuesResponse.Builder b = ListQueuesResponse.builder();
    read(
        json,
        "ListQueues",
        (p, n) -> {
          switch (n) {
            case "QueueUrls" -> array(p, urls, JsonCodec::text);
            case "NextToken" -> b.nextToken(text(p));
            default -> p.skipChildren();
          }
        });
    return b.queueUrls(urls).build();
  }

  /** ListDeadLetterSourceQueues: the model names its list {@code queueUrls}, lower case. */
  public static ListDeadLetterSourceQueuesResponse listDeadLetterSourceQueues(byte[] json) {
    List<String> urls = new ArrayList<>();
    ListDeadLetterSourceQueuesResponse.Builder b = ListDeadLetterSourceQueuesResponse.builder();
    read(
        json,
        "ListDeadLetterSourceQueues",
        (p, n) -> {
          switch (n) {
            case "queueUrls" -> array(p, urls, JsonCodec::text);
            case "NextToken" -> b.nextToken(text(p));
            default -> p.skipChildren();
          }
        });
    return b.queueUrls(urls).build();
  }

  public static SendMessageResponse sendMessage(byte[] json) {
    SendMessageResponse.Builder b = SendMessageResponse.builder();
    read(
        json,
        "SendMessage",
        (p, n) -> {
          switch (n) {
            case "MessageId" -> b.messageId(text(p));
            case "MD5OfMessageBody" -> b.md5OfMessageBody(text(p));
            case "MD5OfMessageAttributes" -> b.md5OfMessageAttributes(text(p));
            case "MD5OfMessageSystemAttributes" -> b.md5OfMessageSystemAttributes(text(p));
            case "SequenceNumber" -> b.sequenceNumber(text(p));
            default -> p.skipChildren();
          }
        });
    return b.build();
  }

  public static SendMessageBatchResponse sendMessageBatch(byte[] json) {
    List<SendMessageBatchResultEntry> successful = new ArrayList<>();
    List<BatchEntryError> failed = new ArrayList<>();
    read(
        json,
        "SendMessageBatch",
        (p, n) -> {
          switch (n) {
            case "Successful" -> array(p, successful, JsonResponseReader::sendResultEntry);
            case "Failed" -> array(p, failed, JsonResponseReader::errorEntry);
            default -> p.skipChildren();
          }
        });
    return SendMessageBatchResponse.builder().successful(successful).failed(failed).build();
  }

  public static DeleteMessageBatchResponse deleteMessageBatch(byte[] json) {
    List<DeleteMessageBatchResultEntry> successful = new ArrayList<>();
    List<BatchEntryError> failed = new ArrayList<>();
    read(
        json,
        "DeleteMessageBatch",
        (p, n) -> {
          switch (n) {
            case "Successful" ->
                array(p, successful, e -> new DeleteMessageBatchResultEntry(idEntry(e)));
            case "Failed" -> array(p, failed, JsonResponseReader::errorEntry);
            default -> p.skipChildren();
          }
        });
    return DeleteMessageBatchResponse.builder().successful(successful).failed(failed).build();
  }

  public static ChangeMessageVisibilityBatchResponse changeMessageVisibilityBatch(byte[] json) {
    List<ChangeMessageVisibilityBatchResultEntry> successful = new ArrayList<>();
    List<BatchEntryError> failed = new ArrayList<>();
    read(
        json,
        "ChangeMessageVisibilityBatch",
        (p, n) -> {
          switch (n) {
            case "Successful" ->
                array(p, successful, e -> new ChangeMessageVisibilityBatchResultEntry(idEntry(e)));
            case "Failed" -> array(p, failed, JsonResponseReader::errorEntry);
            default -> p.skipChildren();
          }
        });
    return ChangeMessageVisibilityBatchResponse.builder()
        .successful(successful)
        .failed(failed)
        .build();
  }

  public static ReceiveMessageResponse receiveMessage(byte[] json) {
    List<Message> messages = new ArrayList<>();
    read(
        json,
        "ReceiveMessage",
        (p, n) -> {
          if (n.equals("Messages")) {
            array(p, messages, JsonResponseReader::message);
          } else {
            p.skipChildren();
          }
        });
    return ReceiveMessageResponse.builder().messages(messages).build();
  }

  public static StartMessageMoveTaskResponse startMessageMoveTask(byte[] json) {
    StartMessageMoveTaskResponse.Builder b = StartMessageMoveTaskResponse.builder();
    read(
        json,
        "StartMessageMoveTask",
        (p, n) -> {
          if (n.equals("TaskHandle")) {
            b.taskHandle(text(p));
          } else {
            p.skipChildren();
          }
        });
    return b.build();
  }

  public static CancelMessageMoveTaskResponse cancelMessageMoveTask(byte[] json) {
    CancelMessageMoveTaskResponse.Builder b = CancelMessageMoveTaskResponse.builder();
    read(
        json,
        "CancelMessageMoveTask",
        (p, n) -> {
          if (n.equals("ApproximateNumberOfMessagesMoved")) {
            b.approximateNumberOfMessagesMoved(number(p));
          } else {
            p.skipChildren();
          }
        });
    return b.build();
  }

  public static ListMessageMoveTasksResponse listMessageMoveTasks(byte[] json) {
    List<MessageMoveTask> tasks = new ArrayList<>();
    read(
        json,
        "ListMessageMoveTasks",
        (p, n) -> {
          if (n.equals("Results")) {
            array(p, tasks, JsonResponseReader::moveTask);
          } else {
            p.skipChildren();
          }
        });
    return ListMessageMoveTasksResponse.builder().results(tasks).build();
  }

  /** Reads a whole answer: one object whose members go to {@code members}, then nothing else. */
  private static void read(byte[] json, String action, MemberReader members) {
    try (JsonParser p = JsonCodec.FACTORY.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("expected a JSON object but found " + p.currentToken());
      }
      object(p, members);
      if (p.nextToken() != null) {
        throw new IOException("unexpected " + p.currentToken() + " after the JSON object");
      }
    } catch (IOException | IllegalArgumentException | ArithmeticException e) {
      throw new SqsClientException("Unreadable " + action + " response: " + describe(e), e);
    }
  }

  /**
   * Reads the members of the object the parser is on (at its START_OBJECT, or at a null, which
   * reads as an empty object) up to and including its END_OBJECT.
   */
  private static void object(JsonParser p, MemberReader members) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    if (t != JsonToken.START_OBJECT) {
      throw new IOException("expected an object for " + p.currentName() + " but found " + t);
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      members.read(p, name);
    }
  }

  /**
   * Reads the array the parser is on (or a null: no elements) into {@code into}; null elements are
   * left out.
   */
  private static <T> void array(JsonParser p, List<T> into, ElementReader<T> element)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    if (t != JsonToken.START_ARRAY) {
      throw new IOException("expected an array for " + p.currentName() + " but found " + t);
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() == null) {
        throw new IOException("unexpected end of input in an array");
      }
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        continue;
      }
      T value = element.read(p);
      if (value != null) {
        into.add(value);
      }
    }
  }

  /** Reads an object of string values into {@code into}; null values are left out. */
  private static void stringMap(JsonParser p, Map<String, String> into) throws IOException {
    object(
        p,
        (q, name) -> {
          String value = text(q);
          if (value != null) {
            into.put(name, value);
          }
        });
  }

  private static Message message(JsonParser p) throws IOException {
    String[] text = new String[5];
    Map<String, String> attributes = new LinkedHashMap<>();
    Map<String, MessageAttributeValue> messageAttributes = new LinkedHashMap<>();
    object(
        p,
        (q, n) -> {
          switch (n) {
            case "MessageId" -> text[0] = text(q);
            case "ReceiptHandle" -> text[1] = text(q);
            case "MD5OfBody" -> text[2] = text(q);
            case "Body" -> text[3] = text(q);
            case "MD5OfMessageAttributes" -> text[4] = text(q);
            case "Attributes" -> stringMap(q, attributes);
            case "MessageAttributes" ->
                object(q, (r, name) -> putAttribute(r, name, messageAttributes));
            default -> q.skipChildren();
          }
        });
    return Message.builder()
        .messageId(text[0])
        .receiptHandle(text[1])
        .md5OfBody(text[2])
        .body(text[3])
        .attributes(attributes)
        .md5OfMessageAttributes(text[4])
        .messageAttributes(messageAttributes)
        .build();
  }

  private static void putAttribute(
      JsonParser p, String name, Map<String, MessageAttributeValue> into) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    String[] dataTypeAndString = new String[2];
    byte[][] binary = new byte[1][];
    object(
        p,
        (q, n) -> {
          switch (n) {
            case "DataType" -> dataTypeAndString[0] = text(q);
            case "StringValue" -> dataTypeAndString[1] = text(q);
            case "BinaryValue" -> binary[0] = blob(q);
            default -> q.skipChildren();
          }
        });
    if (dataTypeAndString[0] == null) {
      throw new IOException("message attribute " + name + " without DataType");
    }
    into.put(
        name, new MessageAttributeValue(dataTypeAndString[0], dataTypeAndString[1], binary[0]));
  }

  private static SendMessageBatchResultEntry sendResultEntry(JsonParser p) throws IOException {
    String[] v = new String[6];
    object(
        p,
        (q, n) -> {
          switch (n) {
            case "Id" -> v[0] = text(q);
            case "MessageId" -> v[1] = text(q);
            case "MD5OfMessageBody" -> v[2] = text(q);
            case "MD5OfMessageAttributes" -> v[3] = text(q);
            case "MD5OfMessageSystemAttributes" -> v[4] = text(q);
            case "SequenceNumber" -> v[5] = text(q);
            default -> q.skipChildren();
          }
        });
    return new SendMessageBatchResultEntry(
        required(v[0], "Id"),
        required(v[1], "MessageId"),
        required(v[2], "MD5OfMessageBody"),
        v[3],
        v[4],
        v[5]);
  }

  /**
   * A member that SQS's service model marks required in a batch answer; its absence makes the
   * answer unreadable rather than a null the caller would have to check.
   */
  private static String required(@Nullable String value, String member) throws IOException {
    if (value == null) {
      throw new IOException("batch result entry without " + member);
    }
    return value;
  }

  private static String idEntry(JsonParser p) throws IOException {
    String[] id = new String[1];
    object(
        p,
        (q, n) -> {
          if (n.equals("Id")) {
            id[0] = text(q);
          } else {
            q.skipChildren();
          }
        });
    return required(id[0], "Id");
  }

  private static BatchEntryError errorEntry(JsonParser p) throws IOException {
    String[] v = new String[3];
    boolean[] senderFault = new boolean[1];
    object(
        p,
        (q, n) -> {
          switch (n) {
            case "Id" -> v[0] = text(q);
            case "SenderFault" -> senderFault[0] = bool(q);
            case "Code" -> v[1] = text(q);
            case "Message" -> v[2] = text(q);
            default -> q.skipChildren();
          }
        });
    return new BatchEntryError(required(v[0], "Id"), senderFault[0], required(v[1], "Code"), v[2]);
  }

  private static MessageMoveTask moveTask(JsonParser p) throws IOException {
    String[] v = new String[5];
    Long[] n3 = new Long[4];
    object(
        p,
        (q, n) -> {
          switch (n) {
            case "TaskHandle" -> v[0] = text(q);
            case "Status" -> v[1] = text(q);
            case "SourceArn" -> v[2] = text(q);
            case "DestinationArn" -> v[3] = text(q);
            case "MaxNumberOfMessagesPerSecond" -> n3[0] = number(q);
            case "ApproximateNumberOfMessagesMoved" -> n3[1] = number(q);
            case "ApproximateNumberOfMessagesToMove" -> n3[2] = number(q);
            case "FailureReason" -> v[4] = text(q);
            case "StartedTimestamp" -> n3[3] = number(q);
            default -> q.skipChildren();
          }
        });
    Integer rate = n3[0] == null ? null : Math.toIntExact(n3[0]);
    return MessageMoveTask.builder()
        .taskHandle(v[0])
        .status(v[1])
        .sourceArn(v[2])
        .destinationArn(v[3])
        .maxNumberOfMessagesPerSecond(rate)
        .approximateNumberOfMessagesMoved(n3[1])
        .approximateNumberOfMessagesToMove(n3[2])
        .failureReason(v[4])
        .startedTimestamp(n3[3])
        .build();
  }

  private static @Nullable String describe(Exception e) {
    if (e instanceof JacksonException j) {
      return j.getOriginalMessage();
    }
    return e.getMessage();
  }
}

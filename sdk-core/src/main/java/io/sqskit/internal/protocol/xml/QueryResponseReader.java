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
package io.sqskit.internal.protocol.xml;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the XML body of each successful Query response into its response type.
 *
 * <p>A response is {@code
 * <XxxResponse><XxxResult>...</XxxResult><ResponseMetadata/></XxxResponse>}; lists and maps inside
 * the result are flattened (repeated {@code <Message>}, {@code <QueueUrl>}, {@code
 * <Attribute><Name/><Value/></Attribute>}). Elements this client does not know are skipped, so new
 * members SQS adds do not break old clients. Reading is streaming (StAX through {@link SecureXml});
 * nothing is bound by reflection.
 */
public final class QueryResponseReader {
  private QueryResponseReader() {}

  /** Reads the children of the result element into a builder, one child per call. */
  @FunctionalInterface
  private interface ChildReader<B> {
    void read(XmlCursor x, String name, B builder) throws XMLStreamException;
  }

  public static CreateQueueResponse createQueue(byte[] xml) {
    return read(
            xml,
            "CreateQueue",
            CreateQueueResponse.builder(),
            (x, n, b) -> {
              if (n.equals("QueueUrl")) {
                b.queueUrl(x.text());
              } else {
                x.skip();
              }
            })
        .build();
  }

  public static GetQueueUrlResponse getQueueUrl(byte[] xml) {
    return read(
            xml,
            "GetQueueUrl",
            GetQueueUrlResponse.builder(),
            (x, n, b) -> {
              if (n.equals("QueueUrl")) {
                b.queueUrl(x.text());
              } else {
                x.skip();
              }
            })
        .build();
  }

  public static GetQueueAttributesResponse getQueueAttributes(byte[] xml) {
    Map<String, String> attributes = new LinkedHashMap<>();
    read(
        xml,
        "GetQueueAttributes",
        attributes,
        (x, n, map) -> {
          if (n.equals("Attribute")) {
            nameValue(x, "Name", map);
          } else {
            x.skip();
          }
        });
    return GetQueueAttributesResponse.builder().attributes(attributes).build();
  }

  public static ListQueueTagsResponse listQueueTags(byte[] xml) {
    Map<String, String> tags = new LinkedHashMap<>();
    read(
        xml,
        "ListQueueTags",
        tags,
        (x, n, map) -> {
          if (n.equals("Tag")) {
            nameValue(x, "Key", map);
          } else {
            x.skip();
          }
        });
    return ListQueueTagsResponse.builder().tags(tags).build();
  }

  public static ListQueuesResponse listQueues(byte[] xml) {
    List<String> urls = new ArrayList<>();
    ListQueuesResponse.Builder builder = ListQueuesResponse.builder();
    read(
        xml,
        "ListQueues",
        builder,
        (x, n, b) -> {
          switch (n) {
            case "QueueUrl" -> urls.add(x.text());
            case "NextToken" -> b.nextToken(x.text());
            default -> x.skip();
          }
        });
    return builder.queueUrls(urls).build();
  }

  public static ListDeadLetterSourceQueuesResponse listDeadLetterSourceQueues(byte[] xml) {
    List<String> urls = new ArrayList<>();
    ListDeadLetterSourceQueuesResponse.Builder builder =
        ListDeadLetterSourceQueuesResponse.builder();
    read(
        xml,
        "ListDeadLetterSourceQueues",
        builder,
        (x, n, b) -> {
          switch (n) {
            case "QueueUrl" -> urls.add(x.text());
            case "NextToken" -> b.nextToken(x.text());
            default -> x.skip();
          }
        });
    return builder.queueUrls(urls).build();
  }

  public static SendMessageResponse sendMessage(byte[] xml) {
    return read(
            xml,
            "SendMessage",
            SendMessageResponse.builder(),
            (x, n, b) -> {
              switch (n) {
                case "MessageId" -> b.messageId(x.text());
                case "MD5OfMessageBody" -> b.md5OfMessageBody(x.text());
                case "MD5OfMessageAttributes" -> b.md5OfMessageAttributes(x.text());
                case "MD5OfMessageSystemAttributes" -> b.md5OfMessageSystemAttributes(x.text());
                case "SequenceNumber" -> b.sequenceNumber(x.text());
                default -> x.skip();
              }
            })
        .build();
  }

  public static SendMessageBatchResponse sendMessageBatch(byte[] xml) {
    List<SendMessageBatchResultEntry> successful = new ArrayList<>();
    List<BatchEntryError> failed = new ArrayList<>();
    read(
        xml,
        "SendMessageBatch",
        successful,
        (x, n, list) -> {
          switch (n) {
            case "SendMessageBatchResultEntry" -> list.add(sendResultEntry(x));
            case "BatchResultErrorEntry" -> failed.add(errorEntry(x));
            default -> x.skip();
          }
        });
    return SendMessageBatchResponse.builder().successful(successful).failed(failed).build();
  }

  public static DeleteMessageBatchResponse deleteMessageBatch(byte[] xml) {
    List<DeleteMessageBatchResultEntry> successful = new ArrayList<>();
    List<BatchEntryError> failed = new ArrayList<>();
    read(
        xml,
        "DeleteMessageBatch",
        successful,
        (x, n, list) -> {
          switch (n) {
            case "DeleteMessageBatchResultEntry" ->
                list.add(new DeleteMessageBatchResultEntry(idEntry(x)));
            case "BatchResultErrorEntry" -> failed.add(errorEntry(x));
            default -> x.skip();
          }
        });
    return DeleteMessageBatchResponse.builder().successful(successful).failed(failed).build();
  }

  public static ChangeMessageVisibilityBatchResponse changeMessageVisibilityBatch(byte[] xml) {
    List<ChangeMessageVisibilityBatchResultEntry> successful = new ArrayList<>();
    List<BatchEntryError> failed = new ArrayList<>();
    read(
        xml,
        "ChangeMessageVisibilityBatch",
        successful,
        (x, n, list) -> {
          switch (n) {
            case "ChangeMessageVisibilityBatchResultEntry" ->
                list.add(new ChangeMessageVisibilityBatchResultEntry(idEntry(x)));
            case "BatchResultErrorEntry" -> failed.add(errorEntry(x));
            default -> x.skip();
          }
        });
    return ChangeMessageVisibilityBatchResponse.builder()
        .successful(successful)
        .failed(failed)
        .build();
  }

  public static ReceiveMessageResponse receiveMessage(byte[] xml) {
    List<Message> messages = new ArrayList<>();
    read(
        xml,
        "ReceiveMessage",
        messages,
        (x, n, list) -> {
          if (n.equals("Message")) {
            list.add(message(x));
          } else {
            x.skip();
          }
        });
    return ReceiveMessageResponse.builder().messages(messages).build();
  }

  public static StartMessageMoveTaskResponse startMessageMoveTask(byte[] xml) {
    return read(
            xml,
            "StartMessageMoveTask",
            StartMessageMoveTaskResponse.builder(),
            (x, n, b) -> {
              if (n.equals("TaskHandle")) {
                b.taskHandle(x.text());
              } else {
                x.skip();
              }
            })
        .build();
  }

  public static CancelMessageMoveTaskResponse cancelMessageMoveTask(byte[] xml) {
    return read(
            xml,
            "CancelMessageMoveTask",
            CancelMessageMoveTaskResponse.builder(),
            (x, n, b) -> {
              if (n.equals("ApproximateNumberOfMessagesMoved")) {
                b.approximateNumberOfMessagesMoved(toLong(x.text()));
              } else {
                x.skip();
              }
            })
        .build();
  }

  /**
   * ListMessageMoveTasks. The task list is flattened; its member has no {@code locationName} in the
   * JSON model, so under standard Query naming each task is a {@code <Results>} element. The
   * model's shape name {@code <ListMessageMoveTasksResultEntry>} is accepted as well, since the
   * Query model predates these actions and no Query example of this response is published.
   */
  public static ListMessageMoveTasksResponse listMessageMoveTasks(byte[] xml) {
    List<MessageMoveTask> tasks = new ArrayList<>();
    read(
        xml,
        "ListMessageMoveTasks",
        tasks,
        (x, n, list) -> {
          if (n.equals("Results") || n.equals("ListMessageMoveTasksResultEntry")) {
            list.add(moveTask(x));
          } else {
            x.skip();
          }
        });
    return ListMessageMoveTasksResponse.builder().results(tasks).build();
  }

  private static <B> B read(byte[] xml, String action, B builder, ChildReader<B> reader) {
    String resultName = action + "Result";
    try (XmlCursor x = XmlCursor.open(xml)) {
      String root = x.root();
      if (root == null || !root.equals(action + "Response")) {
        throw new SqsClientException(
            "Unreadable "
                + action
                + " response: expected <"
                + action
                + "Response> but found "
                + (root == null ? "no element" : "<" + root + ">"));
      }
      String child;
      while ((child = x.nextChild()) != null) {
        if (child.equals(resultName)) {
          String name;
          while ((name = x.nextChild()) != null) {
            reader.read(x, name, builder);
          }
        } else {
          x.skip();
        }
      }
      return builder;
    } catch (XMLStreamException | IllegalArgumentException e) {
      throw new SqsClientException("Unreadable " + action + " response: " + e.getMessage(), e);
    }
  }

  /**
   * Reads {@code <Attribute><Name/><Value/></Attribute>} (or {@code Key} for tags) into the map.
   */
  private static void nameValue(XmlCursor x, String keyElement, Map<String, String> map)
      throws XMLStreamException {
    String key = null;
    String value = null;
    String n;
    while ((n = x.nextChild()) != null) {
      if (n.equals(keyElement)) {
        key = x.text();
      } else if (n.equals("Value")) {
        value = x.text();
      } else {
        x.skip();
      }
    }
    if (key != null) {
      map.put(key, value == null ? "" : value);
    }
  }

  private static Message message(XmlCursor x) throws XMLStreamException {
    String messageId = null;
    String receiptHandle = null;
    String md5OfBody = null;
    String body = null;
    String md5OfAttributes = null;
    Map<String, String> attributes = null;
    Map<String, MessageAttributeValue> messageAttributes = null;
    String n;
    while ((n = x.nextChild()) != null) {
      switch (n) {
        case "MessageId" -> messageId = x.text();
        case "ReceiptHandle" -> receiptHandle = x.text();
        case "MD5OfBody" -> md5OfBody = x.text();
        case "Body" -> body = x.text();
        case "MD5OfMessageAttributes" -> md5OfAttributes = x.text();
        case "Attribute" -> {
          if (attributes == null) {
            attributes = new LinkedHashMap<>();
          }
          nameValue(x, "Name", attributes);
        }
        case "MessageAttribute" -> {
          if (messageAttributes == null) {
            messageAttributes = new LinkedHashMap<>();
          }
          messageAttribute(x, messageAttributes);
        }
        default -> x.skip();
      }
    }
    return Message.builder()
        .messageId(messageId)
        .receiptHandle(receiptHandle)
        .md5OfBody(md5OfBody)
        .body(body)
        .attributes(attributes)
        .md5OfMessageAttributes(md5OfAttributes)
        .messageAttributes(messageAttributes)
        .build();
  }

  private static void messageAttribute(XmlCursor x, Map<String, MessageAttributeValue> map)
      throws XMLStreamException {
    String name = null;
    MessageAttributeValue value = null;
    String n;
    while ((n = x.nextChild()) != null) {
      if (n.equals("Name")) {
        name = x.text();
      } else if (n.equals("Value")) {
        value = attributeValue(x);
      } else {
        x.skip();
      }
    }
    if (name != null && value != null) {
      map.put(name, value);
    }
  }

  private static MessageAttributeValue attributeValue(XmlCursor x) throws XMLStreamException {
    String dataType = null;
    String stringValue = null;
    byte[] binaryValue = null;
    String n;
    while ((n = x.nextChild()) != null) {
      switch (n) {
        case "DataType" -> dataType = x.text();
        case "StringValue" -> stringValue = x.text();
        case "BinaryValue" -> binaryValue = base64(x.text());
        default -> x.skip();
      }
    }
    if (dataType == null) {
      throw new XMLStreamException("message attribute value without <DataType>");
    }
    return new MessageAttributeValue(dataType, stringValue, binaryValue);
  }

  private static SendMessageBatchResultEntry sendResultEntry(XmlCursor x)
      throws XMLStreamException {
    String id = null;
    String messageId = null;
    String md5Body = null;
    String md5Attributes = null;
    String md5System = null;
    String sequenceNumber = null;
    String n;
    while ((n = x.nextChild()) != null) {
      switch (n) {
        case "Id" -> id = x.text();
        case "MessageId" -> messageId = x.text();
        case "MD5OfMessageBody" -> md5Body = x.text();
        case "MD5OfMessageAttributes" -> md5Attributes = x.text();
        case "MD5OfMessageSystemAttributes" -> md5System = x.text();
        case "SequenceNumber" -> sequenceNumber = x.text();
        default -> x.skip();
      }
    }
    return new SendMessageBatchResultEntry(
        required(id, "Id"),
        required(messageId, "MessageId"),
        required(md5Body, "MD5OfMessageBody"),
        md5Attributes,
        md5System,
        sequenceNumber);
  }

  /**
   * A member that SQS's service model marks required in a batch answer; its absence makes the
   * answer unreadable rather than a null the caller would have to check.
   */
  private static String required(@Nullable String value, String element) throws XMLStreamException {
    if (value == null) {
      throw new XMLStreamException("batch result entry without <" + element + ">");
    }
    return value;
  }

  private static String idEntry(XmlCursor x) throws XMLStreamException {
    String id = null;
    String n;
    while ((n = x.nextChild()) != null) {
      if (n.equals("Id")) {
        id = x.text();
      } else {
        x.skip();
      }
    }
    return required(id, "Id");
  }

  private static BatchEntryError errorEntry(XmlCursor x) throws XMLStreamException {
    String id = null;
    boolean senderFault = false;
    String code = null;
    String message = null;
    String n;
    while ((n = x.nextChild()) != null) {
      switch (n) {
        case "Id" -> id = x.text();
        case "SenderFault" -> senderFault = Boolean.parseBoolean(x.text().trim());
        case "Code" -> code = x.text();
        case "Message" -> message = x.text();
        default -> x.skip();
      }
    }
    return new BatchEntryError(required(id, "Id"), senderFault, required(code, "Code"), message);
  }

  private static MessageMoveTask moveTask(XmlCursor x) throws XMLStreamException {
    String taskHandle = null;
    String status = null;
    String sourceArn = null;
    String destinationArn = null;
    Integer rate = null;
    Long moved = null;
    Long toMove = null;
    String failureReason = null;
    Long started = null;
    String n;
    while ((n = x.nextChild()) != null) {
      switch (n) {
        case "TaskHandle" -> taskHandle = x.text();
        case "Status" -> status = x.text();
        case "SourceArn" -> sourceArn = x.text();
        case "DestinationArn" -> destinationArn = x.text();
        case "MaxNumberOfMessagesPerSecond" -> rate = Integer.valueOf(x.text().trim());
        case "ApproximateNumberOfMessagesMoved" -> moved = toLong(x.text());
        case "ApproximateNumberOfMessagesToMove" -> toMove = toLong(x.text());
        case "FailureReason" -> failureReason = x.text();
        case "StartedTimestamp" -> started = toLong(x.text());
        default -> x.skip();
      }
    }
    return MessageMoveTask.builder()
        .taskHandle(taskHandle)
        .status(status)
        .sourceArn(sourceArn)
        .destinationArn(destinationArn)
        .maxNumberOfMessagesPerSecond(rate)
        .approximateNumberOfMessagesMoved(moved)
        .approximateNumberOfMessagesToMove(toMove)
        .failureReason(failureReason)
        .startedTimestamp(started)
        .build();
  }

  /** Strict base64, ignoring only whitespace (line breaks some servers put into long values). */
  private static byte[] base64(String text) {
    StringBuilder compact = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (compact == null) {
          compact = new StringBuilder(text.length()).append(text, 0, i);
        }
      } else if (compact != null) {
        compact.append(c);
      }
    }
    return Base64.getDecoder().decode(compact == null ? text : compact.toString());
  }

  private static Long toLong(String text) {
    return Long.valueOf(text.trim());
  }
}

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.exception.SqsClientException;
import io.sqskit.model.BatchEntryError;
import io.sqskit.model.ChangeMessageVisibilityBatchResultEntry;
import io.sqskit.model.DeleteMessageBatchResponse;
import io.sqskit.model.DeleteMessageBatchResultEntry;
import io.sqskit.model.ListMessageMoveTasksResponse;
import io.sqskit.model.ListQueuesResponse;
import io.sqskit.model.Message;
import io.sqskit.model.MessageAttributeValue;
import io.sqskit.model.MessageMoveTask;
import io.sqskit.model.MessageSystemAttributeName;
import io.sqskit.model.SendMessageBatchResponse;
import io.sqskit.model.SendMessageBatchResultEntry;
import io.sqskit.model.SendMessageResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every response type read from XML as SQS sends it (fixtures in protocol/query). */
class QueryResponseReaderTest {

  static byte[] fixture(String name) {
    try (InputStream in =
        QueryResponseReaderTest.class.getResourceAsStream("/protocol/query/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] xml(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void receiveMessageReadsTheDocumentationExample() {
    List<Message> messages =
        QueryResponseReader.receiveMessage(fixture("ReceiveMessage.xml")).messages();
    assertThat(messages).hasSize(1);
    Message m = messages.get(0);
    assertThat(m.messageId()).isEqualTo("5fea7756-0ea4-451a-a703-a558b933e274");
    assertThat(m.receiptHandle())
        .startsWith("MbZj6wDWli+JvwwJaBV+3dcjk2YW2vA3+STFFljTM8tJJg6HRG6PYSasuWXPJB+")
        .endsWith("/KSbkJ0=");
    assertThat(m.md5OfBody()).isEqualTo("fafb00f5732ab283681e124bf8747ed1");
    assertThat(m.body()).isEqualTo("This is a test message");
    assertThat(m.attributes())
        .containsExactly(
            Map.entry("SenderId", "195004372649"),
            Map.entry("SentTimestamp", "1238099229000"),
            Map.entry("ApproximateReceiveCount", "5"),
            Map.entry("ApproximateFirstReceiveTimestamp", "1250700979248"));
    assertThat(m.attribute(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).isEqualTo("5");
    assertThat(m.md5OfMessageAttributes()).isNull();
    assertThat(m.messageAttributes()).isEmpty();
  }

  @Test
  void receiveMessageReadsAttributesEscapesAndSkipsUnknownElements() {
    List<Message> messages =
        QueryResponseReader.receiveMessage(fixture("ReceiveMessage-attributes.xml")).messages();
    assertThat(messages).hasSize(2);

    Message binary = messages.get(0);
    assertThat(binary.md5OfMessageAttributes()).isEqualTo("8cbe4db156db8a94db8b801b7addb984");
    assertThat(binary.messageAttributes())
        .containsOnlyKeys("attr1")
        .containsEntry(
            "attr1",
            MessageAttributeValue.ofBinary(
                "traceparent\u001e00-774062d6c37081a5a0b9b5b88e30627c-2d2482211f6489da-01"
                    .getBytes(StandardCharsets.UTF_8)));

    Message text = messages.get(1);
    assertThat(text.body()).isEqualTo("<order id=\"1\"> & line\r\ntwo");
    assertThat(text.messageAttributes())
        .containsExactly(
            Map.entry("color", MessageAttributeValue.ofString("red")),
            Map.entry("count", new MessageAttributeValue("Number.int", "42", null)));
    // a system attribute this client has no constant for is kept as sent
    assertThat(text.attributes())
        .containsEntry("SomeNewAttribute", "v")
        .containsEntry("MessageGroupId", "g1");
    assertThat(MessageSystemAttributeName.fromValue("SomeNewAttribute")).isNull();
  }

  @Test
  void receiveMessageWithNoMessagesIsAnEmptyList() {
    assertThat(QueryResponseReader.receiveMessage(fixture("ReceiveMessage-empty.xml")).messages())
        .isEmpty();
  }

  @Test
  void sendMessage() {
    SendMessageResponse r = QueryResponseReader.sendMessage(fixture("SendMessage.xml"));
    assertThat(r.messageId()).isEqualTo("5fea7756-0ea4-451a-a703-a558b933e274");
    assertThat(r.md5OfMessageBody()).isEqualTo("fafb00f5732ab283681e124bf8747ed1");
    assertThat(r.md5OfMessageAttributes()).isEqualTo("3ae8f24a165a8cedc005670c81a27295");
    assertThat(r.md5OfMessageSystemAttributes()).isEqualTo("5f48eef650c1d0207456969c85af2fdd");
    assertThat(r.sequenceNumber()).isEqualTo("18849496460467696128");
  }

  @Test
  void sendMessageBatchReadsSuccessfulAndFailedEntries() {
    SendMessageBatchResponse r =
        QueryResponseReader.sendMessageBatch(fixture("SendMessageBatch.xml"));
    assertThat(r.successful())
        .containsExactly(
            new SendMessageBatchResultEntry(
                "1",
                "0a5231c7-8bff-4955-be2e-8dc7c50a25fa",
                "f44facf5a7ee0af446ecf3e0f854441e",
                "a45daa70926828a2f0a1db3418e6feb4",
                null,
                null),
            new SendMessageBatchResultEntry(
                "2",
                "15ee1ed3-87e7-40c1-bdaa-2e49968ea7e9",
                "0cc175b9c0f1b6a831c399e269772661",
                null,
                null,
                "18849496460467696129"));
    assertThat(r.failed())
        .containsExactly(
            new BatchEntryError(
                "3",
                true,
                "InvalidParameterValue",
                "Value for parameter DelaySeconds is invalid."));
  }

  @Test
  void deleteMessageBatch() {
    DeleteMessageBatchResponse r =
        QueryResponseReader.deleteMessageBatch(fixture("DeleteMessageBatch.xml"));
    assertThat(r.successful()).containsExactly(new DeleteMessageBatchResultEntry("msg1"));
    assertThat(r.failed())
        .containsExactly(
            new BatchEntryError(
                "msg2",
                true,
                "ReceiptHandleIsInvalid",
                "The input receipt handle \"foo\" is not a valid receipt handle."));
  }

  /**
   * Members that SQS's service model marks required in batch answers: their absence is an error.
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          SendMessageBatch             | <SendMessageBatchResultEntry><MessageId>m</MessageId><MD5OfMessageBody>d</MD5OfMessageBody></SendMessageBatchResultEntry> | Id
          SendMessageBatch             | <SendMessageBatchResultEntry><Id>a</Id><MD5OfMessageBody>d</MD5OfMessageBody></SendMessageBatchResultEntry>               | MessageId
          SendMessageBatch             | <SendMessageBatchResultEntry><Id>a</Id><MessageId>m</MessageId></SendMessageBatchResultEntry>                             | MD5OfMessageBody
          SendMessageBatch             | <BatchResultErrorEntry><SenderFault>true</SenderFault><Code>C</Code></BatchResultErrorEntry>                             | Id
          SendMessageBatch             | <BatchResultErrorEntry><Id>a</Id><SenderFault>true</SenderFault></BatchResultErrorEntry>                                 | Code
          DeleteMessageBatch           | <DeleteMessageBatchResultEntry/>                                                                                          | Id
          ChangeMessageVisibilityBatch | <ChangeMessageVisibilityBatchResultEntry><Other>x</Other></ChangeMessageVisibilityBatchResultEntry>                      | Id
          """)
  void aBatchEntryWithoutARequiredMemberIsAnSqsClientException(
      String action, String entry, String member) {
    byte[] body =
        xml(
            "<"
                + action
                + "Response><"
                + action
                + "Result>"
                + entry
                + "</"
                + action
                + "Result></"
                + action
                + "Response>");
    assertThatThrownBy(
            () -> {
              switch (action) {
                case "SendMessageBatch" -> QueryResponseReader.sendMessageBatch(body);
                case "DeleteMessageBatch" -> QueryResponseReader.deleteMessageBatch(body);
                default -> QueryResponseReader.changeMessageVisibilityBatch(body);
              }
            })
        .isInstanceOf(SqsClientException.class)
        .hasMessageContaining("batch result entry without <" + member + ">");
  }

  @Test
  void changeMessageVisibilityBatch() {
    assertThat(
            QueryResponseReader.changeMessageVisibilityBatch(
                    fixture("ChangeMessageVisibilityBatch.xml"))
                .successful())
        .containsExactly(
            new ChangeMessageVisibilityBatchResultEntry("change_visibility_msg_2"),
            new ChangeMessageVisibilityBatchResultEntry("change_visibility_msg_3"));
  }

  @Test
  void createQueueAndGetQueueUrl() {
    assertThat(QueryResponseReader.createQueue(fixture("CreateQueue.xml")).queueUrl())
        .isEqualTo("https://sqs.us-east-2.amazonaws.com/123456789012/MyQueue");
    assertThat(QueryResponseReader.getQueueUrl(fixture("GetQueueUrl.xml")).queueUrl())
        .isEqualTo("https://sqs.us-east-2.amazonaws.com/123456789012/MyQueue");
  }

  @Test
  void getQueueAttributesKeepsOrderAndJsonValues() {
    Map<String, String> attributes =
        QueryResponseReader.getQueueAttributes(fixture("GetQueueAttributes.xml")).attributes();
    assertThat(attributes).hasSize(10);
    assertThat(attributes.keySet())
        .startsWith("ReceiveMessageWaitTimeSeconds", "VisibilityTimeout");
    assertThat(attributes)
        .containsEntry("QueueArn", "arn:aws:sqs:us-east-2:123456789012:MyQueue")
        .containsEntry(
            "RedrivePolicy",
            "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-2:123456789012:dlq\",\"maxReceiveCount\":5}");
  }

  @Test
  void listQueuesAndListDeadLetterSourceQueues() {
    ListQueuesResponse queues = QueryResponseReader.listQueues(fixture("ListQueues.xml"));
    assertThat(queues.queueUrls())
        .containsExactly(
            "https://sqs.us-east-2.amazonaws.com/123456789012/MyQueue",
            "https://sqs.us-east-2.amazonaws.com/123456789012/MyQueue2");
    assertThat(queues.nextToken()).isEqualTo("AQEBnext");
    var sources =
        QueryResponseReader.listDeadLetterSourceQueues(fixture("ListDeadLetterSourceQueues.xml"));
    assertThat(sources.queueUrls())
        .containsExactly("https://sqs.us-east-2.amazonaws.com/123456789012/MySourceQueue");
    assertThat(sources.nextToken()).isNull();
  }

  @Test
  void listQueuesWithoutQueues() {
    ListQueuesResponse r =
        QueryResponseReader.listQueues(
            xml(
                "<ListQueuesResponse><ListQueuesResult/><ResponseMetadata><RequestId>x</RequestId></ResponseMetadata></ListQueuesResponse>"));
    assertThat(r.queueUrls()).isEmpty();
    assertThat(r.nextToken()).isNull();
  }

  @Test
  void listQueueTags() {
    assertThat(QueryResponseReader.listQueueTags(fixture("ListQueueTags.xml")).tags())
        .containsExactly(Map.entry("QueueType", "Production"), Map.entry("Owner", "Developer123"));
  }

  @Test
  void messageMoveTasks() {
    assertThat(
            QueryResponseReader.startMessageMoveTask(fixture("StartMessageMoveTask.xml"))
                .taskHandle())
        .isEqualTo("eyJ0YXNrSWQiOiJkYTFkOWRkMy0wYjJmLTQ2MDUtODAxYi1jMDQ5M2MyZWJiZTkifQ==");
    assertThat(
            QueryResponseReader.cancelMessageMoveTask(fixture("CancelMessageMoveTask.xml"))
                .approximateNumberOfMessagesMoved())
        .isEqualTo(102L);
    ListMessageMoveTasksResponse list =
        QueryResponseReader.listMessageMoveTasks(fixture("ListMessageMoveTasks.xml"));
    assertThat(list.results())
        .containsExactly(
            MessageMoveTask.builder()
                .status("COMPLETED")
                .sourceArn("arn:aws:sqs:us-east-1:111111111111:dlq")
                .destinationArn("arn:aws:sqs:us-east-1:111111111111:source")
                .approximateNumberOfMessagesMoved(2L)
                .approximateNumberOfMessagesToMove(2L)
                .startedTimestamp(1711111111111L)
                .build(),
            MessageMoveTask.builder()
                .taskHandle("eyJ0YXNrSWQiOiIxIn0=")
                .status("RUNNING")
                .sourceArn("arn:aws:sqs:us-east-1:111111111111:dlq")
                .maxNumberOfMessagesPerSecond(50)
                .approximateNumberOfMessagesMoved(0L)
                .startedTimestamp(1711111112222L)
                .build());
  }

  @Test
  void listMessageMoveTasksAcceptsEntriesNamedAfterTheShape() {
    byte[] body =
        xml(
            "<ListMessageMoveTasksResponse><ListMessageMoveTasksResult><ListMessageMoveTasksResultEntry>"
                + "<Status>FAILED</Status><FailureReason>AccessDenied</FailureReason>"
                + "</ListMessageMoveTasksResultEntry></ListMessageMoveTasksResult></ListMessageMoveTasksResponse>");
    assertThat(QueryResponseReader.listMessageMoveTasks(body).results())
        .extracting(MessageMoveTask::status, MessageMoveTask::failureReason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("FAILED", "AccessDenied"));
    assertThat(QueryResponseReader.listMessageMoveTasks(body).results().get(0).knownStatus())
        .isEqualTo(io.sqskit.model.MessageMoveTaskStatus.FAILED);
  }

  @Test
  void readsCdataAndToleratesMissingNamespace() {
    byte[] body =
        xml(
            "<SendMessageResponse><SendMessageResult><MessageId><![CDATA[id-<1>]]></MessageId>"
                + "</SendMessageResult></SendMessageResponse>");
    assertThat(QueryResponseReader.sendMessage(body).messageId()).isEqualTo("id-<1>");
  }

  @Test
  void recordedReceiveWithThreeStringAttributes() {
    Message m =
        QueryResponseReader.receiveMessage(fixture("ReceiveMessage-recorded.xml"))
            .messages()
            .get(0);
    assertThat(m.body()).isEqualTo("msg");
    assertThat(m.messageAttributes())
        .containsExactly(
            Map.entry("General", MessageAttributeValue.ofString("Kenobi")),
            Map.entry("Hello", MessageAttributeValue.ofString("There")),
            Map.entry("Help.Me", MessageAttributeValue.ofString("Me")));
  }

  @Test
  void recordedTagsKeepAnEmptyValue() {
    assertThat(QueryResponseReader.listQueueTags(fixture("ListQueueTags-recorded.xml")).tags())
        .containsExactly(
            Map.entry("tag1", "value1"), Map.entry("tag2", "value2"), Map.entry("tag3", ""));
  }

  @Test
  void recordedQueueAttributes() {
    assertThat(
            QueryResponseReader.getQueueAttributes(fixture("GetQueueAttributes-recorded.xml"))
                .attributes())
        .hasSize(12)
        .containsEntry("MaximumMessageSize", "1048576")
        .containsEntry("SqsManagedSseEnabled", "true")
        .containsEntry("VisibilityTimeout", "20");
  }

  @Test
  void externalEntitiesAreNeverExpanded() {
    byte[] body =
        xml(
            "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<SendMessageResponse><SendMessageResult><MessageId>a&x;b</MessageId></SendMessageResult></SendMessageResponse>");
    assertThat(QueryResponseReader.sendMessage(body).messageId()).isEqualTo("ab");
  }

  @Test
  void truncatedXmlIsAnSqsClientException() {
    assertThatThrownBy(
            () ->
                QueryResponseReader.listQueues(
                    xml("<ListQueuesResponse><ListQueuesResult><QueueUrl>u")))
        .isInstanceOf(SqsClientException.class)
        .hasMessageStartingWith("Unreadable ListQueues response");
  }

  @Test
  void anotherActionsResponseIsAnSqsClientException() {
    assertThatThrownBy(() -> QueryResponseReader.createQueue(fixture("GetQueueUrl.xml")))
        .isInstanceOf(SqsClientException.class)
        .hasMessage(
            "Unreadable CreateQueue response: expected <CreateQueueResponse> but found"
                + " <GetQueueUrlResponse>");
  }

  @Test
  void aNonNumericCountIsAnSqsClientException() {
    byte[] body =
        xml(
            "<CancelMessageMoveTaskResponse><CancelMessageMoveTaskResult><ApproximateNumberOfMessagesMoved>many"
                + "</ApproximateNumberOfMessagesMoved></CancelMessageMoveTaskResult></CancelMessageMoveTaskResponse>");
    assertThatThrownBy(() -> QueryResponseReader.cancelMessageMoveTask(body))
        .isInstanceOf(SqsClientException.class)
        .hasMessageContaining("many");
  }

  @Test
  void badBase64InABinaryAttributeIsAnSqsClientException() {
    byte[] body =
        xml(
            "<ReceiveMessageResponse><ReceiveMessageResult><Message><MessageAttribute><Name>b</Name>"
                + "<Value><DataType>Binary</DataType><BinaryValue>@@@</BinaryValue></Value></MessageAttribute>"
                + "</Message></ReceiveMessageResult></ReceiveMessageResponse>");
    assertThatThrownBy(() -> QueryResponseReader.receiveMessage(body))
        .isInstanceOf(SqsClientException.class);
  }

  @Test
  void base64WrappedOverLinesIsRead() {
    byte[] body =
        xml(
            "<ReceiveMessageResponse><ReceiveMessageResult><Message><MessageAttribute><Name>b</Name><Value><DataType>Binary</DataType><BinaryValue>AAEC\r\n"
                + "/w==</BinaryValue></Value></MessageAttribute>"
                + "</Message></ReceiveMessageResult></ReceiveMessageResponse>");
    assertThat(
            QueryResponseReader.receiveMessage(body)
                .messages()
                .get(0)
                .messageAttributes()
                .get("b")
                .binaryValue())
        .containsExactly(0, 1, 2, 0xff);
  }
}

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.sqskit.exception.SqsClientException;
import io.sqskit.model.BatchEntryError;
import io.sqskit.model.ChangeMessageVisibilityBatchResponse;
import io.sqskit.model.ChangeMessageVisibilityBatchResultEntry;
import io.sqskit.model.DeleteMessageBatchResponse;
import io.sqskit.model.DeleteMessageBatchResultEntry;
import io.sqskit.model.ListDeadLetterSourceQueuesResponse;
import io.sqskit.model.ListQueuesResponse;
import io.sqskit.model.Message;
import io.sqskit.model.MessageAttributeValue;
import io.sqskit.model.MessageMoveTask;
import io.sqskit.model.MessageMoveTaskStatus;
import io.sqskit.model.MessageSystemAttributeName;
import io.sqskit.model.SendMessageBatchResponse;
import io.sqskit.model.SendMessageBatchResultEntry;
import io.sqskit.model.SendMessageResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every response type read from AWS JSON 1.0 as SQS sends it (fixtures in protocol/json, the same
 * data as the XML fixtures in protocol/query), plus unknown members, nulls and malformed bodies.
 */
class JsonResponseReaderTest {

  /** Each reader by its method name, for the tests that run one body through a named reader. */
  private static final Map<String, Function<byte[], ?>> READERS =
      Map.ofEntries(
          Map.entry("createQueue", JsonResponseReader::createQueue),
          Map.entry("getQueueUrl", JsonResponseReader::getQueueUrl),
          Map.entry("getQueueAttributes", JsonResponseReader::getQueueAttributes),
          Map.entry("listQueueTags", JsonResponseReader::listQueueTags),
          Map.entry("listQueues", JsonResponseReader::listQueues),
          Map.entry("listDeadLetterSourceQueues", JsonResponseReader::listDeadLetterSourceQueues),
          Map.entry("sendMessage", JsonResponseReader::sendMessage),
          Map.entry("sendMessageBatch", JsonResponseReader::sendMessageBatch),
          Map.entry("deleteMessageBatch", JsonResponseReader::deleteMessageBatch),
          Map.entry(
              "changeMessageVisibilityBatch", JsonResponseReader::changeMessageVisibilityBatch),
          Map.entry("receiveMessage", JsonResponseReader::receiveMessage),
          Map.entry("startMessageMoveTask", JsonResponseReader::startMessageMoveTask),
          Map.entry("cancelMessageMoveTask", JsonResponseReader::cancelMessageMoveTask),
          Map.entry("listMessageMoveTasks", JsonResponseReader::listMessageMoveTasks));

  static byte[] fixture(String name) {
    try (InputStream in =
        JsonResponseReaderTest.class.getResourceAsStream("/protocol/json/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] json(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Function<byte[], ?> reader(String name) {
    Function<byte[], ?> reader = READERS.get(name);
    if (reader == null) {
      throw new IllegalArgumentException("no reader " + name);
    }
    return reader;
  }

  // ---- fixtures: every field of every response type ----

  @Test
  void receiveMessageReadsTheDocumentationExample() {
    List<Message> messages =
        JsonResponseReader.receiveMessage(fixture("ReceiveMessage.json")).messages();
    assertThat(messages).hasSize(1);
    Message m = messages.get(0);
    assertThat(m.messageId()).isEqualTo("5fea7756-0ea4-451a-a703-a558b933e274");
    assertThat(m.receiptHandle())
        .isEqualTo(
            "MbZj6wDWli+JvwwJaBV+3dcjk2YW2vA3+STFFljTM8tJJg6HRG6PYSasuWXPJB+CwLj1FjgXUv1uSj1gUPAW"
                + "V66FU/WeR4mq2OKpEGYWbnLmpRCJVAyeMjeU5ZBdtcQ+QEauMZc8ZRv37sIW2iJKq3M9MFx1YvV11A2x"
                + "/KSbkJ0=");
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
  void receiveMessageReadsAttributesEscapesAndSkipsUnknownMembers() {
    List<Message> messages =
        JsonResponseReader.receiveMessage(fixture("ReceiveMessage-attributes.json")).messages();
    assertThat(messages).hasSize(2);

    Message binary = messages.get(0);
    assertThat(binary)
        .isEqualTo(
            Message.builder()
                .messageId("c2f5d5a4-4b6e-4b0e-9a9e-6f5b7a1c0d11")
                .receiptHandle("AQEBrh1")
                .md5OfBody("098f6bcd4621d373cade4e832627b4f6")
                .body("test")
                .attributes(Map.of())
                .md5OfMessageAttributes("8cbe4db156db8a94db8b801b7addb984")
                .messageAttributes(
                    Map.of(
                        "attr1",
                        MessageAttributeValue.ofBinary(
                            "traceparent\u001e00-774062d6c37081a5a0b9b5b88e30627c-2d2482211f6489da-01"
                                .getBytes(StandardCharsets.UTF_8))))
                .build());

    Message text = messages.get(1);
    assertThat(text.messageId()).isEqualTo("7d1b1a1e-2c1f-4f39-9f8e-0e6f0d6a2b22");
    assertThat(text.receiptHandle()).isEqualTo("AQEBrh2");
    assertThat(text.md5OfBody()).isEqualTo("ignored-here");
    assertThat(text.body())
        .isEqualTo("<order id=\"1\"> & line\r\ntwo \u00e9\ud83d\ude00 back\\slash/");
    assertThat(text.md5OfMessageAttributes()).isNull();
    assertThat(text.messageAttributes())
        .containsExactly(
            Map.entry("color", MessageAttributeValue.ofString("red")),
            Map.entry("count", new MessageAttributeValue("Number.int", "42", null)));
    // a system attribute this client has no constant for is kept as sent
    assertThat(text.attributes())
        .containsExactly(Map.entry("MessageGroupId", "g1"), Map.entry("SomeNewAttribute", "v"));
  }

  @Test
  void receiveMessageWithNoMessagesIsAnEmptyList() {
    assertThat(JsonResponseReader.receiveMessage(fixture("ReceiveMessage-empty.json")).messages())
        .isEmpty();
    assertThat(JsonResponseReader.receiveMessage(json("{\"Messages\":[]}")).messages()).isEmpty();
  }

  @Test
  void recordedReceiveWithThreeStringAttributes() {
    Message m =
        JsonResponseReader.receiveMessage(fixture("ReceiveMessage-recorded.json"))
            .messages()
            .get(0);
    assertThat(m.messageId()).isEqualTo("3f6ca4c0-1f84-4e6b-a4c6-5c0c1b8f7f40");
    assertThat(m.receiptHandle()).isEqualTo("AQEBrecorded3");
    assertThat(m.md5OfBody()).isEqualTo("6e2baaf3b97dbeef01c0043275f9a0e7");
    assertThat(m.body()).isEqualTo("msg");
    assertThat(m.attributes()).isEmpty();
    assertThat(m.md5OfMessageAttributes()).isEqualTo("4c360f3fdafd970e05fae2f149d997f5");
    assertThat(m.messageAttributes())
        .containsExactly(
            Map.entry("General", MessageAttributeValue.ofString("Kenobi")),
            Map.entry("Hello", MessageAttributeValue.ofString("There")),
            Map.entry("Help.Me", MessageAttributeValue.ofString("Me")));
  }

  @Test
  void sendMessage() {
    SendMessageResponse r = JsonResponseReader.sendMessage(fixture("SendMessage.json"));
    assertThat(r.messageId()).isEqualTo("5fea7756-0ea4-451a-a703-a558b933e274");
    assertThat(r.md5OfMessageBody()).isEqualTo("fafb00f5732ab283681e124bf8747ed1");
    assertThat(r.md5OfMessageAttributes()).isEqualTo("3ae8f24a165a8cedc005670c81a27295");
    assertThat(r.md5OfMessageSystemAttributes()).isEqualTo("5f48eef650c1d0207456969c85af2fdd");
    assertThat(r.sequenceNumber()).isEqualTo("18849496460467696128");
  }

  @Test
  void sendMessageBatchReadsSuccessfulAndFailedEntries() {
    SendMessageBatchResponse r =
        JsonResponseReader.sendMessageBatch(fixture("SendMessageBatch.json"));
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
        JsonResponseReader.deleteMessageBatch(fixture("DeleteMessageBatch.json"));
    assertThat(r.successful()).containsExactly(new DeleteMessageBatchResultEntry("msg1"));
    assertThat(r.failed())
        .containsExactly(
            new BatchEntryError(
                "msg2",
                true,
                "ReceiptHandleIsInvalid",
                "The input receipt handle \"foo\" is not a valid receipt handle."));
  }

  @Test
  void changeMessageVisibilityBatchWithAnEmptyFailedList() {
    ChangeMessageVisibilityBatchResponse r =
        JsonResponseReader.changeMessageVisibilityBatch(
            fixture("ChangeMessageVisibilityBatch.json"));
    assertThat(r.successful())
        .containsExactly(
            new ChangeMessageVisibilityBatchResultEntry("change_visibility_msg_2"),
            new ChangeMessageVisibilityBatchResultEntry("change_visibility_msg_3"));
    assertThat(r.failed()).isEmpty();
  }

  @Test
  void batchEntryWithSenderFaultFalse() {
    ChangeMessageVisibilityBatchResponse r =
        JsonResponseReader.changeMessageVisibilityBatch(
            json("{\"Failed\":[{\"Id\":\"a\",\"SenderFault\":false,\"Code\":\"InternalError\"}]}"));
    assertThat(r.successful()).isEmpty();
    assertThat(r.failed()).containsExactly(new BatchEntryError("a", false, "InternalError", null));
  }

  @Test
  void createQueueAndGetQueueUrl() {
    assertThat(JsonResponseReader.createQueue(fixture("CreateQueue.json")).queueUrl())
        .isEqualTo("https://sqs.us-east-2.amazonaws.com/123456789012/MyQueue");
    assertThat(JsonResponseReader.getQueueUrl(fixture("GetQueueUrl.json")).queueUrl())
        .isEqualTo("https://sqs.us-east-2.amazonaws.com/123456789012/MyQueue");
  }

  @Test
  void getQueueAttributesKeepsOrderAndJsonValues() {
    assertThat(
            JsonResponseReader.getQueueAttributes(fixture("GetQueueAttributes.json")).attributes())
        .containsExactly(
            Map.entry("ReceiveMessageWaitTimeSeconds", "2"),
            Map.entry("VisibilityTimeout", "30"),
            Map.entry("ApproximateNumberOfMessages", "0"),
            Map.entry("ApproximateNumberOfMessagesNotVisible", "0"),
            Map.entry("CreatedTimestamp", "1286771522"),
            Map.entry("LastModifiedTimestamp", "1286771522"),
            Map.entry("QueueArn", "arn:aws:sqs:us-east-2:123456789012:MyQueue"),
            Map.entry("MaximumMessageSize", "8192"),
            Map.entry("MessageRetentionPeriod", "345600"),
            Map.entry(
                "RedrivePolicy",
                "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-2:123456789012:dlq\","
                    + "\"maxReceiveCount\":5}"));
  }

  @Test
  void recordedQueueAttributes() {
    assertThat(
            JsonResponseReader.getQueueAttributes(fixture("GetQueueAttributes-recorded.json"))
                .attributes())
        .containsExactly(
            Map.entry("ApproximateNumberOfMessages", "0"),
            Map.entry("ApproximateNumberOfMessagesDelayed", "0"),
            Map.entry("ApproximateNumberOfMessagesNotVisible", "0"),
            Map.entry("CreatedTimestamp", "1714480000"),
            Map.entry("DelaySeconds", "0"),
            Map.entry("LastModifiedTimestamp", "1714480001"),
            Map.entry("MaximumMessageSize", "1048576"),
            Map.entry("MessageRetentionPeriod", "604800"),
            Map.entry("QueueArn", "arn:aws:sqs:us-east-1:111111111111:queue-1"),
            Map.entry("ReceiveMessageWaitTimeSeconds", "10"),
            Map.entry("SqsManagedSseEnabled", "true"),
            Map.entry("VisibilityTimeout", "20"));
  }

  @Test
  void listQueuesReadsUrlsAndNextToken() {
    ListQueuesResponse queues = JsonResponseReader.listQueues(fixture("ListQueues.json"));
    assertThat(queues.queueUrls())
        .containsExactly(
            "https://sqs.us-east-2.amazonaws.com/123456789012/MyQueue",
            "https://sqs.us-east-2.amazonaws.com/123456789012/MyQueue2");
    assertThat(queues.nextToken()).isEqualTo("AQEBnext");
  }

  @Test
  void listDeadLetterSourceQueuesReadsTheLowercaseQueueUrls() {
    ListDeadLetterSourceQueuesResponse sources =
        JsonResponseReader.listDeadLetterSourceQueues(fixture("ListDeadLetterSourceQueues.json"));
    assertThat(sources.queueUrls())
        .containsExactly("https://sqs.us-east-2.amazonaws.com/123456789012/MySourceQueue");
    assertThat(sources.nextToken()).isNull();

    ListDeadLetterSourceQueuesResponse page =
        JsonResponseReader.listDeadLetterSourceQueues(
            json("{\"queueUrls\":[\"u1\",\"u2\"],\"NextToken\":\"t/2\"}"));
    assertThat(page.queueUrls()).containsExactly("u1", "u2");
    assertThat(page.nextToken()).isEqualTo("t/2");
  }

  @Test
  void listQueueTags() {
    assertThat(JsonResponseReader.listQueueTags(fixture("ListQueueTags.json")).tags())
        .containsExactly(Map.entry("QueueType", "Production"), Map.entry("Owner", "Developer123"));
  }

  @Test
  void recordedTagsKeepAnEmptyValue() {
    assertThat(JsonResponseReader.listQueueTags(fixture("ListQueueTags-recorded.json")).tags())
        .containsExactly(
            Map.entry("tag1", "value1"), Map.entry("tag2", "value2"), Map.entry("tag3", ""));
  }

  @Test
  void messageMoveTasks() {
    assertThat(
            JsonResponseReader.startMessageMoveTask(fixture("StartMessageMoveTask.json"))
                .taskHandle())
        .isEqualTo("eyJ0YXNrSWQiOiJkYTFkOWRkMy0wYjJmLTQ2MDUtODAxYi1jMDQ5M2MyZWJiZTkifQ==");
    assertThat(
            JsonResponseReader.cancelMessageMoveTask(fixture("CancelMessageMoveTask.json"))
                .approximateNumberOfMessagesMoved())
        .isEqualTo(102L);
    assertThat(
            JsonResponseReader.listMessageMoveTasks(fixture("ListMessageMoveTasks.json")).results())
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
  void recordedFailedAndCancelledMoveTasks() {
    List<MessageMoveTask> tasks =
        JsonResponseReader.listMessageMoveTasks(fixture("ListMessageMoveTasks-recorded.json"))
            .results();
    assertThat(tasks)
        .containsExactly(
            MessageMoveTask.builder()
                .status("FAILED")
                .sourceArn("arn:aws:sqs:us-east-1:111111111111:dlq")
                .destinationArn("arn:aws:sqs:us-east-1:111111111111:source")
                .maxNumberOfMessagesPerSecond(1)
                .approximateNumberOfMessagesMoved(3L)
                .approximateNumberOfMessagesToMove(10L)
                .failureReason("AWS.SimpleQueueService.NonExistentQueue")
                .startedTimestamp(1711111113333L)
                .build(),
            MessageMoveTask.builder()
                .status("CANCELLED")
                .sourceArn("arn:aws:sqs:us-east-1:111111111111:dlq")
                .destinationArn("arn:aws:sqs:us-east-1:111111111111:source")
                .maxNumberOfMessagesPerSecond(1)
                .approximateNumberOfMessagesMoved(8L)
                .approximateNumberOfMessagesToMove(10L)
                .startedTimestamp(1711111114444L)
                .build());
    assertThat(tasks)
        .extracting(MessageMoveTask::knownStatus)
        .containsExactly(MessageMoveTaskStatus.FAILED, MessageMoveTaskStatus.CANCELLED);
  }

  @Test
  void countsBeyondTheIntRangeAreReadAsLongs() {
    assertThat(
            JsonResponseReader.cancelMessageMoveTask(
                    json("{\"ApproximateNumberOfMessagesMoved\":5000000000}"))
                .approximateNumberOfMessagesMoved())
        .isEqualTo(5_000_000_000L);
    assertThat(
            JsonResponseReader.listMessageMoveTasks(
                    json(
                        "{\"Results\":[{\"ApproximateNumberOfMessagesMoved\":4294967296,"
                            + "\"ApproximateNumberOfMessagesToMove\":9007199254740993}]}"))
                .results())
        .extracting(
            MessageMoveTask::approximateNumberOfMessagesMoved,
            MessageMoveTask::approximateNumberOfMessagesToMove)
        .containsExactly(tuple(4_294_967_296L, 9_007_199_254_740_993L));
  }

  // ---- {}, unknown members, nulls ----

  @Test
  void anEmptyObjectIsAnEmptyResponseForEveryReader() {
    byte[] empty = json("{}");
    assertThat(JsonResponseReader.createQueue(empty).queueUrl()).isNull();
    assertThat(JsonResponseReader.getQueueUrl(empty).queueUrl()).isNull();
    assertThat(JsonResponseReader.getQueueAttributes(empty).attributes()).isEmpty();
    assertThat(JsonResponseReader.listQueueTags(empty).tags()).isEmpty();
    ListQueuesResponse queues = JsonResponseReader.listQueues(empty);
    assertThat(queues.queueUrls()).isEmpty();
    assertThat(queues.nextToken()).isNull();
    ListDeadLetterSourceQueuesResponse sources =
        JsonResponseReader.listDeadLetterSourceQueues(empty);
    assertThat(sources.queueUrls()).isEmpty();
    assertThat(sources.nextToken()).isNull();
    SendMessageResponse sent = JsonResponseReader.sendMessage(empty);
    assertThat(sent.messageId()).isNull();
    assertThat(sent.md5OfMessageBody()).isNull();
    assertThat(sent.md5OfMessageAttributes()).isNull();
    assertThat(sent.md5OfMessageSystemAttributes()).isNull();
    assertThat(sent.sequenceNumber()).isNull();
    SendMessageBatchResponse batch = JsonResponseReader.sendMessageBatch(empty);
    assertThat(batch.successful()).isEmpty();
    assertThat(batch.failed()).isEmpty();
    DeleteMessageBatchResponse deleted = JsonResponseReader.deleteMessageBatch(empty);
    assertThat(deleted.successful()).isEmpty();
    assertThat(deleted.failed()).isEmpty();
    ChangeMessageVisibilityBatchResponse changed =
        JsonResponseReader.changeMessageVisibilityBatch(empty);
    assertThat(changed.successful()).isEmpty();
    assertThat(changed.failed()).isEmpty();
    assertThat(JsonResponseReader.receiveMessage(empty).messages()).isEmpty();
    assertThat(JsonResponseReader.startMessageMoveTask(empty).taskHandle()).isNull();
    assertThat(JsonResponseReader.cancelMessageMoveTask(empty).approximateNumberOfMessagesMoved())
        .isNull();
    assertThat(JsonResponseReader.listMessageMoveTasks(empty).results()).isEmpty();
  }

  @Test
  void whitespaceAroundTheObjectIsAccepted() {
    assertThat(JsonResponseReader.createQueue(json(" \r\n\t{ \"QueueUrl\" : \"u\" }\n")).queueUrl())
        .isEqualTo("u");
  }

  @Test
  void unknownMembersOfEveryKindAreSkippedAtTopLevel() {
    SendMessageResponse r =
        JsonResponseReader.sendMessage(
            json(
                "{\"Unknown1\":{\"MessageId\":\"nested-not-this\",\"a\":[{\"b\":{}}]},"
                    + "\"Unknown2\":[[\"MessageId\"],{\"MessageId\":\"x\"},null,1.5e10,false],"
                    + "\"MessageId\":\"id-1\","
                    + "\"Unknown3\":null,\"Unknown4\":\"s\",\"Unknown5\":-7,\"Unknown6\":true,"
                    + "\"MD5OfMessageBody\":\"md5\"}"));
    assertThat(r.messageId()).isEqualTo("id-1");
    assertThat(r.md5OfMessageBody()).isEqualTo("md5");
    assertThat(r.md5OfMessageAttributes()).isNull();
    assertThat(r.sequenceNumber()).isNull();
  }

  @Test
  void unknownMembersInsideBatchEntriesAndMoveTasksAreSkipped() {
    DeleteMessageBatchResponse deleted =
        JsonResponseReader.deleteMessageBatch(
            json(
                "{\"Successful\":[{\"Future\":{\"Id\":\"no\"},\"Id\":\"m1\",\"More\":[1,[2]]}],"
                    + "\"Failed\":[{\"Id\":\"m2\",\"Detail\":{\"x\":[]},\"SenderFault\":true,"
                    + "\"Code\":\"C\",\"Message\":\"M\"}],\"Extra\":{\"Successful\":[]}}"));
    assertThat(deleted.successful()).containsExactly(new DeleteMessageBatchResultEntry("m1"));
    assertThat(deleted.failed()).containsExactly(new BatchEntryError("m2", true, "C", "M"));

    assertThat(
            JsonResponseReader.listMessageMoveTasks(
                    json(
                        "{\"Results\":[{\"Status\":\"RUNNING\",\"Progress\":{\"pct\":[50]},"
                            + "\"TaskHandle\":\"h\"}]}"))
                .results())
        .containsExactly(MessageMoveTask.builder().taskHandle("h").status("RUNNING").build());
  }

  @Test
  void nullMembersCountAsAbsent() {
    assertThat(JsonResponseReader.createQueue(json("{\"QueueUrl\":null}")).queueUrl()).isNull();
    assertThat(JsonResponseReader.receiveMessage(json("{\"Messages\":null}")).messages()).isEmpty();
    ListQueuesResponse queues =
        JsonResponseReader.listQueues(json("{\"QueueUrls\":null,\"NextToken\":null}"));
    assertThat(queues.queueUrls()).isEmpty();
    assertThat(queues.nextToken()).isNull();
    assertThat(JsonResponseReader.getQueueAttributes(json("{\"Attributes\":null}")).attributes())
        .isEmpty();
    assertThat(JsonResponseReader.listQueueTags(json("{\"Tags\":null}")).tags()).isEmpty();
    SendMessageBatchResponse batch =
        JsonResponseReader.sendMessageBatch(json("{\"Successful\":null,\"Failed\":null}"));
    assertThat(batch.successful()).isEmpty();
    assertThat(batch.failed()).isEmpty();
    assertThat(
            JsonResponseReader.cancelMessageMoveTask(
                    json("{\"ApproximateNumberOfMessagesMoved\":null}"))
                .approximateNumberOfMessagesMoved())
        .isNull();
  }

  @Test
  void nullMembersInsideMessagesAndTasksCountAsAbsent() {
    Message m =
        JsonResponseReader.receiveMessage(
                json(
                    "{\"Messages\":[{\"MessageId\":\"id\",\"ReceiptHandle\":null,\"Body\":null,"
                        + "\"MD5OfBody\":null,\"Attributes\":null,\"MD5OfMessageAttributes\":null,"
                        + "\"MessageAttributes\":{\"s\":{\"StringValue\":\"v\","
                        + "\"BinaryValue\":null,\"DataType\":\"String\"}}}]}"))
            .messages()
            .get(0);
    assertThat(m)
        .isEqualTo(
            Message.builder()
                .messageId("id")
                .attributes(Map.of())
                .messageAttributes(Map.of("s", MessageAttributeValue.ofString("v")))
                .build());

    assertThat(
            JsonResponseReader.listMessageMoveTasks(
                    json(
                        "{\"Results\":[{\"TaskHandle\":null,\"Status\":\"COMPLETED\","
                            + "\"MaxNumberOfMessagesPerSecond\":null,"
                            + "\"ApproximateNumberOfMessagesMoved\":1,"
                            + "\"ApproximateNumberOfMessagesToMove\":null,\"FailureReason\":null,"
                            + "\"StartedTimestamp\":null}]}"))
                .results())
        .containsExactly(
            MessageMoveTask.builder()
                .status("COMPLETED")
                .approximateNumberOfMessagesMoved(1L)
                .build());
  }

  // ---- malformed bodies ----

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "",
        " ",
        "not json",
        "<CreateQueueResponse><CreateQueueResult/></CreateQueueResponse>",
        "{",
        "{\"QueueUrl\":",
        "{\"QueueUrl\":\"u\"",
        "{\"QueueUrl\":\"u\",}",
        "{QueueUrl:\"u\"}",
        "{'QueueUrl':'u'}",
        "[]",
        "[{\"QueueUrl\":\"u\"}]",
        "\"u\"",
        "42",
        "true",
        "null"
      })
  void aBodyThatIsNotAJsonObjectIsAnSqsClientException(String body) {
    assertThatThrownBy(() -> JsonResponseReader.createQueue(json(body)))
        .isInstanceOf(SqsClientException.class);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"{\"QueueUrl\":\"u\"} x", "{\"QueueUrl\":\"u\"}{}", "{} []"})
  void contentAfterTheTopLevelObjectIsAnSqsClientException(String body) {
    assertThatThrownBy(() -> JsonResponseReader.createQueue(json(body)))
        .isInstanceOf(SqsClientException.class);
  }

  @Test
  void invalidUtf8IsAnSqsClientException() {
    byte[] body = json("{\"QueueUrl\":\"u?\"}");
    body[body.length - 3] = (byte) 0xff; // never valid in UTF-8
    assertThatThrownBy(() -> JsonResponseReader.createQueue(body))
        .isInstanceOf(SqsClientException.class);
  }

  /**
   * Members that SQS's service model marks required in batch answers: their absence is an error.
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          sendMessageBatch             | {"Successful":[{"MessageId":"m","MD5OfMessageBody":"d"}],"Failed":[]} | Id
          sendMessageBatch             | {"Successful":[{"Id":"a","MD5OfMessageBody":"d"}],"Failed":[]}       | MessageId
          sendMessageBatch             | {"Successful":[{"Id":"a","MessageId":"m"}],"Failed":[]}              | MD5OfMessageBody
          sendMessageBatch             | {"Successful":[],"Failed":[{"SenderFault":true,"Code":"C"}]}        | Id
          sendMessageBatch             | {"Successful":[],"Failed":[{"Id":"a","SenderFault":true}]}          | Code
          deleteMessageBatch           | {"Successful":[{}],"Failed":[]}                                     | Id
          changeMessageVisibilityBatch | {"Successful":[{"Other":"x"}],"Failed":[]}                          | Id
          """)
  void aBatchEntryWithoutARequiredMemberIsAnSqsClientException(
      String reader, String body, String member) {
    Function<byte[], ?> read = reader(reader);
    assertThatThrownBy(() -> read.apply(json(body)))
        .isInstanceOf(SqsClientException.class)
        .hasMessageEndingWith("batch result entry without " + member);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          createQueue                  | {"QueueUrl":42}
          createQueue                  | {"QueueUrl":true}
          createQueue                  | {"QueueUrl":{}}
          createQueue                  | {"QueueUrl":["u"]}
          getQueueUrl                  | {"QueueUrl":{"value":"u"}}
          listQueues                   | {"QueueUrls":"u"}
          listQueues                   | {"QueueUrls":{"a":"u"}}
          listQueues                   | {"QueueUrls":[1]}
          listQueues                   | {"QueueUrls":[["u"]]}
          listQueues                   | {"NextToken":7}
          listDeadLetterSourceQueues   | {"queueUrls":"u"}
          listDeadLetterSourceQueues   | {"queueUrls":[{}]}
          getQueueAttributes           | {"Attributes":["VisibilityTimeout"]}
          getQueueAttributes           | {"Attributes":"VisibilityTimeout=30"}
          getQueueAttributes           | {"Attributes":{"VisibilityTimeout":{}}}
          getQueueAttributes           | {"Attributes":{"VisibilityTimeout":["30"]}}
          listQueueTags                | {"Tags":[]}
          listQueueTags                | {"Tags":{"k":["v"]}}
          sendMessage                  | {"MessageId":{}}
          sendMessage                  | {"MD5OfMessageBody":["x"]}
          sendMessageBatch             | {"Successful":{}}
          sendMessageBatch             | {"Successful":["x"]}
          sendMessageBatch             | {"Successful":[{"Id":{}}]}
          sendMessageBatch             | {"Failed":[{"Id":"3","SenderFault":"yes","Code":"X"}]}
          sendMessageBatch             | {"Failed":[{"Id":"3","SenderFault":1,"Code":"X"}]}
          deleteMessageBatch           | {"Failed":{"Id":"x"}}
          deleteMessageBatch           | {"Successful":[[]]}
          changeMessageVisibilityBatch | {"Successful":[1]}
          changeMessageVisibilityBatch | {"Failed":[{"Id":"a","SenderFault":true,"Code":[]}]}
          receiveMessage               | {"Messages":{}}
          receiveMessage               | {"Messages":"m"}
          receiveMessage               | {"Messages":[[]]}
          receiveMessage               | {"Messages":["m"]}
          receiveMessage               | {"Messages":[{"Body":{}}]}
          receiveMessage               | {"Messages":[{"Attributes":[]}]}
          receiveMessage               | {"Messages":[{"Attributes":{"SenderId":{}}}]}
          startMessageMoveTask         | {"TaskHandle":["h"]}
          cancelMessageMoveTask        | {"ApproximateNumberOfMessagesMoved":"many"}
          cancelMessageMoveTask        | {"ApproximateNumberOfMessagesMoved":"102"}
          cancelMessageMoveTask        | {"ApproximateNumberOfMessagesMoved":true}
          cancelMessageMoveTask        | {"ApproximateNumberOfMessagesMoved":{}}
          cancelMessageMoveTask        | {"ApproximateNumberOfMessagesMoved":1.5}
          cancelMessageMoveTask        | {"ApproximateNumberOfMessagesMoved":99999999999999999999}
          listMessageMoveTasks         | {"Results":{}}
          listMessageMoveTasks         | {"Results":[{"Status":5}]}
          listMessageMoveTasks         | {"Results":[{"MaxNumberOfMessagesPerSecond":"fast"}]}
          listMessageMoveTasks         | {"Results":[{"MaxNumberOfMessagesPerSecond":5000000000}]}
          listMessageMoveTasks         | {"Results":[{"StartedTimestamp":"2024-03-22T12:00:00Z"}]}
          """)
  void aKnownMemberOfTheWrongTypeIsAnSqsClientException(String reader, String body) {
    Function<byte[], ?> read = reader(reader);
    assertThatThrownBy(() -> read.apply(json(body))).isInstanceOf(SqsClientException.class);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "[]",
        "{\"a\":\"red\"}",
        "{\"a\":[\"red\"]}",
        "{\"a\":{\"DataType\":[\"String\"],\"StringValue\":\"red\"}}",
        "{\"a\":{\"DataType\":\"String\",\"StringValue\":{}}}",
        "{\"a\":{\"DataType\":\"String\",\"StringValue\":7}}",
        "{\"a\":{\"DataType\":\"Binary\",\"BinaryValue\":12}}",
        "{\"a\":{\"DataType\":\"Binary\",\"BinaryValue\":[1,2]}}",
        "{\"a\":{\"DataType\":\"Binary\",\"BinaryValue\":\"@@@\"}}"
      })
  void aMalformedMessageAttributeIsAnSqsClientException(String messageAttributes) {
    byte[] body = json("{\"Messages\":[{\"MessageAttributes\":" + messageAttributes + "}]}");
    assertThatThrownBy(() -> JsonResponseReader.receiveMessage(body))
        .isInstanceOf(SqsClientException.class);
  }

  @Test
  void aMessageAttributeWithoutDataTypeIsAnSqsClientException() {
    // DataType is required by the model; without it there is no MessageAttributeValue to build.
    byte[] body = json("{\"Messages\":[{\"MessageAttributes\":{\"a\":{\"StringValue\":\"v\"}}}]}");
    assertThatThrownBy(() -> JsonResponseReader.receiveMessage(body))
        .isInstanceOf(SqsClientException.class);
  }
}

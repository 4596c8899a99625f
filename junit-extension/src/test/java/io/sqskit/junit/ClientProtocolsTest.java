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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.client.Protocol;
import io.sqskit.client.SqsClient;
import io.sqskit.exception.InvalidAttributeNameException;
import io.sqskit.exception.QueueDoesNotExistException;
import io.sqskit.exception.ReceiptHandleIsInvalidException;
import io.sqskit.exception.SqsServiceException;
import io.sqskit.model.ChangeMessageVisibilityBatchRequestEntry;
import io.sqskit.model.DeleteMessageBatchRequestEntry;
import io.sqskit.model.Message;
import io.sqskit.model.MessageAttributeValue;
import io.sqskit.model.MessageMoveTask;
import io.sqskit.model.MessageSystemAttributeName;
import io.sqskit.model.QueueAttributeName;
import io.sqskit.model.SendMessageBatchRequestEntry;
import io.sqskit.model.SendMessageBatchResponse;
import io.sqskit.model.SendMessageResponse;
import io.sqskit.testing.engine.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * sqskit's client against the fake in both protocols, every one of the 23 actions with its answers,
 * MD5 checks and errors. Each run records what it saw, with ids and handles left out; the two
 * protocols must see the same.
 */
@SqsTest(virtualTime = true)
class ClientProtocolsTest {
  /** What each class (this one, and its in-JVM twin) saw per protocol. */
  private static final Map<Class<?>, Map<Protocol, List<String>>> SEEN = new ConcurrentHashMap<>();

  @AfterAll
  static void bothProtocolsSawTheSame(TestInfo test) {
    Map<Protocol, List<String>> seen = SEEN.get(test.getTestClass().orElseThrow());
    assertThat(seen).containsOnlyKeys(Protocol.values());
    assertThat(seen.get(Protocol.JSON)).isEqualTo(seen.get(Protocol.QUERY));
  }

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void everyActionInBothProtocols(Protocol protocol, SqsClient injected, ManualClock clock) {
    List<String> seen = new ArrayList<>();
    String p = protocol.name().toLowerCase(java.util.Locale.ROOT) + "-";
    // The injected client (over the class's transport), speaking the protocol under test.
    try (SqsClient client = injected.toBuilder().protocol(protocol).build()) {
      // queues, attributes, tags, permissions
      String url =
          client
              .createQueue(
                  r ->
                      r.queueName(p + "main")
                          .attribute(QueueAttributeName.VISIBILITY_TIMEOUT, "40")
                          .tag("team", "blue"))
              .queueUrl();
      assertThat(url).endsWith("/" + p + "main");
      assertThat(client.getQueueUrl(r -> r.queueName(p + "main")).queueUrl()).isEqualTo(url);
      assertThat(client.listQueues(r -> r.queueNamePrefix(p)).queueUrls()).containsExactly(url);
      client.setQueueAttributes(
          r -> r.queueUrl(url).attribute(QueueAttributeName.MAXIMUM_MESSAGE_SIZE, "2048"));
      Map<String, String> attributes =
          client
              .getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.ALL))
              .attributes();
      seen.add("VisibilityTimeout=" + attributes.get("VisibilityTimeout"));
      seen.add("MaximumMessageSize=" + attributes.get("MaximumMessageSize"));
      assertThat(attributes).containsEntry("VisibilityTimeout", "40").containsKey("QueueArn");
      client.tagQueue(r -> r.queueUrl(url).tag("env", "test"));
      client.untagQueue(r -> r.queueUrl(url).tagKeys("team"));
      seen.add("tags=" + client.listQueueTags(r -> r.queueUrl(url)).tags());
      client.addPermission(
          r -> r.queueUrl(url).label("peer").awsAccountIds("111122223333").actions("SendMessage"));
      seen.add(
          "policy has peer="
              + client
                  .getQueueAttributes(
                      r -> r.queueUrl(url).attributeNames(QueueAttributeName.POLICY))
                  .attributes()
                  .get("Policy")
                  .contains("\"peer\""));
      client.removePermission(r -> r.queueUrl(url).label("peer"));

      // one message with every kind of attribute, MD5s checked by the client
      byte[] blob = {0, 1, 2, (byte) 0xff};
      SendMessageResponse sent =
          client.sendMessage(
              r ->
                  r.queueUrl(url)
                      .messageBody("héllo <&> \"wörld\" \uD83D\uDE00")
                      .messageAttribute("color", MessageAttributeValue.ofString("red"))
                      .messageAttribute("count", MessageAttributeValue.ofNumber(42))
                      .messageAttribute("blob", MessageAttributeValue.ofBinary(blob))
                      .messageSystemAttribute(
                          "AWSTraceHeader", MessageAttributeValue.ofString("Root=1-abc")));
      seen.add("md5 body=" + sent.md5OfMessageBody());
      seen.add("md5 attributes=" + sent.md5OfMessageAttributes());
      seen.add("md5 system=" + sent.md5OfMessageSystemAttributes());
      Message got =
          client
              .receiveMessage(
                  r ->
                      r.queueUrl(url)
                          .messageAttributeNames("All")
                          .messageSystemAttributeNames(MessageSystemAttributeName.ALL))
              .messages()
              .get(0);
      assertThat(got.messageId()).isEqualTo(sent.messageId());
      assertThat(got.messageAttributes().get("blob").binaryValue()).isEqualTo(blob);
      seen.add("body=" + got.body());
      seen.add("message attributes=" + got.messageAttributes().keySet());
      seen.add("trace=" + got.attributes().get("AWSTraceHeader"));
      seen.add("receives=" + got.attributes().get("ApproximateReceiveCount"));
      client.changeMessageVisibility(
          r -> r.queueUrl(url).receiptHandle(got.receiptHandle()).visibilityTimeout(0));
      Message again = client.receiveMessage(url).messages().get(0);
      client.deleteMessage(url, again.receiptHandle());
      assertThatThrownBy(() -> client.deleteMessage(url, "not-a-handle"))
          .isInstanceOfSatisfying(
              ReceiptHandleIsInvalidException.class, e -> seen.add(describe(e)));

      // batches
      SendMessageBatchResponse batch =
          client.sendMessageBatch(
              r ->
                  r.queueUrl(url)
                      .entries(
                          SendMessageBatchRequestEntry.builder().id("a").messageBody("one").build(),
                          SendMessageBatchRequestEntry.builder()
                              .id("b")
                              .messageBody("two")
                              .build()));
      seen.add("batch sent=" + batch.successful().size() + " failed=" + batch.failed().size());
      List<Message> two =
          client.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages();
      var changed =
          client.changeMessageVisibilityBatch(
              r ->
                  r.queueUrl(url)
                      .entries(
                          new ChangeMessageVisibilityBatchRequestEntry(
                              "c0", two.get(0).receiptHandle(), 100),
                          new ChangeMessageVisibilityBatchRequestEntry("c1", "bogus", 100)));
      seen.add(
          "visibility batch ok="
              + changed.successful().size()
              + " failed="
              + changed.failed().get(0).code());
      var deleted =
          client.deleteMessageBatch(
              r ->
                  r.queueUrl(url)
                      .entries(
                          new DeleteMessageBatchRequestEntry("d0", two.get(0).receiptHandle()),
                          new DeleteMessageBatchRequestEntry("d1", two.get(1).receiptHandle())));
      seen.add("delete batch ok=" + deleted.successful().size());

      // FIFO
      String fifo =
          client
              .createQueue(
                  r ->
                      r.queueName(p + "orders.fifo")
                          .attribute(QueueAttributeName.FIFO_QUEUE, "true")
                          .attribute(QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true"))
              .queueUrl();
      SendMessageResponse first =
          client.sendMessage(r -> r.queueUrl(fifo).messageBody("1").messageGroupId("g"));
      SendMessageResponse duplicate =
          client.sendMessage(r -> r.queueUrl(fifo).messageBody("1").messageGroupId("g"));
      client.sendMessage(r -> r.queueUrl(fifo).messageBody("2").messageGroupId("g"));
      assertThat(first.sequenceNumber()).isNotBlank();
      seen.add("deduplicated=" + duplicate.messageId().equals(first.messageId()));
      seen.add(
          "fifo bodies="
              + client
                  .receiveMessage(
                      r -> r.queueUrl(fifo).maxNumberOfMessages(10).receiveRequestAttemptId("x"))
                  .messages()
                  .stream()
                  .map(Message::body)
                  .toList());

      // dead letters and a move task, held on the manual clock
      String dlq = client.createQueue(r -> r.queueName(p + "dlq")).queueUrl();
      String dlqArn =
          client
              .getQueueAttributes(r -> r.queueUrl(dlq).attributeNames(QueueAttributeName.QUEUE_ARN))
              .attributes()
              .get("QueueArn");
      String source =
          client
              .createQueue(
                  r ->
                      r.queueName(p + "source")
                          .attribute(
                              QueueAttributeName.REDRIVE_POLICY,
                              "{\"deadLetterTargetArn\":\""
                                  + dlqArn
                                  + "\",\"maxReceiveCount\":\"1\"}"))
              .queueUrl();
      assertThat(client.listDeadLetterSourceQueues(r -> r.queueUrl(dlq)).queueUrls())
          .containsExactly(source);
      for (int i = 0; i < 3; i++) {
        String body = "dead " + i;
        client.sendMessage(r -> r.queueUrl(dlq).messageBody(body));
      }
      // sent straight to the DLQ, these have no source of their own: the task names one
      String sourceArn =
          client
              .getQueueAttributes(
                  r -> r.queueUrl(source).attributeNames(QueueAttributeName.QUEUE_ARN))
              .attributes()
              .get("QueueArn");
      String handle =
          client
              .startMessageMoveTask(
                  r ->
                      r.sourceArn(dlqArn).destinationArn(sourceArn).maxNumberOfMessagesPerSecond(1))
              .taskHandle();
      assertThat(handle).isNotBlank();
      MessageMoveTask task = client.listMessageMoveTasks(r -> r.sourceArn(dlqArn)).results().get(0);
      seen.add("task=" + task.status() + " to move=" + task.approximateNumberOfMessagesToMove());
      clock.advance(Duration.ofSeconds(1));
      seen.add(
          "cancel moved="
              + client
                  .cancelMessageMoveTask(r -> r.taskHandle(handle))
                  .approximateNumberOfMessagesMoved());
      seen.add(
          "after cancel="
              + client.listMessageMoveTasks(r -> r.sourceArn(dlqArn)).results().stream()
                  .sorted(Comparator.comparing(MessageMoveTask::startedTimestamp))
                  .map(MessageMoveTask::status)
                  .toList());

      // purge, delete, errors
      client.purgeQueue(r -> r.queueUrl(fifo));
      client.deleteQueue(r -> r.queueUrl(fifo));
      // the one message that differs between the protocols, as recorded from SQS
      String missing =
          protocol == Protocol.QUERY
              ? "The specified queue does not exist for this wsdl version."
              : "The specified queue does not exist.";
      assertThatThrownBy(() -> client.getQueueUrl(r -> r.queueName(p + "orders.fifo")))
          .isInstanceOfSatisfying(
              QueueDoesNotExistException.class,
              e -> {
                assertThat(e.getMessage()).startsWith(missing + " (");
                seen.add(describe(e).replace(missing, "<message>"));
              });
      assertThatThrownBy(
              () -> client.createQueue(r -> r.queueName(p + "bad").attribute("Colour", "blue")))
          .isInstanceOfSatisfying(InvalidAttributeNameException.class, e -> seen.add(describe(e)));
    }
    SEEN.computeIfAbsent(getClass(), c -> new ConcurrentHashMap<>()).put(protocol, seen);
  }

  @Test
  void theInjectedClientDerivesAJsonClientForTheSameTestAccount(
      SqsClient sqs, @SqsQueue(name = "shared") String url) {
    assertThat(sqs.config().protocol()).isEqualTo(Protocol.QUERY);
    try (SqsClient json = sqs.toBuilder().protocol(Protocol.JSON).build()) {
      json.sendMessage(url, "over json");
      assertThat(json.getQueueUrl(r -> r.queueName("shared")).queueUrl()).isEqualTo(url);
    }
    assertThat(sqs.receiveMessage(url).messages())
        .extracting(Message::body)
        .containsExactly("over json");
  }

  private static String describe(SqsServiceException e) {
    return e.getClass().getSimpleName()
        + " "
        + e.errorCode()
        + " "
        + e.statusCode()
        + " sender="
        + e.senderFault()
        + " "
        + e.getMessage().replaceAll("\\(.*\\)$", "");
  }
}

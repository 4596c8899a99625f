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
package apitest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.client.Protocol;
import io.sqskit.client.SqsClient;
import io.sqskit.exception.QueueDoesNotExistException;
import io.sqskit.exception.SqsServiceException;
import io.sqskit.model.ChangeMessageVisibilityBatchRequestEntry;
import io.sqskit.model.DeleteMessageBatchRequestEntry;
import io.sqskit.model.DeleteMessageBatchResponse;
import io.sqskit.model.Message;
import io.sqskit.model.MessageAttributeValue;
import io.sqskit.model.MessageSystemAttributeName;
import io.sqskit.model.QueueAttributeName;
import io.sqskit.model.SendMessageBatchRequestEntry;
import io.sqskit.model.SendMessageBatchResponse;
import io.sqskit.model.SendMessageResponse;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The client end to end against ElasticMQ, a third-party SQS-compatible server started in this JVM
 * on 127.0.0.1 and a free port; only the public API is used. Only behaviours where ElasticMQ
 * follows SQS are asserted. One subclass per {@link Protocol}: the same calls, over Query and over
 * AWS JSON 1.0.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ElasticMqEndToEndTests {
  private static final AtomicInteger NAMES = new AtomicInteger();
  private SQSRestServer server;
  private SqsClient plain;
  private SqsClient client;

  /** The protocol the client speaks. */
  abstract Protocol protocol();

  @BeforeAll
  void start() {
    server = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
    int port = server.waitUntilStarted().localAddress().getPort();
    plain =
        SqsClient.builder()
            .region("elasticmq")
            .endpointOverride(URI.create("http://127.0.0.1:" + port))
            .credentials("x", "x")
            .protocol(protocol())
            .build();
    client = clientUnderTest(plain);
  }

  /** The client the tests call, made from the plain one; a subclass may wrap it. */
  SqsClient clientUnderTest(SqsClient plain) {
    return plain;
  }

  @AfterAll
  void stop() {
    if (client != null) {
      client.close();
    }
    if (plain != null && plain != client) {
      plain.close();
    }
    if (server != null) {
      server.stopAndWait();
    }
  }

  private String name(String base) {
    return base + "-" + NAMES.incrementAndGet();
  }

  private String queue(String base) {
    String name = name(base);
    return client.createQueue(r -> r.queueName(name)).queueUrl();
  }

  @Test
  void createLookUpListAndDeleteAQueue() {
    String name = name("lifecycle");
    String url =
        client
            .createQueue(
                r -> r.queueName(name).attribute(QueueAttributeName.VISIBILITY_TIMEOUT, "45"))
            .queueUrl();

    assertThat(url).endsWith("/" + name);
    assertThat(client.getQueueUrl(r -> r.queueName(name)).queueUrl()).isEqualTo(url);
    assertThat(client.listQueues(r -> r.queueNamePrefix(name)).queueUrls()).containsExactly(url);
    assertThat(
            client
                .getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.ALL))
                .attributes())
        .containsEntry("VisibilityTimeout", "45")
        .containsKey("QueueArn");

    client.setQueueAttributes(
        r -> r.queueUrl(url).attribute(QueueAttributeName.DELAY_SECONDS, "3"));
    assertThat(
            client
                .getQueueAttributes(
                    r -> r.queueUrl(url).attributeNames(QueueAttributeName.DELAY_SECONDS))
                .attributes())
        .containsExactly(Map.entry("DelaySeconds", "3"));

    client.deleteQueue(r -> r.queueUrl(url));
    assertThatThrownBy(() -> client.getQueueUrl(r -> r.queueName(name)))
        .isInstanceOf(QueueDoesNotExistException.class);
  }

  @Test
  void sendReceiveAndDeleteWithEveryAttributeTypeUnderMd5Validation() {
    String url = queue("attrs");
    byte[] blob = {0, 1, 2, (byte) 0xff};
    SendMessageResponse sent =
        client.sendMessage(
            r ->
                r.queueUrl(url)
                    .messageBody("héllo <&> wörld")
                    .messageAttribute("color", MessageAttributeValue.ofString("red"))
                    .messageAttribute("count", new MessageAttributeValue("Number.int", "42", null))
                    .messageAttribute("blob", MessageAttributeValue.ofBinary(blob)));

    List<Message> got =
        client
            .receiveMessage(
                r ->
                    r.queueUrl(url)
                        .maxNumberOfMessages(10)
                        .waitTimeSeconds(1)
                        .messageAttributeNames("All")
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL))
            .messages();

    assertThat(got)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.messageId()).isEqualTo(sent.messageId());
              assertThat(m.body()).isEqualTo("héllo <&> wörld");
              assertThat(m.messageAttributes())
                  .containsEntry("color", MessageAttributeValue.ofString("red"))
                  .containsEntry("count", new MessageAttributeValue("Number.int", "42", null))
                  .containsEntry("blob", MessageAttributeValue.ofBinary(blob));
              assertThat(m.attribute(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
                  .isEqualTo("1");
              assertThat(m.attributes()).containsKey("SentTimestamp");
            });
    client.deleteMessage(url, got.get(0).receiptHandle());
    assertThat(client.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(0)).messages()).isEmpty();
  }

  @Test
  void aMessageMadeVisibleAgainIsReceivedAgain() {
    String url = queue("visibility");
    client.sendMessage(url, "again");
    Message first =
        client
            .receiveMessage(r -> r.queueUrl(url).visibilityTimeout(600).waitTimeSeconds(1))
            .messages()
            .get(0);
    assertThat(client.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(0)).messages()).isEmpty();

    client.changeMessageVisibility(
        r -> r.queueUrl(url).receiptHandle(first.receiptHandle()).visibilityTimeout(0));

    Message second =
        client
            .receiveMessage(
                r ->
                    r.queueUrl(url)
                        .waitTimeSeconds(1)
                        .attributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
            .messages()
            .get(0);
    assertThat(second.messageId()).isEqualTo(first.messageId());
    assertThat(second.attribute(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
        .isEqualTo("2");
  }

  @Test
  void batchesSendChangeVisibilityAndDelete() {
    String url = queue("batch");
    SendMessageBatchResponse sent =
        client.sendMessageBatch(
            r ->
                r.queueUrl(url)
                    .entries(
                        SendMessageBatchRequestEntry.builder()
                            .id("a")
                            .messageBody("one")
                            .messageAttribute("k", MessageAttributeValue.ofString("v"))
                            .build(),
                        SendMessageBatchRequestEntry.builder().id("b").messageBody("two").build(),
                        SendMessageBatchRequestEntry.builder()
                            .id("c")
                            .messageBody("three")
                            .build()));
    assertThat(sent.successful()).extracting(e -> e.id()).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(sent.failed()).isEmpty();

    List<Message> got =
        client
            .receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1))
            .messages();
    assertThat(got).hasSize(3);

    var changed =
        client.changeMessageVisibilityBatch(
            r ->
                r.queueUrl(url)
                    .entries(
                        new ChangeMessageVisibilityBatchRequestEntry(
                            "x0", got.get(0).receiptHandle(), 120),
                        new ChangeMessageVisibilityBatchRequestEntry(
                            "x1", got.get(1).receiptHandle(), 120)));
    assertThat(changed.successful()).extracting(e -> e.id()).containsExactlyInAnyOrder("x0", "x1");

    DeleteMessageBatchResponse deleted =
        client.deleteMessageBatch(
            r ->
                r.queueUrl(url)
                    .entries(
                        new DeleteMessageBatchRequestEntry("d0", got.get(0).receiptHandle()),
                        new DeleteMessageBatchRequestEntry("d1", got.get(1).receiptHandle()),
                        new DeleteMessageBatchRequestEntry("d2", got.get(2).receiptHandle())));
    assertThat(deleted.successful())
        .extracting(e -> e.id())
        .containsExactlyInAnyOrder("d0", "d1", "d2");
    assertThat(deleted.failed()).isEmpty();
  }

  @Test
  void fifoQueuesKeepGroupOrderAndReturnSequenceNumbers() {
    String name = name("orders") + ".fifo";
    String url =
        client
            .createQueue(
                r ->
                    r.queueName(name)
                        .attribute(QueueAttributeName.FIFO_QUEUE, "true")
                        .attribute(QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true"))
            .queueUrl();
    SendMessageResponse first =
        client.sendMessage(r -> r.queueUrl(url).messageBody("1").messageGroupId("g"));
    client.sendMessage(r -> r.queueUrl(url).messageBody("2").messageGroupId("g"));
    assertThat(first.sequenceNumber()).isNotBlank();

    List<Message> got =
        client
            .receiveMessage(
                r ->
                    r.queueUrl(url)
                        .maxNumberOfMessages(10)
                        .waitTimeSeconds(1)
                        .messageSystemAttributeNames(MessageSystemAttributeName.MESSAGE_GROUP_ID))
            .messages();
    assertThat(got).extracting(Message::body).containsExactly("1", "2");
    assertThat(got.get(0).attribute(MessageSystemAttributeName.MESSAGE_GROUP_ID)).isEqualTo("g");
  }

  @Test
  void tagsAreSetListedAndRemoved() {
    String url = queue("tags");
    client.tagQueue(r -> r.queueUrl(url).tag("team", "core").tag("env", "test"));
    assertThat(client.listQueueTags(r -> r.queueUrl(url)).tags())
        .containsOnly(Map.entry("team", "core"), Map.entry("env", "test"));
    client.untagQueue(r -> r.queueUrl(url).tagKeys("env"));
    assertThat(client.listQueueTags(r -> r.queueUrl(url)).tags())
        .containsOnly(Map.entry("team", "core"));
  }

  @Test
  void deadLetterSourceQueuesAreListedAndPaged() {
    String dlq = queue("dlq");
    String dlqArn =
        client
            .getQueueAttributes(r -> r.queueUrl(dlq).attributeNames(QueueAttributeName.QUEUE_ARN))
            .attributes()
            .get("QueueArn");
    String policy = "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"3\"}";
    String source1 =
        client
            .createQueue(
                r -> r.queueName(name("src")).attribute(QueueAttributeName.REDRIVE_POLICY, policy))
            .queueUrl();
    String source2 =
        client
            .createQueue(
                r -> r.queueName(name("src")).attribute(QueueAttributeName.REDRIVE_POLICY, policy))
            .queueUrl();

    assertThat(client.listDeadLetterSourceQueues(r -> r.queueUrl(dlq)).queueUrls())
        .containsExactlyInAnyOrder(source1, source2);
    assertThat(client.listDeadLetterSourceQueuesPaginator(r -> r.queueUrl(dlq)).items().toList())
        .containsExactlyInAnyOrder(source1, source2);
  }

  @Test
  void theListQueuesPaginatorCollectsEveryQueueWithThePrefix() {
    // ElasticMQ answers ListQueues in one page whatever MaxResults says; following NextToken over
    // several pages is covered by DefaultSqsClientTest on a fake transport.
    String prefix = name("page");
    for (int i = 0; i < 3; i++) {
      String n = prefix + "-" + i;
      client.createQueue(r -> r.queueName(n));
    }
    var pages = client.listQueuesPaginator(r -> r.queueNamePrefix(prefix).maxResults(2));
    assertThat(pages.items().toList()).hasSize(3).allSatisfy(u -> assertThat(u).contains(prefix));
  }

  @Test
  void purgeEmptiesTheQueue() {
    String url = queue("purge");
    client.sendMessage(url, "x");
    client.purgeQueue(r -> r.queueUrl(url));
    assertThat(client.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(0)).messages()).isEmpty();
  }

  @Test
  void serviceErrorsAreTyped() {
    assertThatThrownBy(
            () -> client.getQueueUrl(r -> r.queueName("does-not-exist-" + NAMES.incrementAndGet())))
        .isInstanceOf(QueueDoesNotExistException.class)
        .isInstanceOfSatisfying(
            SqsServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(400));
  }

  @Test
  void aDerivedClientSharesThePoolAndOutlivesItsParent() {
    SqsClient parent = client.toBuilder().build();
    SqsClient derived = parent.toBuilder().md5Validation(false).build();
    String url = queue("derived");
    parent.close();
    assertThat(derived.sendMessage(url, "still works").messageId()).isNotBlank();
    derived.close();
    assertThatThrownBy(() -> derived.sendMessage(url, "closed"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void messageMoveTasksRunFromADeadLetterQueueBackToItsSource() {
    String dlq = queue("move-dlq");
    String dlqArn =
        client
            .getQueueAttributes(r -> r.queueUrl(dlq).attributeNames(QueueAttributeName.QUEUE_ARN))
            .attributes()
            .get("QueueArn");
    String policy = "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"1\"}";
    String source =
        client
            .createQueue(
                r ->
                    r.queueName(name("move-src"))
                        .attribute(QueueAttributeName.REDRIVE_POLICY, policy))
            .queueUrl();
    client.sendMessage(dlq, "moved back");

    String handle = client.startMessageMoveTask(r -> r.sourceArn(dlqArn)).taskHandle();

    assertThat(handle).isNotBlank();
    assertThat(client.listMessageMoveTasks(r -> r.sourceArn(dlqArn).maxResults(10)).results())
        .singleElement()
        .satisfies(
            task -> {
              assertThat(task.sourceArn()).isEqualTo(dlqArn);
              assertThat(task.status()).isIn("RUNNING", "COMPLETED");
              assertThat(task.startedTimestamp()).isPositive();
            });
    // a long poll waits for the move, however the server schedules it
    assertThat(client.receiveMessage(r -> r.queueUrl(source).waitTimeSeconds(5)).messages())
        .extracting(Message::body)
        .containsExactly("moved back");
  }
}

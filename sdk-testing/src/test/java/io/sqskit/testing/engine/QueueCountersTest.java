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
package io.sqskit.testing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The CloudWatch-style counters of {@link SqsEngine#counters}, with CloudWatch's semantics. */
class QueueCountersTest extends EngineTestSupport {

  @Test
  void aNewQueueCountsNothing() {
    String url = createQueue("q");
    assertThat(engine.counters(url)).isEqualTo(new QueueCounters(0, 0, 0, 0));
  }

  @Test
  void sentCountsEveryMessageAddedBySendAndBatchButNotAFailedEntry() {
    String url = createQueue("q");
    send(url, "one");
    call(
        "SendMessageBatch",
        "QueueUrl",
        url,
        "Entries",
        List.of(
            map("Id", "a", "MessageBody", "two"),
            map("Id", "b", "MessageBody", "three"),
            map("Id", "c", "MessageBody", "four", "DelaySeconds", 901)));
    assertThat(engine.counters(url).messagesSent()).isEqualTo(3);
  }

  @Test
  void aFifoDuplicateIsAcceptedButNotCountedAsSent() {
    String url = createFifoQueue("q.fifo");
    Object[] message = {
      "QueueUrl", url, "MessageBody", "x", "MessageGroupId", "g", "MessageDeduplicationId", "d"
    };
    call("SendMessage", message);
    call("SendMessage", message);
    assertThat(engine.counters(url).messagesSent()).isEqualTo(1);
    counts(url, 1, 0, 0);
  }

  @Test
  void receivedCountsMessagesReturnedAndEmptyReceivesCountCalls() {
    String url = createQueue("q");
    send(url, "one");
    send(url, "two");
    send(url, "three");
    assertThat(receive(url, "MaxNumberOfMessages", 10)).hasSize(3);
    assertThat(receive(url)).isEmpty();
    assertThat(receive(url, "MaxNumberOfMessages", 10)).isEmpty();
    QueueCounters counters = engine.counters(url);
    assertThat(counters.messagesReceived()).isEqualTo(3);
    assertThat(counters.emptyReceives()).isEqualTo(2);
  }

  @Test
  void aLongPollThatEndsEmptyIsOneEmptyReceiveHoweverOftenItWoke() throws Exception {
    String url = createQueue("q");
    String other = createQueue("other");
    CompletableFuture<List<Map<String, Object>>> poll =
        CompletableFuture.supplyAsync(() -> receive(url, "WaitTimeSeconds", 10));
    await().atMost(Duration.ofSeconds(10)).until(() -> engine.waitingReceives(url) == 1);
    advance(4); // wakes the poll, which finds nothing and waits on
    send(other, "elsewhere");
    advance(6);
    assertThat(poll.get(10, TimeUnit.SECONDS)).isEmpty();
    assertThat(engine.counters(url).emptyReceives()).isEqualTo(1);
    assertThat(engine.counters(url).messagesReceived()).isZero();
  }

  @Test
  void aLongPollThatGetsAMessageIsNoEmptyReceive() throws Exception {
    String url = createQueue("q");
    CompletableFuture<List<Map<String, Object>>> poll =
        CompletableFuture.supplyAsync(() -> receive(url, "WaitTimeSeconds", 10));
    await().atMost(Duration.ofSeconds(10)).until(() -> engine.waitingReceives(url) == 1);
    send(url, "late");
    assertThat(poll.get(10, TimeUnit.SECONDS)).hasSize(1);
    assertThat(engine.counters(url)).isEqualTo(new QueueCounters(1, 1, 0, 0));
  }

  @Test
  void deletedCountsEverySuccessfulDeleteWithAValidHandleIncludingDuplicates() {
    String url = createQueue("q", "VisibilityTimeout", "5");
    send(url, "one");
    Map<String, Object> first = receive(url).get(0);
    advance(5);
    Map<String, Object> second = receive(url).get(0);
    delete(url, first); // stale handle: success, the message stays; counted
    delete(url, second); // deletes it
    delete(url, second); // again: success; counted ("including duplicate deletions")
    assertThat(engine.counters(url).messagesDeleted()).isEqualTo(3);
    counts(url, 0, 0, 0);
  }

  @Test
  void anExpiredFifoHandleIsRefusedAndNotCounted() {
    String url = createFifoQueue("q.fifo", "ContentBasedDeduplication", "true");
    call("SendMessage", "QueueUrl", url, "MessageBody", "x", "MessageGroupId", "g");
    Map<String, Object> message = receive(url, "VisibilityTimeout", 1).get(0);
    advance(1);
    error(() -> delete(url, message));
    assertThat(engine.counters(url).messagesDeleted()).isZero();
  }

  @Test
  void purgeRemovalAndDeadLetterMovesAreNotDeletesOrSends() {
    String dlq = createQueue("dlq");
    String url =
        createQueue(
            "q",
            "RedrivePolicy",
            "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:123456789012:dlq\","
                + "\"maxReceiveCount\":\"1\"}",
            "VisibilityTimeout",
            "1");
    send(url, "poison");
    String removed = send(url, "removed");
    assertThat(engine.removeMessage(url, removed)).isTrue();
    assertThat(engine.removeMessage(url, removed)).isFalse();
    assertThat(receive(url)).hasSize(1);
    advance(1);
    assertThat(receive(url)).isEmpty(); // moves the poison message to the dead-letter queue
    counts(dlq, 1, 0, 0);
    assertThat(engine.counters(dlq)).isEqualTo(new QueueCounters(0, 0, 0, 0));
    send(url, "purged");
    call("PurgeQueue", "QueueUrl", url);
    assertThat(engine.counters(url)).isEqualTo(new QueueCounters(3, 1, 0, 1));
  }

  @Test
  void aRecreatedQueueStartsFromZero() {
    SqsEngine relaxed = engine.toBuilder().deleteCooldown(false).build();
    String url = relaxed.createQueue("q", Map.of());
    relaxed.sendMessage(url, "x");
    relaxed.execute(ctx, "DeleteQueue", map("QueueUrl", url));
    String again = relaxed.createQueue("q", Map.of());
    assertThat(relaxed.counters(again)).isEqualTo(new QueueCounters(0, 0, 0, 0));
  }
}

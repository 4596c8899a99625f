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

import io.sqskit.client.SqsClient;
import io.sqskit.model.Message;
import io.sqskit.testing.engine.ManualClock;
import io.sqskit.testing.engine.MessageEvent;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * TestQueue's lifecycle assertions catch planted consumer bugs (a forgotten delete, a delete with a
 * stale handle after redelivery, a failed message never released) and pass on correct consumers;
 * each failure tells the offending message's story.
 */
class LifecycleAssertionsTest {

  @Test
  void assertionsPassOnCorrectConsumersAndCatchPlantedBugs() {
    Kit.assertAllSucceeded(Kit.run(ConsumerTestCase.class), 6);
  }

  @Test
  void verifyNothingInFlightFailsOnlyTheTestThatLeavesAMessageInFlight() {
    EngineExecutionResults results = Kit.run(VerifyTestCase.class);
    results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
    Throwable failure =
        results.testEvents().failed().stream()
            .findFirst()
            .flatMap(e -> e.getPayload(TestExecutionResult.class))
            .flatMap(TestExecutionResult::getThrowable)
            .orElseThrow();
    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expected no message of queue work to be in flight (received, neither deleted nor"
                + " released), but 1 message was not:\nmessage ")
        .hasMessageContaining("+0.000s SENT (SendMessage)")
        .hasMessageMatching(
            "(?s).*\\n  \\+\\d+\\.\\d{3}s RECEIVED #1 handle \\S+ visible again at .*");
  }

  static Message receiveOne(SqsClient client, String url) {
    List<Message> got =
        client.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(1)).messages();
    assertThat(got).hasSize(1);
    return got.get(0);
  }

  static String handle(Message m) {
    return Objects.requireNonNull(m.receiptHandle());
  }

  @SqsTest(virtualTime = true)
  static class ConsumerTestCase {
    @Test
    void consumerThatForgetsOneDelete(SqsClient client, @SqsQueue(name = "work") TestQueue queue) {
      String kept = null;
      for (String body : List.of("a", "b", "c")) {
        client.sendMessage(queue.url(), body);
      }
      for (int i = 0; i < 3; i++) {
        Message m = receiveOne(client, queue.url());
        if (m.body().equals("b")) {
          kept = m.messageId(); // the bug: no delete
        } else {
          client.deleteMessage(queue.url(), handle(m));
        }
      }

      assertThatThrownBy(queue::assertAllDeletedOnce)
          .isInstanceOf(AssertionError.class)
          .hasMessageStartingWith(
              "Expected every message sent to queue work to be deleted exactly once, with the"
                  + " handle of its latest receive, but 1 message was not:\nmessage "
                  + kept
                  + "\n  +0.000s SENT (SendMessage)\n  +0.000s RECEIVED #1 handle ");
      assertThatThrownBy(queue::assertNothingInFlight)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("message " + kept)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("DELETED"));
    }

    @Test
    void correctConsumerPassesEveryAssertion(
        SqsClient client, @SqsQueue(name = "work") TestQueue queue) {
      for (String body : List.of("a", "b", "c")) {
        client.sendMessage(queue.url(), body);
      }
      for (int i = 0; i < 3; i++) {
        Message m = receiveOne(client, queue.url());
        client.deleteMessage(queue.url(), handle(m));
      }
      queue.assertAllDeletedOnce();
      queue.assertNothingInFlight();
      queue.assertNeverRedelivered();
    }

    @Test
    void consumerThatDeletesWithAStaleHandleAfterRedelivery(
        SqsClient client,
        ManualClock clock,
        @SqsQueue(name = "work", attributes = "VisibilityTimeout=30") TestQueue queue) {
      String id = client.sendMessage(queue.url(), "slow").messageId();
      Message first = receiveOne(client, queue.url());
      clock.advance(Duration.ofSeconds(45)); // the handler outlived the visibility timeout
      Message second = receiveOne(client, queue.url());
      client.deleteMessage(queue.url(), handle(first)); // the bug: SQS says OK, the message stays

      assertThatThrownBy(queue::assertAllDeletedOnce)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("message " + id)
          .hasMessageContaining("+30.000s VISIBILITY_EXPIRED")
          .hasMessageContaining("+45.000s RECEIVED #2 handle " + handle(second))
          .hasMessageContaining(
              "+45.000s DELETE_WITH_STALE_HANDLE handle " + handle(first) + " (of receive #1)");
      assertThatThrownBy(queue::assertNeverRedelivered)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("message " + id);

      client.deleteMessage(queue.url(), handle(second)); // the fix: the latest handle
      assertThatThrownBy(queue::assertAllDeletedOnce).hasMessageContaining("DELETE_WITH_STALE");
      assertThat(queue.history(id).orElseThrow().count(MessageEvent.Kind.DELETED)).isEqualTo(1);
    }

    @Test
    void consumerThatNeverReleasesAFailedMessage(
        SqsClient client,
        @SqsQueue(name = "bad", attributes = "VisibilityTimeout=300") TestQueue bad,
        @SqsQueue(name = "good", attributes = "VisibilityTimeout=300") TestQueue good) {
      String stuck = client.sendMessage(bad.url(), "fails").messageId();
      receiveOne(client, bad.url()); // the handler failed; the bug: nothing released
      client.sendMessage(good.url(), "fails");
      Message released = receiveOne(client, good.url());
      client.changeMessageVisibility(
          r -> r.queueUrl(good.url()).receiptHandle(handle(released)).visibilityTimeout(0));

      assertThatThrownBy(bad::assertNothingInFlight)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("message " + stuck)
          .hasMessageContaining("RECEIVED #1")
          .hasMessageContaining("visible again at +300.000s");
      good.assertNothingInFlight();
    }

    @Test
    void poisonMessageIsDeadLetteredAfterMaxReceives(
        SqsClient client,
        ManualClock clock,
        @SqsQueue(
                name = "orders",
                deadLetterQueue = "orders-dlq",
                maxReceiveCount = 2,
                attributes = "VisibilityTimeout=10")
            TestQueue orders) {
      String id = client.sendMessage(orders.url(), "poison").messageId();
      for (int i = 0; i < 2; i++) {
        receiveOne(client, orders.url());
        clock.advance(Duration.ofSeconds(10));
      }
      assertThat(client.receiveMessage(r -> r.queueUrl(orders.url())).messages()).isEmpty();

      orders.assertDeadLettered(id, 2);
      orders.assertDeadLettered(h -> h.messageId().equals(id), 2);
      assertThatThrownBy(() -> orders.assertDeadLettered(id, 3))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected message " + id + " to be dead-lettered after 3 receives")
          .hasMessageContaining("+20.000s DEAD_LETTERED (to arn:aws:sqs:");
    }

    @Test
    void deadLetteredFailsForAMessageThatWasDeleted(
        SqsClient client,
        @SqsQueue(name = "orders", deadLetterQueue = "orders-dlq", maxReceiveCount = 2)
            TestQueue orders) {
      String id = client.sendMessage(orders.url(), "fine").messageId();
      client.deleteMessage(orders.url(), handle(receiveOne(client, orders.url())));

      assertThatThrownBy(() -> orders.assertDeadLettered(id, 2))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("DELETED");
      assertThatThrownBy(() -> orders.assertDeadLettered("no-such-id", 2))
          .hasMessage(
              "Expected message no-such-id to be dead-lettered from queue orders but the queue"
                  + " never held it");
    }
  }

  @SqsTest(verifyNothingInFlight = true)
  static class VerifyTestCase {
    @Test
    void leavesAMessageInFlight(SqsClient client, @SqsQueue(name = "work") TestQueue queue) {
      client.sendMessage(queue.url(), "forgotten");
      receiveOne(client, queue.url());
    }

    @Test
    void deletesWhatItReceives(SqsClient client, @SqsQueue(name = "work") TestQueue queue) {
      client.sendMessage(queue.url(), "done");
      client.deleteMessage(queue.url(), handle(receiveOne(client, queue.url())));
    }
  }
}

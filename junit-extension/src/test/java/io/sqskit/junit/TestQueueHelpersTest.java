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

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.client.SqsClient;
import io.sqskit.model.Message;
import io.sqskit.model.MessageAttributeValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Waiting for, peeking at and asserting on a test's queue, and what a failure shows. */
class TestQueueHelpersTest {

  @Test
  void helpersOnRealTime() {
    Kit.run(RealTimeTestCase.class).testEvents().assertStatistics(s -> s.started(5).succeeded(5));
  }

  @Test
  void failureMessagesShowWhatTheQueueHeld() {
    Kit.run(FailureMessagesTestCase.class)
        .testEvents()
        .assertStatistics(s -> s.started(3).succeeded(3));
  }

  @SqsTest
  static class RealTimeTestCase {
    @Test
    void awaitMessagesReturnsThemInOrderAndDeletesThem(
        SqsClient client, @SqsQueue(name = "q") TestQueue queue) {
      for (String body : List.of("one", "two", "three")) {
        client.sendMessage(queue.url(), body);
      }

      List<QueueMessage> got = queue.awaitMessages(3, Duration.ofSeconds(5));

      assertThat(got).extracting(QueueMessage::body).containsExactly("one", "two", "three");
      assertThat(got.get(0).attributes()).containsEntry("ApproximateReceiveCount", "1");
      queue.assertEmpty();
    }

    @Test
    void awaitMessagesUntilAConditionHolds(
        SqsClient client, @SqsQueue(name = "q") TestQueue queue) {
      for (String body : List.of("a", "b", "stop", "after")) {
        client.sendMessage(queue.url(), body);
      }

      List<QueueMessage> got =
          queue.awaitMessages(
              received -> received.stream().anyMatch(m -> m.body().equals("stop")),
              Duration.ofSeconds(5));

      assertThat(got).extracting(QueueMessage::body).startsWith("a", "b", "stop");
    }

    @Test
    void awaitMessagesWaitsForAMessageSentLater(
        SqsClient client, @SqsQueue(name = "q") TestQueue queue) {
      CompletableFuture<?> sender =
          CompletableFuture.runAsync(() -> client.sendMessage(queue.url(), "late"));

      assertThat(queue.awaitMessages(1, Duration.ofSeconds(10)))
          .extracting(QueueMessage::body)
          .containsExactly("late");
      sender.join();
    }

    @Test
    void peekShowsEveryAttribute(SqsClient client, @SqsQueue(name = "q") TestQueue queue) {
      client.sendMessage(
          r ->
              r.queueUrl(queue.url())
                  .messageBody("look")
                  .messageAttribute("customer", MessageAttributeValue.ofString("c-7"))
                  .messageAttribute(
                      "photo", MessageAttributeValue.ofBinary("jpeg".getBytes(UTF_8))));

      assertThat(queue.peek())
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.attributes())
                    .containsKeys("SenderId", "SentTimestamp")
                    .containsEntry("ApproximateReceiveCount", "0")
                    .doesNotContainKey("ApproximateFirstReceiveTimestamp");
                assertThat(m.messageAttributes())
                    .containsExactlyInAnyOrderEntriesOf(
                        Map.of("customer", "c-7", "photo", "anBlZw=="));
              });
    }

    @Test
    void peekChangesNothing(SqsClient client, @SqsQueue(name = "q") TestQueue queue) {
      String id = client.sendMessage(queue.url(), "look").messageId();

      assertThat(queue.peek())
          .singleElement()
          .satisfies(m -> assertThat(m.messageId()).isEqualTo(id))
          .satisfies(m -> assertThat(m.attributes()).containsEntry("ApproximateReceiveCount", "0"));
      List<Message> received =
          client
              .receiveMessage(r -> r.queueUrl(queue.url()).messageSystemAttributeNames("All"))
              .messages();
      assertThat(received)
          .singleElement()
          .satisfies(m -> assertThat(m.attributes()).containsEntry("ApproximateReceiveCount", "1"));
    }
  }

  /** On virtual time, so that the instants in the messages are known. */
  @SqsTest(virtualTime = true)
  static class FailureMessagesTestCase {
    @Test
    void awaitMessagesTimesOut(SqsClient client, @SqsQueue(name = "q") TestQueue queue) {
      String first = client.sendMessage(queue.url(), "first").messageId();
      String second =
          client
              .sendMessage(r -> r.queueUrl(queue.url()).messageBody("second").delaySeconds(60))
              .messageId();

      assertThatThrownBy(() -> queue.awaitMessages(2, Duration.ofSeconds(1)))
          .isInstanceOf(AssertionError.class)
          .hasMessage(
              "Expected 2 message(s) on queue q within PT1S but received 1:\n"
                  + "  "
                  + first
                  + ": \"first\"; the queue held 1 message\n"
                  + "  "
                  + second
                  + " DELAYED until 2026-01-01T00:01:00Z, received 0 times: \"second\"");
    }

    @Test
    void assertEmptyShowsMessagesInFlight(
        SqsClient client,
        @SqsQueue(name = "q", attributes = "VisibilityTimeout=30") TestQueue queue) {
      String id = client.sendMessage(queue.url(), "a".repeat(130)).messageId();
      client.receiveMessage(queue.url());

      assertThatThrownBy(queue::assertEmpty)
          .isInstanceOf(AssertionError.class)
          .hasMessage(
              "Expected queue q to be empty but it held 1 message\n"
                  + "  "
                  + id
                  + " IN_FLIGHT until 2026-01-01T00:00:30Z, received 1 time: \""
                  + "a".repeat(120)
                  + "\"... (130 chars)");
    }

    @Test
    void awaitMessagesNeedsACountOfOneOrMore(@SqsQueue(name = "q") TestQueue queue) {
      assertThatThrownBy(() -> queue.awaitMessages(0, Duration.ofSeconds(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("count must be at least 1 but was 0");
    }
  }
}

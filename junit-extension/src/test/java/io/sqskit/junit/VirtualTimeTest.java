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
import io.sqskit.testing.engine.SqsEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Minutes of SQS time in milliseconds: tests on a manual clock, each class on its own fake. */
class VirtualTimeTest {

  static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

  @BeforeEach
  void clear() {
    SEEN.clear();
  }

  @Test
  void visibilityTimeoutsDelaysAndLongPollsFollowTheManualClock() {
    Kit.run(TimeTestCase.class).testEvents().assertStatistics(s -> s.started(4).succeeded(4));
  }

  @Test
  void eachVirtualTimeClassHasItsOwnClockAndFakeApartFromTheSharedOne() {
    Kit.run(TimeTestCase.class, OtherTimeTestCase.class, RealTimeTestCase.class)
        .testEvents()
        .assertStatistics(s -> s.succeeded(6));

    assertThat(SEEN.get("other start")).isEqualTo(Instant.parse("2030-06-01T12:00:00Z"));
    assertThat(SEEN.get("other clock")).isNotSameAs(SEEN.get("clock"));
    assertThat(List.of(SEEN.get("url"), SEEN.get("other url"), SEEN.get("real url")))
        .doesNotHaveDuplicates();
  }

  @SqsTest(virtualTime = true)
  static class TimeTestCase {
    @Test
    void fiveMinuteVisibilityTimeout(
        SqsClient client,
        ManualClock clock,
        SqsEndpoint endpoint,
        @SqsQueue(name = "q", attributes = "VisibilityTimeout=300") String url) {
      SEEN.put("clock", clock);
      SEEN.put("url", endpoint.url());
      client.sendMessage(url, "hello");
      Message first = receive(client, url, 0).get(0);

      clock.advance(Duration.ofSeconds(299));
      assertThat(receive(client, url, 0)).isEmpty();
      clock.advance(Duration.ofSeconds(1));
      List<Message> again = receive(client, url, 0);

      assertThat(again).extracting(Message::messageId).containsExactly(first.messageId());
      assertThat(again.get(0).attributes()).containsEntry("ApproximateReceiveCount", "2");
    }

    @Test
    void fifteenMinuteDelay(
        SqsClient client,
        ManualClock clock,
        @SqsQueue(name = "q", attributes = "DelaySeconds=900") String url) {
      client.sendMessage(url, "later");
      clock.advance(Duration.ofMinutes(15).minusSeconds(1));
      assertThat(receive(client, url, 0)).isEmpty();
      clock.advance(Duration.ofSeconds(1));

      assertThat(receive(client, url, 0)).extracting(Message::body).containsExactly("later");
    }

    @Test
    void parkedLongPollWakesWhenTheClockPassesTheDelay(
        SqsClient client, ManualClock clock, SqsEngine engine, @SqsQueue(name = "q") String url)
        throws Exception {
      client.sendMessage(r -> r.queueUrl(url).messageBody("woken").delaySeconds(60));
      CompletableFuture<List<Message>> poll =
          CompletableFuture.supplyAsync(() -> receive(client, url, 20));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (engine.waitingReceives(url) == 0 && !poll.isDone() && System.nanoTime() < deadline) {
        Thread.onSpinWait(); // until the poll is parked in the engine
      }
      assertThat(poll).as("parked, not answered").isNotDone();

      clock.advance(Duration.ofSeconds(60));

      assertThat(poll.get(10, TimeUnit.SECONDS)).extracting(Message::body).containsExactly("woken");
    }

    @Test
    void helpersWaitInRealTimeWhileTheClockStandsStill(
        ManualClock clock, @SqsQueue(name = "q") TestQueue queue) {
      Instant before = clock.instant();

      assertThatThrownBy(() -> queue.awaitMessages(1, Duration.ofSeconds(1)))
          .isInstanceOf(AssertionError.class)
          .hasMessage(
              "Expected 1 message(s) on queue q within PT1S but received 0; the queue held 0"
                  + " messages");
      assertThat(clock.instant()).isEqualTo(before);
    }
  }

  static List<Message> receive(SqsClient client, String url, int waitSeconds) {
    return client
        .receiveMessage(
            r ->
                r.queueUrl(url)
                    .maxNumberOfMessages(10)
                    .waitTimeSeconds(waitSeconds)
                    .messageSystemAttributeNames("All"))
        .messages();
  }

  @SqsTest(virtualTime = true, startTime = "2030-06-01T12:00:00Z")
  static class OtherTimeTestCase {
    @Test
    void startsWhereItSaid(ManualClock clock, SqsEndpoint endpoint) {
      SEEN.put("other clock", clock);
      SEEN.put("other start", clock.instant());
      SEEN.put("other url", endpoint.url());
    }
  }

  @SqsTest
  static class RealTimeTestCase {
    @Test
    void usesTheSharedFake(SqsEndpoint endpoint) {
      SEEN.put("real url", endpoint.url());
    }
  }
}

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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Virtual time never hangs silently: with autoAdvance a consumer loop with 20-second long polls and
 * a 5-minute retry delay runs its whole story without a test moving the clock; without it, a long
 * poll on a clock nobody moves fails fast with a message naming virtual time and advance.
 */
class VirtualTimeAutoAdvanceTest {

  @Test
  void autoAdvanceRunsAConsumerStoryOfMinutesWithoutAnyoneMovingTheClock() {
    Kit.assertAllSucceeded(Kit.run(AutoTestCase.class), 1);
  }

  @Test
  void manualModeFailsAStalledLongPollWithAMessageNamingVirtualTime() {
    Kit.assertAllSucceeded(Kit.run(ManualTestCase.class), 1);
  }

  @SqsTest(virtualTime = true, autoAdvance = true)
  static class AutoTestCase {
    @Test
    void failingHandlerRetriesAfterFiveMinutesUntilTheMessageIsDeadLettered(
        SqsClient client,
        ManualClock clock,
        @SqsQueue(
                name = "orders",
                deadLetterQueue = "orders-dlq",
                maxReceiveCount = 3,
                attributes = "VisibilityTimeout=30")
            TestQueue orders) {
      Instant start = clock.instant();
      String id = client.sendMessage(orders.url(), "poison").messageId();
      TestQueue dlq = orders.deadLetterQueue().orElseThrow();
      int polls = 0;
      while (dlq.attributes().get("ApproximateNumberOfMessages").equals("0") && polls < 200) {
        polls++;
        List<Message> got =
            client.receiveMessage(r -> r.queueUrl(orders.url()).waitTimeSeconds(20)).messages();
        for (Message m : got) {
          // The handler fails: retry in five minutes.
          client.changeMessageVisibility(
              r ->
                  r.queueUrl(orders.url())
                      .receiptHandle(Objects.requireNonNull(m.receiptHandle()))
                      .visibilityTimeout(300));
        }
      }

      orders.assertDeadLettered(id, 3);
      // Two five-minute retry delays passed on the clock, in 20-second long polls.
      assertThat(Duration.between(start, clock.instant()))
          .isGreaterThanOrEqualTo(Duration.ofMinutes(10));
      assertThat(polls).isGreaterThan(30);
    }
  }

  @SqsTest(virtualTime = true)
  static class ManualTestCase {
    @Test
    void longPollOnAClockNobodyAdvances(
        SqsClient client, ManualClock clock, @SqsQueue(name = "q") String url) {
      Instant before = clock.instant();
      assertThatThrownBy(
              () -> client.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(20)).messages())
          .hasMessageMatching(
              "(?s).*ReceiveMessage waited \\d+ ms of real time in a long poll of 20 s, but the"
                  + " engine's clock is virtual \\(a ManualClock, @SqsTest\\(virtualTime ="
                  + " true\\)\\) and nobody advanced it\\. Call ManualClock\\.advance\\(\\.\\.\\.\\)"
                  + " from the test, or use @SqsTest\\(virtualTime = true, autoAdvance ="
                  + " true\\)\\..*");
      assertThat(clock.instant()).isEqualTo(before);
    }
  }
}

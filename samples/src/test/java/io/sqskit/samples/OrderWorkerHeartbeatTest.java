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
package io.sqskit.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sqskit.client.SqsClient;
import io.sqskit.junit.QueueMessage;
import io.sqskit.junit.SqsQueue;
import io.sqskit.junit.SqsTest;
import io.sqskit.junit.TestQueue;
import io.sqskit.samples.OrderWorker.Outcome;
import io.sqskit.testing.engine.ManualClock;
import io.sqskit.testing.engine.MessageEvent;
import io.sqskit.testing.engine.MessageHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ten-minute payment on a queue with a 30-second visibility timeout, on virtual time: the
 * consumer's heartbeat follows the test's clock and keeps the order hidden, so it is charged and
 * confirmed once, never delivered twice. The test moves the clock in five-second steps (shorter
 * than the ten seconds a lease has left when its heartbeat is due) and waits, in real time, only
 * for the heartbeat's call.
 */
@SqsTest(virtualTime = true)
class OrderWorkerHeartbeatTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @SqsQueue(
      name = "orders",
      fifo = true,
      attributes = "VisibilityTimeout=30",
      deadLetterQueue = "orders-dlq",
      maxReceiveCount = OrderQueues.MAX_RECEIVES)
  TestQueue orders;

  @SqsQueue(name = "confirmations")
  TestQueue confirmations;

  SqsClient client;

  ManualClock clock;

  private final BlockingPayments payments = new BlockingPayments();

  /** When the order becomes visible again, as the fake last set it. */
  private Instant visibleAt(String messageId) {
    MessageHistory history = orders.history(messageId).orElseThrow();
    List<MessageEvent> events = history.events();
    for (int i = events.size() - 1; i >= 0; i--) {
      Instant at = events.get(i).visibleAt();
      if (at != null) {
        return at;
      }
    }
    throw new AssertionError("never received: " + history.story());
  }

  @Test
  void aTenMinutePaymentOnAThirtySecondQueueIsChargedOnceAndNeverRedelivered() {
    OrderQueues queues =
        new OrderQueues(
            orders.url(), orders.deadLetterQueue().orElseThrow().url(), confirmations.url());
    String id = new OrderProducer(client, orders.url()).submit(new Order("o-1", "c-1", 4200));
    try (OrderWorker worker =
        new OrderWorker(client, queues, payments, Duration.ofMinutes(5), 1, clock)) {
      worker.start(1);
      await().atMost(PATIENCE).until(() -> payments.started() == 1);

      for (int step = 1; step <= 120; step++) {
        clock.advance(Duration.ofSeconds(5));
        // a heartbeat goes out when ten seconds of the lease are left; once it is answered the
        // order stays hidden for another 30 s
        await()
            .atMost(PATIENCE)
            .until(() -> visibleAt(id).isAfter(clock.instant().plusSeconds(10)));
      }
      payments.finish();
      await().atMost(PATIENCE).until(() -> worker.totals().confirmed() == 1);
      assertThat(confirmations.awaitMessages(1, PATIENCE))
          .extracting(QueueMessage::body)
          .containsExactly("confirmed o-1");
      await().atMost(PATIENCE).until(() -> orders.peek().isEmpty());
      assertThat(worker.totals()).isEqualTo(new Outcome(1, 0, 0));
    }

    assertThat(payments.charged()).containsExactly("o-1");
    orders.assertNeverRedelivered();
    orders.assertAllDeletedOnce();
    // the heartbeat, as the queue saw it: a 30 s lease renewed every 20 s for ten minutes
    assertThat(orders.history(id).orElseThrow().count(MessageEvent.Kind.VISIBILITY_CHANGED))
        .isBetween(29L, 31L);
  }
}

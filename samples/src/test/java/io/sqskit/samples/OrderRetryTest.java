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

import io.sqskit.client.SqsClient;
import io.sqskit.junit.QueueMessage;
import io.sqskit.junit.SqsQueue;
import io.sqskit.junit.SqsTest;
import io.sqskit.junit.TestQueue;
import io.sqskit.samples.OrderWorker.Outcome;
import io.sqskit.samples.PaymentGateway.PaymentUnavailableException;
import io.sqskit.testing.engine.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retries with a five-minute back-off, on virtual time: the clock moves only when the test says so,
 * so these minutes pass in milliseconds. Needs the fake; contract runs skip it.
 */
@SqsTest(virtualTime = true)
class OrderRetryTest {

  private static final Duration RETRY_DELAY = Duration.ofMinutes(5);

  @SqsQueue(
      name = "orders",
      fifo = true,
      deadLetterQueue = "orders-dlq",
      maxReceiveCount = OrderQueues.MAX_RECEIVES)
  TestQueue orders;

  @SqsQueue(name = "confirmations")
  TestQueue confirmations;

  SqsClient client;

  ManualClock clock;

  private final ScriptedPayments payments = new ScriptedPayments();
  private OrderWorker worker;
  private OrderProducer producer;

  @BeforeEach
  void wire() {
    OrderQueues queues =
        new OrderQueues(
            orders.url(), orders.deadLetterQueue().orElseThrow().url(), confirmations.url());
    worker = new OrderWorker(client, queues, payments, RETRY_DELAY);
    producer = new OrderProducer(client, orders.url());
  }

  @Test
  void triesAgainWhenTheRetryDelayHasPassed() {
    payments.failNext("o-1", new PaymentUnavailableException("timeout"));
    producer.submit(new Order("o-1", "c-1", 1000));

    assertThat(worker.pollOnce(0)).isEqualTo(new Outcome(0, 1, 0));
    clock.advance(RETRY_DELAY.minusSeconds(1));
    assertThat(worker.pollOnce(0))
        .as("still hidden a second before the delay ends")
        .isEqualTo(new Outcome(0, 0, 0));
    clock.advance(Duration.ofSeconds(1));
    assertThat(worker.pollOnce(0)).isEqualTo(new Outcome(1, 0, 0));

    assertThat(confirmations.awaitMessages(1, Duration.ofSeconds(5)))
        .extracting(QueueMessage::body)
        .containsExactly("confirmed o-1");
    orders.assertEmpty();
  }

  @Test
  void sqsMovesAnOrderToTheDeadLetterQueueAfterThreeFailedReceives() {
    payments.down();
    producer.submit(new Order("o-1", "c-1", 1000));

    for (int attempt = 1; attempt <= OrderQueues.MAX_RECEIVES; attempt++) {
      assertThat(worker.pollOnce(0)).as("attempt %d", attempt).isEqualTo(new Outcome(0, 1, 0));
      clock.advance(RETRY_DELAY);
    }
    assertThat(worker.pollOnce(0))
        .as("the redrive policy took it away")
        .isEqualTo(new Outcome(0, 0, 0));

    TestQueue deadLetters = orders.deadLetterQueue().orElseThrow();
    assertThat(deadLetters.peek())
        .extracting(QueueMessage::body)
        .containsExactly("order=o-1;customer=c-1;amount=1000");
    orders.assertEmpty();
  }

  @Test
  void holdsBackACustomersLaterOrdersWhileAnEarlierOneWaitsForItsRetry() {
    payments.failNext("o-1", new PaymentUnavailableException("timeout"));
    producer.submit(new Order("o-1", "c-1", 100));
    producer.submit(new Order("o-2", "c-1", 200));
    producer.submit(new Order("o-3", "c-2", 300));

    int confirmedFirst = 0;
    for (Outcome outcome = worker.pollOnce(0);
        outcome.confirmed() + outcome.retried() > 0;
        outcome = worker.pollOnce(0)) {
      confirmedFirst += outcome.confirmed();
    }
    assertThat(confirmedFirst).isEqualTo(1);
    assertThat(payments.charged()).containsExactly("o-3");

    clock.advance(RETRY_DELAY);
    int confirmedAfter = 0;
    for (Outcome outcome = worker.pollOnce(0);
        outcome.confirmed() > 0;
        outcome = worker.pollOnce(0)) {
      confirmedAfter += outcome.confirmed();
    }

    assertThat(confirmedAfter).isEqualTo(2);
    assertThat(payments.charged()).containsExactly("o-3", "o-1", "o-2");
  }
}

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
import io.sqskit.testing.server.Fault;
import io.sqskit.testing.server.FaultInjector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The order worker under a duplicate delivery, as SQS may make on a standard queue (at-least-once
 * delivery). The worker's own queue is FIFO, where SQS delivers once, so these tests run it on a
 * standard orders queue, as an application that chose one would. The worker deletes each delivery
 * once either way; whether the customer is charged once depends on the payment gateway being
 * idempotent (keyed by order id), which the worker itself is not; and it confirms each delivery, so
 * a duplicate order is confirmed twice.
 */
@SqsTest
class OrderWorkerDuplicateTest {

  @SqsQueue(name = "orders", deadLetterQueue = "orders-dlq", maxReceiveCount = 3)
  TestQueue orders;

  @SqsQueue(name = "confirmations")
  TestQueue confirmations;

  SqsClient client;

  FaultInjector faults;

  private OrderWorker worker(PaymentGateway payments) {
    OrderQueues queues =
        new OrderQueues(
            orders.url(), orders.deadLetterQueue().orElseThrow().url(), confirmations.url());
    return new OrderWorker(client, queues, payments, Duration.ofMinutes(5));
  }

  /** Polls until a poll finds nothing; the fake answers a short poll with all it holds. */
  private static Outcome drain(OrderWorker worker) {
    int confirmed = 0;
    for (Outcome o = worker.pollOnce(0); !o.equals(new Outcome(0, 0, 0)); o = worker.pollOnce(0)) {
      confirmed += o.confirmed();
    }
    return new Outcome(confirmed, 0, 0);
  }

  private void submitOneOrderDeliveredTwice() {
    faults.add(Fault.duplicateDelivery().queue("orders").times(1));
    client.sendMessage(orders.url(), new Order("o-1", "c-1", 1250).toBody());
  }

  @Test
  void anIdempotentGatewayChargesADuplicateOrderOnce() {
    submitOneOrderDeliveredTwice();
    IdempotentPayments payments = new IdempotentPayments();

    Outcome outcome = drain(worker(payments));

    assertThat(payments.charged()).containsExactly("o-1");
    orders.assertAllDeletedOnce(); // each of the two deliveries deleted once, by its own handle
    orders.assertNothingInFlight();
    assertThat(faults.injected(Fault.Kind.DUPLICATE_DELIVERY)).isEqualTo(1);
    // The worker confirms each delivery it handles: the duplicate is confirmed again.
    assertThat(outcome.confirmed()).isEqualTo(2);
    assertThat(confirmations.awaitMessages(2, Duration.ofSeconds(5)))
        .extracting(QueueMessage::body)
        .containsExactly("confirmed o-1", "confirmed o-1");
  }

  @Test
  void aGatewayWithoutAnIdempotencyKeyChargesADuplicateOrderTwice() {
    submitOneOrderDeliveredTwice();
    ScriptedPayments payments = new ScriptedPayments(); // charges whatever it is given

    drain(worker(payments));

    orders.assertAllDeletedOnce(); // the deletes are right...
    assertThat(payments.charged()).containsExactly("o-1", "o-1"); // ...the customer pays twice
  }

  /** A gateway that charges an order id once, whatever number of times it is asked. */
  static final class IdempotentPayments implements PaymentGateway {
    private final Set<String> seen = new HashSet<>();
    private final List<String> charged = new ArrayList<>();

    @Override
    public synchronized void charge(Order order) {
      if (seen.add(order.id())) {
        charged.add(order.id());
      }
    }

    synchronized List<String> charged() {
      return List.copyOf(charged);
    }
  }
}

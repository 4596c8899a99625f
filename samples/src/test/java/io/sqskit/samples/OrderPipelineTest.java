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
import io.sqskit.samples.PaymentGateway.PaymentDeclinedException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order pipeline end to end, as an application's own tests would be written. Runs against the
 * in-JVM fake, and against any SQS endpoint given by {@code SQS_TEST_ENDPOINT} (see {@link
 * OrderPipelineContractTest}).
 */
@SqsTest
class OrderPipelineTest {

  private static final Duration PATIENCE = Duration.ofSeconds(10);

  @SqsQueue(
      name = "orders",
      fifo = true,
      deadLetterQueue = "orders-dlq",
      maxReceiveCount = OrderQueues.MAX_RECEIVES)
  TestQueue orders;

  @SqsQueue(name = "confirmations")
  TestQueue confirmations;

  SqsClient client;

  private final ScriptedPayments payments = new ScriptedPayments();

  private OrderQueues queues() {
    return new OrderQueues(
        orders.url(), orders.deadLetterQueue().orElseThrow().url(), confirmations.url());
  }

  private OrderWorker worker() {
    return new OrderWorker(client, queues(), payments, Duration.ofMinutes(5));
  }

  /**
   * Polls until a poll finds nothing and adds up what the polls did: one receive may return fewer
   * messages than are there (real SQS samples its servers), so tests never rely on one poll.
   */
  private static Outcome drain(OrderWorker worker) {
    int confirmed = 0;
    int retried = 0;
    int deadLettered = 0;
    for (Outcome o = worker.pollOnce(1); !o.equals(new Outcome(0, 0, 0)); o = worker.pollOnce(1)) {
      confirmed += o.confirmed();
      retried += o.retried();
      deadLettered += o.deadLettered();
    }
    return new Outcome(confirmed, retried, deadLettered);
  }

  @Test
  void confirmsPaidOrdersAndDeletesThem() {
    OrderProducer producer = new OrderProducer(client, orders.url());
    producer.submit(new Order("o-1", "c-1", 1250));
    producer.submit(new Order("o-2", "c-2", 990));

    assertThat(drain(worker())).isEqualTo(new Outcome(2, 0, 0));
    List<QueueMessage> confirmed = confirmations.awaitMessages(2, PATIENCE);
    assertThat(confirmed)
        .extracting(QueueMessage::body)
        .containsExactlyInAnyOrder("confirmed o-1", "confirmed o-2");
    assertThat(confirmed)
        .filteredOn(m -> m.body().equals("confirmed o-1"))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.messageAttributes())
                    .containsEntry("customer", "c-1")
                    .containsEntry("amount", "1250"));
    orders.assertEmpty();
  }

  @Test
  void chargesEachCustomersOrdersInTheOrderTheyWerePlaced() {
    OrderProducer producer = new OrderProducer(client, orders.url());
    for (int i = 1; i <= 6; i++) {
      producer.submit(new Order("o-" + i, i % 2 == 0 ? "c-even" : "c-odd", 100L * i));
    }

    assertThat(drain(worker())).isEqualTo(new Outcome(6, 0, 0));

    assertThat(payments.charged().stream().filter(id -> List.of("o-1", "o-3", "o-5").contains(id)))
        .containsExactly("o-1", "o-3", "o-5");
    assertThat(payments.charged().stream().filter(id -> List.of("o-2", "o-4", "o-6").contains(id)))
        .containsExactly("o-2", "o-4", "o-6");
  }

  @Test
  void chargesAResubmittedOrderOnce() {
    OrderProducer producer = new OrderProducer(client, orders.url());
    String first = producer.submit(new Order("o-1", "c-1", 500));
    String again = producer.submit(new Order("o-1", "c-1", 500));

    assertThat(again).as("FIFO deduplication returns the first send's id").isEqualTo(first);
    assertThat(drain(worker())).isEqualTo(new Outcome(1, 0, 0));
    assertThat(payments.charged()).containsExactly("o-1");
  }

  @Test
  void movesAMessageThatIsNotAnOrderToTheDeadLetterQueue() {
    client.sendMessage(
        r ->
            r.queueUrl(orders.url())
                .messageBody("hello?")
                .messageGroupId("c-9")
                .messageDeduplicationId("x"));

    assertThat(drain(worker())).isEqualTo(new Outcome(0, 0, 1));

    QueueMessage dead = orders.deadLetterQueue().orElseThrow().awaitMessages(1, PATIENCE).get(0);
    assertThat(dead.body()).isEqualTo("hello?");
    assertThat(dead.messageAttributes())
        .containsEntry(OrderWorker.REASON, "not an order: 'hello?'");
    orders.assertEmpty();
  }

  @Test
  void movesADeclinedOrderToTheDeadLetterQueueWithoutRetrying() {
    payments.failNext("o-1", new PaymentDeclinedException("card expired"));
    new OrderProducer(client, orders.url()).submit(new Order("o-1", "c-1", 700));

    assertThat(drain(worker())).isEqualTo(new Outcome(0, 0, 1));

    QueueMessage dead = orders.deadLetterQueue().orElseThrow().awaitMessages(1, PATIENCE).get(0);
    assertThat(dead.body()).isEqualTo("order=o-1;customer=c-1;amount=700");
    assertThat(dead.messageAttributes())
        .containsEntry(OrderWorker.REASON, "declined: card expired");
    assertThat(payments.charged()).isEmpty();
  }

  @Test
  void aRunningWorkerConfirmsOrdersAsTheyArrive() {
    try (OrderWorker worker = worker()) {
      worker.start(1);
      new OrderProducer(client, orders.url()).submit(new Order("o-1", "c-1", 4200));

      assertThat(confirmations.awaitMessages(1, PATIENCE))
          .extracting(QueueMessage::body)
          .containsExactly("confirmed o-1");
    }
  }

  @Test
  void createsItsQueuesWithARedrivePolicy() {
    // Named after this test's queues, so a contract run's prefix (and clean-up) covers them too.
    String prefix =
        orders.name().substring(0, orders.name().length() - "orders.fifo".length()) + "shop";

    OrderQueues created = OrderQueues.create(client, prefix);

    assertThat(created.orders()).endsWith("/" + prefix + "-orders.fifo");
    assertThat(created.confirmations()).endsWith("/" + prefix + "-confirmations");
    String redrive =
        client
            .getQueueAttributes(r -> r.queueUrl(created.orders()).attributeNames("RedrivePolicy"))
            .attributes()
            .get("RedrivePolicy");
    assertThat(redrive).contains(prefix + "-orders-dlq.fifo").contains("\"maxReceiveCount\":");
    for (String url : List.of(created.orders(), created.deadLetters(), created.confirmations())) {
      client.deleteQueue(r -> r.queueUrl(url));
    }
  }
}

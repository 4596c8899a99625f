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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The worker's graceful stop on {@link io.sqskit.consumer.SqsConsumer}: payments under way finish
 * and their orders are confirmed and deleted; orders received but not started go back on the queue
 * at once. In real time: nothing here waits on a clock (handlers wait on the test, and the stop
 * abandons the long poll), and a virtual clock jumping through long polls would expire the held
 * orders' visibility under the test's feet.
 */
@SqsTest
class OrderWorkerDrainTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @SqsQueue(
      name = "orders",
      fifo = true,
      deadLetterQueue = "orders-dlq",
      maxReceiveCount = OrderQueues.MAX_RECEIVES)
  TestQueue orders;

  @SqsQueue(name = "confirmations")
  TestQueue confirmations;

  SqsClient client;

  private final BlockingPayments payments = new BlockingPayments();

  private OrderWorker worker() {
    OrderQueues queues =
        new OrderQueues(
            orders.url(), orders.deadLetterQueue().orElseThrow().url(), confirmations.url());
    return new OrderWorker(client, queues, payments, Duration.ofMinutes(5), 3, Clock.systemUTC());
  }

  private Map<String, String> counts() {
    return client
        .getQueueAttributes(
            r ->
                r.queueUrl(orders.url())
                    .attributeNames(
                        "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"))
        .attributes();
  }

  @Test
  void stopFinishesPaymentsUnderWayAndPutsUnstartedOrdersBackAtOnce() {
    OrderProducer producer = new OrderProducer(client, orders.url());
    for (int customer = 1; customer <= 6; customer++) {
      for (int n = 1; n <= 2; n++) {
        producer.submit(new Order("o-" + customer + "-" + n, "c-" + customer, 100L * n));
      }
    }
    OrderWorker worker = worker();
    worker.start(1);
    // three customers' first orders are being charged; more orders are received and wait
    await().atMost(PATIENCE).until(() -> payments.started() == 3);
    await()
        .atMost(PATIENCE)
        .until(() -> Integer.parseInt(counts().get("ApproximateNumberOfMessagesNotVisible")) > 3);

    CompletableFuture<Void> stopping =
        CompletableFuture.runAsync(() -> worker.stop(Duration.ofSeconds(30)));
    // the stop puts the nine orders nobody started back at once, while the three payments go on
    await().atMost(PATIENCE).until(() -> counts().get("ApproximateNumberOfMessages").equals("9"));
    assertThat(counts()).containsEntry("ApproximateNumberOfMessagesNotVisible", "3");
    assertThat(stopping).isNotDone();

    payments.finish();
    await().atMost(PATIENCE).until(stopping::isDone);

    // when stop returns, the three orders handled are confirmed and deleted: nothing in flight
    assertThat(worker.totals()).isEqualTo(new Outcome(3, 0, 0));
    assertThat(payments.charged()).hasSize(3);
    List<QueueMessage> first = confirmations.awaitMessages(3, PATIENCE);
    assertThat(first).hasSize(3);
    orders.assertNothingInFlight();
    assertThat(counts())
        .containsEntry("ApproximateNumberOfMessages", "9")
        .containsEntry("ApproximateNumberOfMessagesNotVisible", "0");

    // started again, the worker takes the nine back from the queue: each order charged once
    worker.start(1);
    await().atMost(PATIENCE).until(() -> worker.totals().confirmed() == 12);
    worker.close();
    assertThat(payments.charged()).hasSize(12).doesNotHaveDuplicates();
    List<QueueMessage> all = new ArrayList<>(first);
    all.addAll(confirmations.awaitMessages(9, PATIENCE));
    assertThat(all).extracting(QueueMessage::body).hasSize(12).doesNotHaveDuplicates();
    orders.assertEmpty();
    orders.assertAllDeletedOnce();
  }
}

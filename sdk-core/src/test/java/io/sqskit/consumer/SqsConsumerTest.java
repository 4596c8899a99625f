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
package io.sqskit.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.sqskit.client.SqsClient;
import io.sqskit.exception.QueueDoesNotExistException;
import io.sqskit.model.MessageAttributeValue;
import io.sqskit.retry.RetryPolicy;
import io.sqskit.testing.engine.MessageState;
import io.sqskit.testing.server.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** SqsConsumer against the fake over HTTP, in real time (waits through Awaitility). */
@Timeout(120)
class SqsConsumerTest {
  private static final Duration AT_MOST = Duration.ofSeconds(60);

  private final ConsumerFake fake = new ConsumerFake();
  private @Nullable SqsConsumer consumer;

  @AfterEach
  void tearDown() {
    if (consumer != null) {
      consumer.close();
    }
    fake.close();
  }

  private SqsConsumer.Builder builder(String queueUrl) {
    return SqsConsumer.builder()
        .client(fake.client)
        .queueUrl(queueUrl)
        .waitTime(Duration.ofSeconds(1))
        .receiveBackoff(Duration.ofMillis(1), Duration.ofMillis(20));
  }

  @Test
  void handlesEveryMessageOnceAndDeletesIt() {
    String queue = fake.queue("all", 30);
    fake.send(queue, 100);
    Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
    consumer =
        builder(queue)
            .handler(
                c ->
                    handled
                        .computeIfAbsent(c.message().body(), b -> new AtomicInteger())
                        .incrementAndGet())
            .build();
    consumer.start();

    await().atMost(AT_MOST).until(() -> fake.messages(queue).isEmpty());
    assertThat(handled).hasSize(100);
    assertThat(handled.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
  }

  @Test
  void runsAtMostConcurrencyHandlersAndHoldsAtMostOneReceiveBatchMore() throws Exception {
    String queue = fake.queue("bounded", 30);
    fake.send(queue, 40);
    CountDownLatch go = new CountDownLatch(1);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger maxRunning = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    consumer =
        builder(queue)
            .concurrency(3)
            .receiveBatchSize(5)
            .handler(
                c -> {
                  maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                  go.await();
                  running.decrementAndGet();
                  done.incrementAndGet();
                })
            .build();
    consumer.start();

    // 3 running and one receive batch held: 8 in flight, and no receive asks for more
    await().atMost(AT_MOST).until(() -> fake.count(queue, MessageState.IN_FLIGHT) == 8);
    assertThat(running.get()).isEqualTo(3);
    assertThat(fake.count(queue, MessageState.IN_FLIGHT)).isEqualTo(8);
    go.countDown();
    await().atMost(AT_MOST).until(() -> fake.messages(queue).isEmpty());
    assertThat(maxRunning.get()).isEqualTo(3);
    assertThat(done.get()).isEqualTo(40);
  }

  @Test
  void failingMessageReachesDeadLetterQueueAfterMaxReceiveCountAndErrorHandlerSeesEachFailure() {
    String[] queues = fake.queueWithDeadLetters("poison", false, 3);
    fake.send(queues[0], 5);
    List<Integer> failures = new CopyOnWriteArrayList<>();
    AtomicInteger succeeded = new AtomicInteger();
    consumer =
        builder(queues[0])
            .failureBackoff(Duration.ZERO, 2.0, Duration.ZERO)
            .errorHandler((c, e) -> failures.add(c.receiveCount()))
            .handler(
                c -> {
                  if (c.message().body().equals("m2")) {
                    throw new IllegalStateException("poison");
                  }
                  succeeded.incrementAndGet();
                })
            .build();
    consumer.start();

    await().atMost(AT_MOST).until(() -> fake.messages(queues[1]).size() == 1);
    await().atMost(AT_MOST).until(() -> fake.messages(queues[0]).isEmpty());
    assertThat(fake.messages(queues[1]).get(0).body()).isEqualTo("m2");
    assertThat(failures).containsExactly(1, 2, 3);
    assertThat(succeeded.get()).isEqualTo(4);
  }

  @Test
  void failureBackoffGrowsWithReceiveCountWithFullJitterAndCap() {
    consumer =
        builder("http://localhost/000000000000/unused")
            .failureBackoff(Duration.ofSeconds(2), 3.0, Duration.ofSeconds(60))
            .random(new java.util.Random(1))
            .handler(c -> {})
            .build();
    for (int count = 1; count <= 8; count++) {
      double ceiling = Math.min(60, 2 * Math.pow(3, count - 1));
      for (int i = 0; i < 50; i++) {
        assertThat(consumer.backoffSeconds(count)).isBetween(0, (int) Math.ceil(ceiling));
      }
    }
    // full jitter spreads over the range, not only its top
    assertThat(
            java.util.stream.IntStream.range(0, 200)
                .map(i -> consumer.backoffSeconds(10))
                .filter(s -> s < 30)
                .count())
        .isGreaterThan(50);
  }

  @Test
  void stopLetsRunningHandlersFinishReleasesHeldMessagesAndFlushesAcknowledgements()
      throws Exception {
    String queue = fake.queue("drain", 30);
    fake.send(queue, 100);
    CountDownLatch go = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    consumer =
        builder(queue)
            .concurrency(50)
            .handler(
                c -> {
                  started.incrementAndGet();
                  go.await();
                  finished.incrementAndGet();
                })
            .build();
    consumer.start();
    // 50 handled and one receive batch (10) held
    await()
        .atMost(AT_MOST)
        .until(() -> started.get() == 50 && fake.count(queue, MessageState.IN_FLIGHT) == 60);

    SqsConsumer c = consumer;
    CompletableFuture<Void> stopped =
        CompletableFuture.runAsync(() -> c.stop(Duration.ofSeconds(60)));
    // the held ones are visible again at once, while the handlers still run
    await().atMost(AT_MOST).until(() -> fake.count(queue, MessageState.VISIBLE) == 50);
    assertThat(stopped).isNotDone();
    go.countDown();
    stopped.get(60, TimeUnit.SECONDS);

    assertThat(finished.get()).isEqualTo(50);
    assertThat(fake.messages(queue)).hasSize(50);
    assertThat(fake.count(queue, MessageState.IN_FLIGHT)).isZero();
    assertThat(consumer.isRunning()).isFalse();
  }

  @Test
  void stoppedConsumerStartsAgainAndHandlesTheRest() {
    String queue = fake.queue("restart", 30);
    fake.send(queue, 30);
    AtomicInteger handled = new AtomicInteger();
    consumer = builder(queue).concurrency(2).handler(c -> handled.incrementAndGet()).build();
    consumer.start();
    await().atMost(AT_MOST).until(() -> handled.get() >= 5);
    consumer.stop(Duration.ofSeconds(30));
    // a receive under way at the stop was abandoned: what it brought is released when it returns
    await().atMost(AT_MOST).until(() -> fake.count(queue, MessageState.IN_FLIGHT) == 0);
    consumer.start();
    await().atMost(AT_MOST).until(() -> fake.messages(queue).isEmpty());
    assertThat(handled.get()).isEqualTo(30);
  }

  @Test
  void receiveDeleteAndVisibilityFaultsLoseNothingAndEveryFailedAcknowledgementIsReported() {
    String queue = fake.queue("faults", 5);
    fake.send(queue, 150);
    fake.faults().seed(42);
    fake.faults().add(Fault.throttle().action("ReceiveMessage").probability(0.3));
    fake.faults().add(Fault.internalError().action("ReceiveMessage").probability(0.2));
    fake.faults().add(Fault.dropConnection().action("ReceiveMessage").probability(0.05));
    fake.faults().add(Fault.internalError().action("DeleteMessageBatch").probability(0.4));
    fake.faults().add(Fault.throttle().action("ChangeMessageVisibilityBatch").probability(0.4));
    Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();
    AtomicInteger failedAcks = new AtomicInteger();
    AtomicInteger receiveErrors = new AtomicInteger();
    // No client retries: every injected fault reaches the consumer's own error handling (with the
    // client's three attempts, a receive error surfaced only when all three failed, and a run could
    // see none).
    SqsClient noRetries = fake.client.toBuilder().retryPolicy(RetryPolicy.none()).build();
    consumer =
        builder(queue)
            .client(noRetries)
            .concurrency(8)
            .failureBackoff(Duration.ZERO, 2.0, Duration.ZERO)
            .listener(
                new ConsumerListener() {
                  @Override
                  public void onSettle(MessageContext m, Settlement s, @Nullable Throwable error) {
                    if (s == Settlement.ACKNOWLEDGED && error != null) {
                      failedAcks.incrementAndGet();
                    }
                  }

                  @Override
                  public void onReceiveError(Throwable error, boolean fatal) {
                    receiveErrors.incrementAndGet();
                  }
                })
            .handler(
                c -> {
                  int n =
                      handled
                          .computeIfAbsent(c.message().body(), b -> new AtomicInteger())
                          .incrementAndGet();
                  if (n == 1 && c.message().body().endsWith("7")) {
                    throw new IllegalStateException("first attempt of every tenth fails");
                  }
                })
            .build();
    consumer.start();

    await().atMost(Duration.ofSeconds(90)).until(() -> fake.messages(queue).isEmpty());
    assertThat(handled).hasSize(150);
    assertThat(receiveErrors.get()).isPositive();
    assertThat(fake.faults().injected()).isPositive();
    int extra = handled.values().stream().mapToInt(n -> n.get() - 1).sum();
    // every first attempt of a message ending in 7 failed and was handled again; further repeats
    // follow failed acknowledgements (reported to the listener) or expired visibility
    assertThat(extra).isGreaterThanOrEqualTo(15);
    assertThat(handled.entrySet())
        .filteredOn(e -> e.getKey().endsWith("7"))
        .allSatisfy(e -> assertThat(e.getValue().get()).isGreaterThanOrEqualTo(2));
    assertThat(consumer.isRunning()).isTrue();
    consumer.close();
    noRetries.close();
  }

  @Test
  void deletedQueueStopsTheConsumerAndTellsTheListener() {
    String queue = fake.queue("gone", 30);
    AtomicReference<Throwable> fatal = new AtomicReference<>();
    AtomicReference<Throwable> stoppedBy = new AtomicReference<>();
    consumer =
        builder(queue)
            .listener(
                new ConsumerListener() {
                  @Override
                  public void onReceiveError(Throwable error, boolean isFatal) {
                    if (isFatal) {
                      fatal.set(error);
                    }
                  }

                  @Override
                  public void onStopped(@Nullable Throwable cause) {
                    stoppedBy.set(cause);
                  }
                })
            .handler(c -> {})
            .build();
    consumer.start();
    fake.client.deleteQueue(r -> r.queueUrl(queue));

    await().atMost(AT_MOST).until(() -> stoppedBy.get() != null);
    assertThat(fatal.get()).isInstanceOf(QueueDoesNotExistException.class);
    assertThat(stoppedBy.get()).isSameAs(fatal.get());
    assertThat(consumer.isRunning()).isFalse();
  }

  @Test
  void startFailsFastWhenTheQueueDoesNotExist() {
    consumer = builder(fake.server.endpoint() + "/000000000000/missing").handler(c -> {}).build();
    assertThatThrownBy(consumer::start).isInstanceOf(QueueDoesNotExistException.class);
    assertThat(consumer.isRunning()).isFalse();
  }

  @Test
  void builderRejectsBadSettings() {
    assertThatThrownBy(() -> SqsConsumer.builder().concurrency(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("concurrency");
    assertThatThrownBy(() -> SqsConsumer.builder().receiveBatchSize(11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("receiveBatchSize");
    assertThatThrownBy(() -> SqsConsumer.builder().waitTime(Duration.ofSeconds(21)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("waitTime");
    assertThatThrownBy(
            () ->
                SqsConsumer.builder()
                    .client(fake.client)
                    .queueUrl("u")
                    .handler(c -> {})
                    .batchHandler(b -> {})
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exactly one");
  }

  @Test
  void moveToSendsAPoisonMessageToTheNamedQueueWithItsReasonAndDeletesIt() {
    String queue = fake.queue("source", 30);
    String parking = fake.queue("parking", 30);
    fake.client.sendMessage(
        r ->
            r.queueUrl(queue)
                .messageBody("not an order")
                .messageAttribute("origin", MessageAttributeValue.ofString("shop")));
    fake.send(queue, 2);
    AtomicInteger secondMove = new AtomicInteger();
    consumer =
        builder(queue)
            .handler(
                c -> {
                  if (c.message().body().equals("not an order")) {
                    assertThat(
                            c.moveTo(
                                parking,
                                Map.of("reason", MessageAttributeValue.ofString("unreadable"))))
                        .isTrue();
                    if (!c.moveTo(parking)) {
                      secondMove.incrementAndGet(); // settled already: no second copy
                    }
                  }
                })
            .build();
    consumer.start();

    await().atMost(AT_MOST).until(() -> fake.messages(queue).isEmpty());
    var moved = fake.client.receiveMessage(r -> r.queueUrl(parking).messageAttributeNames("All"));
    assertThat(moved.messages()).hasSize(1);
    assertThat(moved.messages().get(0).body()).isEqualTo("not an order");
    assertThat(moved.messages().get(0).messageAttributes())
        .containsEntry("origin", MessageAttributeValue.ofString("shop"))
        .containsEntry("reason", MessageAttributeValue.ofString("unreadable"));
    assertThat(secondMove.get()).isEqualTo(1);
    assertThat(fake.messages(parking)).hasSize(1);
  }

  @Test
  void onePollerPerBatchOfConcurrencyAndOneMoreForTheHeldBatchAtMostFour() {
    assertThat(SqsConsumer.pollers(1, 10)).isEqualTo(1);
    assertThat(SqsConsumer.pollers(3, 5)).isEqualTo(1);
    assertThat(SqsConsumer.pollers(10, 10)).isEqualTo(2);
    assertThat(SqsConsumer.pollers(20, 10)).isEqualTo(3);
    assertThat(SqsConsumer.pollers(50, 10)).isEqualTo(4);
    assertThat(SqsConsumer.pollers(1000, 1)).isEqualTo(SqsConsumer.MAX_POLLERS);
  }
}

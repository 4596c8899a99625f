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
import static org.awaitility.Awaitility.await;

import io.sqskit.model.SendMessageBatchRequestEntry;
import io.sqskit.testing.engine.MessageEvent.Kind;
import io.sqskit.testing.engine.MessageHistory;
import io.sqskit.testing.engine.MessageSnapshot;
import io.sqskit.testing.engine.MessageState;
import io.sqskit.testing.server.Fault;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jspecify.annotations.Nullable;

/**
 * Chaos: random handler failures and durations, random faults on every call the consumer makes
 * (throttling, 500, dropped connections, latency), random stops and starts. Whatever happens, each
 * message is deleted exactly once after a successful handling, or dead-lettered; nothing is left in
 * flight; and every successful handling is accounted for by a delete the engine recorded or by a
 * failed acknowledgement the consumer reported.
 */
class ConsumerChaosTest {
  private static final int MAX_RECEIVES = 4;
  private static final Duration AT_MOST = Duration.ofSeconds(60);

  private static ConsumerFake fake;

  @BeforeContainer
  static void start() {
    fake = new ConsumerFake(Clock.systemUTC(), true);
  }

  @AfterContainer
  static void stop() {
    fake.close();
  }

  @Property(tries = 8)
  void everyMessageIsDeletedOnceAfterSuccessOrDeadLetteredAndTheCountsAddUp(
      @ForAll @IntRange(min = 100, max = 400) int messages,
      @ForAll @IntRange(min = 1, max = 16) int concurrency,
      @ForAll @IntRange(min = 1, max = 10) int receiveBatchSize,
      @ForAll @DoubleRange(min = 0, max = 0.3) double handlerFailureRate,
      @ForAll @DoubleRange(min = 0.02, max = 0.15) double faultRate,
      @ForAll @IntRange(min = 0, max = 3) int restarts,
      @ForAll long seed) {
    Random random = new Random(seed);
    String[] queues = fake.queueWithDeadLetters("chaos", false, MAX_RECEIVES, 2);
    String queue = queues[0];
    String deadLetters = queues[1];
    Set<String> poison = sendAll(queue, messages, random);

    fake.faults().clear();
    fake.faults().seed(seed);
    for (String action :
        List.of("ReceiveMessage", "DeleteMessageBatch", "ChangeMessageVisibilityBatch")) {
      fake.faults().add(Fault.throttle().action(action).probability(faultRate / 4));
      fake.faults().add(Fault.internalError().action(action).probability(faultRate / 4));
      fake.faults().add(Fault.dropConnection().action(action).probability(faultRate / 4));
      fake.faults()
          .add(Fault.latency(Duration.ofMillis(5)).action(action).probability(faultRate / 4));
    }

    Map<String, AtomicInteger> successes = new ConcurrentHashMap<>();
    AtomicInteger successCount = new AtomicInteger();
    AtomicInteger failedAcks = new AtomicInteger();
    Set<String> failedSettles = ConcurrentHashMap.newKeySet();
    SqsConsumer consumer =
        SqsConsumer.builder()
            .client(fake.client)
            .queueUrl(queue)
            .concurrency(concurrency)
            .receiveBatchSize(receiveBatchSize)
            .waitTime(Duration.ofSeconds(1))
            .failureBackoff(Duration.ZERO, 2.0, Duration.ZERO)
            .receiveBackoff(Duration.ofMillis(1), Duration.ofMillis(20))
            .random(new Random(seed))
            .listener(
                new ConsumerListener() {
                  @Override
                  public void onSettle(MessageContext m, Settlement s, @Nullable Throwable error) {
                    if (error != null) {
                      failedSettles.add(m.message().messageId());
                      if (s == Settlement.ACKNOWLEDGED) {
                        failedAcks.incrementAndGet();
                      }
                    }
                  }
                })
            .handler(
                c -> {
                  String id = c.message().messageId();
                  boolean fail;
                  long work;
                  synchronized (random) {
                    fail = random.nextDouble() < handlerFailureRate;
                    work = random.nextInt(3) == 0 ? random.nextInt(15) : 0;
                  }
                  if (work > 0) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(work)); // the "work"
                  }
                  if (fail || poison.contains(id)) {
                    throw new IllegalStateException("handler failed on " + id);
                  }
                  successes.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                  successCount.incrementAndGet();
                })
            .build();
    try {
      consumer.start();
      for (int r = 1; r <= restarts; r++) {
        int target = messages * r / (restarts + 1);
        await().atMost(AT_MOST).until(() -> successCount.get() >= target || drained(queue));
        consumer.stop(Duration.ofSeconds(10));
        // the drain: no message handled successfully is left in flight after stop, unless its
        // acknowledgement failed (and was reported); it comes back when its visibility ends
        Set<String> handledInFlight = inFlight(queue);
        handledInFlight.retainAll(successes.keySet());
        assertThat(handledInFlight).isSubsetOf(failedSettles);
        // and what an abandoned long poll still brings is released as soon as it arrives
        await()
            .atMost(Duration.ofSeconds(10))
            .untilAsserted(() -> assertThat(inFlight(queue)).isSubsetOf(failedSettles));
        consumer.start();
      }
      await().atMost(AT_MOST).until(() -> drained(queue));
    } finally {
      consumer.close();
      fake.faults().clear();
    }

    List<MessageHistory> histories = fake.engine.history(queue);
    assertThat(histories).hasSize(messages);
    Set<String> dead =
        fake.messages(deadLetters).stream().map(m -> m.messageId()).collect(Collectors.toSet());
    long deletes = 0;
    long staleOrRepeatedDeletes = 0;
    for (MessageHistory h : histories) {
      long deleted = h.count(Kind.DELETED);
      long deadLettered = h.count(Kind.DEAD_LETTERED);
      assertThat(deleted + deadLettered).as(h.story()).isEqualTo(1);
      if (deleted == 1) {
        assertThat(successes).as(h.story()).containsKey(h.messageId());
        assertThat(poison).doesNotContain(h.messageId());
      } else {
        assertThat(h.count(Kind.RECEIVED)).as(h.story()).isEqualTo(MAX_RECEIVES);
      }
      deletes += deleted;
      staleOrRepeatedDeletes +=
          h.count(Kind.DELETE_WITH_STALE_HANDLE) + h.count(Kind.DELETED_AGAIN);
    }
    assertThat(dead).containsAll(poison);
    // the counts add up: every message deleted or dead-lettered
    assertThat(deletes + dead.size()).isEqualTo(messages);
    // and every successful handling led to one delete call the engine recorded, or to an
    // acknowledgement whose failure the consumer reported
    assertThat(successCount.get()).isEqualTo(deletes + staleOrRepeatedDeletes + failedAcks.get());
  }

  private static Set<String> sendAll(String queue, int count, Random random) {
    Set<String> poison = ConcurrentHashMap.newKeySet();
    for (int start = 0; start < count; start += 10) {
      List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
      for (int i = start; i < Math.min(count, start + 10); i++) {
        entries.add(
            SendMessageBatchRequestEntry.builder().id("e" + i).messageBody("m" + i).build());
      }
      var sent = fake.client.sendMessageBatch(r -> r.queueUrl(queue).entries(entries));
      sent.successful()
          .forEach(
              e -> {
                if (random.nextInt(50) == 0) {
                  poison.add(e.messageId());
                }
              });
    }
    return poison;
  }

  private static boolean drained(String queue) {
    return fake.messages(queue).isEmpty();
  }

  private static Set<String> inFlight(String queue) {
    return fake.messages(queue).stream()
        .filter(m -> m.state() == MessageState.IN_FLIGHT)
        .map(MessageSnapshot::messageId)
        .collect(Collectors.toCollection(HashSet::new));
  }
}

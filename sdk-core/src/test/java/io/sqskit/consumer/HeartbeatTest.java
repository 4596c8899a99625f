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

import io.sqskit.batch.SqsBatcher;
import io.sqskit.exception.InvalidParameterValueException;
import io.sqskit.testing.engine.ManualClock;
import io.sqskit.testing.engine.MessageSnapshot;
import io.sqskit.testing.engine.MessageState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The visibility heartbeat in virtual time: the fake's engine and the consumer's timers share one
 * {@link ManualClock}; the test moves it, and waits (Awaitility) only for the HTTP calls.
 */
@Timeout(180)
class HeartbeatTest {
  private static final Duration AT_MOST = Duration.ofSeconds(30);

  private final ManualClock clock = ManualClock.create(Instant.parse("2026-01-01T00:00:00Z"));
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final ConsumerFake fake = new ConsumerFake(clock);
  private final SqsBatcher batcher =
      SqsBatcher.builder().client(fake.client).maxLinger(Duration.ZERO).build();
  private final AtomicInteger extended = new AtomicInteger();
  private final AtomicInteger leaseEnding = new AtomicInteger();
  private final AtomicReference<Throwable> leaseLost = new AtomicReference<>();
  private SqsConsumer consumer;

  HeartbeatTest() {
    // a heartbeat's call reaches the fake at the virtual time it was due, as it would in real time
    scheduler.afterTasks(() -> await().atMost(AT_MOST).until(() -> batcher.pendingEntries() == 0));
  }

  @AfterEach
  void tearDown() {
    if (consumer != null) {
      consumer.close();
    }
    batcher.close();
    fake.close();
  }

  private SqsConsumer.Builder builder(String queue) {
    return SqsConsumer.builder()
        .client(fake.client)
        .queueUrl(queue)
        .batcher(batcher)
        .scheduler(scheduler)
        .clock(clock)
        .concurrency(1)
        .receiveBatchSize(1)
        .listener(
            new ConsumerListener() {
              @Override
              public void onSettle(MessageContext m, Settlement s, Throwable error) {
                if (s == Settlement.EXTENDED && error == null) {
                  extended.incrementAndGet();
                }
              }

              @Override
              public void onLeaseEnding(MessageContext m) {
                leaseEnding.incrementAndGet();
              }

              @Override
              public void onLeaseLost(MessageContext m, Throwable error) {
                leaseLost.set(error);
              }
            });
  }

  /** Moves virtual time and waits until the visibility changes it caused have been answered. */
  private void advance(Duration by) {
    scheduler.advance(by);
    await().atMost(AT_MOST).until(() -> batcher.pendingEntries() == 0);
  }

  @Test
  void tenMinuteHandlerOnThirtySecondQueueIsProcessedOnceAndNeverRedelivered() {
    String queue = fake.queue("long", 30);
    fake.send(queue, 1);
    CountDownLatch go = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    consumer =
        builder(queue)
            .handler(
                c -> {
                  calls.incrementAndGet();
                  go.await();
                })
            .build();
    consumer.start();
    await().atMost(AT_MOST).until(() -> calls.get() == 1);

    for (int second = 0; second < 600; second += 5) {
      advance(Duration.ofSeconds(5));
      List<MessageSnapshot> messages = fake.messages(queue);
      assertThat(messages).hasSize(1);
      MessageSnapshot m = messages.get(0);
      assertThat(m.state()).as("at %s s", second + 5).isEqualTo(MessageState.IN_FLIGHT);
      assertThat(m.receiveCount()).isEqualTo(1);
      // the heartbeat keeps the message hidden ahead of its expiry
      assertThat(m.availableAt()).isAfter(clock.instant().plusSeconds(5));
    }
    go.countDown();
    await().atMost(AT_MOST).until(() -> fake.messages(queue).isEmpty());

    assertThat(calls.get()).isEqualTo(1);
    // 30 s leases renewed when 10 s are left: one change every 20 s, 30 in 10 minutes
    assertThat(extended.get()).isBetween(29, 31);
  }

  @Test
  void handlerPastTwelveHoursIsToldItsLeaseEnds() {
    String queue = fake.queue("forever", 30);
    fake.send(queue, 1);
    CountDownLatch go = new CountDownLatch(1);
    AtomicReference<MessageContext> context = new AtomicReference<>();
    AtomicInteger told = new AtomicInteger();
    consumer =
        builder(queue)
            .heartbeat(Duration.ofHours(1))
            .handler(
                c -> {
                  c.onLeaseEnd(told::incrementAndGet);
                  context.set(c);
                  go.await();
                })
            .build();
    consumer.start();
    await().atMost(AT_MOST).until(() -> context.get() != null);

    Instant received = clock.instant();
    // the first heartbeat replaces the queue's 30 s with an hour; steps shorter than what is left
    // of a lease, since the fake answers in real time while the test moves virtual time
    advance(Duration.ofSeconds(25));
    // 1-hour extensions: the lease is renewed while a whole hour still fits in the 12 hours
    for (int minutes = 0; minutes < 10 * 60 + 40; minutes += 10) {
      advance(Duration.ofMinutes(10));
      assertThat(fake.messages(queue).get(0).state()).isEqualTo(MessageState.IN_FLIGHT);
    }
    assertThat(context.get().leaseEnding()).isFalse();
    advance(Duration.ofMinutes(60));
    assertThat(fake.messages(queue).get(0).state()).isEqualTo(MessageState.IN_FLIGHT);
    assertThat(fake.messages(queue).get(0).receiveCount()).as("never redelivered").isEqualTo(1);
    // the last extension ends at SQS's limit of 12 hours from the receive, not beyond
    assertThat(fake.messages(queue).get(0).availableAt())
        .isEqualTo(received.plus(Duration.ofHours(12)));

    assertThat(context.get().leaseEnding()).isTrue();
    assertThat(leaseLost.get()).as("no lease lost at the limit").isNull();
    assertThat(context.get().leaseLost()).isFalse();
    assertThat(told.get()).isEqualTo(1);
    assertThat(leaseEnding.get()).isEqualTo(1);
    go.countDown();
  }

  @Test
  void anExtensionPastTwelveHoursIsCappedAtTheLimitAndEndsTheLease() {
    String queue = fake.queue("capped", 30);
    fake.send(queue, 1);
    CountDownLatch go = new CountDownLatch(1);
    AtomicReference<MessageContext> context = new AtomicReference<>();
    consumer =
        builder(queue)
            .handler(
                c -> {
                  context.set(c);
                  go.await();
                })
            .build();
    consumer.start();
    await().atMost(AT_MOST).until(() -> context.get() != null);
    Instant received = clock.instant();
    advance(Duration.ofSeconds(5));

    context.get().extend(Duration.ofHours(12));
    await().atMost(AT_MOST).until(() -> batcher.pendingEntries() == 0);

    // 12 hours from now would pass the limit: SQS would refuse it, so the consumer asks for
    // what is left and tells the handler
    assertThat(fake.messages(queue).get(0).availableAt())
        .isEqualTo(received.plus(Duration.ofHours(12)));
    assertThat(context.get().leaseEnding()).isTrue();
    assertThat(context.get().leaseLost()).isFalse();
    assertThat(leaseEnding.get()).isEqualTo(1);
    assertThat(leaseLost.get()).isNull();
    go.countDown();
  }

  @Test
  void aRefusalForTheTwelveHourLimitIsNotALostLease() {
    var beyond =
        new InvalidParameterValueException(
            "Value 3600 for parameter VisibilityTimeout is invalid. Reason: Total"
                + " VisibilityTimeout for the message is beyond the limit [43200 seconds]",
            "InvalidParameterValue",
            400,
            null,
            true,
            false,
            false);
    var stale =
        new InvalidParameterValueException(
            "Value AQEB for parameter ReceiptHandle is invalid. Reason: Message does not exist or"
                + " is not available for visibility timeout change.",
            "InvalidParameterValue",
            400,
            null,
            true,
            false,
            false);

    assertThat(SqsConsumer.isBeyondLimit(beyond)).isTrue();
    assertThat(SqsConsumer.isLeaseLost(beyond)).isFalse();
    assertThat(SqsConsumer.isBeyondLimit(stale)).isFalse();
    assertThat(SqsConsumer.isLeaseLost(stale)).isTrue();
  }

  @Test
  void heartbeatFindingTheMessageDeletedReportsTheLeaseLost() {
    String queue = fake.queue("lost", 30);
    fake.send(queue, 1);
    CountDownLatch go = new CountDownLatch(1);
    AtomicReference<MessageContext> context = new AtomicReference<>();
    AtomicInteger told = new AtomicInteger();
    AtomicReference<Throwable> lost = new AtomicReference<>();
    consumer =
        builder(queue)
            .listener(
                new ConsumerListener() {
                  @Override
                  public void onLeaseLost(MessageContext m, Throwable error) {
                    lost.set(error);
                  }
                })
            .handler(
                c -> {
                  c.onLeaseEnd(told::incrementAndGet);
                  context.set(c);
                  go.await();
                })
            .build();
    consumer.start();
    await().atMost(AT_MOST).until(() -> context.get() != null);
    // someone else receives the message after its visibility ended: our handle is stale
    String handle = context.get().message().receiptHandle();
    fake.client.changeMessageVisibility(
        r -> r.queueUrl(queue).receiptHandle(handle).visibilityTimeout(0));
    fake.client.receiveMessage(r -> r.queueUrl(queue));

    advance(Duration.ofSeconds(25));

    await().atMost(AT_MOST).until(() -> lost.get() != null);
    assertThat(context.get().leaseLost()).isTrue();
    assertThat(told.get()).isEqualTo(1);
    go.countDown();
  }
}

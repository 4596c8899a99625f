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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** SqsConsumer on a FIFO queue of the fake: order per message group, groups in parallel. */
@Timeout(180)
class FifoConsumerTest {
  private final ConsumerFake fake = new ConsumerFake();
  private SqsConsumer consumer;

  @AfterEach
  void tearDown() {
    if (consumer != null) {
      consumer.close();
    }
    fake.close();
  }

  @Test
  void groupsKeepTheirOrderUnderRandomFailuresAndPoisonReachesTheDeadLetterQueue() {
    String[] queues = fake.queueWithDeadLetters("orders", true, 4);
    String queue = queues[0];
    for (int g = 0; g < 10; g++) {
      for (int start = 0; start < 50; start += 10) {
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
        for (int i = start; i < start + 10; i++) {
          entries.add(
              SendMessageBatchRequestEntry.builder()
                  .id("e" + i)
                  .messageBody("g" + g + ":" + i)
                  .messageGroupId("g" + g)
                  .build());
        }
        fake.client.sendMessageBatch(r -> r.queueUrl(queue).entries(entries));
      }
    }
    Map<String, List<Integer>> succeeded = new ConcurrentHashMap<>();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger maxRunning = new AtomicInteger();
    Map<String, AtomicInteger> runningPerGroup = new ConcurrentHashMap<>();
    List<String> overlaps = new CopyOnWriteArrayList<>();
    Random random = new Random(16);
    consumer =
        SqsConsumer.builder()
            .client(fake.client)
            .queueUrl(queue)
            .waitTime(Duration.ofSeconds(1))
            .concurrency(20)
            .failureBackoff(Duration.ZERO, 2.0, Duration.ZERO)
            .handler(
                c -> {
                  String[] parts = c.message().body().split(":");
                  String group = parts[0];
                  int seq = Integer.parseInt(parts[1]);
                  assertThat(c.messageGroupId()).isEqualTo(group);
                  maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                  if (runningPerGroup
                          .computeIfAbsent(group, k -> new AtomicInteger())
                          .incrementAndGet()
                      > 1) {
                    overlaps.add(c.message().body());
                  }
                  try {
                    boolean fail;
                    synchronized (random) {
                      fail = random.nextInt(10) == 0;
                    }
                    if (fail || c.message().body().equals("g3:10")) {
                      throw new IllegalStateException("failed " + c.message().body());
                    }
                    succeeded.computeIfAbsent(group, k -> new CopyOnWriteArrayList<>()).add(seq);
                  } finally {
                    runningPerGroup.get(group).decrementAndGet();
                    running.decrementAndGet();
                  }
                })
            .build();
    consumer.start();

    await().atMost(Duration.ofSeconds(150)).until(() -> fake.messages(queue).isEmpty());

    assertThat(overlaps).isEmpty();
    assertThat(maxRunning.get()).isBetween(1, 20);
    assertThat(fake.messages(queues[1])).extracting(m -> m.body()).contains("g3:10");
    int total = 0;
    for (int g = 0; g < 10; g++) {
      List<Integer> order = succeeded.get("g" + g);
      // successful handling in send order: strictly increasing, nothing twice
      for (int i = 1; i < order.size(); i++) {
        assertThat(order.get(i)).as("group g%d", g).isGreaterThan(order.get(i - 1));
      }
      total += order.size();
    }
    // every message succeeded once or went to the dead-letter queue
    assertThat(total + fake.messages(queues[1]).size()).isEqualTo(500);
  }

  @Test
  void twoGroupsRunAtOnceWhileEachGroupRunsOneAtATime() {
    String queue = fake.queueWithDeadLetters("parallel", true, 5)[0];
    for (String group : List.of("a", "b")) {
      for (int i = 0; i < 3; i++) {
        String body = group + ":" + i;
        fake.client.sendMessage(r -> r.queueUrl(queue).messageBody(body).messageGroupId(group));
      }
    }
    // each group's first message waits for the other group's: both can finish only if the two
    // groups are handled at the same time (a consumer running them one after the other would make
    // each wait out its 20 s and fail, and the await below would time out first)
    Map<String, CountDownLatch> arrived =
        Map.of("a", new CountDownLatch(1), "b", new CountDownLatch(1));
    Map<String, AtomicInteger> runningPerGroup =
        Map.of("a", new AtomicInteger(), "b", new AtomicInteger());
    List<String> overlaps = new CopyOnWriteArrayList<>();
    List<String> handled = new CopyOnWriteArrayList<>();
    List<String> timedOut = new CopyOnWriteArrayList<>();
    consumer =
        SqsConsumer.builder()
            .client(fake.client)
            .queueUrl(queue)
            .waitTime(Duration.ofSeconds(1))
            .concurrency(4)
            .handler(
                c -> {
                  String group = c.messageGroupId();
                  if (runningPerGroup.get(group).incrementAndGet() > 1) {
                    overlaps.add(c.message().body());
                  }
                  try {
                    if (c.message().body().endsWith(":0")) {
                      arrived.get(group).countDown();
                      String other = group.equals("a") ? "b" : "a";
                      if (!arrived.get(other).await(20, TimeUnit.SECONDS)) {
                        timedOut.add(c.message().body());
                        throw new IllegalStateException("the other group never ran alongside");
                      }
                    }
                    handled.add(c.message().body());
                  } finally {
                    runningPerGroup.get(group).decrementAndGet();
                  }
                })
            .build();
    consumer.start();

    await().atMost(Duration.ofSeconds(15)).until(() -> handled.size() == 6);
    assertThat(timedOut).isEmpty();
    assertThat(overlaps).as("one group handled twice at once").isEmpty();
    assertThat(handled.stream().filter(b -> b.startsWith("a:")))
        .containsExactly("a:0", "a:1", "a:2");
    assertThat(handled.stream().filter(b -> b.startsWith("b:")))
        .containsExactly("b:0", "b:1", "b:2");
    await().atMost(Duration.ofSeconds(15)).until(() -> fake.messages(queue).isEmpty());
  }
}

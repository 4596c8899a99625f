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
package io.sqskit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.client.SqsClient;
import io.sqskit.model.SendMessageRequest;
import io.sqskit.model.SendMessageResponse;
import io.sqskit.testing.engine.MessageSnapshot;
import io.sqskit.testing.server.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random sizes, faults and concurrency: every future completes, every message sent successfully is
 * in the queue exactly once (and in group order on FIFO queues), nothing is left after close().
 */
class SqsBatcherProperties {
  private static FakeSqs fake;
  private static SqsClient client;

  @BeforeContainer
  static void start() {
    fake = new FakeSqs();
    client = fake.client(FakeSqs.QUICK_RETRIES);
  }

  @AfterContainer
  static void stop() {
    client.close();
    fake.close();
  }

  private record Sent(String group, String body, CompletableFuture<SendMessageResponse> future) {}

  @Property(tries = 15)
  void everyFutureCompletesAndEverySentMessageIsInTheQueueOnce(
      @ForAll @IntRange(min = 1, max = 8) int threads,
      @ForAll @IntRange(min = 1, max = 40) int perThread,
      @ForAll boolean fifo,
      @ForAll boolean eager,
      @ForAll @DoubleRange(min = 0.03, max = 0.3) double faultRate,
      @ForAll @DoubleRange(min = 0, max = 0.3) double entryFaultRate,
      @ForAll long seed)
      throws Exception {
    fake.faults().clear();
    fake.faults().seed(seed);
    // Whole-call faults, each preempting the engine: throttling, a 500, a dropped connection.
    fake.faults()
        .add(Fault.throttle().action("SendMessageBatch").probability(faultRate / 3))
        .add(Fault.internalError().action("SendMessageBatch").probability(faultRate / 3))
        .add(Fault.dropConnection().action("SendMessageBatch").probability(faultRate / 3));
    Random random = new Random(seed);
    Predicate<String> entryFault =
        body -> {
          synchronized (random) {
            return random.nextDouble() < entryFaultRate;
          }
        };
    String url = fifo ? fake.fifoQueue(client, "prop") : fake.queue(client, "prop");
    SqsBatcher batcher =
        SqsBatcher.builder()
            .client(new FlakyEntriesClient(client, entryFault, h -> false))
            .maxLinger(eager ? Duration.ZERO : Duration.ofMillis(2))
            .maxBatchesInFlight(1 + (int) (Math.abs(seed) % 8))
            .build();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<List<Sent>>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String group = "g" + t;
      long threadSeed = seed + t;
      work.add(
          pool.submit(
              () -> {
                Random sizes = new Random(threadSeed);
                List<Sent> sent = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                  // Mostly small, sometimes large enough that the byte limit splits batches.
                  int size =
                      sizes.nextInt(10) == 0
                          ? 100_000 + sizes.nextInt(300_000)
                          : 1 + sizes.nextInt(2_000);
                  String body = group + "-" + i + "-" + "x".repeat(size);
                  SendMessageRequest.Builder r =
                      SendMessageRequest.builder().queueUrl(url).messageBody(body);
                  if (fifo) {
                    r.messageGroupId(group);
                  }
                  sent.add(new Sent(group, body, batcher.sendMessage(r.build())));
                }
                return sent;
              }));
    }
    List<Sent> all = new ArrayList<>();
    for (Future<List<Sent>> f : work) {
      all.addAll(f.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();

    batcher.close();

    assertThat(batcher.pendingEntries()).isZero();
    assertThat(all).allMatch(s -> s.future().isDone());
    Map<String, Integer> copies = new HashMap<>();
    List<MessageSnapshot> inQueue = fake.messages(url);
    for (MessageSnapshot m : inQueue) {
      copies.merge(m.body(), 1, Integer::sum);
    }
    for (Sent s : all) {
      // Every fault here keeps the call from the engine (the fake injects before it, and the
      // flaky client does not pass failed entries on), so no resend can duplicate a message even
      // on a standard queue; against real SQS a timeout after SQS stored a batch could, and only
      // FIFO deduplication ids would hide such a copy.
      int expected = s.future().isCompletedExceptionally() ? 0 : 1;
      assertThat(copies.getOrDefault(s.body(), 0))
          .as("copies of %s", s.body().substring(0, Math.min(20, s.body().length())))
          .isEqualTo(expected);
    }
    if (fifo) {
      for (int t = 0; t < threads; t++) {
        String group = "g" + t;
        List<String> sentInOrder =
            all.stream()
                .filter(s -> s.group().equals(group) && !s.future().isCompletedExceptionally())
                .map(Sent::body)
                .toList();
        assertThat(
                inQueue.stream()
                    .filter(m -> group.equals(m.messageGroupId()))
                    .map(MessageSnapshot::body))
            .containsExactlyElementsOf(sentInOrder);
      }
    }
  }
}

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
package io.sqskit.benchmarks.batch;

import io.sqskit.batch.SqsBatcher;
import io.sqskit.benchmarks.support.Comparison;
import io.sqskit.benchmarks.support.Format;
import io.sqskit.benchmarks.support.Measurement;
import io.sqskit.benchmarks.support.Payloads;
import io.sqskit.benchmarks.support.Profile;
import io.sqskit.benchmarks.support.Target;
import io.sqskit.client.SqsClient;
import io.sqskit.model.SendMessageBatchRequestEntry;
import io.sqskit.model.SendMessageRequest;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.server.SqsServer;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.batchmanager.SqsAsyncBatchManager;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequest;

/**
 * The {@code batch} harness (issue 14): {@link SqsBatcher} against the AWS SDK v2's {@code
 * SqsAsyncBatchManager}, both with their defaults, sending 1 KiB messages to sqskit's fake over
 * HTTP from 1, 4 and 16 threads; and, on one thread, the latency of a send through a batcher with
 * {@code maxLinger} zero against a plain {@code sendMessage}.
 *
 * <p>A sending thread keeps up to {@value #WINDOW} sends outstanding (it waits for a result before
 * starting one more), so it sends continuously without unbounded memory. Entries per batch are
 * counted the same way for both: at the client, per {@code SendMessageBatch} call it is given (a
 * delegating sqskit client, an AWS SDK execution interceptor).
 */
public final class BatchBenchmark {
  static final int WINDOW = 50;
  private static final List<Integer> THREADS = List.of(1, 4, 16);

  /** The thread count at which the floor (full batches from a tight loop) is measured too. */
  private static final int FLOOR_THREADS = 16;

  private static final AtomicInteger QUEUES = new AtomicInteger();

  private BatchBenchmark() {}

  /** One side: sends a message asynchronously and counts its batch calls. */
  private interface Sender extends AutoCloseable {
    CompletableFuture<?> send(String queueUrl, String body);

    BatchCounter counter();

    @Override
    void close();
  }

  /** Figures of one round. */
  private record Round(double messagesPerSecond, double entriesPerBatch) {}

  /** Runs the harness and returns its summary lines. */
  public static List<Comparison> run(Profile profile, PrintStream log, List<String> notes) {
    try (SqsServer server = SqsServer.builder().engine(SqsEngine.create()).build().start();
        SqsClient admin = client(server.endpoint())) {
      String body = Payloads.body();
      List<Comparison> rows = new ArrayList<>();
      try (Sender sqskit = sqskit(server.endpoint());
          Sender aws = awsBatchManager(server.endpoint());
          SqsClient floorClient = client(server.endpoint())) {
        floor(admin, floorClient, FLOOR_THREADS, profile.preheat(), Duration.ZERO, body);
        for (Sender s : List.of(sqskit, aws)) {
          measure(admin, s, 16, profile.preheat(), Duration.ZERO, body);
        }
        for (int threads : THREADS) {
          List<Double> sqskitRate = new ArrayList<>();
          List<Double> awsRate = new ArrayList<>();
          List<Double> sqskitFill = new ArrayList<>();
          List<Double> awsFill = new ArrayList<>();
          List<Double> floorRate = new ArrayList<>();
          List<Double> sqskitAgainstFloor = new ArrayList<>();
          for (int r = 0; r < profile.rounds(); r++) {
            boolean sqskitFirst = r % 2 == 0;
            if (threads == FLOOR_THREADS && !sqskitFirst) {
              floorRate.add(
                  floor(admin, floorClient, threads, settle(profile), profile.round(), body));
            }
            for (int k = 0; k < 2; k++) {
              boolean isSqskit = (k == 0) == sqskitFirst;
              Round round =
                  measure(
                      admin,
                      isSqskit ? sqskit : aws,
                      threads,
                      settle(profile),
                      profile.round(),
                      body);
              (isSqskit ? sqskitRate : awsRate).add(round.messagesPerSecond());
              (isSqskit ? sqskitFill : awsFill).add(round.entriesPerBatch());
            }
            if (threads == FLOOR_THREADS && sqskitFirst) {
              floorRate.add(
                  floor(admin, floorClient, threads, settle(profile), profile.round(), body));
            }
            if (threads == FLOOR_THREADS) {
              sqskitAgainstFloor.add(sqskitRate.get(r));
            }
          }
          String scenario = "batch SendMessage 1 KiB, " + threads + " thread(s)";
          Comparison rate =
              new Comparison(
                  scenario + ", messages/s",
                  Measurement.of("sqskit", "msgs/s", sqskitRate),
                  Measurement.of("aws-batch-manager", "msgs/s", awsRate),
                  threads == 16 ? Target.atLeast(3.0) : null);
          Comparison fill =
              new Comparison(
                  scenario + ", entries/batch",
                  Measurement.of("sqskit", "entries", sqskitFill),
                  Measurement.of("aws-batch-manager", "entries", awsFill),
                  null);
          log.printf(
              Locale.ROOT,
              "[batch] %d thread(s): %s; %s%n",
              threads,
              Measurement.describeAll(List.of(rate.sqskit(), rate.other())),
              Measurement.describeAll(List.of(fill.sqskit(), fill.other())));
          rows.add(rate);
          rows.add(fill);
          if (threads == FLOOR_THREADS) {
            Comparison floor =
                new Comparison(
                    scenario + ", messages/s against the floor",
                    Measurement.of("sqskit", "msgs/s", sqskitAgainstFloor),
                    Measurement.of("sendMessageBatch-loop", "msgs/s", floorRate),
                    null);
            log.printf(
                Locale.ROOT,
                "[batch] floor, %d thread(s): %s%n",
                threads,
                Measurement.describeAll(List.of(floor.sqskit(), floor.other())));
            rows.add(floor);
            notes.add(
                String.format(
                    Locale.ROOT,
                    "batch: floor = sqskit's client sending full SendMessageBatch calls (10 x 1 KiB)"
                        + " in a tight loop from %d threads to the same fake: %s msgs/s, %s times"
                        + " the batch manager's; SqsBatcher reaches %s of it",
                    threads,
                    Format.number(floor.other().median()),
                    Format.number(floor.other().median() / rate.other().median()),
                    Format.number(floor.ratio())));
          }
          if (threads == 16) {
            double mean = fill.sqskit().median();
            notes.add(
                String.format(
                    Locale.ROOT,
                    "batch: SqsBatcher averages %s entries per SendMessageBatch at 16 threads"
                        + " (median round; target >= 9.5: %s); SqsAsyncBatchManager %s",
                    Format.number(mean),
                    mean >= 9.5 ? "met" : "MISSED",
                    Format.number(fill.other().median())));
          }
        }
      }
      rows.addAll(latency(profile, log, server.endpoint(), admin, body));
      return rows;
    }
  }

  private static Duration settle(Profile profile) {
    return profile.warmup().dividedBy(3);
  }

  /**
   * Mean microseconds per send on one thread, against a plain {@code sendMessage}: a batcher with
   * zero linger through its blocking drop-in ({@code asClient()}), and through {@code
   * sendMessage(..).join()}. The three alternate their order from round to round.
   */
  private static List<Comparison> latency(
      Profile profile, PrintStream log, URI endpoint, SqsClient admin, String body) {
    List<Double> dropIn = new ArrayList<>();
    List<Double> joined = new ArrayList<>();
    List<Double> plain = new ArrayList<>();
    try (SqsClient client = client(endpoint);
        SqsBatcher batcher = SqsBatcher.builder().client(client).maxLinger(Duration.ZERO).build()) {
      SqsClient batching = batcher.asClient();
      for (int r = -1; r < profile.rounds(); r++) {
        for (int k = 0; k < 3; k++) {
          int contender = Math.floorMod(k + r, 3);
          String url = queue(admin);
          SendMessageRequest request =
              SendMessageRequest.builder().queueUrl(url).messageBody(body).build();
          Runnable call =
              switch (contender) {
                case 0 -> () -> batching.sendMessage(request);
                case 1 -> () -> batcher.sendMessage(request).join();
                default -> () -> client.sendMessage(request);
              };
          Duration length = r < 0 ? profile.warmup() : profile.round();
          long calls = 0;
          long start = System.nanoTime();
          long end = start + length.toNanos();
          long now;
          do {
            call.run();
            calls++;
            now = System.nanoTime();
          } while (now < end);
          admin.deleteQueue(q -> q.queueUrl(url));
          if (r >= 0) {
            List<Double> into = contender == 0 ? dropIn : contender == 1 ? joined : plain;
            into.add((now - start) / 1e3 / calls);
          }
        }
      }
    }
    Measurement other = Measurement.of("plain-sendMessage", "µs", plain);
    Comparison blocking =
        new Comparison(
            "batch latency per send, 1 thread, maxLinger=0, asClient()",
            Measurement.of("sqskit", "µs", dropIn),
            other,
            Target.atMost(1.2));
    Comparison async =
        new Comparison(
            "batch latency per send, 1 thread, maxLinger=0, sendMessage().join()",
            Measurement.of("sqskit", "µs", joined),
            other,
            Target.atMost(1.2));
    log.printf(
        Locale.ROOT,
        "[batch] latency: asClient() %s; sendMessage().join() %s; %s%n",
        blocking.sqskit().describe(),
        async.sqskit().describe(),
        other.describe());
    return List.of(blocking, async);
  }

  /**
   * Runs {@code threads} sending threads on a fresh queue for {@code settle}, then measures for
   * {@code length}; the queue is deleted afterwards so the fake's memory stays flat.
   */
  private static Round measure(
      SqsClient admin, Sender sender, int threads, Duration settle, Duration length, String body) {
    String url = queue(admin);
    AtomicBoolean stop = new AtomicBoolean();
    LongAdder done = new LongAdder();
    List<Thread> workers = new ArrayList<>();
    List<Semaphore> windows = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Semaphore window = new Semaphore(WINDOW);
      windows.add(window);
      Thread worker =
          new Thread(
              () -> {
                while (!stop.get()) {
                  try {
                    if (!window.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                      continue;
                    }
                  } catch (InterruptedException e) {
                    return;
                  }
                  try {
                    CompletableFuture<?> unused =
                        sender
                            .send(url, body)
                            .whenComplete(
                                (ok, error) -> {
                                  if (error == null) {
                                    done.increment();
                                  }
                                  window.release();
                                });
                  } catch (RuntimeException e) {
                    window.release();
                  }
                }
              },
              "batch-sender-" + t);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
    sleep(settle);
    long done0 = done.sum();
    long calls0 = sender.counter().calls();
    long entries0 = sender.counter().entries();
    long t0 = System.nanoTime();
    sleep(length);
    long done1 = done.sum();
    long calls1 = sender.counter().calls();
    long entries1 = sender.counter().entries();
    long t1 = System.nanoTime();
    stop.set(true);
    for (Thread worker : workers) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    for (Semaphore window : windows) {
      try {
        // Let the outstanding sends finish before the queue goes.
        window.tryAcquire(WINDOW, 30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    admin.deleteQueue(q -> q.queueUrl(url));
    long calls = calls1 - calls0;
    return new Round(
        (done1 - done0) / ((t1 - t0) / 1e9),
        calls == 0 ? 0 : (double) (entries1 - entries0) / calls);
  }

  /**
   * The floor: {@code threads} threads each sending full {@code SendMessageBatch} calls (10 entries
   * of {@code body}) in a tight loop through one sqskit client, for {@code settle} and then {@code
   * length}; returns messages per second over {@code length}. No batcher: what the client and the
   * fake reach with every batch full and no waiting between calls.
   */
  private static double floor(
      SqsClient admin,
      SqsClient client,
      int threads,
      Duration settle,
      Duration length,
      String body) {
    String url = queue(admin);
    List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
    for (int i = 0; i < SqsBatcher.MAX_ENTRIES; i++) {
      entries.add(SendMessageBatchRequestEntry.builder().id("e" + i).messageBody(body).build());
    }
    io.sqskit.model.SendMessageBatchRequest request =
        io.sqskit.model.SendMessageBatchRequest.builder().queueUrl(url).entries(entries).build();
    AtomicBoolean stop = new AtomicBoolean();
    LongAdder done = new LongAdder();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker =
          new Thread(
              () -> {
                while (!stop.get()) {
                  done.add(client.sendMessageBatch(request).successful().size());
                }
              },
              "batch-floor-" + t);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
    sleep(settle);
    long done0 = done.sum();
    long t0 = System.nanoTime();
    sleep(length);
    long done1 = done.sum();
    long t1 = System.nanoTime();
    stop.set(true);
    for (Thread worker : workers) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    admin.deleteQueue(q -> q.queueUrl(url));
    return (done1 - done0) / ((t1 - t0) / 1e9);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String queue(SqsClient admin) {
    String name = "batch-" + QUEUES.incrementAndGet();
    return Objects.requireNonNull(admin.createQueue(r -> r.queueName(name)).queueUrl());
  }

  private static SqsClient client(URI endpoint) {
    return SqsClient.builder()
        .region("us-east-1")
        .endpointOverride(endpoint)
        .credentials("x", "x")
        .build();
  }

  /** sqskit's client under an {@link SqsBatcher} with its defaults. */
  private static Sender sqskit(URI endpoint) {
    BatchCounter counter = new BatchCounter();
    SqsClient client = client(endpoint);
    SqsBatcher batcher =
        SqsBatcher.builder().client(new CountingSqsClient(client, counter)).build();
    return new Sender() {
      @Override
      public CompletableFuture<?> send(String queueUrl, String body) {
        return batcher.sendMessage(
            SendMessageRequest.builder().queueUrl(queueUrl).messageBody(body).build());
      }

      @Override
      public BatchCounter counter() {
        return counter;
      }

      @Override
      public void close() {
        batcher.close();
        client.close();
      }
    };
  }

  /** The AWS SDK v2 async client (Netty) under {@code batchManager()}, both with defaults. */
  private static Sender awsBatchManager(URI endpoint) {
    BatchCounter counter = new BatchCounter();
    SqsAsyncClient client =
        SqsAsyncClient.builder()
            .region(Region.US_EAST_1)
            .endpointOverride(endpoint)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
            .httpClientBuilder(NettyNioAsyncHttpClient.builder())
            .overrideConfiguration(
                c ->
                    c.addExecutionInterceptor(
                        new ExecutionInterceptor() {
                          @Override
                          public void beforeExecution(
                              Context.BeforeExecution context, ExecutionAttributes attributes) {
                            if (context.request() instanceof SendMessageBatchRequest batch) {
                              counter.count(batch.entries().size());
                            }
                          }
                        }))
            .build();
    SqsAsyncBatchManager manager = client.batchManager();
    return new Sender() {
      @Override
      public CompletableFuture<?> send(String queueUrl, String body) {
        return manager.sendMessage(r -> r.queueUrl(queueUrl).messageBody(body));
      }

      @Override
      public BatchCounter counter() {
        return counter;
      }

      @Override
      public void close() {
        manager.close();
        client.close();
      }
    };
  }
}

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
package io.sqskit.benchmarks.consumer;

import io.awspring.cloud.sqs.listener.SqsMessageListenerContainer;
import io.sqskit.benchmarks.support.Comparison;
import io.sqskit.benchmarks.support.Format;
import io.sqskit.benchmarks.support.Measurement;
import io.sqskit.benchmarks.support.Payloads;
import io.sqskit.benchmarks.support.Profile;
import io.sqskit.benchmarks.support.Target;
import io.sqskit.client.SqsClient;
import io.sqskit.consumer.ConsumerListener;
import io.sqskit.consumer.MessageContext;
import io.sqskit.consumer.Settlement;
import io.sqskit.consumer.SqsConsumer;
import io.sqskit.model.SendMessageBatchRequestEntry;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.server.SqsServer;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.DeleteMessageRequest;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;

/**
 * The {@code consumer} harness (issue 16): messages handled end to end (receive, a handler that
 * does nothing, delete) per second, over HTTP on sqskit's fake, at concurrency 1, 10 and 50: {@link
 * SqsConsumer} against a hand-written AWS SDK v2 loop ({@code concurrency} threads, each receiving
 * 10 messages, "handling" them and deleting them with one {@code DeleteMessageBatch}). Each round
 * fills a fresh queue, starts the contender and times it until every message is deleted. Also:
 * receive and delete calls per message, and the heartbeat's visibility changes per long-running
 * message per minute.
 *
 * <p>The third contender, in the same rounds, is Spring Cloud AWS's {@code
 * SqsMessageListenerContainer}, built programmatically (no application context) on an {@code
 * SqsAsyncClient} with {@code netty-nio-client}: its defaults but for {@code maxConcurrentMessages}
 * (the run's concurrency), {@code maxMessagesPerPoll} (10, or the concurrency when that is smaller:
 * Spring refuses more per poll than it may handle at once) and {@code pollTimeout} (1 s, the long
 * poll of the other two sides).
 */
public final class ConsumerBenchmark {
  private static final List<Integer> CONCURRENCY = List.of(1, 10, 50);
  private static final AtomicInteger QUEUES = new AtomicInteger();

  private ConsumerBenchmark() {}

  /** Figures of one round. */
  private record Round(
      double messagesPerSecond, double receivesPerMessage, double deletesPerMessage) {}

  /** One side: consumes a queue until {@code count} messages are deleted. */
  private interface Contender {
    Round consume(URI endpoint, String queueUrl, int count, int concurrency);
  }

  /** Runs the harness and returns its summary lines. */
  public static List<Comparison> run(Profile profile, PrintStream log, List<String> notes) {
    int perRound = Profile.SMOKE.equals(profile) ? 200 : 4000;
    try (SqsServer server = SqsServer.builder().engine(SqsEngine.create()).build().start();
        SqsClient admin = client(server.endpoint())) {
      URI endpoint = server.endpoint();
      List<Contender> contenders =
          List.of(new SqskitConsumer(), new AwsLoop(), new SpringContainer());
      // unmeasured: the JIT warms every side up
      for (Contender c : contenders) {
        round(admin, endpoint, c, perRound, 10);
      }
      List<Comparison> rows = new ArrayList<>();
      for (int concurrency : CONCURRENCY) {
        List<List<Round>> rounds = new ArrayList<>();
        for (int i = 0; i < contenders.size(); i++) {
          rounds.add(new ArrayList<>());
        }
        for (int r = 0; r < profile.rounds(); r++) {
          for (int k = 0; k < contenders.size(); k++) {
            // rotate who goes first, so that drifts of the machine hit every side
            int i = (k + r) % contenders.size();
            rounds.get(i).add(round(admin, endpoint, contenders.get(i), perRound, concurrency));
          }
        }
        List<Round> sqskit = rounds.get(0);
        List<Round> aws = rounds.get(1);
        List<Round> spring = rounds.get(2);
        String scenario = "consumer no-op handler, concurrency " + concurrency;
        Measurement sqskitRate = Measurement.of("sqskit", "msgs/s", rate(sqskit));
        Comparison vsAws =
            new Comparison(
                scenario + ", messages/s",
                sqskitRate,
                Measurement.of("aws-sdk-loop", "msgs/s", rate(aws)),
                Target.atLeast(1.0));
        Comparison vsSpring =
            new Comparison(
                scenario + ", messages/s vs Spring",
                sqskitRate,
                Measurement.of("spring-cloud-aws", "msgs/s", rate(spring)),
                Target.atLeast(1.5));
        Comparison receives =
            new Comparison(
                scenario + ", receive calls/message",
                Measurement.of("sqskit", "calls", receives(sqskit)),
                Measurement.of("aws-sdk-loop", "calls", receives(aws)),
                null);
        Comparison deletes =
            new Comparison(
                scenario + ", delete calls/message",
                Measurement.of("sqskit", "calls", deletes(sqskit)),
                Measurement.of("aws-sdk-loop", "calls", deletes(aws)),
                null);
        Measurement springReceives = Measurement.of("spring-cloud-aws", "calls", receives(spring));
        Measurement springDeletes = Measurement.of("spring-cloud-aws", "calls", deletes(spring));
        log.printf(
            Locale.ROOT,
            "[consumer] concurrency %d: %s; receives/msg %s; deletes/msg %s%n",
            concurrency,
            Measurement.describeAll(List.of(vsAws.sqskit(), vsAws.other(), vsSpring.other())),
            Measurement.describeAll(List.of(receives.sqskit(), receives.other(), springReceives)),
            Measurement.describeAll(List.of(deletes.sqskit(), deletes.other(), springDeletes)));
        notes.add(
            String.format(
                Locale.ROOT,
                "consumer: at concurrency %d Spring's container makes %s receive and %s delete calls"
                    + " per message",
                concurrency,
                Format.number(springReceives.median()),
                Format.number(springDeletes.median())));
        rows.addAll(List.of(vsAws, vsSpring, receives, deletes));
        if (concurrency == 50) {
          double r = receives.sqskit().median();
          double d = deletes.sqskit().median();
          notes.add(
              String.format(
                  Locale.ROOT,
                  "consumer: at concurrency 50 SqsConsumer makes %s receive calls (target <= 0.15:"
                      + " %s) and %s delete calls (target <= 0.12: %s) per message",
                  Format.number(r),
                  r <= 0.15 ? "met" : "MISSED",
                  Format.number(d),
                  d <= 0.12 ? "met" : "MISSED"));
        }
      }
      notes.add(heartbeat(profile, log, admin, endpoint));
      return rows;
    }
  }

  private static List<Double> rate(List<Round> rounds) {
    return rounds.stream().map(Round::messagesPerSecond).toList();
  }

  private static List<Double> receives(List<Round> rounds) {
    return rounds.stream().map(Round::receivesPerMessage).toList();
  }

  private static List<Double> deletes(List<Round> rounds) {
    return rounds.stream().map(Round::deletesPerMessage).toList();
  }

  /** Fills a fresh queue with {@code count} messages of 1 KiB, consumes it, deletes the queue. */
  private static Round round(
      SqsClient admin, URI endpoint, Contender contender, int count, int concurrency) {
    String name = "consumer-" + QUEUES.incrementAndGet();
    String url = Objects.requireNonNull(admin.createQueue(r -> r.queueName(name)).queueUrl());
    String body = Payloads.body();
    for (int start = 0; start < count; start += 10) {
      List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
      for (int i = start; i < Math.min(count, start + 10); i++) {
        entries.add(SendMessageBatchRequestEntry.builder().id("e" + i).messageBody(body).build());
      }
      admin.sendMessageBatch(r -> r.queueUrl(url).entries(entries));
    }
    try {
      return contender.consume(endpoint, url, count, concurrency);
    } finally {
      admin.deleteQueue(r -> r.queueUrl(url));
    }
  }

  /**
   * Change-visibility calls (and entries) per long-running message per minute: 20 handlers that run
   * for a while on a queue whose visibility timeout is 3 seconds, the heartbeat extending by 3
   * seconds when one is left. With the defaults (a lease of the queue's visibility timeout, at
   * least 30 s) each message takes one entry every two thirds of a lease: 3 per minute at 30 s.
   */
  private static String heartbeat(Profile profile, PrintStream log, SqsClient admin, URI endpoint) {
    int messages = 20;
    Duration handling =
        Profile.SMOKE.equals(profile) ? Duration.ofMillis(300) : Duration.ofSeconds(20);
    String name = "heartbeat-" + QUEUES.incrementAndGet();
    String url =
        Objects.requireNonNull(
            admin
                .createQueue(r -> r.queueName(name).attributes(Map.of("VisibilityTimeout", "3")))
                .queueUrl());
    for (int i = 0; i < messages; i++) {
      admin.sendMessage(url, "long " + i);
    }
    Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    LongAdder entries = new LongAdder();
    CountDownLatch done = new CountDownLatch(messages);
    try (SqsClient client = counting(client(endpoint), calls);
        SqsConsumer consumer =
            SqsConsumer.builder()
                .client(client)
                .queueUrl(url)
                .concurrency(messages)
                .waitTime(Duration.ofSeconds(1))
                .heartbeat(Duration.ofSeconds(3))
                .listener(
                    new ConsumerListener() {
                      @Override
                      public void onSettle(
                          MessageContext m, Settlement s, @Nullable Throwable error) {
                        if (s == Settlement.EXTENDED) {
                          entries.increment();
                        } else if (s == Settlement.ACKNOWLEDGED) {
                          done.countDown();
                        }
                      }
                    })
                .handler(c -> Thread.sleep(handling.toMillis()))
                .build()) {
      consumer.start();
      await(done, handling.plusSeconds(60));
      consumer.stop(Duration.ofSeconds(10));
    } finally {
      admin.deleteQueue(r -> r.queueUrl(url));
    }
    double minutes = handling.toNanos() / 60e9;
    long changeCalls = count(calls, "changeMessageVisibilityBatch");
    String line =
        String.format(
            Locale.ROOT,
            "consumer: heartbeat, %d handlers of %s on a 3 s lease: %s ChangeMessageVisibilityBatch"
                + " calls and %s entries per message per minute (expected entries: 90 / lease in"
                + " seconds, i.e. 30 at 3 s and 3 with the default lease of 30 s; calls carry up to"
                + " 10 entries)",
            messages,
            Format.number(handling.toMillis() / 1000.0) + " s",
            Format.number(changeCalls / (double) messages / minutes),
            Format.number(entries.sum() / (double) messages / minutes));
    log.println("[consumer] " + line);
    return line;
  }

  private static void await(CountDownLatch latch, Duration atMost) {
    try {
      if (!latch.await(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("the contender did not finish within " + atMost);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static long count(Map<String, LongAdder> calls, String method) {
    LongAdder n = calls.get(method);
    return n == null ? 0 : n.sum();
  }

  static SqsClient client(URI endpoint) {
    return SqsClient.builder()
        .region("us-east-1")
        .endpointOverride(endpoint)
        .credentials("x", "x")
        .build();
  }

  /** A client that counts its calls by method name (overloads together). */
  static SqsClient counting(SqsClient delegate, Map<String, LongAdder> calls) {
    return (SqsClient)
        Proxy.newProxyInstance(
            SqsClient.class.getClassLoader(),
            new Class<?>[] {SqsClient.class},
            (proxy, method, args) -> {
              calls.computeIfAbsent(method.getName(), n -> new LongAdder()).increment();
              try {
                return method.invoke(delegate, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  /** sqskit's SqsConsumer with its defaults but for the concurrency and a 1 s long poll. */
  private static final class SqskitConsumer implements Contender {
    @Override
    public Round consume(URI endpoint, String queueUrl, int count, int concurrency) {
      Map<String, LongAdder> calls = new ConcurrentHashMap<>();
      CountDownLatch deleted = new CountDownLatch(count);
      long start;
      long end;
      try (SqsClient client = counting(client(endpoint), calls);
          SqsConsumer consumer =
              SqsConsumer.builder()
                  .client(client)
                  .queueUrl(queueUrl)
                  .concurrency(concurrency)
                  .waitTime(Duration.ofSeconds(1))
                  .listener(
                      new ConsumerListener() {
                        @Override
                        public void onSettle(
                            MessageContext m, Settlement s, @Nullable Throwable error) {
                          if (s == Settlement.ACKNOWLEDGED && error == null) {
                            deleted.countDown();
                          }
                        }
                      })
                  .handler(c -> {})
                  .build()) {
        start = System.nanoTime();
        consumer.start();
        await(deleted, Duration.ofMinutes(5));
        end = System.nanoTime();
        consumer.stop(Duration.ofSeconds(10));
      }
      // getQueueAttributes at start() is the consumer's, not the loop's: left out
      return new Round(
          count / ((end - start) / 1e9),
          count(calls, "receiveMessage") / (double) count,
          count(calls, "deleteMessageBatch") / (double) count);
    }
  }

  /** The loop everyone writes: receive 10, handle, delete the batch; one per thread. */
  private static final class AwsLoop implements Contender {
    // apache-client, as the client harness uses for the AWS SDK (deprecated in favour of
    // apache5-client, which this build does not carry)
    @SuppressWarnings("deprecation")
    @Override
    public Round consume(URI endpoint, String queueUrl, int count, int concurrency) {
      LongAdder receives = new LongAdder();
      LongAdder deleteCalls = new LongAdder();
      LongAdder deleted = new LongAdder();
      AtomicBoolean stop = new AtomicBoolean();
      CountDownLatch allDeleted = new CountDownLatch(1);
      long start;
      long end;
      try (software.amazon.awssdk.services.sqs.SqsClient sqs =
          software.amazon.awssdk.services.sqs.SqsClient.builder()
              .region(Region.US_EAST_1)
              .endpointOverride(endpoint)
              .credentialsProvider(
                  StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
              .httpClientBuilder(
                  ApacheHttpClient.builder().maxConnections(Math.max(50, concurrency)))
              .build()) {
        List<Thread> threads = new ArrayList<>();
        start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
          Thread thread =
              new Thread(
                  () -> {
                    while (!stop.get()) {
                      List<Message> messages =
                          sqs.receiveMessage(
                                  r ->
                                      r.queueUrl(queueUrl)
                                          .maxNumberOfMessages(10)
                                          .waitTimeSeconds(1))
                              .messages();
                      receives.increment();
                      if (messages.isEmpty()) {
                        continue;
                      }
                      List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
                      for (int i = 0; i < messages.size(); i++) {
                        // the no-op handler
                        entries.add(
                            DeleteMessageBatchRequestEntry.builder()
                                .id("m" + i)
                                .receiptHandle(messages.get(i).receiptHandle())
                                .build());
                      }
                      DeleteMessageBatchResponse response =
                          sqs.deleteMessageBatch(r -> r.queueUrl(queueUrl).entries(entries));
                      deleteCalls.increment();
                      deleted.add(response.successful().size());
                      if (deleted.sum() >= count) {
                        allDeleted.countDown();
                      }
                    }
                  },
                  "aws-loop-" + t);
          thread.setDaemon(true);
          threads.add(thread);
          thread.start();
        }
        await(allDeleted, Duration.ofMinutes(5));
        end = System.nanoTime();
        stop.set(true);
        for (Thread thread : threads) {
          try {
            thread.join(5_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      }
      return new Round(
          count / ((end - start) / 1e9),
          receives.sum() / (double) count,
          deleteCalls.sum() / (double) count);
    }
  }

  /**
   * Spring Cloud AWS's listener container: its defaults but for the concurrency, the messages per
   * poll that the concurrency allows and a 1 s long poll. Its calls are counted, and its deletes
   * seen, by an execution interceptor on its client.
   */
  private static final class SpringContainer implements Contender {
    @Override
    public Round consume(URI endpoint, String queueUrl, int count, int concurrency) {
      LongAdder receives = new LongAdder();
      LongAdder deleteCalls = new LongAdder();
      LongAdder deleted = new LongAdder();
      CountDownLatch allDeleted = new CountDownLatch(1);
      ExecutionInterceptor counter =
          new ExecutionInterceptor() {
            @Override
            public void afterExecution(
                Context.AfterExecution context, ExecutionAttributes attributes) {
              if (context.request() instanceof ReceiveMessageRequest) {
                receives.increment();
              } else if (context.response() instanceof DeleteMessageBatchResponse response) {
                deleteCalls.increment();
                deleted.add(response.successful().size());
              } else if (context.request() instanceof DeleteMessageRequest) {
                deleteCalls.increment();
                deleted.increment();
              }
              if (context.request() instanceof DeleteMessageBatchRequest
                  || context.request() instanceof DeleteMessageRequest) {
                if (deleted.sum() >= count) {
                  allDeleted.countDown();
                }
              }
            }
          };
      long start;
      long end;
      try (SqsAsyncClient sqs =
          SqsAsyncClient.builder()
              .region(Region.US_EAST_1)
              .endpointOverride(endpoint)
              .credentialsProvider(
                  StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
              .httpClientBuilder(
                  NettyNioAsyncHttpClient.builder().maxConcurrency(Math.max(50, concurrency)))
              .overrideConfiguration(o -> o.addExecutionInterceptor(counter))
              .build()) {
        SqsMessageListenerContainer<Object> container =
            SqsMessageListenerContainer.builder()
                .sqsAsyncClient(sqs)
                .queueNames(queueUrl)
                .configure(
                    options ->
                        options
                            .maxConcurrentMessages(concurrency)
                            .maxMessagesPerPoll(Math.min(10, concurrency))
                            .pollTimeout(Duration.ofSeconds(1)))
                .messageListener(message -> {}) // the no-op handler
                .build();
        start = System.nanoTime();
        container.start();
        try {
          await(allDeleted, Duration.ofMinutes(5));
          end = System.nanoTime();
        } finally {
          container.stop();
        }
      }
      return new Round(
          count / ((end - start) / 1e9),
          receives.sum() / (double) count,
          deleteCalls.sum() / (double) count);
    }
  }
}

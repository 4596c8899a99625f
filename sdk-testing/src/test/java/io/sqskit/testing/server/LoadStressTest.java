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
package io.sqskit.testing.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.testing.engine.MessageSnapshot;
import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * Eight producers and eight consumers, half over HTTP (AWS SDK for Java v2, JSON 1.0) and half
 * in-JVM on the engine, on a standard queue with a dead-letter queue and on a FIFO queue, for a
 * bounded time ({@code -Dsqskit.stress.seconds}, default 10): nothing is lost, nothing is handed
 * out twice while its visibility holds, FIFO groups keep their order and deduplication is exact.
 */
class LoadStressTest {
  private static final int PRODUCE_SECONDS = Integer.getInteger("sqskit.stress.seconds", 10);

  /** Per producer; keeps memory and the drain bounded when the engine outruns the consumers. */
  private static final int MAX_PER_PRODUCER = 1_000 * PRODUCE_SECONDS;

  /** Producers pause while this many messages wait unprocessed, so the drain stays short. */
  private static final int MAX_BACKLOG = 4_000;

  private static final int VISIBILITY = 30;
  private static final int MAX_RECEIVE_COUNT = 3;
  private static final int GROUPS_PER_PRODUCER = 4;

  private final AtomicLong operations = new AtomicLong();
  private final Queue<String> violations = new ConcurrentLinkedQueue<>();

  /** Body to message id, for every accepted send. */
  private final Map<String, String> sentStandard = new ConcurrentHashMap<>();

  private final Map<String, String> sentFifo = new ConcurrentHashMap<>();
  private final Set<String> poison = ConcurrentHashMap.newKeySet();
  private final Set<String> processed = ConcurrentHashMap.newKeySet();

  /** Per delivery ("body#receiveCount"): a lower bound of the epoch millis its visibility ends. */
  private final Map<String, Long> holds = new ConcurrentHashMap<>();

  /** Per FIFO group: sequence numbers in the order they were processed. */
  private final Map<String, List<Integer>> fifoOrder = new ConcurrentHashMap<>();

  private final AtomicLong resent = new AtomicLong();
  private volatile boolean producersDone;

  private SqsEngine engine;
  private RequestContext ctx;
  private String standardUrl;
  private String fifoUrl;
  private String dlqUrl;

  @Test
  void producersAndConsumersOverHttpAndInJvmLoseNothing() throws Exception {
    long started = System.nanoTime();
    engine = SqsEngine.create();
    try (SqsServer server = SqsServer.builder().engine(engine).build().start();
        SqsClient http =
            SqsClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(
                    StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
                .httpClient(
                    UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(15))
                        .build())
                .build()) {
      assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
      ctx = new RequestContext(null, "http://127.0.0.1:" + server.port(), null);
      dlqUrl = http.createQueue(r -> r.queueName("stress-dlq")).queueUrl();
      String dlqArn =
          http.getQueueAttributes(
                  r -> r.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
              .attributes()
              .get(QueueAttributeName.QUEUE_ARN);
      standardUrl =
          http.createQueue(
                  r ->
                      r.queueName("stress")
                          .attributes(
                              Map.of(
                                  QueueAttributeName.VISIBILITY_TIMEOUT,
                                  Integer.toString(VISIBILITY),
                                  QueueAttributeName.REDRIVE_POLICY,
                                  "{\"deadLetterTargetArn\":\""
                                      + dlqArn
                                      + "\",\"maxReceiveCount\":\""
                                      + MAX_RECEIVE_COUNT
                                      + "\"}")))
              .queueUrl();
      fifoUrl =
          http.createQueue(
                  r ->
                      r.queueName("stress.fifo")
                          .attributes(
                              Map.of(
                                  QueueAttributeName.FIFO_QUEUE,
                                  "true",
                                  QueueAttributeName.VISIBILITY_TIMEOUT,
                                  Integer.toString(VISIBILITY))))
              .queueUrl();

      long produceUntil = System.currentTimeMillis() + PRODUCE_SECONDS * 1000L;
      long drainUntil = produceUntil + 30_000L;
      ExecutorService pool = Executors.newFixedThreadPool(16);
      try {
        List<Future<?>> producers = new ArrayList<>();
        List<Future<?>> consumers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          Side side = i < 4 ? new HttpSide(http) : new EngineSide();
          int id = i;
          producers.add(pool.submit(() -> produce(side, id, produceUntil)));
          // Consumers 0, 1, 4, 5 on the standard queue, 2, 3, 6, 7 on the FIFO queue.
          boolean fifo = i % 4 >= 2;
          consumers.add(pool.submit(() -> consume(side, fifo, drainUntil)));
        }
        for (Future<?> f : producers) {
          f.get(PRODUCE_SECONDS + 60L, TimeUnit.SECONDS);
        }
        producersDone = true;
        for (Future<?> f : consumers) {
          f.get(90, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }

      assertThat(violations.stream().limit(20).toList())
          .as("violations (up to 20 of " + violations.size() + ")")
          .isEmpty();
      assertThat(engine.inspect(standardUrl).size())
          .as("messages left in the standard queue")
          .isZero();
      assertThat(engine.inspect(fifoUrl).size()).as("messages left in the FIFO queue").isZero();
      Set<String> expectedProcessed = new HashSet<>(sentStandard.keySet());
      expectedProcessed.removeAll(poison);
      expectedProcessed.addAll(sentFifo.keySet());
      Set<String> lost = new HashSet<>(expectedProcessed);
      lost.removeAll(processed);
      Set<String> unexpected = new HashSet<>(processed);
      unexpected.removeAll(expectedProcessed);
      assertThat(lost.size())
          .as("lost messages, e.g. " + lost.stream().limit(10).toList())
          .isZero();
      assertThat(unexpected.size())
          .as("processed but not expected, e.g. " + unexpected.stream().limit(10).toList())
          .isZero();
      Map<String, String> deadLettered =
          engine.inspect(dlqUrl).stream()
              .collect(Collectors.toMap(MessageSnapshot::body, MessageSnapshot::messageId));
      assertThat(deadLettered.keySet())
          .as("poison messages, and only they, were dead-lettered")
          .isEqualTo(poison);
      deadLettered.forEach(
          (body, id) ->
              assertThat(id).as("dead-lettered id of " + body).isEqualTo(sentStandard.get(body)));
      fifoOrder.forEach(
          (group, seqs) -> {
            for (int i = 0; i < seqs.size(); i++) {
              assertThat(seqs.get(i))
                  .as("FIFO group " + group + " processed in send order")
                  .isEqualTo(i);
            }
          });

      int redriven = redrive(http, deadLettered);
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          "stress: operations=%d messages=%d (standard=%d fifo=%d) dead-lettered=%d redriven=%d"
              + " dedup-resends=%d duration=%.1fs lost=0 early-redeliveries=0 producers=8"
              + " consumers=8%n",
          operations.get(),
          sentStandard.size() + sentFifo.size(),
          sentStandard.size(),
          sentFifo.size(),
          deadLettered.size(),
          redriven,
          resent.get(),
          seconds);
    }
  }

  /**
   * Moves the dead-letter queue back to its source with a move task and consumes what comes back.
   */
  private int redrive(SqsClient http, Map<String, String> deadLettered) {
    String dlqArn =
        http.getQueueAttributes(
                r -> r.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
            .attributes()
            .get(QueueAttributeName.QUEUE_ARN);
    http.startMessageMoveTask(r -> r.sourceArn(dlqArn));
    operations.addAndGet(2);
    Map<String, String> back = new HashMap<>();
    long until = System.currentTimeMillis() + 20_000L;
    for (int i = 0;
        i < 10_000 && back.size() < deadLettered.size() && System.currentTimeMillis() < until;
        i++) {
      var messages =
          http.receiveMessage(
                  r -> r.queueUrl(standardUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
              .messages();
      operations.incrementAndGet();
      for (var m : messages) {
        assertThat(back.put(m.body(), m.messageId())).as("redriven once: " + m.body()).isNull();
        http.deleteMessage(r -> r.queueUrl(standardUrl).receiptHandle(m.receiptHandle()));
        operations.incrementAndGet();
      }
    }
    assertThat(back.keySet())
        .as("every dead-lettered message redriven")
        .isEqualTo(deadLettered.keySet());
    back.forEach(
        (body, id) ->
            assertThat(id)
                .as("a redriven message is a new message: " + body)
                .isNotEqualTo(deadLettered.get(body)));
    assertThat(engine.inspect(dlqUrl)).isEmpty();
    return back.size();
  }

  // ------------------------------------------------------------------ producers

  private void produce(Side side, int producer, long until) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int[] nextSeq = new int[GROUPS_PER_PRODUCER];
    int sent = 0;
    while (sent < MAX_PER_PRODUCER && System.currentTimeMillis() < until) {
      if (sentStandard.size() + sentFifo.size() - processed.size() - poison.size() > MAX_BACKLOG) {
        // Pacing of the load generator on real time (no virtual clock can stand in here).
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        continue;
      }
      if (random.nextInt(10) < 7) {
        int n = random.nextInt(4) == 0 ? 10 : 1;
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          // About 2% poison: always released by consumers, so they must end in the dead-letter
          // queue.
          boolean isPoison = random.nextInt(50) == 0;
          String body = "s-" + producer + "-" + (sent + i) + (isPoison ? "-poison" : "");
          bodies.add(body);
          if (isPoison) {
            poison.add(body);
          }
        }
        List<String> ids = side.sendStandard(standardUrl, bodies);
        operations.incrementAndGet();
        for (int i = 0; i < n; i++) {
          sentStandard.put(bodies.get(i), ids.get(i));
        }
        sent += n;
      } else {
        int g = random.nextInt(GROUPS_PER_PRODUCER);
        String group = "p" + producer + "-g" + g;
        String body = "f-" + group + "-" + nextSeq[g]++;
        String id = side.sendFifo(fifoUrl, body, group, body);
        operations.incrementAndGet();
        sentFifo.put(body, id);
        if (random.nextInt(20) == 0) {
          // A retried send with the same deduplication id: accepted, not enqueued, same id.
          String again = side.sendFifo(fifoUrl, body, group, body);
          operations.incrementAndGet();
          resent.incrementAndGet();
          if (!id.equals(again)) {
            violations.add("resend of " + body + " got id " + again + ", first " + id);
          }
        }
        sent++;
      }
    }
  }

  // ------------------------------------------------------------------ consumers

  private void consume(Side side, boolean fifo, long until) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int idle = 0;
    for (int round = 0; round < 1_000_000 && System.currentTimeMillis() < until; round++) {
      String url = fifo ? fifoUrl : standardUrl;
      long before = System.currentTimeMillis();
      List<Delivery> batch = side.receive(url, VISIBILITY);
      long after = System.currentTimeMillis();
      operations.incrementAndGet();
      if (batch.isEmpty()) {
        // Two empty long polls in a row after the producers stopped: done when the engine agrees
        // the queue is empty (in-flight messages of other consumers still count).
        if (producersDone && ++idle >= 2 && engine.inspect(url).isEmpty()) {
          return;
        }
        continue;
      }
      idle = 0;
      Set<String> releasedGroups = new HashSet<>();
      for (Delivery d : batch) {
        Long previous = holds.get(d.body() + "#" + (d.receiveCount() - 1));
        if (previous != null && after < previous) {
          violations.add(
              d.body()
                  + " delivered again (count "
                  + d.receiveCount()
                  + ") at or before "
                  + after
                  + " while its previous visibility held until at least "
                  + previous);
        }
        String key = d.body() + "#" + d.receiveCount();
        holds.put(key, before + VISIBILITY * 1000L);
        boolean release =
            fifo
                ? releasedGroups.contains(group(d.body()))
                    || (d.receiveCount() == 1 && random.nextInt(20) == 0)
                : poison.contains(d.body()) || (d.receiveCount() == 1 && random.nextInt(10) == 0);
        if (release) {
          // Lower the recorded hold before the call makes the message visible again.
          holds.put(key, System.currentTimeMillis());
          side.changeVisibility(url, d.receiptHandle(), 0);
          operations.incrementAndGet();
          if (fifo) {
            releasedGroups.add(group(d.body()));
          }
          continue;
        }
        if (random.nextInt(20) == 0) {
          long start = System.currentTimeMillis();
          side.changeVisibility(url, d.receiptHandle(), 2 * VISIBILITY);
          operations.incrementAndGet();
          holds.merge(key, start + 2 * VISIBILITY * 1000L, Math::max);
        }
        if (fifo) {
          // Recorded before the delete: the group's next message cannot be handed out before it.
          fifoOrder
              .computeIfAbsent(group(d.body()), g -> new ArrayList<>())
              .add(sequence(d.body()));
        }
        side.delete(url, d.receiptHandle());
        operations.incrementAndGet();
        if (!processed.add(d.body())) {
          violations.add(d.body() + " processed twice");
        }
      }
    }
  }

  private static String group(String fifoBody) {
    return fifoBody.substring(2, fifoBody.lastIndexOf('-'));
  }

  private static int sequence(String fifoBody) {
    return Integer.parseInt(fifoBody.substring(fifoBody.lastIndexOf('-') + 1));
  }

  // ------------------------------------------------------------------ the two ways in

  private record Delivery(String body, String receiptHandle, int receiveCount) {}

  private interface Side {
    List<String> sendStandard(String url, List<String> bodies);

    String sendFifo(String url, String body, String group, String dedupId);

    List<Delivery> receive(String url, int visibility);

    void changeVisibility(String url, String handle, int visibility);

    void delete(String url, String handle);
  }

  /** Through the HTTP front with the AWS SDK for Java v2. */
  private static final class HttpSide implements Side {
    private final SqsClient http;

    HttpSide(SqsClient http) {
      this.http = http;
    }

    @Override
    public List<String> sendStandard(String url, List<String> bodies) {
      if (bodies.size() == 1) {
        return List.of(
            http.sendMessage(r -> r.queueUrl(url).messageBody(bodies.get(0))).messageId());
      }
      List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
      for (int i = 0; i < bodies.size(); i++) {
        entries.add(
            SendMessageBatchRequestEntry.builder().id("e" + i).messageBody(bodies.get(i)).build());
      }
      var result = http.sendMessageBatch(r -> r.queueUrl(url).entries(entries));
      assertThat(result.failed()).isEmpty();
      Map<String, String> byEntry = new HashMap<>();
      result.successful().forEach(s -> byEntry.put(s.id(), s.messageId()));
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < bodies.size(); i++) {
        ids.add(byEntry.get("e" + i));
      }
      return ids;
    }

    @Override
    public String sendFifo(String url, String body, String group, String dedupId) {
      return http.sendMessage(
              r ->
                  r.queueUrl(url)
                      .messageBody(body)
                      .messageGroupId(group)
                      .messageDeduplicationId(dedupId))
          .messageId();
    }

    @Override
    public List<Delivery> receive(String url, int visibility) {
      return http
          .receiveMessage(
              r ->
                  r.queueUrl(url)
                      .maxNumberOfMessages(10)
                      .waitTimeSeconds(1)
                      .visibilityTimeout(visibility)
                      .messageSystemAttributeNames(MessageSystemAttributeName.ALL))
          .messages()
          .stream()
          .map(
              m ->
                  new Delivery(
                      m.body(),
                      m.receiptHandle(),
                      Integer.parseInt(m.attributesAsStrings().get("ApproximateReceiveCount"))))
          .toList();
    }

    @Override
    public void changeVisibility(String url, String handle, int visibility) {
      http.changeMessageVisibility(
          r -> r.queueUrl(url).receiptHandle(handle).visibilityTimeout(visibility));
    }

    @Override
    public void delete(String url, String handle) {
      http.deleteMessage(r -> r.queueUrl(url).receiptHandle(handle));
    }
  }

  /** Straight into the engine, no socket. */
  private final class EngineSide implements Side {
    private Map<String, Object> call(String action, Object... keyValues) {
      Map<String, Object> in = new HashMap<>();
      for (int i = 0; i < keyValues.length; i += 2) {
        in.put((String) keyValues[i], keyValues[i + 1]);
      }
      return engine.execute(ctx, action, in);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> sendStandard(String url, List<String> bodies) {
      if (bodies.size() == 1) {
        return List.of(engine.sendMessage(url, bodies.get(0)));
      }
      List<Object> entries = new ArrayList<>();
      for (int i = 0; i < bodies.size(); i++) {
        entries.add(Map.of("Id", "e" + i, "MessageBody", bodies.get(i)));
      }
      Map<String, Object> out = call("SendMessageBatch", "QueueUrl", url, "Entries", entries);
      assertThat((List<Object>) out.getOrDefault("Failed", List.of())).isEmpty();
      Map<String, String> byEntry = new HashMap<>();
      for (Map<String, Object> s : (List<Map<String, Object>>) out.get("Successful")) {
        byEntry.put((String) s.get("Id"), (String) s.get("MessageId"));
      }
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < bodies.size(); i++) {
        ids.add(byEntry.get("e" + i));
      }
      return ids;
    }

    @Override
    public String sendFifo(String url, String body, String group, String dedupId) {
      return (String)
          call(
                  "SendMessage",
                  "QueueUrl",
                  url,
                  "MessageBody",
                  body,
                  "MessageGroupId",
                  group,
                  "MessageDeduplicationId",
                  dedupId)
              .get("MessageId");
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Delivery> receive(String url, int visibility) {
      Map<String, Object> out =
          call(
              "ReceiveMessage",
              "QueueUrl",
              url,
              "MaxNumberOfMessages",
              10,
              "WaitTimeSeconds",
              1,
              "VisibilityTimeout",
              visibility,
              "MessageSystemAttributeNames",
              List.of("All"));
      List<Delivery> deliveries = new ArrayList<>();
      for (Map<String, Object> m :
          (List<Map<String, Object>>) out.getOrDefault("Messages", List.of())) {
        Map<String, String> attributes = (Map<String, String>) m.get("Attributes");
        deliveries.add(
            new Delivery(
                (String) m.get("Body"),
                (String) m.get("ReceiptHandle"),
                Integer.parseInt(attributes.get("ApproximateReceiveCount"))));
      }
      return deliveries;
    }

    @Override
    public void changeVisibility(String url, String handle, int visibility) {
      call(
          "ChangeMessageVisibility",
          "QueueUrl",
          url,
          "ReceiptHandle",
          handle,
          "VisibilityTimeout",
          visibility);
    }

    @Override
    public void delete(String url, String handle) {
      engine.deleteMessage(url, handle);
    }
  }
}

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
package io.sqskit.testing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  private static final RequestContext CTX = new RequestContext(null, "http://127.0.0.1:9324", null);

  @Test
  @SuppressWarnings("unchecked")
  void concurrentProducersAndLongPollingConsumersLoseAndDuplicateNothing() throws Exception {
    SqsEngine engine = SqsEngine.create(); // real clock: long polls wait with timeouts
    String url =
        (String)
            engine
                .execute(
                    CTX,
                    "CreateQueue",
                    Map.of("QueueName", "stress", "Attributes", Map.of("VisibilityTimeout", "600")))
                .get("QueueUrl");
    int producers = 3;
    int perProducer = 2_000;
    int total = producers * perProducer;
    Set<String> received = ConcurrentHashMap.newKeySet();
    AtomicInteger duplicates = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(producers + 3);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int p = 0; p < producers; p++) {
        int id = p;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perProducer; i++) {
                    engine.execute(
                        CTX, "SendMessage", Map.of("QueueUrl", url, "MessageBody", id + "-" + i));
                  }
                }));
      }
      for (int c = 0; c < 3; c++) {
        futures.add(
            pool.submit(
                () -> {
                  while (received.size() < total) {
                    Map<String, Object> out =
                        engine.execute(
                            CTX,
                            "ReceiveMessage",
                            Map.of(
                                "QueueUrl", url, "MaxNumberOfMessages", 10, "WaitTimeSeconds", 1));
                    for (Map<String, Object> m :
                        (List<Map<String, Object>>) out.getOrDefault("Messages", List.of())) {
                      if (!received.add((String) m.get("Body"))) {
                        duplicates.incrementAndGet();
                      }
                      engine.execute(
                          CTX,
                          "DeleteMessage",
                          Map.of("QueueUrl", url, "ReceiptHandle", m.get("ReceiptHandle")));
                    }
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(received).hasSize(total);
    assertThat(duplicates).hasValue(0);
    assertThat(engine.inspect(url)).isEmpty();
  }

  /**
   * Two queues that are each other's dead-letter queue, with maxReceiveCount 1 and receives that
   * leave messages visible at once, so every other receive sends a message across; meanwhile move
   * tasks send them back and a third thread redrives by hand. When the churn ends every message is
   * in exactly one of the two queues.
   */
  @Test
  @SuppressWarnings("unchecked")
  void messagesBouncingBetweenDeadLetterQueuesAndMoveTasksAreNeitherLostNorDoubled()
      throws Exception {
    SqsEngine engine = SqsEngine.create();
    String a =
        (String) engine.execute(CTX, "CreateQueue", Map.of("QueueName", "a")).get("QueueUrl");
    String b =
        (String) engine.execute(CTX, "CreateQueue", Map.of("QueueName", "b")).get("QueueUrl");
    String arnA = "arn:aws:sqs:us-east-1:000000000000:a";
    String arnB = "arn:aws:sqs:us-east-1:000000000000:b";
    engine.execute(
        CTX,
        "SetQueueAttributes",
        Map.of(
            "QueueUrl",
            a,
            "Attributes",
            Map.of(
                "RedrivePolicy",
                "{\"deadLetterTargetArn\":\"" + arnB + "\",\"maxReceiveCount\":1}")));
    engine.execute(
        CTX,
        "SetQueueAttributes",
        Map.of(
            "QueueUrl",
            b,
            "Attributes",
            Map.of(
                "RedrivePolicy",
                "{\"deadLetterTargetArn\":\"" + arnA + "\",\"maxReceiveCount\":1}")));
    Set<String> sent = ConcurrentHashMap.newKeySet();
    for (int i = 0; i < 300; i++) {
      // Bodies identify messages: a move task gives the messages it moves new ids.
      engine.execute(
          CTX, "SendMessage", Map.of("QueueUrl", i % 2 == 0 ? a : b, "MessageBody", "m" + i));
      sent.add("m" + i);
    }
    AtomicInteger bounced = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (String first : List.of(a, b)) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 1_500; i++) {
                    String url = i % 2 == 0 ? first : (first.equals(a) ? b : a);
                    Map<String, Object> out =
                        engine.execute(
                            CTX,
                            "ReceiveMessage",
                            Map.of(
                                "QueueUrl",
                                url,
                                "MaxNumberOfMessages",
                                10,
                                "VisibilityTimeout",
                                0));
                    bounced.addAndGet(
                        ((List<Object>) out.getOrDefault("Messages", List.of())).size());
                  }
                }));
      }
      futures.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 600; i++) {
                  try {
                    engine.execute(
                        CTX, "StartMessageMoveTask", Map.of("SourceArn", i % 2 == 0 ? arnA : arnB));
                  } catch (SqsError e) {
                    // one running task per source at a time
                    assertThat(e.code()).isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
                  }
                  engine.execute(CTX, "ListMessageMoveTasks", Map.of("SourceArn", arnA));
                }
              }));
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    List<String> left = new ArrayList<>();
    engine.inspect(a).forEach(m -> left.add(m.body()));
    engine.inspect(b).forEach(m -> left.add(m.body()));
    assertThat(bounced.get()).isPositive();
    assertThat(left).hasSize(sent.size()).containsExactlyInAnyOrderElementsOf(sent);
  }
}

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

import io.sqskit.client.SqsClient;
import io.sqskit.model.QueueAttributeName;
import io.sqskit.retry.RetryPolicy;
import io.sqskit.testing.engine.MessageSnapshot;
import io.sqskit.testing.engine.MessageState;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.server.FaultInjector;
import io.sqskit.testing.server.SqsServer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** sdk-testing's fake over HTTP, with a client and queues for the consumer's tests. */
final class ConsumerFake implements AutoCloseable {
  /** Retries without waiting, so that tests never sleep through a backoff. */
  static final RetryPolicy QUICK_RETRIES =
      RetryPolicy.builder()
          .maxAttempts(3)
          .baseDelay(Duration.ZERO)
          .throttlingBaseDelay(Duration.ZERO)
          .retryQuota(false)
          .build();

  private static final AtomicInteger NAMES = new AtomicInteger();

  final SqsEngine engine;
  final SqsServer server;
  final SqsClient client;

  ConsumerFake(Clock clock) {
    this(clock, false);
  }

  /** With {@code history}, the engine records each message's life (see SqsEngine#history). */
  ConsumerFake(Clock clock, boolean history) {
    engine = SqsEngine.builder().clock(clock).recordHistory(history).build();
    server = SqsServer.builder().engine(engine).build().start();
    client =
        SqsClient.builder()
            .region("us-east-1")
            .endpointOverride(server.endpoint())
            .credentials("x", "x")
            .retryPolicy(QUICK_RETRIES)
            .build();
  }

  ConsumerFake() {
    this(Clock.systemUTC());
  }

  FaultInjector faults() {
    return server.faults();
  }

  String queue(String base, int visibilitySeconds) {
    String name = base + "-" + NAMES.incrementAndGet();
    return client
        .createQueue(
            r ->
                r.queueName(name)
                    .attribute(
                        QueueAttributeName.VISIBILITY_TIMEOUT, String.valueOf(visibilitySeconds)))
        .queueUrl();
  }

  /** A queue whose messages move to a new dead-letter queue after {@code maxReceiveCount}. */
  String[] queueWithDeadLetters(String base, boolean fifo, int maxReceiveCount) {
    return queueWithDeadLetters(base, fifo, maxReceiveCount, 30);
  }

  /** The same, with the queue's visibility timeout. */
  String[] queueWithDeadLetters(
      String base, boolean fifo, int maxReceiveCount, int visibilitySeconds) {
    String suffix = fifo ? ".fifo" : "";
    String dlqName = base + "-dlq-" + NAMES.incrementAndGet() + suffix;
    String dlq =
        client
            .createQueue(
                r -> {
                  r.queueName(dlqName);
                  if (fifo) {
                    r.attribute(QueueAttributeName.FIFO_QUEUE, "true");
                  }
                })
            .queueUrl();
    String arn =
        client
            .getQueueAttributes(
                r -> r.queueUrl(dlq).attributeNames(List.of(QueueAttributeName.QUEUE_ARN.value())))
            .attributes()
            .get(QueueAttributeName.QUEUE_ARN.value());
    String name = base + "-" + NAMES.incrementAndGet() + suffix;
    String url =
        client
            .createQueue(
                r -> {
                  r.queueName(name)
                      .attribute(
                          QueueAttributeName.VISIBILITY_TIMEOUT, String.valueOf(visibilitySeconds))
                      .attribute(
                          QueueAttributeName.REDRIVE_POLICY,
                          "{\"deadLetterTargetArn\":\""
                              + arn
                              + "\",\"maxReceiveCount\":\""
                              + maxReceiveCount
                              + "\"}");
                  if (fifo) {
                    r.attribute(QueueAttributeName.FIFO_QUEUE, "true")
                        .attribute(QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true");
                  }
                })
            .queueUrl();
    return new String[] {url, dlq};
  }

  void send(String queueUrl, int count) {
    for (int i = 0; i < count; i++) {
      String body = "m" + i;
      client.sendMessage(r -> r.queueUrl(queueUrl).messageBody(body));
    }
  }

  List<MessageSnapshot> messages(String queueUrl) {
    return engine.inspect(queueUrl);
  }

  long count(String queueUrl, MessageState state) {
    return messages(queueUrl).stream().filter(m -> m.state() == state).count();
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}

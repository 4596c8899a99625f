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

import io.sqskit.client.SqsClient;
import io.sqskit.model.QueueAttributeName;
import io.sqskit.retry.RetryPolicy;
import io.sqskit.testing.engine.MessageSnapshot;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.server.FaultInjector;
import io.sqskit.testing.server.SqsServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** sdk-testing's fake over HTTP, with clients and queues for the batcher's tests. */
final class FakeSqs implements AutoCloseable {
  /** Retries without waiting, so that tests never sleep through a backoff. */
  static final RetryPolicy QUICK_RETRIES =
      RetryPolicy.builder()
          .maxAttempts(3)
          .baseDelay(Duration.ZERO)
          .throttlingBaseDelay(Duration.ZERO)
          .retryQuota(false)
          .build();

  private static final AtomicInteger NAMES = new AtomicInteger();

  final SqsEngine engine = SqsEngine.create();
  final SqsServer server = SqsServer.builder().engine(engine).build().start();

  SqsClient client(RetryPolicy policy) {
    return SqsClient.builder()
        .region("us-east-1")
        .endpointOverride(server.endpoint())
        .credentials("x", "x")
        .retryPolicy(policy)
        .build();
  }

  FaultInjector faults() {
    return server.faults();
  }

  String queue(SqsClient client, String base) {
    String name = base + "-" + NAMES.incrementAndGet();
    return client.createQueue(r -> r.queueName(name)).queueUrl();
  }

  String fifoQueue(SqsClient client, String base) {
    String name = base + "-" + NAMES.incrementAndGet() + ".fifo";
    return client
        .createQueue(
            r ->
                r.queueName(name)
                    .attribute(QueueAttributeName.FIFO_QUEUE, "true")
                    .attribute(QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true"))
        .queueUrl();
  }

  /** The queue's messages in arrival order, whatever their state. */
  List<MessageSnapshot> messages(String queueUrl) {
    return engine.inspect(queueUrl);
  }

  @Override
  public void close() {
    server.close();
  }
}

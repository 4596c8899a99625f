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
package apitest;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.batch.SqsBatcher;
import io.sqskit.client.Protocol;
import io.sqskit.client.SqsClient;
import io.sqskit.model.Message;
import io.sqskit.model.QueueAttributeName;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The end-to-end suite against ElasticMQ through {@link SqsBatcher#asClient()}: its sends, deletes
 * and visibility changes go out as batch calls, every other call straight through, and the suite
 * passes unchanged but for one ElasticMQ gap noted below.
 */
class ElasticMqBatchingEndToEndTest extends ElasticMqEndToEndTests {
  private static final AtomicInteger NAMES = new AtomicInteger();
  private SqsClient batching;

  @Override
  Protocol protocol() {
    return Protocol.QUERY;
  }

  @Override
  SqsClient clientUnderTest(SqsClient plain) {
    batching = SqsBatcher.builder().client(plain).maxLinger(Duration.ZERO).build().asClient();
    return batching;
  }

  /**
   * As the suite's test, without its SequenceNumber check: ElasticMQ 1.6 leaves SequenceNumber out
   * of SendMessageBatch results (in both protocols), which SQS sends for FIFO queues; the batcher
   * passes on what the batch result holds.
   */
  @Test
  @Override
  void fifoQueuesKeepGroupOrderAndReturnSequenceNumbers() {
    String name = "batched-orders-" + NAMES.incrementAndGet() + ".fifo";
    String url =
        batching
            .createQueue(
                r ->
                    r.queueName(name)
                        .attribute(QueueAttributeName.FIFO_QUEUE, "true")
                        .attribute(QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true"))
            .queueUrl();
    batching.sendMessage(r -> r.queueUrl(url).messageBody("1").messageGroupId("g"));
    batching.sendMessage(r -> r.queueUrl(url).messageBody("2").messageGroupId("g"));
    assertThat(
            batching
                .receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1))
                .messages())
        .extracting(Message::body)
        .containsExactly("1", "2");
  }
}

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
package io.sqskit.junit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.client.SqsClient;
import io.sqskit.consumer.SqsConsumer;
import io.sqskit.junit.SqsQueue;
import io.sqskit.junit.SqsTest;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's consumer example: a handler on the fake; the message is deleted when it returns. */
@SqsTest
class ConsumerExampleTest {

  @Test
  void consumesOrders(SqsClient sqs, @SqsQueue(name = "orders") String url) throws Exception {
    sqs.sendMessage(url, "o-1");
    CountDownLatch handled = new CountDownLatch(1); // readme-hide
    // region consumer
    try (SqsConsumer consumer =
        SqsConsumer.builder()
            .client(sqs)
            .queueUrl(url)
            .concurrency(20) // handlers at once; at most 20 + 10 messages held
            .handler(
                context -> {
                  System.out.println("order " + context.message().body());
                  handled.countDown(); // readme-hide
                }) // returned normally: deleted (in a DeleteMessageBatch)
            .errorHandler((context, error) -> System.err.println(context + " failed: " + error))
            .build()) {
      consumer.start();
      assertThat(handled.await(30, TimeUnit.SECONDS)).isTrue(); // readme-hide
      consumer.stop(Duration.ofSeconds(30)); // drain: no receive, handlers end, acks sent
    }
    // endregion consumer
    assertThat(sqs.receiveMessage(url).messages()).isEmpty();
  }
}

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

import io.sqskit.batch.SqsBatcher;
import io.sqskit.client.SqsClient;
import io.sqskit.junit.QueueMessage;
import io.sqskit.junit.SqsQueue;
import io.sqskit.junit.SqsTest;
import io.sqskit.junit.TestQueue;
import io.sqskit.model.SendMessageRequest;
import io.sqskit.model.SendMessageResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The README's batching example: one batcher, its futures and its drop-in client. */
@SqsTest
class BatcherExampleTest {

  @Test
  void sendsAndDeletesThroughOneBatcher(
      SqsClient client, @SqsQueue(name = "orders") TestQueue orders) {
    String url = orders.url();
    client.sendMessage(url, "first");
    String receiptHandle = client.receiveMessage(url).messages().get(0).receiptHandle();
    // region batcher
    try (SqsBatcher batcher = SqsBatcher.builder().client(client).build()) {
      CompletableFuture<SendMessageResponse> sent =
          batcher.sendMessage(SendMessageRequest.builder().queueUrl(url).messageBody("hi").build());
      batcher.deleteMessage(url, receiptHandle).join();

      SqsClient batching = batcher.asClient(); // blocking drop-in: code written for SqsClient
      batching.sendMessage(url, "hello"); // waits for its entry; other calls pass straight through
      assertThat(sent.join().messageId()).isNotEmpty(); // readme-hide
    }
    // endregion batcher
    assertThat(orders.awaitMessages(2, Duration.ofSeconds(5)))
        .extracting(QueueMessage::body)
        .containsExactlyInAnyOrder("hi", "hello");
  }
}

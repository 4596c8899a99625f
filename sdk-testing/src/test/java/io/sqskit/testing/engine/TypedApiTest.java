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

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypedApiTest extends EngineTestSupport {

  @Test
  void typedSendReceiveDeleteMatchTheMapApi() {
    String url = createQueue("q");
    String id = engine.sendMessage(url, "hello");
    List<ReceivedMessage> got = engine.receiveMessages(url, 10, 0);
    assertThat(got)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.messageId()).isEqualTo(id);
              assertThat(m.body()).isEqualTo("hello");
              assertThat(m.md5OfBody()).isEqualTo("5d41402abc4b2a76b9719d911017c592");
              assertThat(m.receiveCount()).isEqualTo(1);
            });
    counts(url, 0, 1, 0);
    engine.deleteMessage(url, got.get(0).receiptHandle());
    counts(url, 0, 0, 0);
  }

  @Test
  void typedCallsGiveTheSameErrors() {
    String url = createQueue("q");
    assertThat(error(() -> engine.sendMessage(url, "")).code())
        .isEqualTo(SqsErrorCode.MISSING_PARAMETER);
    assertThat(error(() -> engine.receiveMessages(url, 11, 0)).code())
        .isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
    assertThat(error(() -> engine.deleteMessage(url, "junk")).code())
        .isEqualTo(SqsErrorCode.RECEIPT_HANDLE_IS_INVALID);
    assertThat(error(() -> engine.sendMessage(BASE + "/123456789012/none", "x")).code())
        .isEqualTo(SqsErrorCode.QUEUE_DOES_NOT_EXIST);
  }

  @Test
  void typedReceiveHonoursVisibilityTimeout() {
    String url = createQueue("q", "VisibilityTimeout", "10");
    engine.sendMessage(url, "a");
    assertThat(engine.receiveMessages(url, 1, 0)).hasSize(1);
    assertThat(engine.receiveMessages(url, 1, 0)).isEmpty();
    advance(10);
    assertThat(engine.receiveMessages(url, 1, 0))
        .singleElement()
        .satisfies(m -> assertThat(m.receiveCount()).isEqualTo(2));
  }

  @Test
  void typedCreateQueueAppliesAttributesAndIsIdempotent() {
    String url = engine.createQueue("orders", Map.of("VisibilityTimeout", "10"));

    assertThat(url)
        .isEqualTo("https://sqs.us-east-1.amazonaws.com/" + engine.accountId() + "/orders");
    assertThat(attributes(url, "All")).containsEntry("VisibilityTimeout", "10");
    assertThat(engine.createQueue("orders", Map.of("VisibilityTimeout", "10"))).isEqualTo(url);
    assertThat(engine.createQueue("orders", Map.of())).isEqualTo(url); // names no attribute
    assertThat(error(() -> engine.createQueue("orders", Map.of("VisibilityTimeout", "11"))).code())
        .isEqualTo(SqsErrorCode.QUEUE_NAME_EXISTS);
    String id =
        engine.sendMessage(BASE + "/" + engine.accountId() + "/orders", "through another host");
    assertThat(engine.inspect(url))
        .singleElement()
        .satisfies(m -> assertThat(m.messageId()).isEqualTo(id));
  }

  @Test
  void typedCreateQueueGivesTheSameErrors() {
    assertThat(error(() -> engine.createQueue("jobs.fifo", Map.of())).code())
        .isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
    assertThat(engine.createQueue("jobs.fifo", Map.of("FifoQueue", "true"))).endsWith("/jobs.fifo");
    assertThat(error(() -> engine.createQueue("slow", Map.of("VisibilityTimeout", "43201"))))
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo(SqsErrorCode.INVALID_ATTRIBUTE_VALUE);
              assertThat(e.jsonMessage())
                  .isEqualTo("Invalid value for the parameter VisibilityTimeout.");
            });
    assertThat(error(() -> engine.createQueue("q", Map.of("Colour", "blue"))).code())
        .isEqualTo(SqsErrorCode.INVALID_ATTRIBUTE_NAME);
  }
}

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

class InspectTest extends EngineTestSupport {

  @Test
  void inspectShowsEveryMessageAndItsStateWithoutChangingAnything() {
    String url = createQueue("q");
    String a = send(url, "a");
    String b = send(url, "b");
    call("SendMessage", "QueueUrl", url, "MessageBody", "c", "DelaySeconds", 10);
    receive(url);
    List<MessageSnapshot> snapshot = engine.inspect(url);
    assertThat(snapshot).extracting(MessageSnapshot::body).containsExactly("a", "b", "c");
    assertThat(snapshot)
        .extracting(MessageSnapshot::state)
        .containsExactly(MessageState.IN_FLIGHT, MessageState.VISIBLE, MessageState.DELAYED);
    assertThat(snapshot.get(0).messageId()).isEqualTo(a);
    assertThat(snapshot.get(0).receiveCount()).isEqualTo(1);
    assertThat(snapshot.get(0).availableAt()).isEqualTo(START.plusSeconds(30));
    assertThat(snapshot.get(1).messageId()).isEqualTo(b);
    assertThat(snapshot.get(1).availableAt()).isNull();
    assertThat(snapshot.get(2).availableAt()).isEqualTo(START.plusSeconds(10));
    counts(url, 1, 1, 1);
    assertThat(engine.inspect(url)).isEqualTo(snapshot);
  }

  @Test
  void inspectSeesTimeWithoutTouchingTheQueue() {
    String url = createQueue("q");
    call("SendMessage", "QueueUrl", url, "MessageBody", "c", "DelaySeconds", 10);
    advance(10);
    assertThat(engine.inspect(url))
        .extracting(MessageSnapshot::state)
        .containsExactly(MessageState.VISIBLE);
  }

  @Test
  void inspectOfUnknownQueueFails() {
    assertThat(error(() -> engine.inspect(BASE + "/123456789012/none")).code())
        .isEqualTo(SqsErrorCode.QUEUE_DOES_NOT_EXIST);
  }

  @Test
  @SuppressWarnings("unchecked")
  void peekShowsMessagesAsAReceiveWouldWithoutReceivingThem() {
    String url = createQueue("q");
    String a = send(url, "a");
    call(
        "SendMessage",
        "QueueUrl",
        url,
        "MessageBody",
        "b",
        "MessageAttributes",
        Map.of("customer", Map.of("DataType", "String", "StringValue", "c-7")));
    receive(url);

    List<PeekedMessage> peeked = engine.peek(url);

    assertThat(peeked)
        .extracting(PeekedMessage::state)
        .containsExactly(MessageState.IN_FLIGHT, MessageState.VISIBLE);
    Map<String, Object> first = peeked.get(0).message();
    assertThat(first)
        .containsEntry("MessageId", a)
        .containsEntry("Body", "a")
        .containsEntry("MD5OfBody", "0cc175b9c0f1b6a831c399e269772661")
        .doesNotContainKey("ReceiptHandle")
        .doesNotContainKey("MessageAttributes");
    assertThat((Map<String, Object>) first.get("Attributes"))
        .containsEntry("ApproximateReceiveCount", "1")
        .containsEntry("SentTimestamp", Long.toString(START.toEpochMilli()))
        .containsKeys("SenderId", "ApproximateFirstReceiveTimestamp");
    Map<String, Object> second = peeked.get(1).message();
    assertThat((Map<String, Object>) second.get("Attributes"))
        .containsEntry("ApproximateReceiveCount", "0")
        .doesNotContainKey("ApproximateFirstReceiveTimestamp");
    assertThat(second).containsKeys("MD5OfMessageAttributes", "MessageAttributes");
    assertThat((Map<String, Object>) second.get("MessageAttributes"))
        .containsEntry("customer", Map.of("DataType", "String", "StringValue", "c-7"));
    counts(url, 1, 1, 0);
    assertThat(engine.inspect(url)).extracting(MessageSnapshot::receiveCount).containsExactly(1, 0);
  }

  @Test
  void peekOfUnknownQueueFails() {
    assertThat(error(() -> engine.peek(BASE + "/123456789012/none")).code())
        .isEqualTo(SqsErrorCode.QUEUE_DOES_NOT_EXIST);
  }
}

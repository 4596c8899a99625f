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

class DelayAndRetentionTest extends EngineTestSupport {

  @Test
  void queueDelayHidesNewMessages() {
    String url = createQueue("q", "DelaySeconds", "10");
    send(url, "a");
    assertThat(receive(url)).isEmpty();
    counts(url, 0, 0, 1);
    advance(10);
    assertThat(receive(url)).hasSize(1);
  }

  @Test
  void messageDelayOverridesQueueDelay() {
    String url = createQueue("q", "DelaySeconds", "10");
    call("SendMessage", "QueueUrl", url, "MessageBody", "a", "DelaySeconds", 0);
    List<Map<String, Object>> first = receive(url);
    assertThat(first).hasSize(1);
    delete(url, first.get(0));
    call("SendMessage", "QueueUrl", url, "MessageBody", "b", "DelaySeconds", 100);
    advance(99);
    assertThat(receive(url)).isEmpty();
    advance(1);
    assertThat(receive(url)).hasSize(1);
  }

  @Test
  void messageDelayAboveNineHundredSecondsIsRejected() {
    String url = createQueue("q");
    SqsError e =
        error(() -> call("SendMessage", "QueueUrl", url, "MessageBody", "a", "DelaySeconds", 901));
    assertError(
        e,
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "Value 901 for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <="
            + " 900.");
  }

  @Test
  void fifoQueueRejectsPerMessageDelay() {
    String url = createFifoQueue("q.fifo", "ContentBasedDeduplication", "true");
    SqsError e =
        error(
            () ->
                call(
                    "SendMessage",
                    "QueueUrl",
                    url,
                    "MessageBody",
                    "a",
                    "DelaySeconds",
                    2,
                    "MessageGroupId",
                    "g"));
    assertError(
        e,
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "Value 2 for parameter DelaySeconds is invalid. Reason: The request include parameter that"
            + " is not valid for this queue type.");
  }

  @Test
  void fifoZeroMessageDelayMeansTheQueueDelay() {
    String url =
        createFifoQueue("q.fifo", "ContentBasedDeduplication", "true", "DelaySeconds", "5");
    call(
        "SendMessage",
        "QueueUrl",
        url,
        "MessageBody",
        "a",
        "DelaySeconds",
        0,
        "MessageGroupId",
        "g");
    assertThat(receive(url)).isEmpty();
    advance(5);
    assertThat(receive(url)).hasSize(1);
  }

  @Test
  void messagesPastRetentionPeriodAreDeleted() {
    String url = createQueue("q", "MessageRetentionPeriod", "60");
    send(url, "old");
    advance(30);
    send(url, "new");
    advance(30);
    counts(url, 1, 0, 0);
    Map<String, Object> m = receive(url).get(0);
    assertThat(m).containsEntry("Body", "new");
  }

  @Test
  void retentionAlsoEndsInFlightMessages() {
    String url = createQueue("q", "MessageRetentionPeriod", "60", "VisibilityTimeout", "120");
    send(url, "a");
    receive(url);
    counts(url, 0, 1, 0);
    advance(60);
    counts(url, 0, 0, 0);
    advance(60);
    assertThat(receive(url)).isEmpty();
  }

  @Test
  void aFifoQueueDelayIsRetroactiveAndAStandardOneIsNot() {
    // SQS Developer Guide, delay queues: changing a FIFO queue's DelaySeconds changes the delay of
    // the messages already in it; a standard queue's change only applies to new messages.
    String fifo = createFifoQueue("q.fifo", "ContentBasedDeduplication", "true");
    String std = createQueue("q");
    call("SendMessage", "QueueUrl", fifo, "MessageBody", "a", "MessageGroupId", "g");
    call("SendMessage", "QueueUrl", fifo, "MessageBody", "b", "MessageGroupId", "g");
    send(std, "s");
    advance(4);
    for (String url : List.of(fifo, std)) {
      call("SetQueueAttributes", "QueueUrl", url, "Attributes", Map.of("DelaySeconds", "10"));
    }
    counts(fifo, 0, 0, 2); // sent 4 s ago, now due 10 s after sending
    counts(std, 1, 0, 0);
    advance(5);
    assertThat(receiveMax(fifo)).isEmpty();
    advance(1);
    assertThat(receiveMax(fifo)).extracting(m -> m.get("Body")).containsExactly("a", "b");

    call("SendMessage", "QueueUrl", fifo, "MessageBody", "c", "MessageGroupId", "h");
    counts(fifo, 0, 2, 1);
    call("SetQueueAttributes", "QueueUrl", fifo, "Attributes", Map.of("DelaySeconds", "0"));
    counts(fifo, 1, 2, 0); // shown at once; the received ones keep their visibility timeout
    assertThat(receiveMax(fifo)).extracting(m -> m.get("Body")).containsExactly("c");
  }
}

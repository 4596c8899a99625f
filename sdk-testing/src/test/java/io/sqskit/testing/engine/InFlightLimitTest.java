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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The in-flight quota (SQS Developer Guide, queue quotas): at the limit, a short poll of a standard
 * queue fails with OverLimit, a long poll and a FIFO queue get nothing without error. A limit of
 * three stands in for SQS's 120,000.
 */
// Thread.yield lets the long poll reach its wait on two cores; no assertion relies on timing.
@SuppressWarnings("ThreadPriorityCheck")
class InFlightLimitTest extends EngineTestSupport {

  @Override
  SqsEngine.Builder configure(SqsEngine.Builder builder) {
    return builder.inFlightLimit(3);
  }

  private List<Map<String, Object>> receiveTen(String url, Object... extra) {
    Object[] all = new Object[extra.length + 2];
    all[0] = "MaxNumberOfMessages";
    all[1] = 10;
    System.arraycopy(extra, 0, all, 2, extra.length);
    return receive(url, all);
  }

  private void sendFive(String url, String group) {
    for (int i = 0; i < 5; i++) {
      if (group == null) {
        call("SendMessage", "QueueUrl", url, "MessageBody", "m" + i);
      } else {
        call(
            "SendMessage",
            "QueueUrl",
            url,
            "MessageBody",
            "m" + i,
            "MessageGroupId",
            group + i,
            "MessageDeduplicationId",
            "d" + i);
      }
    }
  }

  @Test
  void aShortPollAtTheLimitIsOverLimitAndADeleteMakesRoom() {
    String url = createQueue("q");
    sendFive(url, null);
    List<Map<String, Object>> first = receiveTen(url);
    assertThat(first).as("only up to the limit").hasSize(3);

    SqsError e = error(() -> receiveTen(url));
    assertThat(e.code()).isEqualTo(SqsErrorCode.OVER_LIMIT);
    assertThat(e.code().httpStatus()).isEqualTo(403);
    assertThat(e.code().queryCode()).isEqualTo("OverLimit");
    assertThat(e.jsonMessage())
        .isEqualTo(
            "Too many messages have been received without being deleted. Please delete your"
                + " received messages or let them timeout before receiving more.");

    call("DeleteMessage", "QueueUrl", url, "ReceiptHandle", first.get(0).get("ReceiptHandle"));
    assertThat(receiveTen(url)).hasSize(1);
    advance(30); // every visibility timeout ends: room for three again
    assertThat(receiveTen(url)).hasSize(3);
  }

  @Test
  void aLongPollAtTheLimitWaitsWithoutErrorAndTakesWhatADeleteFrees() throws Exception {
    String url = createQueue("q");
    sendFive(url, null);
    List<Map<String, Object>> first = receiveTen(url);
    CompletableFuture<List<Map<String, Object>>> poll =
        CompletableFuture.supplyAsync(() -> receiveTen(url, "WaitTimeSeconds", 20));
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (engine.waitingReceives(url) == 0 && !poll.isDone() && System.nanoTime() < until) {
      Thread.yield();
    }
    assertThat(poll).as("the long poll waits at the limit").isNotDone();
    call("DeleteMessage", "QueueUrl", url, "ReceiptHandle", first.get(0).get("ReceiptHandle"));
    assertThat(poll.get(10, TimeUnit.SECONDS)).hasSize(1);
  }

  @Test
  void aQueueDefaultLongPollIsALongPollToo() throws Exception {
    String url = createQueue("q", "ReceiveMessageWaitTimeSeconds", "1");
    sendFive(url, null);
    assertThat(receiveTen(url)).hasSize(3);
    CompletableFuture<List<Map<String, Object>>> poll =
        CompletableFuture.supplyAsync(() -> receiveTen(url));
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (engine.waitingReceives(url) == 0 && !poll.isDone() && System.nanoTime() < until) {
      Thread.yield();
    }
    advance(1); // the wait ends before any visibility timeout
    assertThat(poll.get(10, TimeUnit.SECONDS)).isEmpty();
  }

  @Test
  void aFifoQueueAtTheLimitReturnsNothingWithoutError() {
    String url = createFifoQueue("q.fifo");
    sendFive(url, "g"); // five groups, so the limit and not the groups stops the receive
    assertThat(receiveTen(url)).hasSize(3);
    assertThat(receiveTen(url)).isEmpty();
  }

  @Test
  void theLimitMustBePositive() {
    assertThatThrownBy(() -> SqsEngine.builder().inFlightLimit(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SqsEngine.create().inFlightLimit()).isEqualTo(120_000);
    assertThat(engine.toBuilder().build().inFlightLimit()).isEqualTo(3);
  }
}

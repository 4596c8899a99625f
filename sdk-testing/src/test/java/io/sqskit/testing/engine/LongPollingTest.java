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
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LongPollingTest extends EngineTestSupport {

  private CompletableFuture<List<Map<String, Object>>> receiveAsync(String url, Object... extra) {
    return CompletableFuture.supplyAsync(() -> receive(url, extra));
  }

  /**
   * Waits until a receive is parked on the queue (or the poll ended, which the test then reports),
   * so that what follows happens during the poll; fails after 10 s.
   */
  private void awaitWaiting(String url, CompletableFuture<?> poll) {
    awaitWaiting(engine, url, poll);
  }

  private static void awaitWaiting(SqsEngine engine, String url, CompletableFuture<?> poll) {
    await()
        .atMost(Duration.ofSeconds(10))
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(1))
        .until(() -> engine.waitingReceives(url) > 0 || poll.isDone());
  }

  @Test
  void longPollReturnsAsSoonAsAMessageIsSent() throws Exception {
    String url = createQueue("q");
    CompletableFuture<List<Map<String, Object>>> poll = receiveAsync(url, "WaitTimeSeconds", 20);
    awaitWaiting(url, poll);
    assertThat(poll).isNotDone();
    send(url, "hello");
    assertThat(poll.get(10, TimeUnit.SECONDS))
        .extracting(m -> m.get("Body"))
        .containsExactly("hello");
  }

  @Test
  void longPollWakesWhenADelayEndsOnTheClock() throws Exception {
    String url = createQueue("q");
    call("SendMessage", "QueueUrl", url, "MessageBody", "later", "DelaySeconds", 5);
    CompletableFuture<List<Map<String, Object>>> poll = receiveAsync(url, "WaitTimeSeconds", 10);
    awaitWaiting(url, poll);
    advance(5);
    assertThat(poll.get(10, TimeUnit.SECONDS)).hasSize(1);
  }

  @Test
  void longPollWakesWhenAVisibilityTimeoutEnds() throws Exception {
    String url = createQueue("q", "VisibilityTimeout", "3");
    send(url, "a");
    receive(url);
    CompletableFuture<List<Map<String, Object>>> poll = receiveAsync(url, "WaitTimeSeconds", 10);
    awaitWaiting(url, poll);
    advance(3);
    assertThat(poll.get(10, TimeUnit.SECONDS)).hasSize(1);
  }

  @Test
  void longPollEndsEmptyWhenTheWaitTimePasses() throws Exception {
    String url = createQueue("q");
    CompletableFuture<List<Map<String, Object>>> poll = receiveAsync(url, "WaitTimeSeconds", 20);
    awaitWaiting(url, poll);
    advance(19);
    assertThat(poll).isNotDone();
    advance(1);
    assertThat(poll.get(10, TimeUnit.SECONDS)).isEmpty();
  }

  @Test
  void queueReceiveWaitTimeIsTheDefaultWait() throws Exception {
    String url = createQueue("q", "ReceiveMessageWaitTimeSeconds", "20");
    CompletableFuture<List<Map<String, Object>>> poll = receiveAsync(url);
    awaitWaiting(url, poll);
    assertThat(poll).isNotDone();
    send(url, "x");
    assertThat(poll.get(10, TimeUnit.SECONDS)).hasSize(1);
  }

  @Test
  void zeroWaitOverridesQueueDefaultAndReturnsAtOnce() {
    String url = createQueue("q", "ReceiveMessageWaitTimeSeconds", "20");
    assertThat(receive(url, "WaitTimeSeconds", 0)).isEmpty();
  }

  @Test
  void waitTimeOutOfRangeIsRejectedAsRecorded() {
    String url = createQueue("q");
    assertError(
        error(() -> receive(url, "WaitTimeSeconds", 21)),
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "Value 21 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if"
            + " provided.");
    assertError(
        error(() -> receive(url, "WaitTimeSeconds", -1)),
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "Value -1 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if"
            + " provided.");
  }

  @Test
  void maxNumberOfMessagesOutOfRangeIsRejectedAsRecorded() {
    String url = createQueue("q");
    assertError(
        error(() -> receive(url, "MaxNumberOfMessages", 11)),
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10,"
            + " if provided.");
  }

  @Test
  void deletingTheQueueEndsAWaitingReceiveWithQueueDoesNotExist() throws Exception {
    String url = createQueue("q");
    CompletableFuture<List<Map<String, Object>>> poll = receiveAsync(url, "WaitTimeSeconds", 20);
    awaitWaiting(url, poll);
    call("DeleteQueue", "QueueUrl", url);
    assertThat(poll)
        .failsWithin(10, TimeUnit.SECONDS)
        .withThrowableThat()
        .havingRootCause()
        .isInstanceOf(SqsError.class);
  }

  @Test
  void realClockLongPollReturnsWhenMessageArrives() throws Exception {
    SqsEngine real = SqsEngine.create();
    String url = (String) real.execute(ctx, "CreateQueue", map("QueueName", "q")).get("QueueUrl");
    CompletableFuture<Map<String, Object>> poll =
        CompletableFuture.supplyAsync(
            () -> real.execute(ctx, "ReceiveMessage", map("QueueUrl", url, "WaitTimeSeconds", 20)));
    awaitWaiting(real, url, poll);
    assertThat(poll).isNotDone();
    real.execute(ctx, "SendMessage", map("QueueUrl", url, "MessageBody", "now"));
    assertThat(poll.get(10, TimeUnit.SECONDS)).containsKey("Messages");
  }
}

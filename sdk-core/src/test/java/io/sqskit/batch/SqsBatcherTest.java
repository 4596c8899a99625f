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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.client.SqsClient;
import io.sqskit.exception.InternalFailureException;
import io.sqskit.exception.InvalidMessageContentsException;
import io.sqskit.exception.ReceiptHandleIsInvalidException;
import io.sqskit.model.DeleteMessageResponse;
import io.sqskit.model.Message;
import io.sqskit.model.SendMessageRequest;
import io.sqskit.model.SendMessageResponse;
import io.sqskit.retry.RetryPolicy;
import io.sqskit.testing.engine.MessageSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class SqsBatcherTest {
  private static final Duration LONG_LINGER = Duration.ofHours(1);
  private static FakeSqs fake;
  private static SqsClient client;

  private final ManualTimer timer = new ManualTimer();
  private final List<SqsBatcher> batchers = new ArrayList<>();

  @BeforeAll
  static void start() {
    fake = new FakeSqs();
    client = fake.client(FakeSqs.QUICK_RETRIES);
  }

  @AfterAll
  static void stop() {
    client.close();
    fake.close();
  }

  @BeforeEach
  void noFaults() {
    fake.faults().clear();
  }

  @AfterEach
  void closeBatchers() {
    batchers.forEach(SqsBatcher::close);
    fake.faults().clear();
  }

  /** A batcher on the manual timer: partial batches go out only on flush, close or advance. */
  private SqsBatcher batcher(SqsClient on, Duration linger) {
    SqsBatcher b = SqsBatcher.builder().client(on).maxLinger(linger).timer(timer).build();
    batchers.add(b);
    return b;
  }

  private static SendMessageRequest send(String url, String body) {
    return SendMessageRequest.builder().queueUrl(url).messageBody(body).build();
  }

  private static List<Message> receiveAll(String url, int expected) {
    List<Message> got = new ArrayList<>();
    while (got.size() < expected) {
      List<Message> page =
          client
              .receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(0))
              .messages();
      if (page.isEmpty()) {
        break;
      }
      got.addAll(page);
    }
    return got;
  }

  @Test
  void sendsChangesVisibilityAndDeletesInFullBatches() {
    String url = fake.queue(client, "trio");
    SqsBatcher batcher = batcher(client, LONG_LINGER);

    List<CompletableFuture<SendMessageResponse>> sent = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      sent.add(batcher.sendMessage(send(url, "m" + i)));
    }
    // Two full batches go at once; the last five wait for maxLinger (an hour) or a flush.
    sent.subList(0, 20).forEach(CompletableFuture::join);
    assertThat(sent.get(24)).isNotDone();
    assertThat(batcher.stats().entriesPerBatch().get(9)).isEqualTo(2);
    batcher.flush();
    List<String> ids = sent.stream().map(f -> f.join().messageId()).toList();
    assertThat(ids).doesNotHaveDuplicates().hasSize(25);
    // Two full batches went out at once: their order in the queue is either.
    assertThat(fake.messages(url))
        .extracting(MessageSnapshot::messageId)
        .containsExactlyInAnyOrderElementsOf(ids);

    List<Message> received = receiveAll(url, 25);
    assertThat(received).hasSize(25);
    CompletableFuture<?>[] changed =
        received.stream()
            .map(m -> batcher.changeMessageVisibility(url, m.receiptHandle(), 0))
            .toArray(CompletableFuture[]::new);
    batcher.flush();
    CompletableFuture.allOf(changed).join();
    List<Message> again = receiveAll(url, 25);
    assertThat(again).hasSize(25);
    List<CompletableFuture<DeleteMessageResponse>> deleted =
        again.stream().map(m -> batcher.deleteMessage(url, m.receiptHandle())).toList();
    batcher.flush();
    deleted.forEach(CompletableFuture::join);

    assertThat(fake.messages(url)).isEmpty();
    BatcherStats stats = batcher.stats();
    // 25 sends = 10 + 10 + 5; 25 changes and 25 deletes likewise.
    assertThat(stats.batchesSent()).isEqualTo(9);
    assertThat(stats.entriesPerBatch().get(9)).isEqualTo(6);
    assertThat(stats.entriesPerBatch().get(4)).isEqualTo(3);
    assertThat(stats.meanEntriesPerBatch()).isEqualTo(75.0 / 9);
    assertThat(stats.entriesFailed()).isZero();
  }

  @Test
  void partialBatchFailuresFailOnlyTheirEntriesWithTheSingleCallsException() {
    String url = fake.queue(client, "partial");
    SqsBatcher batcher = batcher(client, LONG_LINGER);
    CompletableFuture<SendMessageResponse> good = batcher.sendMessage(send(url, "fine"));
    // U+0001 is outside SQS's allowed characters; the client leaves that to SQS.
    CompletableFuture<SendMessageResponse> bad = batcher.sendMessage(send(url, "bad \u0001"));
    batcher.flush();

    assertThat(good.join().messageId()).isNotNull();
    assertThatThrownBy(bad::join)
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(InvalidMessageContentsException.class)
        .satisfies(
            e ->
                assertThat(singleCallError(() -> client.sendMessage(send(url, "bad \u0001"))))
                    .isInstanceOf(e.getClass()));

    Message m = receiveAll(url, 1).get(0);
    CompletableFuture<DeleteMessageResponse> deleted =
        batcher.deleteMessage(url, m.receiptHandle());
    CompletableFuture<DeleteMessageResponse> invalid = batcher.deleteMessage(url, "not-a-handle");
    batcher.flush();
    deleted.join();
    assertThatThrownBy(invalid::join).cause().isInstanceOf(ReceiptHandleIsInvalidException.class);
    assertThat(batcher.stats().entriesFailed()).isEqualTo(2);
    assertThat(batcher.stats().entriesRetried()).isZero();
  }

  private static Throwable singleCallError(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("the single call succeeded");
  }

  @Test
  void serviceSideEntryFailuresAreRetriedAloneUntilTheyPass() {
    String url = fake.queue(client, "retry");
    Map<String, Integer> failuresLeft = new ConcurrentHashMap<>(Map.of("b", 1, "d", 2));
    FlakyEntriesClient flaky =
        new FlakyEntriesClient(
            client,
            body -> failuresLeft.computeIfPresent(body, (k, n) -> n > 0 ? n - 1 : null) != null,
            handle -> false);
    SqsBatcher batcher = batcher(flaky, LONG_LINGER);
    List<CompletableFuture<SendMessageResponse>> sent = new ArrayList<>();
    for (String body : List.of("a", "b", "c", "d", "e")) {
      sent.add(batcher.sendMessage(send(url, body)));
    }
    batcher.flush();

    sent.forEach(CompletableFuture::join);
    assertThat(fake.messages(url))
        .extracting(MessageSnapshot::body)
        .containsExactlyInAnyOrder("a", "b", "c", "d", "e");
    BatcherStats stats = batcher.stats();
    // 5 entries, then b and d again, then d alone.
    assertThat(stats.batchesSent()).isEqualTo(3);
    assertThat(stats.entriesSent()).isEqualTo(8);
    assertThat(stats.entriesRetried()).isEqualTo(3);
    assertThat(stats.entriesFailed()).isZero();
  }

  @Test
  void anEntryStillFailingWhenAttemptsRunOutFailsWithTheTypedServiceException() {
    String url = fake.queue(client, "exhausted");
    FlakyEntriesClient flaky =
        new FlakyEntriesClient(client, body -> body.equals("doomed"), handle -> false);
    SqsBatcher batcher = batcher(flaky, LONG_LINGER);
    CompletableFuture<SendMessageResponse> doomed = batcher.sendMessage(send(url, "doomed"));
    CompletableFuture<SendMessageResponse> fine = batcher.sendMessage(send(url, "fine"));
    batcher.flush();

    fine.join();
    assertThatThrownBy(doomed::join)
        .cause()
        .isInstanceOf(InternalFailureException.class)
        .hasMessageContaining(FlakyEntriesClient.MESSAGE)
        .hasMessageContaining("InternalError, 500");
    // QUICK_RETRIES allows 3 attempts.
    assertThat(flaky.failedEntries).hasValue(3);
    assertThat(batcher.stats().entriesRetried()).isEqualTo(2);
    assertThat(batcher.stats().entriesFailed()).isEqualTo(1);
  }

  @Test
  void retriesWaitForTheBackoffOnTheTimer() {
    String url = fake.queue(client, "backoff");
    SqsClient slowRetries =
        fake.client(
            RetryPolicy.builder().baseDelay(Duration.ofSeconds(1)).retryQuota(false).build());
    try {
      AtomicInteger failures = new AtomicInteger(1);
      FlakyEntriesClient flaky =
          new FlakyEntriesClient(
              slowRetries, body -> failures.getAndDecrement() > 0, handle -> false);
      SqsBatcher batcher = batcher(flaky, LONG_LINGER);
      CompletableFuture<SendMessageResponse> sent = batcher.sendMessage(send(url, "later"));
      batcher.flush();
      // The sender thread schedules the retry (under the lock that counts it); wait for that.
      org.awaitility.Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> batcher.stats().entriesRetried() == 1);
      assertThat(sent).isNotDone();

      timer.advance(Duration.ofSeconds(1));
      assertThat(sent.join().messageId()).isNotNull();
    } finally {
      slowRetries.close();
    }
  }
}

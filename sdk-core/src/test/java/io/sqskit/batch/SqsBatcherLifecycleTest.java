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
import io.sqskit.exception.RequestThrottledException;
import io.sqskit.exception.SqsClientException;
import io.sqskit.model.MessageAttributeValue;
import io.sqskit.model.SendMessageRequest;
import io.sqskit.model.SendMessageResponse;
import io.sqskit.testing.engine.MessageSnapshot;
import io.sqskit.testing.server.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Limits, FIFO order, linger, back-pressure, close and failures of whole calls. */
@Timeout(120)
class SqsBatcherLifecycleTest {
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

  @AfterEach
  void closeBatchers() {
    batchers.forEach(SqsBatcher::close);
    fake.faults().clear();
  }

  private SqsBatcher batcher(Consumer<SqsBatcher.Builder> settings) {
    SqsBatcher.Builder builder =
        SqsBatcher.builder().client(client).maxLinger(LONG_LINGER).timer(timer);
    settings.accept(builder);
    SqsBatcher b = builder.build();
    batchers.add(b);
    return b;
  }

  private static SendMessageRequest send(String url, String body) {
    return SendMessageRequest.builder().queueUrl(url).messageBody(body).build();
  }

  @Test
  void aPartialBatchGoesOutWhenItsFirstEntryHasWaitedMaxLinger() {
    String url = fake.queue(client, "linger");
    SqsBatcher batcher = batcher(b -> b.maxLinger(Duration.ofMillis(20)));
    CompletableFuture<SendMessageResponse> first = batcher.sendMessage(send(url, "1"));
    timer.advance(Duration.ofMillis(15));
    CompletableFuture<SendMessageResponse> second = batcher.sendMessage(send(url, "2"));
    assertThat(batcher.stats().batchesSent()).isZero();

    timer.advance(Duration.ofMillis(5));

    first.join();
    second.join();
    assertThat(batcher.stats().entriesPerBatch().get(1)).isEqualTo(1);
    assertThat(batcher.stats().lingerWaited()).isEqualTo(Duration.ofMillis(20));
  }

  @Test
  void withZeroLingerAnIdleBatcherSendsAtOnce() {
    String url = fake.queue(client, "eager");
    SqsBatcher batcher = batcher(b -> b.maxLinger(Duration.ZERO));
    assertThat(batcher.sendMessage(send(url, "now")).join().messageId()).isNotNull();
    assertThat(batcher.stats().entriesPerBatch().get(0)).isEqualTo(1);
  }

  @Test
  void batchesSplitWhereTheNextEntryWouldExceedTheByteLimit() {
    String url = fake.queue(client, "bytes");
    SqsBatcher batcher = batcher(b -> {});
    String body = "x".repeat(400 * 1024);
    // 400 KiB body + attribute "k" (1) + "String" (6) + "v" (1).
    SendMessageRequest withAttribute =
        send(url, body).toBuilder()
            .messageAttribute("k", MessageAttributeValue.ofString("v"))
            .build();
    List<CompletableFuture<SendMessageResponse>> sent = new ArrayList<>();
    sent.add(batcher.sendMessage(withAttribute));
    sent.add(batcher.sendMessage(send(url, body)));
    // Three bodies of 400 KiB exceed 1 MiB: the first two are complete without waiting.
    sent.add(batcher.sendMessage(send(url, body)));
    sent.get(0).join();
    sent.get(1).join();
    assertThat(sent.get(2)).isNotDone();
    // Exactly the limit fits alone.
    sent.add(
        batcher.sendMessage(send(url, "y".repeat(SqsBatcher.MAX_BATCH_BYTES - 400 * 1024 - 1))));
    assertThat(sent.get(3)).isNotDone();
    String whole = "z".repeat(SqsBatcher.MAX_BATCH_BYTES);
    sent.add(batcher.sendMessage(send(url, whole)));
    batcher.flush();
    sent.forEach(CompletableFuture::join);

    assertThat(batcher.stats().entriesPerBatch().subList(0, 2)).containsExactly(1L, 2L);
    assertThat(batcher.stats().batchesSent()).isEqualTo(3);
    assertThat(fake.messages(url)).hasSize(5);
  }

  @Test
  void badInputFailsBeforeBufferingWithTheClientsMessage() {
    String url = fake.queue(client, "bad");
    SqsBatcher batcher = batcher(b -> {});
    SendMessageRequest noBody = SendMessageRequest.builder().queueUrl(url).build();
    SendMessageRequest badAttribute =
        send(url, "b").toBuilder()
            .messageAttribute("AWS.x", MessageAttributeValue.ofString("v"))
            .build();
    SendMessageRequest badDelay = send(url, "b").toBuilder().delaySeconds(901).build();
    for (SendMessageRequest r : List.of(noBody, badAttribute, badDelay)) {
      String expected = singleCallMessage(() -> client.sendMessage(r));
      assertThatThrownBy(() -> batcher.sendMessage(r))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(expected);
    }
    String visibility =
        singleCallMessage(
            () ->
                client.changeMessageVisibility(
                    r -> r.queueUrl(url).receiptHandle("h").visibilityTimeout(43_201)));
    assertThatThrownBy(() -> batcher.changeMessageVisibility(url, "h", 43_201))
        .hasMessage(visibility);
    assertThatThrownBy(
            () -> batcher.sendMessage(send(url, "x".repeat(SqsBatcher.MAX_BATCH_BYTES + 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Message must be shorter than 1048576 bytes");
    assertThatThrownBy(() -> batcher.sendMessage(send(url + ".fifo", "no group")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The request must contain the parameter MessageGroupId.");
    assertThat(batcher.pendingEntries()).isZero();
    assertThat(batcher.stats().batchesSent()).isZero();
  }

  private static String singleCallMessage(Runnable call) {
    try {
      call.run();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("the client accepted the request");
  }

  @Test
  void aFullBufferBlocksUpToItsTimeoutThenFailsClearly() {
    String url = fake.queue(client, "full");
    SqsBatcher batcher = batcher(b -> b.maxBufferedEntries(2).bufferTimeout(Duration.ZERO));
    CompletableFuture<SendMessageResponse> one = batcher.sendMessage(send(url, "1"));
    CompletableFuture<SendMessageResponse> two = batcher.sendMessage(send(url, "2"));
    assertThatThrownBy(() -> batcher.sendMessage(send(url, "3")))
        .isInstanceOf(SqsClientException.class)
        .hasMessageContaining("buffer full: 2 entries (maxBufferedEntries)");
    batcher.flush();
    one.join();
    two.join();
    // Room again once entries complete.
    CompletableFuture<SendMessageResponse> four = batcher.sendMessage(send(url, "4"));
    batcher.flush();
    four.join();
    assertThat(fake.messages(url)).extracting(MessageSnapshot::body).containsExactly("1", "2", "4");
  }

  @Test
  void closeSendsEverythingWaitsAndThenRefusesNewEntries() {
    String url = fake.queue(client, "close");
    SqsBatcher batcher = batcher(b -> {});
    List<CompletableFuture<SendMessageResponse>> sent = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      sent.add(batcher.sendMessage(send(url, "c" + i)));
    }
    assertThat(sent.get(12)).isNotDone();

    batcher.close();

    assertThat(sent).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
    assertThat(batcher.pendingEntries()).isZero();
    assertThat(fake.messages(url)).hasSize(13);
    assertThatThrownBy(() -> batcher.sendMessage(send(url, "late")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("SqsBatcher is closed: it accepts no new entries");
    assertThatThrownBy(() -> batcher.deleteMessage(url, "h"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aWholeBatchFailingRetryablyIsRetriedByTheClientAndFailsEveryEntryWhenAttemptsRunOut() {
    String url = fake.queue(client, "throttled");
    SqsBatcher batcher = batcher(b -> {});
    fake.faults().add(Fault.throttle().action("SendMessageBatch").times(2));
    CompletableFuture<SendMessageResponse> retried = batcher.sendMessage(send(url, "once"));
    batcher.flush();
    assertThat(retried.join().messageId()).isNotNull();

    fake.faults().add(Fault.throttle().action("SendMessageBatch"));
    CompletableFuture<SendMessageResponse> a = batcher.sendMessage(send(url, "a"));
    CompletableFuture<SendMessageResponse> b = batcher.sendMessage(send(url, "b"));
    batcher.flush();
    for (CompletableFuture<SendMessageResponse> f : List.of(a, b)) {
      assertThatThrownBy(f::join).cause().isInstanceOf(RequestThrottledException.class);
    }
    assertThat(fake.messages(url)).extracting(MessageSnapshot::body).containsExactly("once");
  }

  @Test
  void batchedSendsAreCheckedForMd5AsTheSingleCallIs() {
    String url = fake.queue(client, "md5");
    SqsBatcher batcher = batcher(b -> {});
    fake.faults().add(Fault.corruptMd5().action("SendMessageBatch").times(1));
    CompletableFuture<SendMessageResponse> sent = batcher.sendMessage(send(url, "digest"));
    batcher.flush();
    assertThatThrownBy(sent::join)
        .cause()
        .isInstanceOf(SqsClientException.class)
        .hasMessageContaining("MD5OfMessageBody");
  }

  @Test
  void aClientClosedUnderneathFailsEveryFuture() {
    SqsClient own = fake.client(FakeSqs.QUICK_RETRIES);
    String url = fake.queue(own, "gone");
    SqsBatcher batcher = batcher(b -> b.client(own));
    CompletableFuture<SendMessageResponse> sent = batcher.sendMessage(send(url, "orphan"));
    own.close();
    batcher.flush();
    assertThatThrownBy(sent::join).cause().isInstanceOf(IllegalStateException.class);
    // The entry's slot is given back before its future completes, so this holds at once.
    assertThat(batcher.pendingEntries()).isZero();
  }

  @Test
  void fifoSendsKeepTheirOrderWithinEachGroupFromEightThreads() throws Exception {
    String url = fake.fifoQueue(client, "order");
    // Every fifth entry fails on its first try, so retries happen between ordered entries.
    java.util.Set<String> failedOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();
    FlakyEntriesClient flaky =
        new FlakyEntriesClient(
            client,
            body -> (body.endsWith("0") || body.endsWith("5")) && failedOnce.add(body),
            h -> false);
    SqsBatcher batcher =
        SqsBatcher.builder().client(flaky).maxLinger(Duration.ZERO).maxBatchesInFlight(4).build();
    batchers.add(batcher);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    List<Future<List<CompletableFuture<SendMessageResponse>>>> work = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      String group = "g" + t;
      work.add(
          threads.submit(
              () -> {
                List<CompletableFuture<SendMessageResponse>> mine = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                  mine.add(
                      batcher.sendMessage(
                          send(url, group + "-" + i).toBuilder().messageGroupId(group).build()));
                }
                return mine;
              }));
    }
    Map<String, List<String>> succeeded = new java.util.HashMap<>();
    for (int t = 0; t < 8; t++) {
      List<String> ok = new ArrayList<>();
      List<CompletableFuture<SendMessageResponse>> mine = work.get(t).get();
      for (int i = 0; i < mine.size(); i++) {
        CompletableFuture<SendMessageResponse> f = mine.get(i);
        try {
          f.join();
          ok.add("g" + t + "-" + i);
        } catch (java.util.concurrent.CompletionException e) {
          assertThat(e.getCause()).isInstanceOf(io.sqskit.exception.InternalFailureException.class);
        }
      }
      succeeded.put("g" + t, ok);
    }
    threads.shutdown();

    List<MessageSnapshot> inQueue = fake.messages(url);
    for (int t = 0; t < 8; t++) {
      String group = "g" + t;
      assertThat(
              inQueue.stream()
                  .filter(m -> group.equals(m.messageGroupId()))
                  .map(MessageSnapshot::body))
          .as("group %s in queue order", group)
          .containsExactlyElementsOf(succeeded.get(group));
    }
    assertThat(batcher.stats().entriesRetried()).isPositive();
  }
}

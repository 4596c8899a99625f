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

import io.sqskit.client.SqsClient;
import io.sqskit.model.DeleteMessageBatchRequest;
import io.sqskit.model.DeleteMessageBatchResponse;
import io.sqskit.model.Message;
import io.sqskit.model.SendMessageBatchRequest;
import io.sqskit.model.SendMessageBatchResponse;
import io.sqskit.model.SendMessageRequest;
import io.sqskit.model.SendMessageResponse;
import io.sqskit.testing.engine.MessageSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * With {@code maxLinger} zero, the blocking drop-in sends an entry that would go out alone on the
 * calling thread; everything else goes through the sender threads, with the same results.
 */
@Timeout(120)
class SqsBatcherCallerThreadTest {
  private static FakeSqs fake;
  private static SqsClient client;

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
  }

  /** Remembers the thread of every batch call; a call may be held until {@link #release}. */
  private static final class ThreadRecordingClient extends DelegatingSqsClient {
    final List<String> threads = new CopyOnWriteArrayList<>();
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release;

    ThreadRecordingClient(SqsClient delegate, boolean hold) {
      super(delegate);
      this.release = new CountDownLatch(hold ? 1 : 0);
    }

    @Override
    public SendMessageBatchResponse sendMessageBatch(SendMessageBatchRequest request) {
      threads.add(Thread.currentThread().getName());
      entered.countDown();
      try {
        if (!release.await(60, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the test never released the call");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return delegate.sendMessageBatch(request);
    }

    @Override
    public DeleteMessageBatchResponse deleteMessageBatch(DeleteMessageBatchRequest request) {
      threads.add(Thread.currentThread().getName());
      return delegate.deleteMessageBatch(request);
    }
  }

  private SqsBatcher batcher(SqsClient on, int inFlight) {
    SqsBatcher b =
        SqsBatcher.builder()
            .client(on)
            .maxLinger(Duration.ZERO)
            .maxBatchesInFlight(inFlight)
            .build();
    batchers.add(b);
    return b;
  }

  private static SendMessageRequest send(String url, String body) {
    return SendMessageRequest.builder().queueUrl(url).messageBody(body).build();
  }

  @Test
  void theDropInSendsALoneEntryOnTheCallersThreadWhenMaxLingerIsZero() {
    String url = fake.queue(client, "inline");
    ThreadRecordingClient recording = new ThreadRecordingClient(client, false);
    SqsBatcher batcher = batcher(recording, 4);
    SqsClient dropIn = batcher.asClient();

    SendMessageResponse sent = dropIn.sendMessage(send(url, "alone"));
    Message received =
        client.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(0)).messages().get(0);
    dropIn.deleteMessage(r -> r.queueUrl(url).receiptHandle(received.receiptHandle()));

    String caller = Thread.currentThread().getName();
    assertThat(recording.threads).containsExactly(caller, caller);
    assertThat(received.messageId()).isEqualTo(sent.messageId());
    assertThat(fake.messages(url)).isEmpty();
    assertThat(batcher.stats().entriesPerBatch().get(0)).isEqualTo(2);
    assertThat(batcher.pendingEntries()).isZero();
  }

  @Test
  void theAsynchronousCallsNeverSendOnTheCallersThread() {
    String url = fake.queue(client, "async");
    ThreadRecordingClient recording = new ThreadRecordingClient(client, false);
    SqsBatcher batcher = batcher(recording, 4);

    batcher.sendMessage(send(url, "handed over")).join();

    assertThat(recording.threads).singleElement().asString().contains("-sender-");
  }

  @Test
  void theDropInWaitsItsTurnWhenNoBatchCallMayStart() throws Exception {
    String url = fake.queue(client, "turn");
    ThreadRecordingClient recording = new ThreadRecordingClient(client, true);
    SqsBatcher batcher = batcher(recording, 1);
    CompletableFuture<SendMessageResponse> first = batcher.sendMessage(send(url, "first"));
    assertThat(recording.entered.await(30, TimeUnit.SECONDS)).isTrue();

    // The only batch slot is taken: the drop-in's entry is buffered for the sender threads.
    CompletableFuture<SendMessageResponse> second =
        CompletableFuture.supplyAsync(() -> batcher.asClient().sendMessage(send(url, "second")));
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> batcher.pendingEntries() == 2);
    recording.release.countDown();

    first.join();
    second.join();
    assertThat(recording.threads).hasSize(2).allSatisfy(t -> assertThat(t).contains("-sender-"));
    assertThat(fake.messages(url))
        .extracting(MessageSnapshot::body)
        .containsExactly("first", "second");
  }

  @Test
  void anEntrySentOnTheCallersThreadIsRetriedAsAnyOtherAfterAServiceSideFailure() {
    String url = fake.queue(client, "retry");
    AtomicBoolean failedOnce = new AtomicBoolean();
    FlakyEntriesClient flaky =
        new FlakyEntriesClient(client, body -> failedOnce.compareAndSet(false, true), h -> false);
    SqsBatcher batcher = batcher(flaky, 4);

    SendMessageResponse sent = batcher.asClient().sendMessage(send(url, "flaky"));

    assertThat(flaky.failedEntries).hasValue(1);
    assertThat(batcher.stats().entriesRetried()).isEqualTo(1);
    assertThat(fake.messages(url))
        .extracting(MessageSnapshot::messageId)
        .containsExactly(sent.messageId());
  }
}

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

import io.sqskit.client.SqsClient;
import io.sqskit.exception.SqsClientException;
import io.sqskit.model.ChangeMessageVisibilityResponse;
import io.sqskit.model.DeleteMessageResponse;
import io.sqskit.model.SendMessageRequest;
import io.sqskit.model.SendMessageResponse;
import io.sqskit.retry.RetryPolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Automatic batching above any {@link SqsClient}: single sends, deletes and visibility changes go
 * out as {@code SendMessageBatch}, {@code DeleteMessageBatch} and {@code
 * ChangeMessageVisibilityBatch} calls of up to 10 entries, and each call's future gets its own
 * entry's result.
 *
 * <pre>{@code
 * try (SqsBatcher batcher = SqsBatcher.builder().client(client).build()) {
 *   CompletableFuture<SendMessageResponse> sent =
 *       batcher.sendMessage(SendMessageRequest.builder().queueUrl(url).messageBody("hi").build());
 *   batcher.deleteMessage(url, receiptHandle);
 *   SqsClient batching = batcher.asClient(); // blocking drop-in
 * }
 * }</pre>
 *
 * <p>Entries are grouped per queue URL and action. A batch goes out as soon as it is full (10
 * entries, or the next entry would take its payload over {@link Builder#maxBatchBytes}), when its
 * first entry has waited {@link Builder#maxLinger}, on {@link #flush()}, and on {@link #close()};
 * full batches go before partial ones, and at most {@link Builder#maxBatchesInFlight} batch calls
 * run at once, so under load entries gather into full batches while the calls in flight are busy.
 *
 * <p>Failures: an entry SQS fails with {@code SenderFault=false} (or with a throttling code) is
 * tried again, as an entry of a later batch, after a backoff, as long as the client's {@link
 * RetryPolicy} allows attempts; other entry failures complete the entry's future with the typed
 * exception the single call would throw. A batch call that fails as a whole (throttling, 5xx, I/O)
 * has already been retried by the client under the same policy, so its error completes every
 * entry's future. Every future completes, also when the client is closed underneath or on {@link
 * #close()}.
 *
 * <p>FIFO queues (URL ending in {@code .fifo}): SQS applies a batch's entries in order, so sends
 * keep their submission order within each message group: a FIFO queue has at most one send batch in
 * flight, and an entry to retry goes back to the head of the queue's buffer before anything later
 * is sent. If a later entry of the same group in the same batch has already succeeded, the failed
 * entry is not retried (that would put it behind its successor): its future fails instead.
 *
 * <p>Thread-safe; one batcher per application is enough. It uses one daemon timer thread and at
 * most {@code maxBatchesInFlight} daemon sender threads; none per queue.
 *
 * @since 0.1
 */
public final class SqsBatcher implements AutoCloseable {
  /** SQS's limit on entries per batch call. */
  public static final int MAX_ENTRIES = 10;

  /**
   * SQS's limit on a batch's payload, the sum of its messages' sizes (body and message attributes):
   * 1 MiB since August 2025.
   */
  public static final int MAX_BATCH_BYTES = 1_048_576;

  /** Default for {@link Builder#maxLinger(Duration)}. */
  public static final Duration DEFAULT_MAX_LINGER = Duration.ofMillis(5);

  /** Default for {@link Builder#maxBatchesInFlight(int)}. */
  public static final int DEFAULT_MAX_BATCHES_IN_FLIGHT = 16;

  /** Default for {@link Builder#maxBufferedEntries(int)}. */
  public static final int DEFAULT_MAX_BUFFERED_ENTRIES = 1_000;

  /** Default for {@link Builder#bufferTimeout(Duration)}. */
  public static final Duration DEFAULT_BUFFER_TIMEOUT = Duration.ofSeconds(10);

  /** Default for {@link Builder#closeTimeout(Duration)}. */
  public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(60);

  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final SqsClient client;
  private final int maxBatchBytes;
  private final Duration closeTimeout;
  private final Timer timer;
  private final EntryLedger ledger;
  private final Dispatcher dispatcher;

  private SqsBatcher(Builder b, SqsClient client) {
    this.client = client;
    this.maxBatchBytes = b.maxBatchBytes;
    this.closeTimeout = b.closeTimeout;
    String name = "sqskit-batcher-" + INSTANCES.incrementAndGet();
    this.timer = b.timer != null ? b.timer : Timer.system(name + "-timer");
    this.ledger = new EntryLedger(b.maxBufferedEntries, b.bufferTimeout);
    this.dispatcher =
        new Dispatcher(
            b.maxLinger.toNanos(),
            maxBatchBytes,
            b.maxBatchesInFlight,
            timer,
            ledger,
            new BatchRunner(client, ledger),
            name);
  }

  /** {@return a builder; {@link Builder#client(SqsClient)} is required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Buffers a send; the future completes with what {@link
   * SqsClient#sendMessage(SendMessageRequest)} would return, or with the exception it would throw.
   *
   * @param request the message to send
   * @return the send's result, when its batch has been answered
   * @throws IllegalArgumentException for a request the client would reject, a FIFO send without a
   *     message group, or a message larger than {@link Builder#maxBatchBytes}; nothing is buffered
   * @throws IllegalStateException after {@link #close()}
   * @throws SqsClientException when the buffer stayed full for {@link Builder#bufferTimeout}
   */
  public CompletableFuture<SendMessageResponse> sendMessage(SendMessageRequest request) {
    return sendMessage(request, false);
  }

  /** As {@link #sendMessage(SendMessageRequest)}; {@code callerWaits}: see {@link #submit}. */
  CompletableFuture<SendMessageResponse> sendMessage(
      SendMessageRequest request, boolean callerWaits) {
    Objects.requireNonNull(request, "request");
    int size = EntryChecks.send(request, maxBatchBytes);
    String queueUrl = Objects.requireNonNull(request.queueUrl());
    return cast(submit(Entry.send(queueUrl, request, size, timer.nanoTime()), callerWaits));
  }

  /**
   * Buffers a delete of the message received with {@code receiptHandle}; the future completes as
   * {@link SqsClient#deleteMessage(String, String)} would return or throw.
   *
   * @param queueUrl the queue's URL
   * @param receiptHandle the handle of the receive
   * @return the delete's result, when its batch has been answered
   * @throws IllegalArgumentException for a missing queue URL or receipt handle
   * @throws IllegalStateException after {@link #close()}
   * @throws SqsClientException when the buffer stayed full for {@link Builder#bufferTimeout}
   */
  public CompletableFuture<DeleteMessageResponse> deleteMessage(
      String queueUrl, String receiptHandle) {
    return deleteMessage(queueUrl, receiptHandle, false);
  }

  /** As {@link #deleteMessage(String, String)}; {@code callerWaits}: see {@link #submit}. */
  CompletableFuture<DeleteMessageResponse> deleteMessage(
      String queueUrl, String receiptHandle, boolean callerWaits) {
    EntryChecks.delete(queueUrl, receiptHandle);
    return cast(submit(Entry.delete(queueUrl, receiptHandle, timer.nanoTime()), callerWaits));
  }

  /**
   * Buffers a change of a received message's visibility timeout to {@code seconds} (0 to 43,200);
   * the future completes as {@link SqsClient#changeMessageVisibility} would return or throw.
   *
   * @param queueUrl the queue's URL
   * @param receiptHandle the handle of the receive
   * @param seconds the new visibility timeout, counted from now
   * @return the change's result, when its batch has been answered
   * @throws IllegalArgumentException for a missing queue URL or receipt handle, or seconds out of
   *     range
   * @throws IllegalStateException after {@link #close()}
   * @throws SqsClientException when the buffer stayed full for {@link Builder#bufferTimeout}
   */
  public CompletableFuture<ChangeMessageVisibilityResponse> changeMessageVisibility(
      String queueUrl, String receiptHandle, int seconds) {
    return changeMessageVisibility(queueUrl, receiptHandle, seconds, false);
  }

  /** As {@link #changeMessageVisibility(String, String, int)}; see {@link #submit}. */
  CompletableFuture<ChangeMessageVisibilityResponse> changeMessageVisibility(
      String queueUrl, String receiptHandle, int seconds, boolean callerWaits) {
    EntryChecks.changeVisibility(queueUrl, receiptHandle, seconds);
    Entry e = Entry.changeVisibility(queueUrl, receiptHandle, seconds, timer.nanoTime());
    return cast(submit(e, callerWaits));
  }

  /**
   * A blocking {@link SqsClient} whose {@code sendMessage}, {@code deleteMessage} and {@code
   * changeMessageVisibility} go through this batcher (each call waits for its entry's result) and
   * whose other calls go straight to the underlying client. Closing it closes this batcher, not the
   * underlying client; {@code toBuilder()} builds a plain client with the underlying settings. With
   * {@link Builder#maxLinger} zero, a call whose entry would go out alone (a batch call may start
   * and nothing else waits for its queue and action) is sent as a batch of one on the calling
   * thread, which waits for it anyway; results and retries are those of any batch.
   *
   * @return the drop-in client
   */
  public SqsClient asClient() {
    return new BatchingSqsClient(this, client);
  }

  /** Sends everything buffered now, without waiting for {@code maxLinger}; does not block. */
  public void flush() {
    dispatcher.flush();
  }

  /** {@return what this batcher has done so far} */
  public BatcherStats stats() {
    return ledger.stats();
  }

  /**
   * {@return entries accepted and not yet completed (buffered, in flight or waiting for a retry)}
   */
  public int pendingEntries() {
    return ledger.pending();
  }

  /**
   * Sends everything buffered, waits (up to {@link Builder#closeTimeout}) until every entry has
   * completed, and from the start refuses new entries with {@link IllegalStateException}. Entries
   * still incomplete after the timeout, or when the waiting thread is interrupted, fail with an
   * {@link SqsClientException}. The underlying client stays open. Idempotent.
   */
  @Override
  public void close() {
    dispatcher.close();
    boolean interrupted = false;
    try {
      ledger.awaitIdle(System.nanoTime() + closeTimeout.toNanos());
    } catch (InterruptedException e) {
      interrupted = true;
    }
    for (Entry e : ledger.pendingEntries()) {
      ledger.fail(
          e,
          new SqsClientException(
              "SqsBatcher closed before this entry completed (waited up to "
                  + closeTimeout
                  + " for it)"));
    }
    dispatcher.shutdown();
    timer.shutdown();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Accepts an entry: waits for room, then buffers it. {@code callerWaits} says that the calling
   * thread will wait for the entry's result anyway (the blocking drop-in), so that with {@code
   * maxLinger} zero an entry that would go out alone is sent on that thread.
   */
  private CompletableFuture<Object> submit(Entry e, boolean callerWaits) {
    if (dispatcher.isClosed()) {
      throw Dispatcher.closedException();
    }
    ledger.acquireRoom();
    dispatcher.add(e, callerWaits);
    return e.future;
  }

  @SuppressWarnings("unchecked")
  private static <T> CompletableFuture<T> cast(CompletableFuture<Object> future) {
    return (CompletableFuture<T>) (CompletableFuture<?>) future;
  }

  /** Collects the settings of a batcher; not thread-safe. */
  public static final class Builder {
    private @Nullable SqsClient client;
    private Duration maxLinger = DEFAULT_MAX_LINGER;
    private int maxBatchBytes = MAX_BATCH_BYTES;
    private int maxBatchesInFlight = DEFAULT_MAX_BATCHES_IN_FLIGHT;
    private int maxBufferedEntries = DEFAULT_MAX_BUFFERED_ENTRIES;
    private Duration bufferTimeout = DEFAULT_BUFFER_TIMEOUT;
    private Duration closeTimeout = DEFAULT_CLOSE_TIMEOUT;
    private @Nullable Timer timer;

    private Builder() {}

    /**
     * The client batch calls go through (required); the batcher never closes it.
     *
     * @param client the client
     * @return this builder
     */
    public Builder client(SqsClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * How long the first entry of a partial batch may wait for more (default 5 ms); zero sends
     * whatever is buffered whenever a batch call may start.
     *
     * @param maxLinger zero or more
     * @return this builder
     */
    public Builder maxLinger(Duration maxLinger) {
      this.maxLinger = nonNegative("maxLinger", maxLinger);
      return this;
    }

    /**
     * The most message bytes (bodies and message attributes, as SQS counts them) in one send batch
     * (default and maximum {@link #MAX_BATCH_BYTES}); lower it for a server with a smaller limit,
     * e.g. 262,144 for SQS before August 2025. A single larger message is rejected.
     *
     * @param maxBatchBytes 1 to {@link #MAX_BATCH_BYTES}
     * @return this builder
     */
    public Builder maxBatchBytes(int maxBatchBytes) {
      if (maxBatchBytes < 1 || maxBatchBytes > MAX_BATCH_BYTES) {
        throw new IllegalArgumentException(
            "maxBatchBytes must be between 1 and " + MAX_BATCH_BYTES + ": " + maxBatchBytes);
      }
      this.maxBatchBytes = maxBatchBytes;
      return this;
    }

    /**
     * The most batch calls running at once, which is also the number of sender threads (16).
     *
     * @param maxBatchesInFlight one or more
     * @return this builder
     */
    public Builder maxBatchesInFlight(int maxBatchesInFlight) {
      if (maxBatchesInFlight < 1) {
        throw new IllegalArgumentException(
            "maxBatchesInFlight must be at least 1: " + maxBatchesInFlight);
      }
      this.maxBatchesInFlight = maxBatchesInFlight;
      return this;
    }

    /**
     * The most entries accepted and not yet completed (default 1,000); a call beyond it blocks up
     * to {@link #bufferTimeout(Duration)}.
     *
     * @param maxBufferedEntries one or more
     * @return this builder
     */
    public Builder maxBufferedEntries(int maxBufferedEntries) {
      if (maxBufferedEntries < 1) {
        throw new IllegalArgumentException(
            "maxBufferedEntries must be at least 1: " + maxBufferedEntries);
      }
      this.maxBufferedEntries = maxBufferedEntries;
      return this;
    }

    /**
     * How long a call waits for room in a full buffer before failing with {@link
     * SqsClientException} (default 10 s).
     *
     * @param bufferTimeout zero or more
     * @return this builder
     */
    public Builder bufferTimeout(Duration bufferTimeout) {
      this.bufferTimeout = nonNegative("bufferTimeout", bufferTimeout);
      return this;
    }

    /**
     * How long {@link SqsBatcher#close()} waits for entries to complete (default 60 s).
     *
     * @param closeTimeout zero or more
     * @return this builder
     */
    public Builder closeTimeout(Duration closeTimeout) {
      this.closeTimeout = nonNegative("closeTimeout", closeTimeout);
      return this;
    }

    /** Time and delayed tasks; for tests. */
    Builder timer(Timer timer) {
      this.timer = Objects.requireNonNull(timer, "timer");
      return this;
    }

    /**
     * Builds the batcher and starts its timer thread.
     *
     * @return the batcher
     * @throws IllegalStateException when no client was given
     */
    public SqsBatcher build() {
      if (client == null) {
        throw new IllegalStateException("SqsBatcher.Builder: client(SqsClient) is required");
      }
      return new SqsBatcher(this, client);
    }

    private static Duration nonNegative(String name, Duration value) {
      Objects.requireNonNull(value, name);
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative: " + value);
      }
      return value;
    }
  }
}

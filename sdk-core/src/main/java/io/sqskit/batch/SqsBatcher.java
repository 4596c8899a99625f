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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
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
  private static final long CLOSE_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private final SqsClient client;
  private final RetryPolicy retryPolicy;
  private final long lingerNanos;
  private final int maxBatchBytes;
  private final int maxInFlight;
  private final int maxBuffered;
  private final Duration bufferTimeout;
  private final Duration closeTimeout;
  private final Timer timer;
  private final ThreadPoolExecutor senders;
  private final Semaphore room;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition idle = lock.newCondition();
  private final Map<Key, Buffer> buffers = new LinkedHashMap<>();
  private final Set<Entry> live = ConcurrentHashMap.newKeySet();
  private int inFlight;
  private volatile boolean closed;

  private final LongAdder batchesSent = new LongAdder();
  private final LongAdder entriesSent = new LongAdder();
  private final AtomicLongArray histogram = new AtomicLongArray(MAX_ENTRIES);
  private final LongAdder entriesRetried = new LongAdder();
  private final LongAdder entriesFailed = new LongAdder();
  private final LongAdder lingerWaited = new LongAdder();

  private SqsBatcher(Builder b, SqsClient client) {
    this.client = client;
    this.retryPolicy = client.config().retryPolicy();
    this.lingerNanos = b.maxLinger.toNanos();
    this.maxBatchBytes = b.maxBatchBytes;
    this.maxInFlight = b.maxBatchesInFlight;
    this.maxBuffered = b.maxBufferedEntries;
    this.bufferTimeout = b.bufferTimeout;
    this.closeTimeout = b.closeTimeout;
    int id = INSTANCES.incrementAndGet();
    this.timer = b.timer != null ? b.timer : Timer.system("sqskit-batcher-" + id + "-timer");
    AtomicInteger senderIds = new AtomicInteger();
    this.senders =
        new ThreadPoolExecutor(
            maxInFlight,
            maxInFlight,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            runnable -> {
              Thread t =
                  new Thread(
                      runnable, "sqskit-batcher-" + id + "-sender-" + senderIds.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    senders.allowCoreThreadTimeOut(true);
    this.room = new Semaphore(maxBuffered);
  }

  /** A builder; {@link Builder#client(SqsClient)} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Buffers a send; the future completes with what {@link
   * SqsClient#sendMessage(SendMessageRequest)} would return, or with the exception it would throw.
   *
   * @throws IllegalArgumentException for a request the client would reject, a FIFO send without a
   *     message group, or a message larger than {@link Builder#maxBatchBytes}; nothing is buffered
   * @throws IllegalStateException after {@link #close()}
   * @throws SqsClientException when the buffer stayed full for {@link Builder#bufferTimeout}
   */
  public CompletableFuture<SendMessageResponse> sendMessage(SendMessageRequest request) {
    Objects.requireNonNull(request, "request");
    int size = EntryChecks.send(request, maxBatchBytes);
    String queueUrl = Objects.requireNonNull(request.queueUrl());
    return cast(submit(Entry.send(queueUrl, request, size, timer.nanoTime())));
  }

  /**
   * Buffers a delete of the message received with {@code receiptHandle}; the future completes as
   * {@link SqsClient#deleteMessage(String, String)} would return or throw.
   *
   * @throws IllegalArgumentException for a missing queue URL or receipt handle
   * @throws IllegalStateException after {@link #close()}
   * @throws SqsClientException when the buffer stayed full for {@link Builder#bufferTimeout}
   */
  public CompletableFuture<DeleteMessageResponse> deleteMessage(
      String queueUrl, String receiptHandle) {
    EntryChecks.delete(queueUrl, receiptHandle);
    return cast(submit(Entry.delete(queueUrl, receiptHandle, timer.nanoTime())));
  }

  /**
   * Buffers a change of a received message's visibility timeout to {@code seconds} (0 to 43,200);
   * the future completes as {@link SqsClient#changeMessageVisibility} would return or throw.
   *
   * @throws IllegalArgumentException for a missing queue URL or receipt handle, or seconds out of
   *     range
   * @throws IllegalStateException after {@link #close()}
   * @throws SqsClientException when the buffer stayed full for {@link Builder#bufferTimeout}
   */
  public CompletableFuture<ChangeMessageVisibilityResponse> changeMessageVisibility(
      String queueUrl, String receiptHandle, int seconds) {
    EntryChecks.changeVisibility(queueUrl, receiptHandle, seconds);
    return cast(submit(Entry.changeVisibility(queueUrl, receiptHandle, seconds, timer.nanoTime())));
  }

  /**
   * A blocking {@link SqsClient} whose {@code sendMessage}, {@code deleteMessage} and {@code
   * changeMessageVisibility} go through this batcher (each call waits for its entry's result) and
   * whose other calls go straight to the underlying client. Closing it closes this batcher, not the
   * underlying client; {@code toBuilder()} builds a plain client with the underlying settings.
   */
  public SqsClient asClient() {
    return new BatchingSqsClient(this, client);
  }

  /** Sends everything buffered now, without waiting for {@code maxLinger}; does not block. */
  public void flush() {
    List<Batch> launch;
    lock.lock();
    try {
      for (Buffer b : buffers.values()) {
        b.flush = !b.entries.isEmpty();
      }
      launch = dispatchLocked();
    } finally {
      lock.unlock();
    }
    launch(launch);
  }

  /** What this batcher has done so far. */
  public BatcherStats stats() {
    List<Long> perBatch = new ArrayList<>(MAX_ENTRIES);
    for (int i = 0; i < MAX_ENTRIES; i++) {
      perBatch.add(histogram.get(i));
    }
    return new BatcherStats(
        batchesSent.sum(),
        entriesSent.sum(),
        perBatch,
        entriesRetried.sum(),
        entriesFailed.sum(),
        Duration.ofNanos(lingerWaited.sum()));
  }

  /** Entries accepted and not yet completed (buffered, in flight or waiting for a retry). */
  public int pendingEntries() {
    return live.size();
  }

  /**
   * Sends everything buffered, waits (up to {@link Builder#closeTimeout}) until every entry has
   * completed, and from the start refuses new entries with {@link IllegalStateException}. Entries
   * still incomplete after the timeout, or when the waiting thread is interrupted, fail with an
   * {@link SqsClientException}. The underlying client stays open. Idempotent.
   */
  @Override
  public void close() {
    List<Batch> launch = List.of();
    lock.lock();
    try {
      if (!closed) {
        closed = true;
        launch = dispatchLocked();
      }
    } finally {
      lock.unlock();
    }
    launch(launch);
    boolean interrupted = false;
    long deadline = System.nanoTime() + closeTimeout.toNanos();
    lock.lock();
    try {
      long remaining;
      while (!live.isEmpty() && (remaining = deadline - System.nanoTime()) > 0) {
        idle.awaitNanos(Math.min(remaining, CLOSE_POLL_NANOS));
      }
    } catch (InterruptedException e) {
      interrupted = true;
    } finally {
      lock.unlock();
    }
    for (Entry e : List.copyOf(live)) {
      fail(
          e,
          new SqsClientException(
              "SqsBatcher closed before this entry completed (waited up to "
                  + closeTimeout
                  + " for it)"));
    }
    senders.shutdownNow();
    timer.shutdown();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  // ---- buffering

  private CompletableFuture<Object> submit(Entry e) {
    if (closed) {
      throw closedException();
    }
    acquireRoom();
    List<Batch> launch;
    lock.lock();
    try {
      if (closed) {
        room.release();
        throw closedException();
      }
      live.add(e);
      Key key = new Key(e.action, e.queueUrl);
      Buffer b = buffers.get(key);
      if (b == null) {
        b = new Buffer(key, e.action == Action.SEND && EntryChecks.isFifo(e.queueUrl));
        buffers.put(key, b);
      }
      b.entries.addLast(e);
      b.bytes += e.size;
      launch = dispatchLocked();
    } finally {
      lock.unlock();
    }
    launch(launch);
    return e.future;
  }

  private void acquireRoom() {
    try {
      if (!room.tryAcquire(bufferTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new SqsClientException(
            "SqsBatcher buffer full: "
                + maxBuffered
                + " entries (maxBufferedEntries) were pending for "
                + bufferTimeout
                + " (bufferTimeout); nothing was buffered");
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new SqsClientException(
          "Interrupted while waiting for room in the SqsBatcher buffer; nothing was buffered", ex);
    }
  }

  private static IllegalStateException closedException() {
    return new IllegalStateException("SqsBatcher is closed: it accepts no new entries");
  }

  /**
   * Takes the batches that may go out now, full ones first, and arms linger timers for the rest.
   * Called with the lock held after every change; the caller launches the result after unlocking.
   */
  private List<Batch> dispatchLocked() {
    List<Batch> out = null;
    long now = timer.nanoTime();
    while (inFlight < maxInFlight && !buffers.isEmpty()) {
      Buffer pick = null;
      for (Buffer b : buffers.values()) {
        if (b.sendable() && b.complete(maxBatchBytes)) {
          pick = b;
          break;
        }
      }
      if (pick == null) {
        for (Buffer b : buffers.values()) {
          if (b.sendable() && (closed || b.flush || b.due(now, lingerNanos))) {
            pick = b;
            break;
          }
        }
      }
      if (pick == null) {
        break;
      }
      if (out == null) {
        out = new ArrayList<>();
      }
      out.add(pick.take(maxBatchBytes, now));
      inFlight++;
      pick.inFlight++;
      // Round robin: the buffer just served goes to the back.
      buffers.remove(pick.key);
      buffers.put(pick.key, pick);
    }
    if (lingerNanos > 0 && !closed) {
      for (Buffer b : buffers.values()) {
        if (!b.timerArmed && !b.entries.isEmpty() && !b.flush && !b.due(now, lingerNanos)) {
          b.timerArmed = true;
          Buffer armed = b;
          timer.schedule(() -> lingerElapsed(armed), lingerNanos - b.waited(now));
        }
      }
    }
    return out == null ? List.of() : out;
  }

  private void lingerElapsed(Buffer b) {
    List<Batch> launch;
    lock.lock();
    try {
      b.timerArmed = false;
      launch = dispatchLocked();
    } finally {
      lock.unlock();
    }
    launch(launch);
  }

  private void launch(List<Batch> batches) {
    for (Batch batch : batches) {
      try {
        senders.execute(() -> run(batch));
      } catch (RejectedExecutionException ex) {
        SqsClientException cause = new SqsClientException("SqsBatcher could not start a send", ex);
        for (Entry e : batch.entries) {
          fail(e, cause);
        }
        settle(batch, null, 0);
      }
    }
  }

  // ---- sending and results

  private void run(Batch batch) {
    List<Entry> entries = batch.entries;
    batchesSent.increment();
    entriesSent.add(entries.size());
    histogram.incrementAndGet(entries.size() - 1);
    lingerWaited.add(batch.lingerNanos);
    List<Entry> retry = null;
    long delay = 0;
    try {
      for (Entry e : entries) {
        e.attempts++;
      }
      List<BatchCall.Result> results =
          BatchCall.execute(client, batch.buffer.key.action, batch.buffer.key.queueUrl, entries);
      int maxAttempts = retryPolicy.effectiveMaxAttempts();
      for (int i = 0; i < entries.size(); i++) {
        Entry e = entries.get(i);
        BatchCall.Result r = results.get(i);
        if (r.error() == null) {
          complete(e, r.value());
        } else if (r.retry()
            && e.attempts < maxAttempts
            && !(batch.buffer.ordered && laterOfGroupSucceeded(entries, results, i))) {
          if (retry == null) {
            retry = new ArrayList<>();
          }
          retry.add(e);
          delay = Math.max(delay, backoff(e.attempts, r.throttled()));
        } else {
          fail(e, Objects.requireNonNull(r.error()));
        }
      }
    } catch (RuntimeException | Error unexpected) {
      // A bug of ours must not leave a future incomplete.
      for (Entry e : entries) {
        if (retry == null || !retry.contains(e)) {
          fail(e, unexpected);
        }
      }
    } finally {
      settle(batch, retry, delay);
    }
  }

  /** Whether an entry after {@code i} of the same message group succeeded in this batch. */
  private static boolean laterOfGroupSucceeded(
      List<Entry> entries, List<BatchCall.Result> results, int i) {
    String group = entries.get(i).groupId;
    for (int j = i + 1; j < entries.size(); j++) {
      if (Objects.equals(entries.get(j).groupId, group) && results.get(j).error() == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The backoff before retry {@code n} (1-based) of an entry, as the client's retry loop computes
   * it: a uniformly random duration up to {@code min(maxBackoff, base * 2^(n-1))}.
   */
  private long backoff(int attempt, boolean throttled) {
    Duration base = throttled ? retryPolicy.throttlingBaseDelay() : retryPolicy.baseDelay();
    long cap = retryPolicy.maxBackoff().toNanos();
    long ceiling = base.toNanos();
    for (int i = 1; i < attempt && ceiling < cap; i++) {
      ceiling *= 2;
    }
    ceiling = Math.min(ceiling, cap);
    return ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1);
  }

  /**
   * Frees the batch's slot, puts entries to retry back (now or after {@code delay}), dispatches.
   */
  private void settle(Batch batch, @Nullable List<Entry> retry, long delay) {
    Buffer b = batch.buffer;
    List<Batch> launch;
    lock.lock();
    try {
      inFlight--;
      if (retry != null) {
        entriesRetried.add(retry.size());
      }
      // An ordered (FIFO) buffer stays blocked until its entries to retry are back at its head.
      boolean holdBuffer = retry != null && b.ordered && delay > 0;
      if (!holdBuffer) {
        b.inFlight--;
      }
      if (retry != null && delay <= 0) {
        requeueLocked(b, retry);
      } else if (retry != null) {
        List<Entry> again = retry;
        timer.schedule(() -> requeueLater(b, again), delay);
      } else if (b.entries.isEmpty() && b.inFlight == 0 && buffers.get(b.key) == b) {
        buffers.remove(b.key);
      }
      launch = dispatchLocked();
    } finally {
      lock.unlock();
    }
    launch(launch);
  }

  private void requeueLater(Buffer b, List<Entry> retry) {
    List<Batch> launch = List.of();
    try {
      lock.lock();
      try {
        if (b.ordered) {
          b.inFlight--;
        }
        requeueLocked(b, retry);
        launch = dispatchLocked();
      } finally {
        lock.unlock();
      }
    } catch (RuntimeException | Error unexpected) {
      for (Entry e : retry) {
        fail(e, unexpected);
      }
    }
    launch(launch);
  }

  /** Puts entries back at the head of their buffer, in their original order. */
  private void requeueLocked(Buffer b, List<Entry> retry) {
    Buffer target = buffers.get(b.key);
    if (target == null) {
      target = b;
      buffers.put(b.key, b);
    }
    for (int i = retry.size() - 1; i >= 0; i--) {
      Entry e = retry.get(i);
      target.entries.addFirst(e);
      target.bytes += e.size;
    }
  }

  private void complete(Entry e, @Nullable Object value) {
    if (e.finish()) {
      e.future.complete(value);
      release(e);
    }
  }

  private void fail(Entry e, Throwable error) {
    if (e.finish()) {
      entriesFailed.increment();
      e.future.completeExceptionally(error);
      release(e);
    }
  }

  private void release(Entry e) {
    live.remove(e);
    room.release();
    if (closed && live.isEmpty()) {
      lock.lock();
      try {
        idle.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> CompletableFuture<T> cast(CompletableFuture<Object> future) {
    return (CompletableFuture<T>) (CompletableFuture<?>) future;
  }

  // ---- state

  /** Buffers are per action and queue URL. */
  private record Key(Action action, String queueUrl) {}

  /** One batch call: the entries, the buffer they came from, and how long the first one waited. */
  private record Batch(Buffer buffer, List<Entry> entries, long lingerNanos) {}

  /** The entries of one action and queue, in submission order; guarded by the batcher's lock. */
  private static final class Buffer {
    final Key key;

    /** FIFO sends: at most one batch in flight, so that group order holds. */
    final boolean ordered;

    final ArrayDeque<Entry> entries = new ArrayDeque<>();
    long bytes;
    int inFlight;
    boolean timerArmed;
    boolean flush;

    Buffer(Key key, boolean ordered) {
      this.key = key;
      this.ordered = ordered;
    }

    boolean sendable() {
      return !entries.isEmpty() && (!ordered || inFlight == 0);
    }

    /**
     * Whether the batch at the head is as big as it can get: 10 entries, or bytes are the limit.
     */
    boolean complete(int maxBatchBytes) {
      return entries.size() >= MAX_ENTRIES || bytes > maxBatchBytes;
    }

    /**
     * Whether the head entry may go in a partial batch: it has waited {@code lingerNanos}, or it is
     * an entry to retry (it waited before its first try already).
     */
    boolean due(long now, long lingerNanos) {
      Entry head = entries.peekFirst();
      return head != null && (head.attempts > 0 || now - head.enqueuedNanos >= lingerNanos);
    }

    /** How long the head entry has waited; negative when there is none. */
    long waited(long now) {
      Entry head = entries.peekFirst();
      return head == null ? -1 : now - head.enqueuedNanos;
    }

    Batch take(int maxBatchBytes, long now) {
      List<Entry> batch = new ArrayList<>(Math.min(entries.size(), MAX_ENTRIES));
      long taken = 0;
      long waited = waited(now);
      while (batch.size() < MAX_ENTRIES && !entries.isEmpty()) {
        Entry head = entries.peekFirst();
        if (!batch.isEmpty() && taken + head.size > maxBatchBytes) {
          break;
        }
        entries.pollFirst();
        batch.add(head);
        taken += head.size;
      }
      bytes -= taken;
      if (entries.isEmpty()) {
        flush = false;
      }
      return new Batch(this, batch, Math.max(0, waited));
    }
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

    /** The client batch calls go through (required); the batcher never closes it. */
    public Builder client(SqsClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * How long the first entry of a partial batch may wait for more (default 5 ms); zero sends
     * whatever is buffered whenever a batch call may start.
     */
    public Builder maxLinger(Duration maxLinger) {
      this.maxLinger = nonNegative("maxLinger", maxLinger);
      return this;
    }

    /**
     * The most message bytes (bodies and message attributes, as SQS counts them) in one send batch
     * (default and maximum {@link #MAX_BATCH_BYTES}); lower it for a server with a smaller limit,
     * e.g. 262,144 for SQS before August 2025. A single larger message is rejected.
     */
    public Builder maxBatchBytes(int maxBatchBytes) {
      if (maxBatchBytes < 1 || maxBatchBytes > MAX_BATCH_BYTES) {
        throw new IllegalArgumentException(
            "maxBatchBytes must be between 1 and " + MAX_BATCH_BYTES + ": " + maxBatchBytes);
      }
      this.maxBatchBytes = maxBatchBytes;
      return this;
    }

    /** The most batch calls running at once, which is also the number of sender threads (16). */
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
     */
    public Builder bufferTimeout(Duration bufferTimeout) {
      this.bufferTimeout = nonNegative("bufferTimeout", bufferTimeout);
      return this;
    }

    /** How long {@link SqsBatcher#close()} waits for entries to complete (default 60 s). */
    public Builder closeTimeout(Duration closeTimeout) {
      this.closeTimeout = nonNegative("closeTimeout", closeTimeout);
      return this;
    }

    /** Time and delayed tasks; for tests. */
    Builder timer(Timer timer) {
      this.timer = Objects.requireNonNull(timer, "timer");
      return this;
    }

    /** The batcher; fails with {@link IllegalStateException} when no client was given. */
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

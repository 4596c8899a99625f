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

import io.sqskit.exception.SqsClientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * The batcher's account of its entries: the bound on those accepted and not yet completed, their
 * completion (exactly once each), and the figures {@link SqsBatcher#stats()} reports. Thread-safe.
 *
 * <p>An entry's slot is given back before its future completes, so code that runs when a future
 * completes (a callback, or the thread that waited for it) sees the entry neither pending nor
 * holding room in the buffer.
 */
final class EntryLedger {
  private final int maxBuffered;
  private final Duration bufferTimeout;
  private final Semaphore room;
  private final Set<Entry> live = ConcurrentHashMap.newKeySet();

  /** Entries released and whose futures are being completed; {@link #awaitIdle} waits for them. */
  private final AtomicInteger completing = new AtomicInteger();

  private final Object idle = new Object();

  private final LongAdder batchesSent = new LongAdder();
  private final LongAdder entriesSent = new LongAdder();
  private final AtomicLongArray histogram = new AtomicLongArray(SqsBatcher.MAX_ENTRIES);
  private final LongAdder entriesRetried = new LongAdder();
  private final LongAdder entriesFailed = new LongAdder();
  private final LongAdder lingerWaited = new LongAdder();

  EntryLedger(int maxBuffered, Duration bufferTimeout) {
    this.maxBuffered = maxBuffered;
    this.bufferTimeout = bufferTimeout;
    this.room = new Semaphore(maxBuffered);
  }

  /** Takes one slot, waiting up to the buffer timeout; throws when none came free. */
  void acquireRoom() {
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

  /** Gives back a slot taken for an entry that was then refused. */
  void returnRoom() {
    room.release();
  }

  /** Counts an accepted entry as pending. */
  void accept(Entry e) {
    live.add(e);
  }

  /** Entries accepted and not yet completed. */
  int pending() {
    return live.size();
  }

  /** The entries not yet completed, at this moment. */
  List<Entry> pendingEntries() {
    return new ArrayList<>(live);
  }

  /** Completes an entry's future with its value, unless it completed before. */
  void complete(Entry e, @Nullable Object value) {
    if (e.finish()) {
      release(e);
      try {
        e.future.complete(value);
      } finally {
        settled();
      }
    }
  }

  /** Completes an entry's future with an error, unless it completed before. */
  void fail(Entry e, Throwable error) {
    if (e.finish()) {
      entriesFailed.increment();
      release(e);
      try {
        e.future.completeExceptionally(error);
      } finally {
        settled();
      }
    }
  }

  private void release(Entry e) {
    completing.incrementAndGet();
    live.remove(e);
    room.release();
  }

  private void settled() {
    if (completing.decrementAndGet() == 0 && live.isEmpty()) {
      synchronized (idle) {
        idle.notifyAll();
      }
    }
  }

  /**
   * Waits until every accepted entry has completed (its future included) or {@code deadline}
   * ({@link System#nanoTime()}) has passed.
   *
   * @throws InterruptedException when the waiting thread is interrupted
   */
  void awaitIdle(long deadline) throws InterruptedException {
    synchronized (idle) {
      long remaining;
      while ((!live.isEmpty() || completing.get() > 0)
          && (remaining = deadline - System.nanoTime()) > 0) {
        TimeUnit.NANOSECONDS.timedWait(
            idle, Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(50)));
      }
    }
  }

  /** Counts a batch call about to be made. */
  void recordBatch(int entries, long lingerNanos) {
    batchesSent.increment();
    entriesSent.add(entries);
    histogram.incrementAndGet(entries - 1);
    lingerWaited.add(lingerNanos);
  }

  /** Counts entries put back for another try. */
  void recordRetried(int entries) {
    entriesRetried.add(entries);
  }

  /** The figures so far. */
  BatcherStats stats() {
    List<Long> perBatch = new ArrayList<>(SqsBatcher.MAX_ENTRIES);
    for (int i = 0; i < SqsBatcher.MAX_ENTRIES; i++) {
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
}

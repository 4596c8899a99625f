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

import io.sqskit.batch.QueueBuffer.Batch;
import io.sqskit.exception.SqsClientException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The per-queue buffers and the batch calls in flight: decides which batch goes out when (full
 * batches first, then those whose first entry has waited {@code maxLinger}, round robin between
 * queues), arms the linger timers, hands batches to the sender threads and takes back entries to
 * retry. One lock guards the buffers; no batch call runs under it.
 */
final class Dispatcher {
  private final long lingerNanos;
  private final int maxBatchBytes;
  private final int maxInFlight;
  private final Timer timer;
  private final EntryLedger ledger;
  private final BatchRunner runner;
  private final ThreadPoolExecutor senders;

  private final ReentrantLock lock = new ReentrantLock();
  private final Map<QueueBuffer.Key, QueueBuffer> buffers = new LinkedHashMap<>();
  private int inFlight;
  private volatile boolean closed;

  Dispatcher(
      long lingerNanos,
      int maxBatchBytes,
      int maxInFlight,
      Timer timer,
      EntryLedger ledger,
      BatchRunner runner,
      String threadPrefix) {
    this.lingerNanos = lingerNanos;
    this.maxBatchBytes = maxBatchBytes;
    this.maxInFlight = maxInFlight;
    this.timer = timer;
    this.ledger = ledger;
    this.runner = runner;
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
                  new Thread(runnable, threadPrefix + "-sender-" + senderIds.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    senders.allowCoreThreadTimeOut(true);
  }

  boolean isClosed() {
    return closed;
  }

  /**
   * Buffers an accepted entry (its room already taken) and launches what may go out. When {@code
   * callerRuns}, the caller waits for the entry anyway: if {@code maxLinger} is zero, a batch call
   * may start and nothing else waits for this queue and action, the entry is taken as a batch of
   * its own and run on the caller's thread, sparing two thread hand-offs.
   *
   * @throws IllegalStateException when the batcher is closed (the room is given back)
   */
  void add(Entry e, boolean callerRuns) {
    List<Batch> launch;
    @Nullable Batch alone = null;
    lock.lock();
    try {
      if (closed) {
        ledger.returnRoom();
        throw closedException();
      }
      ledger.accept(e);
      QueueBuffer.Key key = new QueueBuffer.Key(e.action, e.queueUrl);
      QueueBuffer b = buffers.get(key);
      if (b == null) {
        b = new QueueBuffer(key, e.action == Action.SEND && EntryChecks.isFifo(e.queueUrl));
        buffers.put(key, b);
      }
      if (callerRuns && lingerNanos == 0 && inFlight < maxInFlight && b.idle()) {
        b.add(e);
        alone = startLocked(b, timer.nanoTime());
        launch = List.of();
      } else {
        b.add(e);
        launch = dispatchLocked();
      }
    } finally {
      lock.unlock();
    }
    launch(launch);
    if (alone != null) {
      execute(alone);
    }
  }

  static IllegalStateException closedException() {
    return new IllegalStateException("SqsBatcher is closed: it accepts no new entries");
  }

  /** Marks every non-empty buffer for sending now and launches what may go out. */
  void flush() {
    List<Batch> launch;
    lock.lock();
    try {
      for (QueueBuffer b : buffers.values()) {
        b.flush = !b.entries.isEmpty();
      }
      launch = dispatchLocked();
    } finally {
      lock.unlock();
    }
    launch(launch);
  }

  /** Refuses new entries from now on and launches everything buffered; false if closed before. */
  boolean close() {
    List<Batch> launch;
    lock.lock();
    try {
      if (closed) {
        return false;
      }
      closed = true;
      launch = dispatchLocked();
    } finally {
      lock.unlock();
    }
    launch(launch);
    return true;
  }

  /** Stops the sender threads. */
  void shutdown() {
    senders.shutdownNow();
  }

  /** Takes the batch at the head of {@code b} and counts it in flight. */
  private Batch startLocked(QueueBuffer b, long now) {
    Batch batch = b.take(maxBatchBytes, now);
    inFlight++;
    b.inFlight++;
    // Round robin: the buffer just served goes to the back.
    buffers.remove(b.key);
    buffers.put(b.key, b);
    return batch;
  }

  /**
   * Takes the batches that may go out now, full ones first, and arms linger timers for the rest.
   * Called with the lock held after every change; the caller launches the result after unlocking.
   */
  private List<Batch> dispatchLocked() {
    List<Batch> out = null;
    long now = timer.nanoTime();
    while (inFlight < maxInFlight && !buffers.isEmpty()) {
      QueueBuffer pick = null;
      for (QueueBuffer b : buffers.values()) {
        if (b.sendable() && b.complete(maxBatchBytes)) {
          pick = b;
          break;
        }
      }
      if (pick == null) {
        for (QueueBuffer b : buffers.values()) {
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
      out.add(startLocked(pick, now));
    }
    if (lingerNanos > 0 && !closed) {
      for (QueueBuffer b : buffers.values()) {
        if (!b.timerArmed && !b.entries.isEmpty() && !b.flush && !b.due(now, lingerNanos)) {
          b.timerArmed = true;
          QueueBuffer armed = b;
          timer.schedule(() -> lingerElapsed(armed), lingerNanos - b.waited(now));
        }
      }
    }
    return out == null ? List.of() : out;
  }

  private void lingerElapsed(QueueBuffer b) {
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
        senders.execute(() -> execute(batch));
      } catch (RejectedExecutionException ex) {
        SqsClientException cause = new SqsClientException("SqsBatcher could not start a send", ex);
        for (Entry e : batch.entries()) {
          ledger.fail(e, cause);
        }
        settle(batch, BatchRunner.Outcome.DONE);
      }
    }
  }

  private void execute(Batch batch) {
    BatchRunner.Outcome outcome = BatchRunner.Outcome.DONE;
    try {
      outcome = runner.run(batch);
    } finally {
      settle(batch, outcome);
    }
  }

  /** Frees the batch's slot, puts entries to retry back (now or after a delay), dispatches. */
  private void settle(Batch batch, BatchRunner.Outcome outcome) {
    QueueBuffer b = batch.buffer();
    List<Entry> retry = outcome.retry();
    long delay = outcome.delayNanos();
    List<Batch> launch;
    lock.lock();
    try {
      inFlight--;
      if (retry != null) {
        ledger.recordRetried(retry.size());
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

  private void requeueLater(QueueBuffer b, List<Entry> retry) {
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
        ledger.fail(e, unexpected);
      }
    }
    launch(launch);
  }

  /** Puts entries back at the head of their buffer, in their original order. */
  private void requeueLocked(QueueBuffer b, List<Entry> retry) {
    QueueBuffer target = buffers.get(b.key);
    if (target == null) {
      target = b;
      buffers.put(b.key, b);
    }
    target.requeue(retry);
  }
}

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
package io.sqskit.testing.engine.internal;

import io.sqskit.testing.engine.MessageEvent.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One queue: settings, tags and messages. Delayed and in-flight messages sit in heaps ordered by
 * due time; every message is indexed by id and linked in arrival order (for retention); visible
 * messages are ordered by the queue's {@link DeliveryOrder}, chosen once when the queue is created:
 * arrival order for a standard queue, message groups for a FIFO queue. Each operation is O(1) or
 * O(log n); the Approximate* counters follow the moves. Everything is guarded by {@link #lock};
 * time rules run lazily in {@link #refresh} whenever an operation touches the queue.
 */
final class QueueState {
  final ReentrantLock lock = new ReentrantLock();
  final Condition changed = lock.newCondition();

  /**
   * Receives waiting on {@link #changed} (see {@link ReceiveActions}); written with the lock, read
   * without it by clock listeners.
   */
  volatile int waiters;

  final long serial;
  final String account;
  final String name;
  final String arn;
  final boolean fifo;

  /** The FIFO rules (deduplication, receive attempts) of a FIFO queue; null on a standard one. */
  final @Nullable FifoOrder fifoOrder;

  final long createdMillis;
  long lastModifiedMillis;
  volatile QueueSettings settings;
  final Map<String, String> tags = new LinkedHashMap<>();
  long lastPurgeMillis = Long.MIN_VALUE;

  /** CloudWatch-style counters ({@code QueueCounters}), written under {@link #lock}. */
  long sentCount;

  long receivedCount;
  long deletedCount;
  long emptyReceiveCount;

  /** Set under the lock; read without it by the URL cache. */
  volatile boolean deleted;

  private final DeliveryOrder order;
  private final ArrivalList arrivals = new ArrivalList();
  private final MessageHeap delayed = new MessageHeap();
  private final MessageHeap inFlight = new MessageHeap();
  private final MessageIndex index = new MessageIndex();
  private int visibleCount;

  /** The messages' recorded events (for tests), or null when the engine records none. */
  final @Nullable HistoryLog history;

  QueueState(
      long serial,
      String account,
      String name,
      String region,
      QueueSettings settings,
      long now,
      boolean recordHistory) {
    this.history = recordHistory ? new HistoryLog(serial) : null;
    this.serial = serial;
    this.account = account;
    this.name = name;
    this.arn = Arns.queueArn(region, account, name);
    this.fifo = settings.fifo;
    this.fifoOrder = fifo ? new FifoOrder(serial) : null;
    this.order = fifoOrder != null ? fifoOrder : new StandardOrder();
    this.settings = settings;
    this.createdMillis = now;
    this.lastModifiedMillis = now;
  }

  int visibleCount() {
    return visibleCount;
  }

  int inFlightCount() {
    return inFlight.size();
  }

  int delayedCount() {
    return delayed.size();
  }

  /** The earliest due time among delayed and in-flight messages, or Long.MAX_VALUE. */
  long nextDue() {
    StoredMessage a = delayed.peek();
    StoredMessage b = inFlight.peek();
    return Math.min(a == null ? Long.MAX_VALUE : a.due(), b == null ? Long.MAX_VALUE : b.due());
  }

  /** Applies every time rule due at {@code now}: delays end, visibility expires, retention. */
  void refresh(long now) {
    StoredMessage m;
    while ((m = delayed.peek()) != null && m.due() <= now) {
      delayed.poll();
      makeVisible(m, false);
    }
    while ((m = inFlight.peek()) != null && m.due() <= now) {
      inFlight.poll();
      order.leaveFlight(m);
      makeVisible(m, true);
      HistoryLog.note(history, m, Kind.VISIBILITY_EXPIRED, m.due(), null); // when it ran out
    }
    // Arrival order is sent order except for messages moved in from another queue, which keep
    // their original SentTimestamp; those are caught when they would be delivered (admit).
    long retentionMillis = settings.messageRetentionPeriod * 1000L;
    while ((m = arrivals.oldest) != null && m.sentMillis + retentionMillis <= now) {
      HistoryLog.note(history, m, Kind.RETENTION_EXPIRED, m.sentMillis + retentionMillis, null);
      remove(m);
    }
    order.expire(now);
  }

  boolean expired(StoredMessage m, long now) {
    return retentionEnd(m) <= now;
  }

  /** When {@code m} reaches the queue's retention period. */
  private long retentionEnd(StoredMessage m) {
    return m.sentMillis + settings.messageRetentionPeriod * 1000L;
  }

  // ---------------------------------------------------------------- adding and removing

  /** Adds a new message: visible at once, or delayed until {@code now + delayMillis}. */
  void add(StoredMessage m, long delayMillis, long now) {
    arrivals.add(m);
    index.put(m);
    order.joined(m, true);
    if (delayMillis > 0) {
      m.state = StoredMessage.DELAYED;
      m.due(now + delayMillis);
      delayed.add(m);
    } else {
      makeVisible(m, false);
    }
    signalWaiters();
  }

  /** Makes {@code m} deliverable; a message back from flight goes before newer ones. */
  private void makeVisible(StoredMessage m, boolean returning) {
    m.state = StoredMessage.VISIBLE;
    visibleCount++;
    order.show(m, returning);
  }

  /** Takes a visible {@code m} out of the delivery order, into flight when {@code toFlight}. */
  private void unlinkVisible(StoredMessage m, boolean toFlight) {
    visibleCount--;
    order.hide(m, toFlight);
  }

  /** Removes {@code m} from the queue, whatever its state. */
  void remove(StoredMessage m) {
    switch (m.state) {
      case StoredMessage.VISIBLE -> unlinkVisible(m, false);
      case StoredMessage.DELAYED -> delayed.remove(m);
      case StoredMessage.IN_FLIGHT -> {
        inFlight.remove(m);
        order.leaveFlight(m);
      }
      default -> {
        return;
      }
    }
    m.state = StoredMessage.GONE;
    arrivals.remove(m);
    index.remove(m);
    order.left(m);
  }

  /**
   * The next message a move task takes, left where it is; null when none is visible. A standard
   * queue gives its oldest visible message ("oldest first", SQS Developer Guide, dead-letter queue
   * redrive); a FIFO queue the head of its first group that is not blocked by a message in flight.
   */
  @Nullable StoredMessage firstVisible() {
    return visibleCount == 0 ? null : order.firstVisible(arrivals.oldest);
  }

  /**
   * Puts back a message taken out to go to another queue (dead-letter redrive, a move task) when
   * that queue turned out to be gone: visible again at the head of the queue, or in sequence order
   * within its FIFO group, with its id, sequence number and receive count unchanged. It counts as
   * the newest arrival, so a later move task takes it last.
   */
  void restore(StoredMessage m, long now) {
    HistoryLog.note(history, m, Kind.RETURNED, now, "its destination was deleted");
    arrivals.add(m);
    index.put(m);
    order.joined(m, false);
    makeVisible(m, true);
    signalWaiters();
  }

  @Nullable StoredMessage find(long idHi, long idLo) {
    return index.get(idHi, idLo);
  }

  /**
   * Removes every message (PurgeQueue) in O(1): the structures are dropped whole. Nothing outside
   * them refers to a message, so old receipt handles simply find nothing.
   */
  void purge(long now) {
    HistoryLog.notePurge(history, arrivals, now);
    arrivals.clear();
    delayed.clear();
    inFlight.clear();
    index.clear();
    visibleCount = 0;
    order.clear();
  }

  // ---------------------------------------------------------------- receiving

  /**
   * Takes up to {@code max} deliverable messages and puts them in flight until {@code now +
   * visibilityMillis}. Messages past retention are dropped; messages whose receive count reached
   * the redrive policy's maxReceiveCount are removed and added to {@code deadLetters} for the
   * caller to move once this queue's lock is released.
   */
  List<StoredMessage> take(
      int max, long visibilityMillis, long now, boolean redrive, List<StoredMessage> deadLetters) {
    List<StoredMessage> out = new ArrayList<>(Math.min(max, 10));
    int maxReceives = redrive ? settings.maxReceiveCount : Integer.MAX_VALUE;
    order.startTake();
    StoredMessage m;
    while (out.size() < max && (m = order.nextToTake()) != null) {
      if (admit(m, now, maxReceives, deadLetters)) {
        unlinkVisible(m, true);
        m.received(now);
        fly(m, now + visibilityMillis);
        HistoryLog.noteReceive(history, m, now, now + visibilityMillis);
        out.add(m);
      }
    }
    return out;
  }

  /** False (and the message removed) when it expired or belongs in the dead-letter queue. */
  private boolean admit(
      StoredMessage m, long now, int maxReceives, List<StoredMessage> deadLetters) {
    if (expired(m, now)) {
      HistoryLog.note(history, m, Kind.RETENTION_EXPIRED, retentionEnd(m), null);
      remove(m);
      return false;
    }
    if (m.receiveCount >= maxReceives) {
      HistoryLog.note(history, m, Kind.DEAD_LETTERED, now, "to " + settings.deadLetterTargetArn);
      remove(m);
      deadLetters.add(m);
      return false;
    }
    return true;
  }

  private void fly(StoredMessage m, long due) {
    m.state = StoredMessage.IN_FLIGHT;
    m.due(due);
    inFlight.add(m);
  }

  /** Changes the visibility deadline of a message (in flight or, on standard queues, visible). */
  void changeVisibility(StoredMessage m, long due) {
    if (m.state == StoredMessage.IN_FLIGHT) {
      m.due(due);
      inFlight.update(m);
      return;
    }
    // A visible message whose last handle is used again goes back in flight (recorded:
    // test_change_message_visibility_after_visibility_timeout_expiration answers 200).
    unlinkVisible(m, true);
    fly(m, due);
  }

  /** Wakes receives waiting on this queue. Call with the lock held. */
  void signalWaiters() {
    if (waiters > 0) {
      changed.signalAll();
    }
  }

  /**
   * Re-times every message not yet received to its send time plus {@code delayMillis}: hidden
   * again, or shown early in its place. A FIFO queue's DelaySeconds is retroactive (SQS Developer
   * Guide, delay queues), so the caller applies this to FIFO queues after a change; standard queues
   * keep each message's delay as it was sent. O(n): it visits the queue.
   */
  void applyQueueDelay(long delayMillis, long now) {
    forEach(
        m -> {
          if (m.receiveCount != 0
              || (m.state != StoredMessage.VISIBLE && m.state != StoredMessage.DELAYED)) {
            return;
          }
          if (m.state == StoredMessage.DELAYED) {
            delayed.remove(m);
          } else {
            unlinkVisible(m, false);
          }
          long due = m.sentMillis + delayMillis;
          if (due > now) {
            m.state = StoredMessage.DELAYED;
            m.due(due);
            delayed.add(m);
          } else {
            makeVisible(m, true); // in sequence order within its group
          }
        });
    signalWaiters();
  }

  /** Visits every message in arrival order (inspection). */
  void forEach(Consumer<StoredMessage> action) {
    arrivals.forEach(action);
  }
}

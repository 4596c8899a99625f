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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * One queue: settings, tags and messages. Standard queues keep visible messages in a linked list in
 * arrival order; FIFO queues keep one lane per message group plus a list of groups free to deliver.
 * Delayed and in-flight messages sit in heaps ordered by due time, and every message is indexed by
 * id and linked in arrival order (for retention). Each operation is O(1) or O(log n); the
 * Approximate* counters follow the moves. Everything is guarded by {@link #lock}; time rules run
 * lazily in {@link #refresh} whenever an operation touches the queue.
 */
public final class QueueState {
  /** FIFO deduplication and receive-attempt window (semantics.md, "FIFO"). */
  static final long FIVE_MINUTES = 300_000L;

  final ReentrantLock lock = new ReentrantLock();
  final Condition changed = lock.newCondition();

  /** Receives waiting on {@link #changed}; read without the lock by clock listeners. */
  volatile int waiters;

  final long serial;
  final String account;
  final String name;
  final String arn;
  final boolean fifo;
  final long createdMillis;
  long lastModifiedMillis;
  volatile QueueSettings settings;
  final Map<String, String> tags = new LinkedHashMap<>();
  long lastPurgeMillis = Long.MIN_VALUE;

  /** Set under the lock; read without it by the URL cache. */
  volatile boolean deleted;

  // Standard queues: visible messages in arrival order.
  private @Nullable StoredMessage visibleHead;
  private @Nullable StoredMessage visibleTail;
  // All messages in arrival order.
  private @Nullable StoredMessage oldest;
  private @Nullable StoredMessage newest;
  private final MessageHeap delayed = new MessageHeap();
  private final MessageHeap inFlight = new MessageHeap();
  private final MessageIndex index = new MessageIndex();
  private int visibleCount;

  // FIFO queues.
  private final Map<String, Group> groups = new HashMap<>();
  private @Nullable Group freeHead;
  private @Nullable Group freeTail;
  private final LinkedHashMap<String, Dedup> dedup = new LinkedHashMap<>();
  private final LinkedHashMap<String, Attempt> attempts = new LinkedHashMap<>();
  private long nextSequence;

  QueueState(
      long serial, String account, String name, String region, QueueSettings settings, long now) {
    this.serial = serial;
    this.account = account;
    this.name = name;
    this.arn = Arns.queueArn(region, account, name);
    this.fifo = settings.fifo;
    this.settings = settings;
    this.createdMillis = now;
    this.lastModifiedMillis = now;
    // SQS sequence numbers are 20-digit, large and increasing; we start high and step by a gap.
    this.nextSequence = 18_000_000_000_000_000L + (serial << 20);
  }

  public String name() {
    return name;
  }

  public String account() {
    return account;
  }

  public String arn() {
    return arn;
  }

  public boolean fifo() {
    return fifo;
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
    long d = Long.MAX_VALUE;
    StoredMessage a = delayed.peek();
    if (a != null) {
      d = a.due();
    }
    StoredMessage b = inFlight.peek();
    if (b != null && b.due() < d) {
      d = b.due();
    }
    return d;
  }

  /** Applies every time rule due at {@code now}: delays end, visibility expires, retention. */
  void refresh(long now) {
    StoredMessage m;
    while ((m = delayed.peek()) != null && m.due() <= now) {
      delayed.poll();
      if (fifo) {
        group(m).delayed--;
      }
      makeVisible(m, false);
    }
    while ((m = inFlight.peek()) != null && m.due() <= now) {
      inFlight.poll();
      if (fifo) {
        group(m).inFlight--;
      }
      makeVisible(m, true);
    }
    // Arrival order is sent order except for messages moved in from another queue, which keep
    // their original SentTimestamp; those are caught when they would be delivered (admit).
    long retentionMillis = settings.messageRetentionPeriod * 1000L;
    while ((m = oldest) != null && m.sentMillis + retentionMillis <= now) {
      remove(m);
    }
    if (fifo) {
      Iterator<Dedup> it = dedup.values().iterator();
      while (it.hasNext() && it.next().expires <= now) {
        it.remove();
      }
      Iterator<Attempt> at = attempts.values().iterator();
      while (at.hasNext() && at.next().expires <= now) {
        at.remove();
      }
    }
  }

  boolean expired(StoredMessage m, long now) {
    return m.sentMillis + settings.messageRetentionPeriod * 1000L <= now;
  }

  // ---------------------------------------------------------------- adding and removing

  /** Adds a new message: visible at once, or delayed until {@code now + delayMillis}. */
  void add(StoredMessage m, long delayMillis, long now) {
    linkArrival(m);
    index.put(m);
    Group g = null;
    if (fifo) {
      m.fifoExtras().sequence = nextSequence;
      nextSequence += 1 + (nextSequence & 0xff); // increasing, not consecutive
      g = groups.computeIfAbsent(m.groupId(), Group::new);
    }
    if (delayMillis > 0) {
      m.state = StoredMessage.DELAYED;
      m.due(now + delayMillis);
      delayed.add(m);
      if (g != null) {
        g.delayed++;
      }
    } else {
      makeVisible(m, false);
    }
    if (waiters > 0) {
      changed.signalAll();
    }
  }

  private void linkArrival(StoredMessage m) {
    m.older = newest;
    m.newer = null;
    if (newest == null) {
      oldest = m;
    } else {
      newest.newer = m;
    }
    newest = m;
  }

  private void unlinkArrival(StoredMessage m) {
    if (m.older == null) {
      oldest = m.newer;
    } else {
      m.older.newer = m.newer;
    }
    if (m.newer == null) {
      newest = m.older;
    } else {
      m.newer.older = m.older;
    }
    m.older = null;
    m.newer = null;
  }

  /**
   * Makes {@code m} deliverable. A message coming back from flight goes before newer ones: at the
   * head of a standard queue, in sequence order within its FIFO group.
   */
  private void makeVisible(StoredMessage m, boolean returning) {
    m.state = StoredMessage.VISIBLE;
    visibleCount++;
    if (!fifo) {
      if (returning) {
        m.next = visibleHead;
        m.prev = null;
        if (visibleHead == null) {
          visibleTail = m;
        } else {
          visibleHead.prev = m;
        }
        visibleHead = m;
      } else {
        m.prev = visibleTail;
        m.next = null;
        if (visibleTail == null) {
          visibleHead = m;
        } else {
          visibleTail.next = m;
        }
        visibleTail = m;
      }
      return;
    }
    Group g = group(m);
    if (returning) {
      g.insertBySequence(m);
    } else {
      g.append(m);
    }
    if (g.inFlight == 0 && !g.free) {
      addFree(g);
    }
  }

  /** Takes {@code m} out of its visible list or lane. */
  private void unlinkVisible(StoredMessage m) {
    visibleCount--;
    if (!fifo) {
      if (m.prev == null) {
        visibleHead = m.next;
      } else {
        m.prev.next = m.next;
      }
      if (m.next == null) {
        visibleTail = m.prev;
      } else {
        m.next.prev = m.prev;
      }
      m.prev = null;
      m.next = null;
      return;
    }
    Group g = group(m);
    g.unlink(m);
    if (g.head == null && g.free) {
      removeFree(g);
    }
  }

  /** Removes {@code m} from the queue, whatever its state. */
  void remove(StoredMessage m) {
    switch (m.state) {
      case StoredMessage.VISIBLE -> unlinkVisible(m);
      case StoredMessage.DELAYED -> {
        delayed.remove(m);
        if (fifo) {
          group(m).delayed--;
        }
      }
      case StoredMessage.IN_FLIGHT -> {
        inFlight.remove(m);
        if (fifo) {
          Group g = group(m);
          g.inFlight--;
          if (g.inFlight == 0 && g.head != null && !g.free) {
            addFree(g);
          }
        }
      }
      default -> {
        return;
      }
    }
    m.state = StoredMessage.GONE;
    unlinkArrival(m);
    index.remove(m);
    if (fifo) {
      Group g = group(m);
      if (g.head == null && g.inFlight == 0 && g.delayed == 0) {
        groups.remove(g.id);
      }
    }
  }

  /**
   * The next message a move task takes, left where it is; null when none is visible. A standard
   * queue gives its oldest visible message ("oldest first", SQS Developer Guide, dead-letter queue
   * redrive); a FIFO queue the head of its first group that is not blocked by a message in flight.
   */
  @Nullable StoredMessage firstVisible() {
    if (fifo) {
      return freeHead == null ? null : freeHead.head;
    }
    if (visibleCount == 0) {
      return null;
    }
    StoredMessage m = oldest;
    while (m != null && m.state != StoredMessage.VISIBLE) {
      m = m.newer;
    }
    return m;
  }

  /**
   * Puts back a message taken out to go to another queue (dead-letter redrive, a move task) when
   * that queue turned out to be gone: visible again at the head of the queue, or in sequence order
   * within its FIFO group, with its id, sequence number and receive count unchanged. It counts as
   * the newest arrival, so a later move task takes it last.
   */
  void restore(StoredMessage m) {
    linkArrival(m);
    index.put(m);
    if (fifo) {
      groups.computeIfAbsent(m.groupId(), Group::new);
    }
    makeVisible(m, true);
    if (waiters > 0) {
      changed.signalAll();
    }
  }

  @Nullable StoredMessage find(long idHi, long idLo) {
    return index.get(idHi, idLo);
  }

  /**
   * Removes every message (PurgeQueue) in O(1): the structures are dropped whole. Nothing outside
   * them refers to a message, so old receipt handles simply find nothing.
   */
  void purge() {
    visibleHead = null;
    visibleTail = null;
    oldest = null;
    newest = null;
    delayed.clear();
    inFlight.clear();
    index.clear();
    visibleCount = 0;
    groups.clear();
    freeHead = null;
    freeTail = null;
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
    if (!fifo) {
      while (out.size() < max && visibleHead != null) {
        StoredMessage m = visibleHead;
        if (!admit(m, now, maxReceives, deadLetters)) {
          continue;
        }
        unlinkVisible(m);
        fly(m, visibilityMillis, now);
        out.add(m);
      }
      return out;
    }
    Group g = freeHead;
    while (out.size() < max && g != null) {
      Group nextGroup = g.nextFree;
      int before = out.size();
      while (out.size() < max && g.head != null) {
        StoredMessage m = g.head;
        if (!admit(m, now, maxReceives, deadLetters)) {
          continue;
        }
        unlinkVisible(m);
        fly(m, visibilityMillis, now);
        g.inFlight++;
        out.add(m);
      }
      if (out.size() > before && g.free) {
        removeFree(g);
      }
      g = nextGroup;
    }
    return out;
  }

  /** False (and the message removed) when it expired or belongs in the dead-letter queue. */
  private boolean admit(
      StoredMessage m, long now, int maxReceives, List<StoredMessage> deadLetters) {
    if (expired(m, now)) {
      remove(m);
      return false;
    }
    if (m.receiveCount >= maxReceives) {
      remove(m);
      deadLetters.add(m);
      return false;
    }
    return true;
  }

  private void fly(StoredMessage m, long visibilityMillis, long now) {
    m.received(now);
    m.state = StoredMessage.IN_FLIGHT;
    m.due(now + visibilityMillis);
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
    unlinkVisible(m);
    m.state = StoredMessage.IN_FLIGHT;
    m.due(due);
    inFlight.add(m);
    if (fifo) {
      Group g = group(m);
      g.inFlight++;
      if (g.free) {
        removeFree(g);
      }
    }
  }

  /** Wakes receives waiting on this queue. Call with the lock held. */
  void signalWaiters() {
    if (waiters > 0) {
      changed.signalAll();
    }
  }

  /**
   * Waits for a change, at most {@code nanos}; returns early on signals. Lock held. Callers loop:
   * they check the queue again and wait again until their deadline.
   */
  @SuppressWarnings({"WaitNotInLoop", "NonAtomicVolatileUpdate"}) // waiters: written with the lock
  void await(long nanos) throws InterruptedException {
    waiters++;
    try {
      changed.await(nanos, TimeUnit.NANOSECONDS);
    } finally {
      waiters--;
    }
  }

  // ---------------------------------------------------------------- FIFO bookkeeping

  @Nullable Dedup dedup(String key) {
    return dedup.get(key);
  }

  void remember(String key, StoredMessage m, long now) {
    dedup.put(key, new Dedup(m.idHi, m.idLo, m.fifoExtras().sequence, now + FIVE_MINUTES));
  }

  @Nullable Attempt attempt(String id) {
    return attempts.get(id);
  }

  void rememberAttempt(String id, List<StoredMessage> messages, long now) {
    long[] ids = new long[messages.size() * 2];
    int[] counts = new int[messages.size()];
    for (int i = 0; i < messages.size(); i++) {
      ids[2 * i] = messages.get(i).idHi;
      ids[2 * i + 1] = messages.get(i).idLo;
      counts[i] = messages.get(i).receiveCount;
    }
    attempts.remove(id);
    attempts.put(id, new Attempt(ids, counts, now + FIVE_MINUTES));
  }

  private void addFree(Group g) {
    g.free = true;
    g.prevFree = freeTail;
    g.nextFree = null;
    if (freeTail == null) {
      freeHead = g;
    } else {
      freeTail.nextFree = g;
    }
    freeTail = g;
  }

  private void removeFree(Group g) {
    g.free = false;
    if (g.prevFree == null) {
      freeHead = g.nextFree;
    } else {
      g.prevFree.nextFree = g.nextFree;
    }
    if (g.nextFree == null) {
      freeTail = g.prevFree;
    } else {
      g.nextFree.prevFree = g.prevFree;
    }
    g.prevFree = null;
    g.nextFree = null;
  }

  /**
   * A FIFO queue's DelaySeconds is retroactive (SQS Developer Guide, delay queues): after a change,
   * each message not yet received is due at its send time plus the new delay, hidden again or shown
   * early accordingly. Standard queues keep each message's delay as it was sent.
   */
  void applyQueueDelay(long delayMillis, long now) {
    if (!fifo) {
      return;
    }
    List<StoredMessage> waiting = new ArrayList<>();
    forEach(
        m -> {
          if (m.receiveCount == 0
              && (m.state == StoredMessage.VISIBLE || m.state == StoredMessage.DELAYED)) {
            waiting.add(m);
          }
        });
    for (StoredMessage m : waiting) {
      Group g = group(m);
      if (m.state == StoredMessage.DELAYED) {
        delayed.remove(m);
        g.delayed--;
      } else {
        unlinkVisible(m);
      }
      long due = m.sentMillis + delayMillis;
      if (due > now) {
        m.state = StoredMessage.DELAYED;
        m.due(due);
        delayed.add(m);
        g.delayed++;
      } else {
        makeVisible(m, true); // in sequence order within its group
      }
    }
    if (waiters > 0) {
      changed.signalAll();
    }
  }

  /**
   * The group of a message of this FIFO queue. Non-null: a group is added with its first message
   * and dropped only once it holds none (visible, delayed or in flight).
   */
  private Group group(StoredMessage m) {
    return Objects.requireNonNull(groups.get(m.groupId()));
  }

  /** Visits every message in arrival order (inspection). */
  void forEach(java.util.function.Consumer<StoredMessage> action) {
    for (StoredMessage m = oldest; m != null; m = m.newer) {
      action.accept(m);
    }
  }

  /** A remembered FIFO send: the message it produced and until when duplicates are dropped. */
  record Dedup(long idHi, long idLo, long sequence, long expires) {}

  /** A remembered FIFO receive attempt: which messages, at which receive, until when. */
  @SuppressWarnings("ArrayRecordComponent") // bytes held as they are; see the Javadoc
  record Attempt(long[] ids, int[] receiveCounts, long expires) {}

  /** One FIFO message group: its visible messages in order and how many are in flight. */
  static final class Group {
    final String id;
    @Nullable StoredMessage head;
    @Nullable StoredMessage tail;
    int inFlight;
    int delayed;
    boolean free;
    @Nullable Group prevFree;
    @Nullable Group nextFree;

    Group(String id) {
      this.id = id;
    }

    void append(StoredMessage m) {
      m.prev = tail;
      m.next = null;
      if (tail == null) {
        head = m;
      } else {
        tail.next = m;
      }
      tail = m;
    }

    /** Inserts a returning message before the first one with a higher sequence number. */
    void insertBySequence(StoredMessage m) {
      StoredMessage after = null;
      StoredMessage at = head;
      long sequence = m.fifoExtras().sequence;
      while (at != null && at.fifoExtras().sequence < sequence) {
        after = at;
        at = at.next;
      }
      m.prev = after;
      m.next = at;
      if (after == null) {
        head = m;
      } else {
        after.next = m;
      }
      if (at == null) {
        tail = m;
      } else {
        at.prev = m;
      }
    }

    void unlink(StoredMessage m) {
      if (m.prev == null) {
        head = m.next;
      } else {
        m.prev.next = m.next;
      }
      if (m.next == null) {
        tail = m.prev;
      } else {
        m.next.prev = m.prev;
      }
      m.prev = null;
      m.next = null;
    }
  }
}

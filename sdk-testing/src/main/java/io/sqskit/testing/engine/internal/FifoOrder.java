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

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A FIFO queue's delivery order and the rules that go with it. Each message group keeps its visible
 * and in-flight messages in one lane in sequence order; a group is free when the head of its lane
 * is visible, and the free groups are linked in a list, the order in which receives serve them, so
 * a group blocked by a message in flight is skipped without being looked at. A receive takes from
 * the head of a free group's lane up to its first message in flight.
 *
 * <p>This is what AWS answered when the first messages of a group were made visible again while
 * later ones were still in flight (recorded:
 * test_fifo_group_visibility_extends_with_change_message_visibility, 1-visible and 2-visible):
 * those first messages were delivered at once, and no further. sqs-reference/semantics.md says that
 * no message of a group is delivered while any is in flight; the recording wins. A visible message
 * behind one in flight stays blocked, which keeps a group's messages delivered in order.
 *
 * <p>Sequence numbers are assigned here; sends are deduplicated and receives replayed by
 * ReceiveRequestAttemptId within five-minute windows (semantics.md, "FIFO"). Every operation is
 * O(1) except a message put back or re-timed by a queue delay ({@link #show} of a message not in
 * its lane), which is placed by sequence number within its group's lane, and the receive walking
 * the free list. A message goes into flight and back in its place in the lane.
 */
final class FifoOrder implements DeliveryOrder {
  /** The deduplication and receive-attempt window (semantics.md, "FIFO"). */
  static final long FIVE_MINUTES = 300_000L;

  private final Map<String, Group> groups = new HashMap<>();
  private @Nullable Group freeHead;
  private @Nullable Group freeTail;

  /** The group a receive is taking from, and the free group after it (see {@link #nextToTake}). */
  private @Nullable Group taking;

  /** The message of {@link #taking}'s lane the receive looks at next. */
  private @Nullable StoredMessage takingAt;

  private @Nullable Group takingNext;

  // In insertion order, which is expiry order: entries are added with now + FIVE_MINUTES.
  private final LinkedHashMap<String, Dedup> dedup = new LinkedHashMap<>();
  private final LinkedHashMap<String, Attempt> attempts = new LinkedHashMap<>();
  private long nextSequence;

  /** {@code serial} is the queue's creation serial, so that no two queues share numbers. */
  FifoOrder(long serial) {
    // SQS sequence numbers are 20-digit, large and increasing; we start high and step by a gap.
    this.nextSequence = 18_000_000_000_000_000L + (serial << 20);
  }

  @Override
  public void joined(StoredMessage m, boolean fresh) {
    if (fresh) {
      m.fifoExtras().sequence = nextSequence;
      nextSequence += 1 + (nextSequence & 0xff); // increasing, not consecutive
    }
    m.prev = null; // a message joining is in no lane (one put back was unlinked when it left)
    m.next = null;
    groups.computeIfAbsent(m.groupId(), Group::new).size++;
  }

  /** Drops the group with its last message: a group exists while it holds a message. */
  @Override
  public void left(StoredMessage m) {
    Group g = group(m);
    if (g.holds(m)) { // it left from flight
      g.unlink(m);
      updateFree(g);
    }
    if (--g.size == 0) {
      groups.remove(g.id);
    }
  }

  /**
   * A message back from flight is visible again where it is in its lane; one put back, or shown
   * again early by a queue delay, is placed by its sequence number; a new one goes last.
   */
  @Override
  public void show(StoredMessage m, boolean returning) {
    Group g = group(m);
    if (!g.holds(m)) {
      if (returning) {
        g.insertBySequence(m);
      } else {
        g.append(m);
      }
    }
    updateFree(g);
  }

  /**
   * A message into flight keeps its place in the lane and blocks what follows it; one hidden
   * otherwise leaves the lane.
   */
  @Override
  public void hide(StoredMessage m, boolean toFlight) {
    Group g = group(m);
    if (toFlight) {
      // m is still marked visible here; going into flight, a head blocks its group.
      if (m == g.head && g.free) {
        removeFree(g);
      }
      return;
    }
    g.unlink(m);
    updateFree(g);
  }

  /**
   * Nothing to do yet: the message stays in its lane, marked in flight, until it is shown again in
   * its place or leaves the queue.
   */
  @Override
  public void leaveFlight(StoredMessage m) {}

  /** The head of the first free group: the message the next receive would get first. */
  @Override
  public @Nullable StoredMessage firstVisible(@Nullable StoredMessage oldest) {
    return freeHead == null ? null : freeHead.head;
  }

  @Override
  public void startTake() {
    setTaking(freeHead);
  }

  /**
   * The visible messages at the head of the group being taken from, up to its first one in flight,
   * then those of the free groups after it. A receive takes as many messages of one group as it may
   * before it moves on (SQS returns messages of the same group together). Taking the first one puts
   * the group in flight and so out of the free list, which is why the next free group is noted
   * before: only the group being taken from changes meanwhile. The message after the one returned
   * is noted too: the caller puts that one in flight, where it keeps its neighbours, or removes it,
   * which leaves its neighbours in the lane.
   */
  @Override
  public @Nullable StoredMessage nextToTake() {
    while (taking != null) {
      StoredMessage m = takingAt;
      if (m != null && m.state == StoredMessage.VISIBLE) {
        takingAt = m.next;
        return m;
      }
      setTaking(takingNext);
    }
    return null;
  }

  private void setTaking(@Nullable Group g) {
    taking = g;
    takingAt = g == null ? null : g.head;
    takingNext = g == null ? null : g.nextFree;
  }

  @Override
  public void expire(long now) {
    Iterator<Dedup> d = dedup.values().iterator();
    while (d.hasNext() && d.next().expires <= now) {
      d.remove();
    }
    Iterator<Attempt> a = attempts.values().iterator();
    while (a.hasNext() && a.next().expires <= now) {
      a.remove();
    }
  }

  /** Drops the groups; the deduplication and attempt windows run on, as SQS keeps them. */
  @Override
  public void clear() {
    groups.clear();
    freeHead = null;
    freeTail = null;
    setTaking(null);
  }

  // ---------------------------------------------------------------- windows

  /** The send that {@code key} deduplicates to within its window, or null. */
  @Nullable Dedup duplicateOf(String key) {
    return dedup.get(key);
  }

  /** Remembers the send of {@code m} under {@code key} for five minutes from {@code now}. */
  void remember(String key, StoredMessage m, long now) {
    dedup.put(key, new Dedup(m.idHi, m.idLo, m.fifoExtras().sequence, now + FIVE_MINUTES));
  }

  /** The deduplication window's entries by key, oldest first (StateCodec writes them). */
  Map<String, Dedup> dedupWindow() {
    return dedup;
  }

  /** Puts back a deduplication entry read from a state file; call in the order they were saved. */
  void remember(String key, Dedup entry) {
    dedup.put(key, entry);
  }

  /** The sequence number the next new message gets. */
  long nextSequence() {
    return nextSequence;
  }

  /** Continues numbering at {@code next}, as the queue did before a restart. */
  void nextSequence(long next) {
    nextSequence = next;
  }

  /** The receive remembered under a ReceiveRequestAttemptId within its window, or null. */
  @Nullable Attempt attempt(String id) {
    return attempts.get(id);
  }

  /**
   * Remembers which messages a receive with ReceiveRequestAttemptId {@code id} returned, at which
   * receive count, for five minutes from {@code now}; a newer receive under the same id replaces an
   * older one and starts its window again.
   */
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

  /** The sequence number of a message of this queue. */
  static long sequence(StoredMessage m) {
    return m.fifoExtras().sequence;
  }

  // ---------------------------------------------------------------- groups

  /** Groups that hold a message (visible, delayed or in flight); for tests. */
  int groupCount() {
    return groups.size();
  }

  /**
   * The group of a message of this queue. Non-null: a group is added with its first message and
   * dropped only once it holds none.
   */
  private Group group(StoredMessage m) {
    return Objects.requireNonNull(groups.get(m.groupId()));
  }

  /** Links or unlinks {@code g} in the free list: free when the head of its lane is visible. */
  private void updateFree(Group g) {
    StoredMessage head = g.head;
    boolean free = head != null && head.state == StoredMessage.VISIBLE;
    if (free && !g.free) {
      addFree(g);
    } else if (!free && g.free) {
      removeFree(g);
    }
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

  /** A remembered send: the message it produced and until when duplicates are dropped. */
  record Dedup(long idHi, long idLo, long sequence, long expires) {}

  /** A remembered receive attempt: which messages, at which receive count, until when. */
  @SuppressWarnings("ArrayRecordComponent") // arrays held as they are, never compared
  record Attempt(long[] ids, int[] receiveCounts, long expires) {}

  /**
   * One message group: its lane, the visible and in-flight messages in sequence order (a message in
   * the lane is visible or in flight by its {@link StoredMessage#state}), and its count.
   */
  private static final class Group {
    final String id;
    @Nullable StoredMessage head;
    @Nullable StoredMessage tail;

    /** Messages of the group in the queue, whatever their state. */
    int size;

    boolean free;
    @Nullable Group prevFree;
    @Nullable Group nextFree;

    Group(String id) {
      this.id = id;
    }

    /** Whether {@code m} is in this lane: its links are cleared whenever it leaves one. */
    boolean holds(StoredMessage m) {
      return m.prev != null || m.next != null || head == m;
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
      long sequence = sequence(m);
      while (at != null && sequence(at) < sequence) {
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

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

import java.util.Objects;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * One message inside a queue, kept compact: a million queued messages should cost little beyond
 * their bodies. Ids and digests are held as longs, timestamps as epoch milliseconds, rarely used
 * parts (attributes, FIFO ids, trace header) in an optional {@link Extras}. The links put the
 * message in its queue's structures without extra nodes. Guarded by the owning queue's lock.
 */
final class StoredMessage {
  static final byte VISIBLE = 0;
  static final byte DELAYED = 1;
  static final byte IN_FLIGHT = 2;
  static final byte GONE = 3;

  final long idHi;
  final long idLo;
  final String body;
  final long md5Hi;
  final long md5Lo;
  final long sentMillis;
  final String senderId;
  @Nullable Extras extras;

  // Times after sending are kept as int millisecond offsets from sentMillis: a message lives at
  // most 14 days (retention) plus a 12-hour visibility timeout, well inside an int (24.8 days).
  private static final int NEVER = Integer.MIN_VALUE;
  private int firstReceiveOffset = NEVER;

  /** When the current (latest) receive happened; bounds visibility at 12 hours from it. */
  private int lastReceiveOffset = NEVER;

  int receiveCount;

  /** Delayed: when it becomes visible; in flight: when its visibility timeout ends. */
  private int dueOffset;

  byte state;

  /**
   * An injected duplicate delivery is due: once deleted, the message comes back as a copy (see
   * {@link Duplicates#schedule}). A byte-sized field fits the object's padding.
   */
  boolean duplicatePending;

  /** A duplicate's copy not yet received: every handle given so far is the deleted copy's. */
  boolean staleHandles;

  int heapIndex = -1;

  /** Neighbours in the visible list (standard queue) or the group lane (FIFO queue). */
  @Nullable StoredMessage prev;

  @Nullable StoredMessage next;

  /** Neighbours in the queue's arrival list, used for retention. */
  @Nullable StoredMessage older;

  @Nullable StoredMessage newer;

  StoredMessage(
      long idHi,
      long idLo,
      String body,
      byte[] md5,
      long sentMillis,
      String senderId,
      @Nullable Extras extras) {
    this.idHi = idHi;
    this.idLo = idLo;
    this.body = body;
    this.md5Hi = Digests.high(md5);
    this.md5Lo = Digests.low(md5);
    this.sentMillis = sentMillis;
    this.senderId = senderId;
    this.extras = extras;
  }

  /** A copy for another queue (dead-letter redrive): same id, body and history. */
  StoredMessage(StoredMessage m, @Nullable Extras extras) {
    this(m, extras, m.idHi, m.idLo, m.sentMillis, true);
  }

  /**
   * A copy for another queue under a new id or enqueue time: a move task's message is a new one
   * (new MessageId and SentTimestamp, no receives), and a FIFO dead-letter queue restarts the
   * enqueue time (SQS Developer Guide, dead-letter queue redrive and retention).
   */
  StoredMessage(
      StoredMessage m,
      @Nullable Extras extras,
      long idHi,
      long idLo,
      long sentMillis,
      boolean keepReceives) {
    this.idHi = idHi;
    this.idLo = idLo;
    this.body = m.body;
    this.md5Hi = m.md5Hi;
    this.md5Lo = m.md5Lo;
    this.sentMillis = sentMillis;
    this.senderId = m.senderId;
    this.extras = extras;
    if (keepReceives && m.receiveCount > 0) {
      this.firstReceiveOffset = offset(m.firstReceiveMillis());
      this.lastReceiveOffset = offset(m.lastReceiveMillis());
      this.receiveCount = m.receiveCount;
    }
  }

  private int offset(long time) {
    long d = time - sentMillis;
    // Clamped for safety; retention removes a message long before an offset could overflow.
    return (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, d));
  }

  long due() {
    return sentMillis + dueOffset;
  }

  void due(long time) {
    dueOffset = offset(time);
  }

  /** Epoch millis of the first receive, or 0 when never received. */
  long firstReceiveMillis() {
    return firstReceiveOffset == NEVER ? 0 : sentMillis + firstReceiveOffset;
  }

  /** Epoch millis of the latest receive, or 0 when never received. */
  long lastReceiveMillis() {
    return lastReceiveOffset == NEVER ? 0 : sentMillis + lastReceiveOffset;
  }

  /** Sets the receives of a message read back from a state file (StateCodec). */
  void restoreReceives(int count, long firstMillis, long lastMillis) {
    receiveCount = count;
    if (count > 0) {
      firstReceiveOffset = offset(firstMillis);
      lastReceiveOffset = offset(lastMillis);
    }
  }

  /** Records a receive at {@code now}. */
  void received(long now) {
    receiveCount++;
    staleHandles = false;
    if (firstReceiveOffset == NEVER) {
      firstReceiveOffset = offset(now);
    }
    lastReceiveOffset = offset(now);
  }

  String messageId() {
    return Ids.uuid(idHi, idLo);
  }

  String body() {
    return body;
  }

  String md5OfBody() {
    return Digests.hex(md5Hi, md5Lo);
  }

  @Nullable String groupId() {
    return extras == null ? null : extras.groupId;
  }

  /** The extras of a message in a FIFO queue, which always has them (its group id at least). */
  Extras fifoExtras() {
    // Non-null: every FIFO message carries a group id, so it has extras.
    return Objects.requireNonNull(extras);
  }

  /** The parts few messages have. */
  static final class Extras {
    final @Nullable SortedMap<String, AttributeValue> attributes;
    final @Nullable String attributesMd5;
    final @Nullable String traceHeader;
    final @Nullable String groupId;
    final @Nullable String dedupId;
    long sequence;
    @Nullable String deadLetterSourceArn;

    Extras(
        @Nullable SortedMap<String, AttributeValue> attributes,
        @Nullable String attributesMd5,
        @Nullable String traceHeader,
        @Nullable String groupId,
        @Nullable String dedupId) {
      this.attributes = attributes;
      this.attributesMd5 = attributesMd5;
      this.traceHeader = traceHeader;
      this.groupId = groupId;
      this.dedupId = dedupId;
    }

    Extras copy() {
      return copy(dedupId);
    }

    /** A copy with another deduplication id. */
    Extras copy(@Nullable String newDedupId) {
      Extras e = new Extras(attributes, attributesMd5, traceHeader, groupId, newDedupId);
      e.sequence = sequence;
      e.deadLetterSourceArn = deadLetterSourceArn;
      return e;
    }
  }
}

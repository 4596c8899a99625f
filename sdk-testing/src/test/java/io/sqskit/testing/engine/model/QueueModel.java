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
package io.sqskit.testing.engine.model;

import io.sqskit.testing.engine.MessageState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deliberately simple reference model of one SQS queue (standard or FIFO) on a virtual clock:
 * plain lists scanned in full, no indexes, so that it is obviously right rather than fast.
 */
final class QueueModel {
  /** FIFO deduplication window (semantics.md, "FIFO"). */
  static final long DEDUP_WINDOW_MILLIS = 5 * 60 * 1000L;

  /** Two PurgeQueue calls on one queue must be 60 s apart (semantics.md, "Queues"). */
  static final long PURGE_INTERVAL_MILLIS = 60 * 1000L;

  /** The model's view of one message. */
  static final class Msg {
    final String id;
    final String body;
    final String group;
    final long sentAt;
    long visibleAt;
    int receiveCount;
    final List<String> handles = new ArrayList<>();
    boolean deleted;

    Msg(String id, String body, String group, long sentAt, long visibleAt) {
      this.id = id;
      this.body = body;
      this.group = group;
      this.sentAt = sentAt;
      this.visibleAt = visibleAt;
    }

    @Override
    public String toString() {
      return body
          + (group == null ? "" : "@" + group)
          + "(received "
          + receiveCount
          + ", visible at "
          + visibleAt
          + (deleted ? ", deleted" : "")
          + ")";
    }

    boolean inFlight(long now) {
      return !deleted && receiveCount > 0 && visibleAt > now;
    }

    boolean visible(long now) {
      return !deleted && visibleAt <= now;
    }

    MessageState state(long now) {
      if (visibleAt <= now) {
        return MessageState.VISIBLE;
      }
      return receiveCount > 0 ? MessageState.IN_FLIGHT : MessageState.DELAYED;
    }

    Instant availableAt(long now) {
      return visibleAt <= now ? null : Instant.ofEpochMilli(visibleAt);
    }
  }

  private record Dedup(String messageId, long expires) {}

  final boolean fifo;
  final long retentionMillis;
  final int queueDelaySeconds;

  /** Every message ever enqueued, in send order (deleted ones stay, flagged). */
  final List<Msg> messages = new ArrayList<>();

  final Map<String, Msg> byId = new HashMap<>();

  /** Every deduplication id ever sent, so generated steps can send one again. */
  final List<String> dedupIds = new ArrayList<>();

  private final Map<String, Dedup> dedup = new LinkedHashMap<>();
  private long lastPurge = Long.MIN_VALUE;

  QueueModel(boolean fifo, int retentionSeconds, int queueDelaySeconds) {
    this.fifo = fifo;
    this.retentionMillis = retentionSeconds * 1000L;
    this.queueDelaySeconds = queueDelaySeconds;
  }

  /**
   * Retention: a message is gone once {@code sent + MessageRetentionPeriod <= now}, whatever its
   * state (semantics.md, "Messages"; the boundary instant counts as expired, as in the engine).
   */
  void expire(long now) {
    for (Msg m : messages) {
      if (m.sentAt + retentionMillis <= now) {
        m.deleted = true;
      }
    }
  }

  /**
   * The message id a FIFO send with this deduplication id must return without enqueueing, or null
   * when the id is new or its five minutes are over (the window is [sent, sent + 5 min)).
   */
  String duplicateOf(String dedupId, long now) {
    Dedup d = dedup.get(dedupId);
    return d != null && now < d.expires ? d.messageId : null;
  }

  void sent(Msg m, String dedupId, long now) {
    messages.add(m);
    byId.put(m.id, m);
    if (dedupId != null) {
      dedup.put(dedupId, new Dedup(m.id, now + DEDUP_WINDOW_MILLIS));
      dedupIds.add(dedupId);
    }
  }

  List<Msg> live() {
    return messages.stream().filter(m -> !m.deleted).toList();
  }

  int visibleCount(long now) {
    return (int) messages.stream().filter(m -> m.visible(now)).count();
  }

  /**
   * FIFO: the messages a receive may hand out, per group: the live messages of each group in send
   * order, up to its first one in flight (a message in flight blocks those after it; those before
   * it, made visible again, are handed out: recorded,
   * test_fifo_group_visibility_extends_with_change_message_visibility).
   */
  Map<String, List<Msg>> freeLanes(long now) {
    Map<String, List<Msg>> lanes = new LinkedHashMap<>();
    Set<String> blocked = new HashSet<>();
    for (Msg m : messages) {
      if (m.deleted || blocked.contains(m.group)) {
        continue;
      }
      if (m.inFlight(now)) {
        blocked.add(m.group);
      } else {
        lanes.computeIfAbsent(m.group, g -> new ArrayList<>()).add(m);
      }
    }
    // Still delayed (a queue-level delay) messages are not handed out yet; with one delay for the
    // whole queue they can only trail the visible ones of their group.
    lanes.values().forEach(lane -> lane.removeIf(m -> !m.visible(now)));
    lanes.values().removeIf(List::isEmpty);
    return lanes;
  }

  /**
   * Messages that were received at least once (deleted ones included), for delete and change steps.
   */
  List<Msg> everReceived() {
    return messages.stream().filter(m -> m.receiveCount > 0).toList();
  }

  /** Whether a purge is refused now (PurgeQueueInProgress). */
  boolean purgeRefused(long now) {
    return lastPurge != Long.MIN_VALUE && now < lastPurge + PURGE_INTERVAL_MILLIS;
  }

  /**
   * Deletes every message. The deduplication window survives a purge: the reference does not say
   * otherwise and the engine keeps it; this model follows that reading.
   */
  void purge(long now) {
    lastPurge = now;
    messages.forEach(m -> m.deleted = true);
  }
}

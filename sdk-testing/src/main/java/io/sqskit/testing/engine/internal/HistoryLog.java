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

import io.sqskit.testing.engine.MessageEvent;
import io.sqskit.testing.engine.MessageHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The recorded events of one queue's messages (for tests), kept while the queue exists. Bounded:
 * the oldest message's history is dropped past {@link #MAX_MESSAGES} messages, and a message keeps
 * at most {@link #MAX_EVENTS} events (the first ones). Receipt handles are not stored: a handle is
 * derived from the queue serial, the message id and the receive count, so it is rebuilt when the
 * history is read. Guarded by the queue's lock.
 */
final class HistoryLog {
  static final int MAX_MESSAGES = 100_000;
  static final int MAX_EVENTS = 1_000;
  static final long NONE = Long.MIN_VALUE;

  /** One event, compact; {@code handle} tells whether a handle goes with it. */
  private record Event(
      MessageEvent.Kind kind,
      long at,
      int receiveCount,
      boolean handle,
      long visibleAt,
      @Nullable String detail) {}

  private final long serial;
  private final LinkedHashMap<String, List<Event>> byMessage =
      new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Event>> eldest) {
          return size() > MAX_MESSAGES;
        }
      };

  HistoryLog(long serial) {
    this.serial = serial;
  }

  /**
   * Records an event without handle or deadline when {@code log} is set, i.e. when the engine
   * records history; else nothing (one null check on the hot path).
   */
  static void note(
      @Nullable HistoryLog log,
      StoredMessage m,
      MessageEvent.Kind kind,
      long at,
      @Nullable String detail) {
    if (log != null) {
      log.record(m, kind, at, detail);
    }
  }

  /** Records a receive (its handle and visibility deadline) when {@code log} is set. */
  static void noteReceive(@Nullable HistoryLog log, StoredMessage m, long at, long visibleAt) {
    if (log != null) {
      log.recordHandle(m, MessageEvent.Kind.RECEIVED, at, m.receiveCount, visibleAt, null);
    }
  }

  /** Records the purge of every message in {@code arrivals} when {@code log} is set. */
  static void notePurge(@Nullable HistoryLog log, ArrivalList arrivals, long at) {
    if (log != null) {
      arrivals.forEach(m -> log.record(m, MessageEvent.Kind.PURGED, at, null));
    }
  }

  /** An event without handle or deadline. */
  void record(StoredMessage m, MessageEvent.Kind kind, long at, @Nullable String detail) {
    add(m.messageId(), new Event(kind, at, m.receiveCount, false, NONE, detail), true);
  }

  /** An event with the handle of receive {@code receiveCount} and, unless NONE, a deadline. */
  void recordHandle(
      StoredMessage m,
      MessageEvent.Kind kind,
      long at,
      int receiveCount,
      long visibleAt,
      @Nullable String detail) {
    add(m.messageId(), new Event(kind, at, receiveCount, true, visibleAt, detail), true);
  }

  /** An event of a message no longer in the queue, recorded only when its history is kept. */
  void recordGone(String messageId, MessageEvent.Kind kind, long at, int receiveCount) {
    add(messageId, new Event(kind, at, receiveCount, true, NONE, "the message is gone"), false);
  }

  private void add(String id, Event e, boolean create) {
    List<Event> events = byMessage.get(id);
    if (events == null) {
      if (!create) {
        return;
      }
      events = new ArrayList<>(4);
      byMessage.put(id, events);
    }
    if (events.size() < MAX_EVENTS) {
      events.add(e);
    }
  }

  /** Every message's history in the order the messages first appeared. */
  List<MessageHistory> all(String queueUrl) {
    List<MessageHistory> out = new ArrayList<>(byMessage.size());
    for (Map.Entry<String, List<Event>> e : byMessage.entrySet()) {
      out.add(toPublic(queueUrl, e.getKey(), e.getValue()));
    }
    return out;
  }

  /** One message's history, or null when none is kept. */
  @Nullable MessageHistory of(String queueUrl, String messageId) {
    List<Event> events = byMessage.get(messageId);
    return events == null ? null : toPublic(queueUrl, messageId, events);
  }

  private MessageHistory toPublic(String queueUrl, String messageId, List<Event> events) {
    java.util.UUID id = java.util.UUID.fromString(messageId);
    List<MessageEvent> out = new ArrayList<>(events.size());
    for (Event e : events) {
      out.add(
          new MessageEvent(
              e.kind(),
              Instant.ofEpochMilli(e.at()),
              e.receiveCount(),
              e.handle()
                  ? Ids.receiptHandle(
                      serial,
                      id.getMostSignificantBits(),
                      id.getLeastSignificantBits(),
                      e.receiveCount())
                  : null,
              e.visibleAt() == NONE ? null : Instant.ofEpochMilli(e.visibleAt()),
              e.detail()));
    }
    return new MessageHistory(queueUrl, messageId, out);
  }
}

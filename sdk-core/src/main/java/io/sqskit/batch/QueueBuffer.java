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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of one action and queue URL, in submission order, and the batches taken from them.
 * Guarded by the {@link Dispatcher}'s lock.
 */
final class QueueBuffer {
  /** Buffers are per action and queue URL. */
  record Key(Action action, String queueUrl) {}

  /** One batch call: the entries, the buffer they came from, and how long the first one waited. */
  record Batch(QueueBuffer buffer, List<Entry> entries, long lingerNanos) {}

  final Key key;

  /** FIFO sends: at most one batch in flight, so that group order holds. */
  final boolean ordered;

  final ArrayDeque<Entry> entries = new ArrayDeque<>();
  long bytes;
  int inFlight;
  boolean timerArmed;
  boolean flush;

  QueueBuffer(Key key, boolean ordered) {
    this.key = key;
    this.ordered = ordered;
  }

  /** Whether a batch may be taken now: entries wait, and an ordered buffer has none in flight. */
  boolean sendable() {
    return !entries.isEmpty() && (!ordered || inFlight == 0);
  }

  /** Whether an entry arriving now would form a batch on its own: nothing waits or blocks it. */
  boolean idle() {
    return entries.isEmpty() && (!ordered || inFlight == 0);
  }

  /** Whether the batch at the head is as big as it can get: 10 entries, or bytes are the limit. */
  boolean complete(int maxBatchBytes) {
    return entries.size() >= SqsBatcher.MAX_ENTRIES || bytes > maxBatchBytes;
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

  /** Adds an entry at the tail. */
  void add(Entry e) {
    entries.addLast(e);
    bytes += e.size;
  }

  /** Puts entries back at the head, in their original order. */
  void requeue(List<Entry> retry) {
    for (int i = retry.size() - 1; i >= 0; i--) {
      Entry e = retry.get(i);
      entries.addFirst(e);
      bytes += e.size;
    }
  }

  /** Takes the batch at the head: up to 10 entries, within {@code maxBatchBytes}. */
  Batch take(int maxBatchBytes, long now) {
    List<Entry> batch = new ArrayList<>(Math.min(entries.size(), SqsBatcher.MAX_ENTRIES));
    long taken = 0;
    long waited = waited(now);
    while (batch.size() < SqsBatcher.MAX_ENTRIES && !entries.isEmpty()) {
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

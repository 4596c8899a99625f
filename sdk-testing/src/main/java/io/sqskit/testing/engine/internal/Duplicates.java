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

/**
 * Injected duplicate deliveries (a test's fault, {@code SqsEngine.duplicateDelivery}): a message
 * marked here comes back as a copy once it is deleted. Called with the queue's lock held, or taking
 * it.
 */
final class Duplicates {

  private Duplicates() {}

  /**
   * Schedules one more delivery of the message received with {@code handle} (a test's fault): once
   * deleted, it comes back as a copy with the same MessageId, body, attributes and SentTimestamp,
   * visible at once, as SQS's at-least-once delivery of standard queues allows. Its receive count
   * goes on, so its next receive makes a new receipt handle, and the handles given before are stale
   * for the copy. A message that leaves otherwise (dead-letter queue, purge, retention, move task)
   * takes the pending duplicate with it.
   *
   * @return false when the handle is not the latest receive's of a message still in the queue
   * @throws IllegalArgumentException on a FIFO queue, which delivers each message exactly once
   */
  static boolean schedule(EngineCore core, QueueState q, String handle) {
    if (q.fifo) {
      throw new IllegalArgumentException(
          "a duplicate delivery cannot be injected on FIFO queue "
              + q.name
              + ": SQS delivers a FIFO queue's messages exactly once (duplicates are for standard"
              + " queues, whose delivery is at least once)");
    }
    Ids.Handle h = MessageActions.parse(q, handle);
    q.lock.lock();
    try {
      if (q.deleted) {
        throw EngineCore.queueDoesNotExist();
      }
      q.refresh(core.now());
      StoredMessage m = q.find(h.idHi(), h.idLo());
      if (m == null || m.receiveCount != h.receiveCount() || m.staleHandles) {
        return false;
      }
      m.duplicatePending = true;
      return true;
    } finally {
      q.lock.unlock();
    }
  }

  /** Puts the copy of a deleted message with a pending duplicate back into its queue. */
  static void redeliver(QueueState q, StoredMessage m, long now) {
    StoredMessage copy =
        new StoredMessage(
            m, m.extras == null ? null : m.extras.copy(), m.idHi, m.idLo, m.sentMillis, true);
    copy.staleHandles = true;
    if (q.history != null) {
      q.history.record(
          copy,
          Kind.DUPLICATE_DELIVERY,
          now,
          "an injected duplicate: the message will be delivered once more");
    }
    q.add(copy, 0, now);
  }
}

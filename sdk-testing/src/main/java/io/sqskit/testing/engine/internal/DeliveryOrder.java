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

import org.jspecify.annotations.Nullable;

/**
 * The order in which a queue delivers its visible messages, chosen once when the queue is created
 * (a queue cannot change between standard and FIFO): {@link StandardOrder} delivers in arrival
 * order, {@link FifoOrder} by message group. {@link QueueState} owns the heaps, the index, the
 * arrival list and the counters, and tells the order each time a message moves; the order keeps the
 * visible messages' links and whatever bookkeeping its queue type needs. Every call is O(1) or
 * O(log n) except where a method says otherwise. Called with the queue's lock held.
 */
interface DeliveryOrder {
  /**
   * A message joins the queue, before it is shown or delayed: a new send when {@code fresh}, or a
   * message put back after its move to another queue failed (keeping its sequence number).
   */
  void joined(StoredMessage m, boolean fresh);

  /** A message left the queue for good (deleted, expired, dead-lettered, moved). */
  void left(StoredMessage m);

  /**
   * Makes {@code m} deliverable. A message coming back from flight ({@code returning}) goes before
   * newer ones.
   */
  void show(StoredMessage m, boolean returning);

  /**
   * Takes a visible message out of the delivery order: into flight when {@code toFlight} (received,
   * or its handle used again to change its visibility), else to be removed or delayed again.
   */
  void hide(StoredMessage m, boolean toFlight);

  /** A message left flight: it becomes visible again next, or leaves the queue. */
  void leaveFlight(StoredMessage m);

  /**
   * The message a move task takes next, left where it is; null when none is deliverable. Only
   * called when some message is visible. {@code oldest} starts the queue's arrival list (linked by
   * {@link StoredMessage#newer}), for an order that gives the oldest message first; this may walk
   * that list past messages that are not visible.
   */
  @Nullable StoredMessage firstVisible(@Nullable StoredMessage oldest);

  /** Starts a receive: {@link #nextToTake} then walks the deliverable messages. */
  void startTake();

  /**
   * The next message this receive may take, left where it is; null when there is none. The caller
   * either hides it and puts it in flight, or removes it from the queue, before asking again.
   */
  @Nullable StoredMessage nextToTake();

  /** Forgets what was remembered only until {@code now} (windows of the FIFO rules). */
  void expire(long now);

  /** Drops every message (PurgeQueue); what is remembered beyond the messages stays. */
  void clear();
}

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
package io.sqskit.consumer;

import io.sqskit.model.Message;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One received message as a handler sees it: the message, what SQS says about its deliveries, and
 * the controls that settle it.
 *
 * <p>A message is settled once: the first of {@link #acknowledge()} and {@link #release(Duration)}
 * wins and later calls return {@code false}. Thread-safe.
 *
 * @since 0.1
 */
public interface MessageContext {
  /**
   * The message as received, with its system attributes.
   *
   * @return the message
   */
  Message message();

  /**
   * How many times SQS has delivered the message, this delivery included (at least 1).
   *
   * @return the receive count, at least 1
   */
  int receiveCount();

  /**
   * When SQS first delivered the message, or null when SQS did not say.
   *
   * @return the first receive time, or null
   */
  @Nullable Instant firstReceiveTime();

  /**
   * The message group of a FIFO queue's message, or null.
   *
   * @return the message group, or null
   */
  @Nullable String messageGroupId();

  /**
   * Deletes the message (through the batcher, asynchronously); {@code false} when it was already
   * settled.
   *
   * @return true if this call settled the message
   */
  boolean acknowledge();

  /**
   * Makes the message visible again after {@code delay} (zero: at once); {@code false} when it was
   * already settled.
   *
   * @param delay how long the message stays hidden
   * @return true if this call settled the message
   */
  boolean release(Duration delay);

  /**
   * Keeps the message hidden for {@code duration} from now (whole seconds, at most 12 hours); the
   * heartbeat goes on from there. Does nothing once the message is settled or its lease is lost.
   *
   * @param duration how long the message stays hidden from now
   */
  void extend(Duration duration);

  /**
   * Whether a heartbeat found the receipt handle no longer valid: the message was deleted, or its
   * visibility ended and it may be handled elsewhere; the work should stop.
   *
   * @return true when the lease is lost
   */
  boolean leaseLost();

  /**
   * Whether the heartbeat has reached SQS's limit of 12 hours from the receive: the message will
   * become visible again when its last extension ends.
   *
   * @return true when the lease reaches its limit
   */
  boolean leaseEnding();

  /**
   * Runs {@code callback} (on a consumer thread) when the lease is lost or reaches its limit; at
   * once if that has already happened.
   *
   * @param callback what to run
   */
  void onLeaseEnd(Runnable callback);
}

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
import io.sqskit.model.MessageAttributeValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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
   * heartbeat goes on from there. Capped at SQS's limit of 12 hours from the receive: when the cap
   * cuts it short, {@link #leaseEnding()} turns true and {@link #onLeaseEnd} callbacks run. Does
   * nothing once the message is settled or its lease is lost.
   *
   * @param duration how long the message stays hidden from now
   */
  void extend(Duration duration);

  /**
   * Moves a message no retry can help (a poison message) to another queue: sends its body and
   * message attributes to {@code queueUrl}, then deletes it here like {@link #acknowledge()}. A
   * FIFO target ({@code .fifo}) gets the message's group (or its id when it has none) and its
   * message id as deduplication id, so moving the same message again within SQS's five-minute
   * deduplication window adds no second copy. The send happens in the calling thread; when it
   * fails, the exception propagates and the message stays unsettled. Does nothing and answers
   * {@code false} when the message was already settled.
   *
   * @param queueUrl the queue to move the message to, e.g. a dead-letter queue
   * @return true if this call moved and settled the message
   */
  default boolean moveTo(String queueUrl) {
    return moveTo(queueUrl, Map.of());
  }

  /**
   * Like {@link #moveTo(String)}, adding {@code attributes} (e.g. the reason) to the copy's message
   * attributes; they replace the message's own attributes of the same names.
   *
   * @param queueUrl the queue to move the message to, e.g. a dead-letter queue
   * @param attributes message attributes to add to the copy
   * @return true if this call moved and settled the message
   */
  boolean moveTo(String queueUrl, Map<String, MessageAttributeValue> attributes);

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

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
import io.sqskit.model.MessageSystemAttributeName;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/** One received message held by a consumer: its context, lease and settlement state. */
final class Delivery implements MessageContext {
  final SqsConsumer consumer;
  final Message message;
  final String receiptHandle;
  final int receiveCount;
  final @Nullable Instant firstReceiveTime;
  final @Nullable Instant sentTime;
  final @Nullable String groupId;

  /** The scheduler's time of the receive: SQS's 12-hour limit counts from here. */
  final long receivedNanos;

  private final AtomicBoolean settled = new AtomicBoolean();
  private final List<Runnable> leaseEndCallbacks = new CopyOnWriteArrayList<>();
  private volatile boolean leaseLost;
  private volatile boolean leaseEnding;

  /** Handler running: the heartbeat keeps the lease only while this is true. */
  volatile boolean running;

  /** When the visibility timeout ends, as far as the consumer knows (scheduler time). */
  volatile long deadlineNanos;

  /** The length of the current lease: the queue's visibility timeout, then the last extension. */
  volatile long leaseNanos;

  /** Bumped whenever a heartbeat is scheduled; an older scheduled heartbeat then does nothing. */
  final java.util.concurrent.atomic.AtomicLong heartbeats =
      new java.util.concurrent.atomic.AtomicLong();

  volatile @Nullable Thread runner;

  Delivery(SqsConsumer consumer, Message message, long receivedNanos, long visibilityNanos) {
    this.consumer = consumer;
    this.message = message;
    this.receiptHandle = String.valueOf(message.receiptHandle());
    this.receiveCount =
        parseInt(message.attribute(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
    this.firstReceiveTime =
        epochMillis(
            message.attribute(MessageSystemAttributeName.APPROXIMATE_FIRST_RECEIVE_TIMESTAMP));
    this.sentTime = epochMillis(message.attribute(MessageSystemAttributeName.SENT_TIMESTAMP));
    this.groupId = message.attribute(MessageSystemAttributeName.MESSAGE_GROUP_ID);
    this.receivedNanos = receivedNanos;
    this.deadlineNanos = receivedNanos + visibilityNanos;
    this.leaseNanos = visibilityNanos;
  }

  private static int parseInt(@Nullable String value) {
    try {
      return value == null ? 1 : Math.max(1, Integer.parseInt(value));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static @Nullable Instant epochMillis(@Nullable String value) {
    try {
      return value == null ? null : Instant.ofEpochMilli(Long.parseLong(value));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public Message message() {
    return message;
  }

  @Override
  public int receiveCount() {
    return receiveCount;
  }

  @Override
  public @Nullable Instant firstReceiveTime() {
    return firstReceiveTime;
  }

  @Override
  public @Nullable String messageGroupId() {
    return groupId;
  }

  @Override
  public boolean acknowledge() {
    if (!settled.compareAndSet(false, true)) {
      return false;
    }
    consumer.delete(this);
    return true;
  }

  @Override
  public boolean release(Duration delay) {
    int seconds = SqsConsumer.visibilitySeconds("delay", delay);
    if (!settled.compareAndSet(false, true)) {
      return false;
    }
    consumer.changeVisibility(this, seconds, Settlement.RELEASED);
    return true;
  }

  @Override
  public void extend(Duration duration) {
    int seconds = SqsConsumer.visibilitySeconds("duration", duration);
    if (!settled.get() && !leaseLost) {
      consumer.extend(this, seconds);
    }
  }

  @Override
  public boolean moveTo(String queueUrl, Map<String, MessageAttributeValue> attributes) {
    Objects.requireNonNull(queueUrl, "queueUrl");
    Objects.requireNonNull(attributes, "attributes");
    if (settled.get()) {
      return false;
    }
    consumer.copyTo(this, queueUrl, attributes);
    return acknowledge();
  }

  @Override
  public boolean leaseLost() {
    return leaseLost;
  }

  @Override
  public boolean leaseEnding() {
    return leaseEnding;
  }

  @Override
  public void onLeaseEnd(Runnable callback) {
    leaseEndCallbacks.add(callback);
    if (leaseLost || leaseEnding) {
      if (leaseEndCallbacks.remove(callback)) {
        callback.run();
      }
    }
  }

  boolean settled() {
    return settled.get();
  }

  /** Marks the message settled without a call (its handle is gone); true if it was not. */
  boolean markSettled() {
    return settled.compareAndSet(false, true);
  }

  void loseLease() {
    leaseLost = true;
    fireLeaseEnd();
  }

  /** Marks the lease as reaching its limit; true the first time. */
  synchronized boolean endLease() {
    if (leaseEnding) {
      return false;
    }
    leaseEnding = true;
    fireLeaseEnd();
    return true;
  }

  private void fireLeaseEnd() {
    for (Runnable callback : List.copyOf(leaseEndCallbacks)) {
      if (leaseEndCallbacks.remove(callback)) {
        try {
          callback.run();
        } catch (RuntimeException e) {
          SqsConsumer.LOG.log(System.Logger.Level.WARNING, "lease-end callback failed", e);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "MessageContext{messageId="
        + message.messageId()
        + ", receiveCount="
        + receiveCount
        + "}";
  }
}

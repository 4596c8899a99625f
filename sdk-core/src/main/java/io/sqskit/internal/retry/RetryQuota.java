package io.sqskit.internal.retry;

import java.util.concurrent.atomic.AtomicInteger;

/** The token bucket that limits retries across all calls of one client; thread-safe. */
final class RetryQuota {
  private final int capacity;
  private final AtomicInteger tokens;

  RetryQuota(int capacity) {
    this.capacity = capacity;
    this.tokens = new AtomicInteger(capacity);
  }

  /** Takes {@code cost} tokens if there are that many; false leaves the bucket unchanged. */
  boolean tryAcquire(int cost) {
    while (true) {
      int current = tokens.get();
      if (current < cost) {
        return false;
      }
      if (tokens.compareAndSet(current, current - cost)) {
        return true;
      }
    }
  }

  /** Puts {@code amount} tokens back, never above the capacity. */
  void release(int amount) {
    if (amount <= 0) {
      return;
    }
    while (true) {
      int current = tokens.get();
      if (current >= capacity) {
        return;
      }
      if (tokens.compareAndSet(current, Math.min(capacity, current + amount))) {
        return;
      }
    }
  }

  int available() {
    return tokens.get();
  }
}

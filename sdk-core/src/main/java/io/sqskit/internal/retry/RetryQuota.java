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

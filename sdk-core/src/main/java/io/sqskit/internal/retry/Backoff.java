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

import io.sqskit.retry.RetryPolicy;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: a uniform delay in {@code [0, min(cap, base * 2^(n-1)))}.
 */
final class Backoff {
  private Backoff() {}

  /** The longest delay before retry {@code retry} (1-based), before jitter. */
  static Duration ceiling(RetryPolicy policy, int retry, boolean throttling) {
    Duration base = throttling ? policy.throttlingBaseDelay() : policy.baseDelay();
    long cap = nanos(policy.maxBackoff());
    long baseNanos = nanos(base);
    int shift = Math.min(retry - 1, 62);
    long exponential = baseNanos > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : baseNanos << shift;
    return Duration.ofNanos(Math.min(cap, exponential));
  }

  /** The delay before retry {@code retry} (1-based): a uniform fraction of the ceiling. */
  static Duration delay(RetryPolicy policy, int retry, boolean throttling, RandomGenerator random) {
    long ceiling = nanos(ceiling(policy, retry, throttling));
    if (ceiling == 0) {
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) (random.nextDouble() * ceiling));
  }

  private static long nanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }
}

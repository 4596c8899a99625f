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
package io.sqskit.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries failed calls: attempts, exponential backoff with full jitter, and a retry
 * quota; immutable and thread-safe.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder().maxAttempts(5).baseDelay(Duration.ofMillis(50))
 *     .build();
 * RetryPolicy noQuota = RetryPolicy.builder(policy).retryQuota(false).build();
 * }</pre>
 *
 * <p>The defaults follow the AWS SDKs' "standard" retry mode (AWS SDK for Java 2.x developer guide,
 * "Configure retry behavior"; AWS SDKs and Tools reference guide, "Retry behavior"): 3 attempts;
 * the delay before retry {@code n} (1-based) is a uniformly random duration between zero and {@code
 * min(maxBackoff, base * 2^(n-1))}, with a base of 100 ms, or 1 s after a throttling error, and a
 * cap of 20 s. The retry quota is a token bucket of 500 tokens shared by all calls of one client: a
 * retry takes 5 tokens, a retry after a timeout 10; a call that succeeds on its first attempt puts
 * 1 token back, a call that succeeds after retries puts back what its last retry took. When the
 * bucket cannot pay for a retry the call fails with its last error, so a struggling service is not
 * hammered by every caller at once. The first attempt is never held back. (The bucket's numbers are
 * the standard-mode constants as the AWS SDKs define them, e.g. {@code INITIAL_RETRY_TOKENS = 500},
 * {@code RETRY_COST = 5}, {@code TIMEOUT_RETRY_COST = 10}, {@code NO_RETRY_INCREMENT = 1} in the
 * AWS SDK for JavaScript v3's retry middleware.)
 *
 * @since 0.1
 */
public final class RetryPolicy {
  /** Default number of attempts, the first one included. */
  public static final int DEFAULT_MAX_ATTEMPTS = 3;

  /** Default base delay for errors other than throttling. */
  public static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(100);

  /** Default base delay after a throttling error. */
  public static final Duration DEFAULT_THROTTLING_BASE_DELAY = Duration.ofSeconds(1);

  /** Default cap of a single backoff. */
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(20);

  /** Default size of the retry quota's token bucket. */
  public static final int DEFAULT_QUOTA_CAPACITY = 500;

  /** Default number of tokens a retry takes. */
  public static final int DEFAULT_RETRY_COST = 5;

  /** Default number of tokens a retry after a timeout takes. */
  public static final int DEFAULT_TIMEOUT_RETRY_COST = 10;

  private static final RetryPolicy DEFAULTS = new Builder().build();
  private static final RetryPolicy NONE = new Builder().enabled(false).build();

  private final boolean enabled;
  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration throttlingBaseDelay;
  private final Duration maxBackoff;
  private final boolean retryQuota;
  private final int quotaCapacity;
  private final int retryCost;
  private final int timeoutRetryCost;

  private RetryPolicy(Builder b) {
    this.enabled = b.enabled;
    this.maxAttempts = b.maxAttempts;
    this.baseDelay = b.baseDelay;
    this.throttlingBaseDelay = b.throttlingBaseDelay;
    this.maxBackoff = b.maxBackoff;
    this.retryQuota = b.retryQuota;
    this.quotaCapacity = b.quotaCapacity;
    this.retryCost = b.retryCost;
    this.timeoutRetryCost = b.timeoutRetryCost;
  }

  /** {@return the standard mode: 3 attempts, exponential backoff with full jitter, retry quota} */
  public static RetryPolicy ofDefaults() {
    return DEFAULTS;
  }

  /** {@return one attempt, no retries} */
  public static RetryPolicy none() {
    return NONE;
  }

  /** {@return a builder with the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder starting from {@code existing}}
   *
   * @param existing the policy whose settings the builder starts with
   */
  public static Builder builder(RetryPolicy existing) {
    return new Builder(existing);
  }

  /** {@return a builder starting from this policy} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return whether failed calls are retried at all; when false only one attempt is made} */
  public boolean enabled() {
    return enabled;
  }

  /** {@return the configured number of attempts, the first one included} */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** {@return the attempts a call really gets: {@link #maxAttempts()}, or 1 when disabled} */
  public int effectiveMaxAttempts() {
    return enabled ? maxAttempts : 1;
  }

  /** {@return the base of the exponential backoff for errors other than throttling} */
  public Duration baseDelay() {
    return baseDelay;
  }

  /** {@return the base of the exponential backoff after a throttling error} */
  public Duration throttlingBaseDelay() {
    return throttlingBaseDelay;
  }

  /** {@return the cap of a single backoff (before jitter)} */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** {@return whether retries draw on a shared token bucket} */
  public boolean retryQuota() {
    return retryQuota;
  }

  /** {@return the size of the token bucket} */
  public int quotaCapacity() {
    return quotaCapacity;
  }

  /** {@return tokens a retry takes} */
  public int retryCost() {
    return retryCost;
  }

  /** {@return tokens a retry after a timeout takes} */
  public int timeoutRetryCost() {
    return timeoutRetryCost;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RetryPolicy p
        && enabled == p.enabled
        && maxAttempts == p.maxAttempts
        && baseDelay.equals(p.baseDelay)
        && throttlingBaseDelay.equals(p.throttlingBaseDelay)
        && maxBackoff.equals(p.maxBackoff)
        && retryQuota == p.retryQuota
        && quotaCapacity == p.quotaCapacity
        && retryCost == p.retryCost
        && timeoutRetryCost == p.timeoutRetryCost;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        enabled,
        maxAttempts,
        baseDelay,
        throttlingBaseDelay,
        maxBackoff,
        retryQuota,
        quotaCapacity,
        retryCost,
        timeoutRetryCost);
  }

  @Override
  public String toString() {
    return "RetryPolicy{enabled="
        + enabled
        + ", maxAttempts="
        + maxAttempts
        + ", baseDelay="
        + baseDelay
        + ", throttlingBaseDelay="
        + throttlingBaseDelay
        + ", maxBackoff="
        + maxBackoff
        + ", retryQuota="
        + retryQuota
        + ", quotaCapacity="
        + quotaCapacity
        + ", retryCost="
        + retryCost
        + ", timeoutRetryCost="
        + timeoutRetryCost
        + "}";
  }

  /** Builds a {@link RetryPolicy}; not thread-safe. */
  public static final class Builder {
    private boolean enabled = true;
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private Duration baseDelay = DEFAULT_BASE_DELAY;
    private Duration throttlingBaseDelay = DEFAULT_THROTTLING_BASE_DELAY;
    private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
    private boolean retryQuota = true;
    private int quotaCapacity = DEFAULT_QUOTA_CAPACITY;
    private int retryCost = DEFAULT_RETRY_COST;
    private int timeoutRetryCost = DEFAULT_TIMEOUT_RETRY_COST;

    private Builder() {}

    private Builder(RetryPolicy p) {
      this.enabled = p.enabled;
      this.maxAttempts = p.maxAttempts;
      this.baseDelay = p.baseDelay;
      this.throttlingBaseDelay = p.throttlingBaseDelay;
      this.maxBackoff = p.maxBackoff;
      this.retryQuota = p.retryQuota;
      this.quotaCapacity = p.quotaCapacity;
      this.retryCost = p.retryCost;
      this.timeoutRetryCost = p.timeoutRetryCost;
    }

    /**
     * Switches retries on or off; off means one attempt whatever {@link #maxAttempts} says.
     *
     * @param enabled switches retries on or off; off means one attempt whatever {@link
     *     #maxAttempts} says
     * @return this builder
     */
    public Builder enabled(boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /**
     * Attempts per call, the first one included; at least 1.
     *
     * @param maxAttempts attempts per call, the first one included; at least 1
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Base of the exponential backoff for errors other than throttling; zero or more.
     *
     * @param baseDelay base of the exponential backoff for errors other than throttling; zero or
     *     more
     * @return this builder
     */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = nonNegative("baseDelay", baseDelay);
      return this;
    }

    /**
     * Base of the exponential backoff after a throttling error; zero or more.
     *
     * @param throttlingBaseDelay base of the exponential backoff after a throttling error; zero or
     *     more
     * @return this builder
     */
    public Builder throttlingBaseDelay(Duration throttlingBaseDelay) {
      this.throttlingBaseDelay = nonNegative("throttlingBaseDelay", throttlingBaseDelay);
      return this;
    }

    /**
     * Cap of a single backoff; zero or more.
     *
     * @param maxBackoff cap of a single backoff; zero or more
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative("maxBackoff", maxBackoff);
      return this;
    }

    /**
     * Whether retries draw on the client's token bucket.
     *
     * @param retryQuota whether retries draw on the client's token bucket
     * @return this builder
     */
    public Builder retryQuota(boolean retryQuota) {
      this.retryQuota = retryQuota;
      return this;
    }

    /**
     * Size of the token bucket; at least 1.
     *
     * @param quotaCapacity size of the token bucket; at least 1
     * @return this builder
     */
    public Builder quotaCapacity(int quotaCapacity) {
      if (quotaCapacity < 1) {
        throw new IllegalArgumentException("quotaCapacity must be at least 1: " + quotaCapacity);
      }
      this.quotaCapacity = quotaCapacity;
      return this;
    }

    /**
     * Tokens a retry takes; zero or more.
     *
     * @param retryCost tokens a retry takes; zero or more
     * @return this builder
     */
    public Builder retryCost(int retryCost) {
      if (retryCost < 0) {
        throw new IllegalArgumentException("retryCost must not be negative: " + retryCost);
      }
      this.retryCost = retryCost;
      return this;
    }

    /**
     * Tokens a retry after a timeout takes; zero or more.
     *
     * @param timeoutRetryCost tokens a retry after a timeout takes; zero or more
     * @return this builder
     */
    public Builder timeoutRetryCost(int timeoutRetryCost) {
      if (timeoutRetryCost < 0) {
        throw new IllegalArgumentException(
            "timeoutRetryCost must not be negative: " + timeoutRetryCost);
      }
      this.timeoutRetryCost = timeoutRetryCost;
      return this;
    }

    /** {@return the immutable policy} */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(String name, Duration value) {
      Objects.requireNonNull(value, name);
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative: " + value);
      }
      return value;
    }
  }
}

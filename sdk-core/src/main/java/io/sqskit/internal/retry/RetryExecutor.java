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

import io.sqskit.exception.SqsClientException;
import io.sqskit.exception.SqsException;
import io.sqskit.exception.SqsServiceException;
import io.sqskit.retry.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Runs a call under a {@link RetryPolicy}: decides which failures are retried, waits with jittered
 * exponential backoff and keeps the retry quota; thread-safe, one per client.
 *
 * <p>Retried: failures without a service answer caused by I/O ({@link SqsClientException} whose
 * cause is an {@link IOException}: refused or reset connections, timeouts, truncated responses) and
 * service errors flagged {@link SqsServiceException#retryable()} (5xx, throttling). Never retried:
 * client errors such as {@code InvalidParameterValue} or {@code ReceiptHandleIsInvalid}, failures
 * to load credentials or sign, and anything after the thread was interrupted. When a call fails for
 * good, the failures of its earlier attempts are attached to the thrown one as suppressed
 * exceptions, so the number of attempts and what each met stay visible.
 */
public final class RetryExecutor {
  /** One attempt of a call. */
  @FunctionalInterface
  public interface Attempt<T> {
    /**
     * Runs attempt number {@code attempt} (1-based).
     *
     * @throws SqsException when the attempt fails
     */
    T run(int attempt);
  }

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final RetryQuota quota;

  public RetryExecutor(RetryPolicy policy, Sleeper sleeper, RandomGenerator random) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.random = Objects.requireNonNull(random, "random");
    this.quota = new RetryQuota(policy.quotaCapacity());
  }

  /** Runs {@code attempt} until it succeeds, fails for good, or attempts or quota run out. */
  public <T> T execute(Attempt<T> attempt) {
    int maxAttempts = policy.effectiveMaxAttempts();
    int lastCost = 0;
    List<SqsException> earlier = null;
    for (int number = 1; ; number++) {
      SqsException failure;
      try {
        T result = attempt.run(number);
        if (policy.retryQuota()) {
          quota.release(number == 1 ? 1 : lastCost);
        }
        return result;
      } catch (SqsException e) {
        failure = e;
      }
      if (number >= maxAttempts
          || !isRetryable(failure)
          || Thread.currentThread().isInterrupted()) {
        throw withEarlier(failure, earlier);
      }
      boolean timeout = isTimeout(failure);
      int cost = timeout ? policy.timeoutRetryCost() : policy.retryCost();
      if (policy.retryQuota() && !quota.tryAcquire(cost)) {
        throw withEarlier(failure, earlier);
      }
      lastCost = cost;
      if (earlier == null) {
        earlier = new ArrayList<>(maxAttempts - 1);
      }
      earlier.add(failure);
      Duration delay = Backoff.delay(policy, number, isThrottling(failure), random);
      sleep(delay, failure);
    }
  }

  /** The failures of earlier attempts travel as suppressed exceptions of the last one. */
  private static SqsException withEarlier(SqsException last, @Nullable List<SqsException> earlier) {
    if (earlier != null) {
      for (SqsException e : earlier) {
        if (e != last) {
          last.addSuppressed(e);
        }
      }
    }
    return last;
  }

  /** Tokens left in the retry quota. */
  public int availableQuota() {
    return quota.available();
  }

  /** The policy this executor applies. */
  public RetryPolicy policy() {
    return policy;
  }

  static boolean isRetryable(SqsException e) {
    if (e instanceof SqsServiceException service) {
      return service.retryable();
    }
    return e instanceof SqsClientException && e.getCause() instanceof IOException;
  }

  static boolean isThrottling(SqsException e) {
    return e instanceof SqsServiceException service && service.isThrottling();
  }

  static boolean isTimeout(SqsException e) {
    return e instanceof SqsClientException && e.getCause() instanceof InterruptedIOException;
  }

  private void sleep(Duration delay, SqsException failure) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      SqsClientException interrupted =
          new SqsClientException("Interrupted while waiting to retry the call", e);
      interrupted.addSuppressed(failure);
      throw interrupted;
    }
  }
}

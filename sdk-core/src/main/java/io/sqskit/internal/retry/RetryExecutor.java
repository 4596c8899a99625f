package io.sqskit.internal.retry;

import io.sqskit.exception.SqsClientException;
import io.sqskit.exception.SqsException;
import io.sqskit.exception.SqsServiceException;
import io.sqskit.retry.RetryPolicy;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Runs a call under a {@link RetryPolicy}: decides which failures are retried, waits with jittered
 * exponential backoff and keeps the retry quota; thread-safe, one per client.
 *
 * <p>Retried: failures without a service answer caused by I/O ({@link SqsClientException} whose
 * cause is an {@link IOException}: refused or reset connections, timeouts, truncated responses) and
 * service errors flagged {@link SqsServiceException#retryable()} (5xx, throttling). Never retried:
 * client errors such as {@code InvalidParameterValue} or {@code ReceiptHandleIsInvalid}, failures
 * to load credentials or sign, and anything after the thread was interrupted.
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
        throw failure;
      }
      boolean timeout = isTimeout(failure);
      int cost = timeout ? policy.timeoutRetryCost() : policy.retryCost();
      if (policy.retryQuota() && !quota.tryAcquire(cost)) {
        throw failure;
      }
      lastCost = cost;
      Duration delay = Backoff.delay(policy, number, isThrottling(failure), random);
      sleep(delay, failure);
    }
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

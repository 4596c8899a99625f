package io.sqskit.retry;

/**
 * How the client retries failed calls. STUB: the full implementation (builder, backoff, quota)
 * replaces this file; the two factories below are part of the contract.
 *
 * @since 0.1
 */
public final class RetryPolicy {
  private RetryPolicy() {}

  /** Standard mode: 3 attempts, exponential backoff with full jitter, retry quota. */
  public static RetryPolicy ofDefaults() {
    return new RetryPolicy();
  }

  /** One attempt, no retries. */
  public static RetryPolicy none() {
    return new RetryPolicy();
  }
}

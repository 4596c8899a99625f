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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.exception.ErrorCode;
import io.sqskit.exception.SqsClientException;
import io.sqskit.exception.SqsException;
import io.sqskit.retry.RetryPolicy;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryExecutorTest {
  private final List<Duration> sleeps = new ArrayList<>();
  private final List<Integer> attempts = new ArrayList<>();

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  private RetryExecutor executor(RetryPolicy policy) {
    return executor(policy, new Random(1));
  }

  private RetryExecutor executor(RetryPolicy policy, RandomGenerator random) {
    return new RetryExecutor(policy, sleeps::add, random);
  }

  /** An attempt that fails with the given exceptions in turn, then returns "ok". */
  private RetryExecutor.Attempt<String> failing(SqsException... failures) {
    return n -> {
      attempts.add(n);
      if (n <= failures.length) {
        throw failures[n - 1];
      }
      return "ok";
    };
  }

  private static SqsException io() {
    return new SqsClientException("reset", new IOException("Connection reset"));
  }

  private static SqsException timeout() {
    return new SqsClientException("timeout", new SocketTimeoutException("Read timed out"));
  }

  private static SqsException service(String code, int status) {
    return ErrorCode.from(code, status, "m", "r", status < 500);
  }

  @Test
  void countsAttemptsFromOne() {
    assertThat(executor(RetryPolicy.ofDefaults()).execute(failing(io(), io()))).isEqualTo("ok");

    assertThat(attempts).containsExactly(1, 2, 3);
    assertThat(sleeps).hasSize(2);
  }

  @Test
  void clientErrorsAreNeverRetried() {
    for (String code : List.of("ReceiptHandleIsInvalid", "InvalidParameterValue", "OverLimit")) {
      attempts.clear();
      SqsException error = service(code, 400);

      assertThatThrownBy(() -> executor(RetryPolicy.ofDefaults()).execute(failing(error)))
          .isSameAs(error);
      assertThat(attempts).as(code).containsExactly(1);
    }
    assertThat(sleeps).isEmpty();
  }

  @Test
  void nonIoClientFailuresAreNotRetried() {
    SqsException credentials =
        new SqsClientException("Unable to load credentials", new IllegalStateException());

    assertThatThrownBy(() -> executor(RetryPolicy.ofDefaults()).execute(failing(credentials)))
        .isSameAs(credentials);
    assertThat(attempts).containsExactly(1);
  }

  @Test
  void lastFailureIsThrownWhenAttemptsRunOut() {
    SqsException last = service("ServiceUnavailable", 503);

    assertThatThrownBy(
            () ->
                executor(RetryPolicy.ofDefaults())
                    .execute(failing(io(), service("InternalFailure", 500), last, io())))
        .isSameAs(last);
    assertThat(attempts).containsExactly(1, 2, 3);
  }

  @Test
  void earlierFailuresAreSuppressedInTheLastOne() {
    SqsException first = io();
    SqsException second = service("InternalFailure", 500);
    SqsException last = timeout();

    assertThatThrownBy(
            () -> executor(RetryPolicy.ofDefaults()).execute(failing(first, second, last)))
        .isSameAs(last)
        .satisfies(e -> assertThat(e.getSuppressed()).containsExactly(first, second));
  }

  @Test
  void failureOnTheFirstAttemptHasNothingSuppressed() {
    SqsException only = service("InvalidParameterValue", 400);

    assertThatThrownBy(() -> executor(RetryPolicy.ofDefaults()).execute(failing(only)))
        .isSameAs(only)
        .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
  }

  @Test
  void disabledPolicyMakesOneAttempt() {
    SqsException error = io();

    assertThatThrownBy(() -> executor(RetryPolicy.none()).execute(failing(error))).isSameAs(error);
    assertThat(attempts).containsExactly(1);
  }

  @Test
  void fullJitterUsesTheRandomFractionOfTheExponentialCeiling() {
    RandomGenerator half = new FixedRandom(0.5);
    RetryPolicy policy =
        RetryPolicy.builder()
            .maxAttempts(6)
            .baseDelay(Duration.ofMillis(100))
            .maxBackoff(Duration.ofMillis(1000))
            .build();

    executor(policy, half).execute(failing(io(), io(), io(), io(), io()));

    assertThat(sleeps)
        .containsExactly(
            Duration.ofMillis(50),
            Duration.ofMillis(100),
            Duration.ofMillis(200),
            Duration.ofMillis(400),
            Duration.ofMillis(500));
  }

  @Test
  void throttlingUsesTheThrottlingBase() {
    RetryPolicy policy =
        RetryPolicy.builder()
            .baseDelay(Duration.ofMillis(100))
            .throttlingBaseDelay(Duration.ofSeconds(1))
            .build();

    executor(policy, new FixedRandom(0.5))
        .execute(
            failing(service("RequestThrottled", 403), service("KMS.ThrottlingException", 400)));

    assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void seededJitterStaysWithinBounds() {
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(10).retryQuota(false).build();
    executor(policy, new Random(99))
        .execute(failing(io(), io(), io(), io(), io(), io(), io(), io(), io()));

    assertThat(sleeps).hasSize(9);
    for (int i = 0; i < sleeps.size(); i++) {
      Duration ceiling = Duration.ofMillis(Math.min(20_000, 100L << i));
      assertThat(sleeps.get(i)).isBetween(Duration.ZERO, ceiling);
    }
    assertThat(sleeps).doesNotHaveDuplicates();
  }

  @Test
  void quotaPaysFiveForARetryAndTenAfterATimeout() {
    RetryExecutor executor = executor(RetryPolicy.builder().maxAttempts(3).build());

    assertThatThrownBy(() -> executor.execute(failing(io(), timeout(), io()))).isNotNull();

    assertThat(executor.availableQuota()).isEqualTo(500 - 5 - 10);
  }

  @Test
  void successRefundsTheLastRetryCostOrOneToken() {
    RetryExecutor executor = executor(RetryPolicy.ofDefaults());

    executor.execute(failing(io(), io()));
    // paid 5 + 5, got the last 5 back
    assertThat(executor.availableQuota()).isEqualTo(495);

    executor.execute(failing(timeout()));
    // paid 10 for the retry after a timeout, got 10 back
    assertThat(executor.availableQuota()).isEqualTo(495);

    executor.execute(failing());
    assertThat(executor.availableQuota()).isEqualTo(496);
  }

  @Test
  void firstSuccessNeverFillsAboveCapacity() {
    RetryExecutor executor = executor(RetryPolicy.builder().quotaCapacity(7).build());
    executor.execute(failing());
    assertThat(executor.availableQuota()).isEqualTo(7);
  }

  @Test
  void exhaustedQuotaStopsRetriesButNeverTheFirstAttempt() {
    RetryExecutor executor =
        executor(RetryPolicy.builder().maxAttempts(5).quotaCapacity(10).build());

    assertThatThrownBy(() -> executor.execute(failing(io(), io(), io(), io(), io())))
        .isInstanceOf(SqsClientException.class);
    assertThat(attempts).containsExactly(1, 2, 3);
    assertThat(executor.availableQuota()).isZero();

    attempts.clear();
    assertThat(executor.execute(failing())).isEqualTo("ok");
    assertThat(attempts).containsExactly(1);
    assertThat(executor.availableQuota()).isEqualTo(1);
  }

  @Test
  void quotaCanBeSwitchedOff() {
    RetryExecutor executor =
        executor(RetryPolicy.builder().maxAttempts(5).quotaCapacity(1).retryQuota(false).build());

    executor.execute(failing(io(), io(), io(), io()));

    assertThat(attempts).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void interruptedSleepStopsWithClientExceptionAndKeepsTheFlag() {
    SqsException first = io();
    RetryExecutor executor =
        new RetryExecutor(
            RetryPolicy.ofDefaults(),
            d -> {
              throw new InterruptedException();
            },
            new Random(1));

    assertThatThrownBy(() -> executor.execute(failing(first)))
        .isInstanceOf(SqsClientException.class)
        .hasMessageContaining("Interrupted")
        .satisfies(e -> assertThat(e.getSuppressed()).containsExactly(first));
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    assertThat(attempts).containsExactly(1);
  }

  @Test
  void interruptedThreadIsNotRetried() {
    Thread.currentThread().interrupt();
    SqsException error = io();

    assertThatThrownBy(() -> executor(RetryPolicy.ofDefaults()).execute(failing(error)))
        .isSameAs(error);
    assertThat(attempts).containsExactly(1);
  }

  /** A RandomGenerator whose nextDouble is fixed. */
  private static final class FixedRandom implements RandomGenerator {
    private final double value;

    FixedRandom(double value) {
      this.value = value;
    }

    @Override
    public long nextLong() {
      throw new UnsupportedOperationException();
    }

    @Override
    public double nextDouble() {
      return value;
    }
  }
}

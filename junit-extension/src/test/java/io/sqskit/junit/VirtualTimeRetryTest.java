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
package io.sqskit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.client.SqsClient;
import io.sqskit.retry.RetryPolicy;
import io.sqskit.testing.server.Fault;
import io.sqskit.testing.server.FaultInjector;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Injected sqskit clients of a virtual-time class retry without backoff (a real wait would defeat
 * the manual clock); those of a real-time class back off as SQS's standard mode does.
 */
class VirtualTimeRetryTest {

  static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

  @BeforeEach
  void clear() {
    SEEN.clear();
  }

  @Test
  void virtualTimeClientsRetryAsOftenButWithoutBackoff() {
    Kit.assertAllSucceeded(Kit.run(VirtualRetryTestCase.class), 1);

    RetryPolicy policy = (RetryPolicy) SEEN.get("virtual policy");
    assertThat(policy.maxBackoff()).isZero();
    assertThat(policy.maxAttempts()).isEqualTo(RetryPolicy.DEFAULT_MAX_ATTEMPTS);
    assertThat(policy.retryQuota()).isTrue();
    assertThat(SEEN.get("derived policy"))
        .as("a client derived with toBuilder()")
        .isEqualTo(policy);
  }

  @Test
  void realTimeClientsKeepTheStandardBackoff() {
    Kit.assertAllSucceeded(Kit.run(RealRetryTestCase.class), 1);

    assertThat(SEEN.get("real policy")).isEqualTo(RetryPolicy.ofDefaults());
  }

  @SqsTest(virtualTime = true)
  static class VirtualRetryTestCase {
    @Test
    void throttledSendsAreRetried(
        SqsClient sqs, FaultInjector faults, @SqsQueue(name = "orders") String url) {
      SEEN.put("virtual policy", sqs.config().retryPolicy());
      try (SqsClient derived = sqs.toBuilder().build()) {
        SEEN.put("derived policy", derived.config().retryPolicy());
      }
      faults.add(Fault.throttle().action("SendMessage").queue("orders").times(2));

      sqs.sendMessage(url, "o-1");

      assertThat(faults.injected(Fault.Kind.THROTTLE)).isEqualTo(2);
    }
  }

  @SqsTest
  static class RealRetryTestCase {
    @Test
    void recordsThePolicy(SqsClient sqs) {
      SEEN.put("real policy", sqs.config().retryPolicy());
    }
  }
}

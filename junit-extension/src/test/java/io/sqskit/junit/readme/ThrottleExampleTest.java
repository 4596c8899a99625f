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
package io.sqskit.junit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.client.SqsClient;
import io.sqskit.junit.SqsQueue;
import io.sqskit.junit.SqsTest;
import io.sqskit.retry.RetryPolicy;
import io.sqskit.testing.server.Fault;
import io.sqskit.testing.server.FaultInjector;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README's fault examples: throttled sends retried, with and without backoff. */
@SqsTest
class ThrottleExampleTest {

  // region throttle
  @Test
  void retriesThrottledSends(
      SqsClient sqs, FaultInjector faults, @SqsQueue(name = "orders") String url) {
    faults.add(Fault.throttle().action("SendMessage").queue("orders").times(2));
    sqs.sendMessage(url, "o-1"); // two 403 RequestThrottled, then success
    assertThat(faults.injected(Fault.Kind.THROTTLE)).isEqualTo(2);
  }

  // endregion throttle

  // region fast-retries
  @Test
  void retriesThrottledSendsWithoutWaiting(
      SqsClient sqs, FaultInjector faults, @SqsQueue(name = "orders") String url) {
    RetryPolicy noBackoff = RetryPolicy.builder().maxBackoff(Duration.ZERO).build();
    try (SqsClient fast = sqs.toBuilder().retryPolicy(noBackoff).build()) { // same account, pool
      faults.add(Fault.throttle().action("SendMessage").queue("orders").times(2));
      fast.sendMessage(url, "o-1"); // retried at once, three attempts as before
    }
    assertThat(faults.injected(Fault.Kind.THROTTLE)).isEqualTo(2);
  }
  // endregion fast-retries
}

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void defaultsFollowStandardMode() {
    RetryPolicy p = RetryPolicy.ofDefaults();

    assertThat(p.enabled()).isTrue();
    assertThat(p.maxAttempts()).isEqualTo(3);
    assertThat(p.effectiveMaxAttempts()).isEqualTo(3);
    assertThat(p.baseDelay()).isEqualTo(Duration.ofMillis(100));
    assertThat(p.throttlingBaseDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.maxBackoff()).isEqualTo(Duration.ofSeconds(20));
    assertThat(p.retryQuota()).isTrue();
    assertThat(p.quotaCapacity()).isEqualTo(500);
    assertThat(p.retryCost()).isEqualTo(5);
    assertThat(p.timeoutRetryCost()).isEqualTo(10);
    assertThat(p).isEqualTo(RetryPolicy.builder().build());
  }

  @Test
  void noneMakesOneAttempt() {
    assertThat(RetryPolicy.none().enabled()).isFalse();
    assertThat(RetryPolicy.none().effectiveMaxAttempts()).isEqualTo(1);
  }

  @Test
  void builderFromExistingKeepsEverythingElse() {
    RetryPolicy custom =
        RetryPolicy.builder()
            .maxAttempts(7)
            .baseDelay(Duration.ofMillis(5))
            .throttlingBaseDelay(Duration.ofMillis(50))
            .maxBackoff(Duration.ofSeconds(2))
            .quotaCapacity(40)
            .retryCost(2)
            .timeoutRetryCost(4)
            .build();

    RetryPolicy changed = RetryPolicy.builder(custom).retryQuota(false).build();

    assertThat(changed.retryQuota()).isFalse();
    assertThat(changed.toBuilder().retryQuota(true).build()).isEqualTo(custom);
    assertThat(changed.maxAttempts()).isEqualTo(7);
    assertThat(changed.timeoutRetryCost()).isEqualTo(4);
    assertThat(custom.toString()).contains("maxAttempts=7");
  }

  @Test
  void disabledPolicyKeepsItsMaxAttemptsButMakesOne() {
    RetryPolicy off = RetryPolicy.builder().maxAttempts(5).enabled(false).build();

    assertThat(off.maxAttempts()).isEqualTo(5);
    assertThat(off.effectiveMaxAttempts()).isEqualTo(1);
    assertThat(off.toBuilder().enabled(true).build().effectiveMaxAttempts()).isEqualTo(5);
  }

  @Test
  void badValuesAreRejectedNamingTheParameter() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseDelay");
    assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("maxBackoff");
    assertThatThrownBy(() -> RetryPolicy.builder().quotaCapacity(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quotaCapacity");
    assertThatThrownBy(() -> RetryPolicy.builder().retryCost(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("retryCost");
  }
}

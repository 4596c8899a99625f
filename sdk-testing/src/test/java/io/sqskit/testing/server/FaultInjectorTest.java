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
package io.sqskit.testing.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The rule semantics of {@link FaultInjector}, without a socket. */
class FaultInjectorTest {

  private final FaultInjector faults = new FaultInjector();

  @Test
  void noRuleMeansInactiveAndNoDecision() {
    assertThat(faults.active()).isFalse();
    assertThat(faults.decide("SendMessage", "q", "111122223333")).isNull();
  }

  @Test
  void latencyRulesAddUpAndTheFirstTerminalRuleDecides() {
    faults
        .add(Fault.latency(Duration.ofMillis(3)))
        .add(Fault.latency(Duration.ofMillis(4)))
        .add(Fault.throttle())
        .add(Fault.internalError());

    FaultInjector.Decision decision = faults.decide("SendMessage", "q", null);

    assertThat(decision.delay()).isEqualTo(Duration.ofMillis(7));
    assertThat(decision.kind()).isEqualTo(Fault.Kind.THROTTLE);
    assertThat(faults.injected(Fault.Kind.INTERNAL_ERROR)).isZero();
    assertThat(faults.injected()).isEqualTo(3);
  }

  @Test
  void latencyAloneAnswersNormallyAfterTheDelay() {
    faults.add(Fault.latency(Duration.ofMillis(5)));

    FaultInjector.Decision decision = faults.decide("ListQueues", null, null);

    assertThat(decision.delay()).isEqualTo(Duration.ofMillis(5));
    assertThat(decision.kind()).isNull();
  }

  @Test
  void anExhaustedRuleLetsTheNextOneDecide() {
    faults.add(Fault.throttle().times(1)).add(Fault.serviceUnavailable());

    assertThat(faults.decide("SendMessage", "q", null).kind()).isEqualTo(Fault.Kind.THROTTLE);
    assertThat(faults.decide("SendMessage", "q", null).kind())
        .isEqualTo(Fault.Kind.SERVICE_UNAVAILABLE);
    assertThat(faults.rules()).containsExactly(Fault.serviceUnavailable());
  }

  @Test
  void corruptionRulesAreNotUsedUpByActionsWithoutDigests() {
    faults.add(Fault.corruptMd5().times(1));

    assertThat(faults.decide("GetQueueUrl", "q", null)).isNull();
    assertThat(faults.decide("DeleteMessage", "q", null)).isNull();
    assertThat(faults.decide("ReceiveMessage", "q", null).kind()).isEqualTo(Fault.Kind.CORRUPT_MD5);
  }

  @Test
  void theSameSeedGivesTheSameFaults() {
    assertThat(draws(99)).isEqualTo(draws(99)).contains(true, false);
    assertThat(draws(99)).isNotEqualTo(draws(100));
  }

  private static List<Boolean> draws(long seed) {
    FaultInjector injector = new FaultInjector().seed(seed);
    injector.add(Fault.throttle().probability(0.5));
    List<Boolean> out = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      out.add(injector.decide("SendMessage", "q", null) != null);
    }
    return out;
  }

  @Test
  void timesIsExactUnderConcurrentCalls() throws Exception {
    faults.add(Fault.internalError().times(100));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  go.await();
                  int hits = 0;
                  for (int i = 0; i < 50; i++) {
                    if (faults.decide("SendMessage", "q", null) != null) {
                      hits++;
                    }
                  }
                  return hits;
                }));
      }
      go.countDown();
      int total = 0;
      for (Future<Integer> result : results) {
        total += result.get(30, TimeUnit.SECONDS);
      }

      assertThat(total).isEqualTo(100);
      assertThat(faults.injected(Fault.Kind.INTERNAL_ERROR)).isEqualTo(100);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void clearingTheServerInjectorRemovesAccountRulesToo() {
    FaultInjector account = faults.forAccount("111122223333");
    account.add(Fault.throttle());

    assertThat(faults.decide("SendMessage", "q", "111122223333")).isNotNull();
    assertThat(faults.decide("SendMessage", "q", "444455556666")).isNull();
    faults.clear();

    assertThat(faults.active()).isFalse();
    assertThat(account.rules()).isEmpty();
    assertThat(account.injected()).isEqualTo(1);
  }
}

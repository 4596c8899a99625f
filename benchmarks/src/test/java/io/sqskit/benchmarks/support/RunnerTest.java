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
package io.sqskit.benchmarks.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

class RunnerTest {
  private final Runner runner = new Runner(Duration.ofMillis(20), Duration.ofMillis(30), 3);

  private record Counting(String name, LongAdder calls, AtomicInteger rounds) implements Workload {
    @Override
    public Call call(int thread) {
      return calls::increment;
    }

    @Override
    public void beforeRound() {
      rounds.incrementAndGet();
    }
  }

  @Test
  void throughputGivesEveryWorkloadOneValuePerRoundAfterAWarmUpRound() {
    Counting a = new Counting("a", new LongAdder(), new AtomicInteger());
    Counting b = new Counting("b", new LongAdder(), new AtomicInteger());
    List<Measurement> result = runner.throughput(List.of(a, b), 2);
    assertThat(result).extracting(Measurement::contender).containsExactly("a", "b");
    assertThat(result)
        .allSatisfy(
            m -> {
              assertThat(m.rounds()).hasSize(3).allSatisfy(v -> assertThat(v).isPositive());
              assertThat(m.unit()).isEqualTo("calls/s");
            });
    assertThat(a.rounds()).hasValue(4);
    assertThat(a.calls().sum()).isPositive();
  }

  /** Rates given step by step, the last one repeated once the script runs out. */
  private static Runner.Step<String> scripted(Map<String, double[]> script) {
    Map<String, Integer> next = new HashMap<>();
    return name -> {
      double[] rates = script.get(name);
      int i = next.merge(name, 1, Integer::sum) - 1;
      return rates[Math.min(i, rates.length - 1)];
    };
  }

  @Test
  void preheatGoesOnWhileAnyWorkloadStillGetsFasterThenTwoCalmPasses() {
    Map<String, List<Double>> rates =
        Runner.untilSteady(
            List.of("climbing", "flat"),
            100,
            scripted(
                Map.of("climbing", new double[] {100, 200, 300, 310}, "flat", new double[] {50})));

    // climbing gains more than 5 % in steps 2 and 3; 310 is within 5 % of 300, so passes 4 and 5
    // are calm and the preheat stops there, for both
    assertThat(rates.get("climbing")).containsExactly(100.0, 200.0, 300.0, 310.0, 310.0);
    assertThat(rates.get("flat")).hasSize(5);
  }

  @Test
  void preheatStopsAtItsCapAndDropsAWorkloadWhoseStepFails() {
    AtomicInteger steps = new AtomicInteger();
    // 100, 200, ... 700: every step at least 16 % faster than the one before
    Runner.Step<String> step =
        name -> {
          if (name.equals("broken")) {
            throw new IllegalStateException("wrong answer");
          }
          return steps.incrementAndGet() * 100.0;
        };
    Map<String, List<Double>> rates = Runner.untilSteady(List.of("rising", "broken"), 7, step);

    assertThat(rates.get("rising")).hasSize(7);
    assertThat(rates).doesNotContainKey("broken");
  }

  @Test
  void aWorkloadThatFailsIsReportedNotMeasuredWithItsErrorAndOthersGoOn() {
    Workload failing =
        new Workload() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public Call call(int thread) {
            return () -> {
              throw new IllegalStateException("wrong answer");
            };
          }
        };
    Counting fine = new Counting("fine", new LongAdder(), new AtomicInteger());
    List<Measurement> result = runner.throughput(List.of(failing, fine), 1);
    assertThat(result.get(0).isMeasured()).isFalse();
    assertThat(result.get(0).failure()).contains("wrong answer");
    assertThat(result.get(1).rounds()).hasSize(3);
  }

  @Test
  void unavailableContendersCarryTheirReasonVerbatim() {
    List<Measurement> result =
        runner.throughput(List.of(new Unavailable("sqskit", "not compiled")), 1);
    assertThat(result.get(0).failure()).isEqualTo("not compiled");
  }

  @Test
  void allocationCountsTheBytesTheCallingThreadAllocatesPerCall() {
    Workload allocating =
        new Workload() {
          @Override
          public String name() {
            return "alloc";
          }

          @Override
          public Call call(int thread) {
            return () -> sink = new byte[10_000];
          }
        };
    List<Measurement> result = runner.allocation(List.of(allocating), 100);
    assertThat(result.get(0).unit()).isEqualTo("bytes/call");
    assertThat(result.get(0).median()).isBetween(10_000.0, 12_000.0);
  }

  static volatile byte[] sink;
}

package io.sqskit.benchmarks.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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

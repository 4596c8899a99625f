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

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs workloads side by side in interleaved rounds (A B, B A, A B, ...) so slow drifts of the
 * machine hit every contender alike, and reports the median round of each.
 */
public final class Runner {
  private final Duration warmup;
  private final Duration round;
  private final int rounds;

  /**
   * A runner.
   *
   * @param warmup how long each contender runs, unmeasured, before the first round
   * @param round how long one measured round of one contender lasts
   * @param rounds how many measured rounds each contender gets
   */
  public Runner(Duration warmup, Duration round, int rounds) {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1: " + rounds);
    }
    this.warmup = warmup;
    this.round = round;
    this.rounds = rounds;
  }

  /**
   * Runs every workload in turn, {@code step} at a time, until two passes in a row have found none
   * of them more than 5 % faster than in its previous step, or until each has run {@code cap}: a
   * server's throughput keeps climbing for tens of seconds while the JIT compiles the client, the
   * server and the HTTP stack, and the compiler's CPU time would be counted as the server's.
   *
   * @return one line per workload: how long it ran and its calls/s in its last step
   */
  public List<String> preheatUntilSteady(
      List<? extends Workload> workloads, int threads, Duration step, Duration cap) {
    Map<Workload, String> failures = unavailable(workloads);
    List<Workload> running = new ArrayList<>();
    for (Workload workload : workloads) {
      if (!failures.containsKey(workload)) {
        running.add(workload);
      }
    }
    Map<Workload, List<Double>> rates =
        untilSteady(
            running,
            Math.max(1, cap.toNanos() / step.toNanos()),
            workload -> timedRound(workload, threads, step).callsPerSecond());
    List<String> out = new ArrayList<>();
    rates.forEach(
        (workload, steps) ->
            out.add(
                String.format(
                    Locale.ROOT,
                    "%s warmed up for %.0f s, %.0f calls/s in its last step",
                    workload.name(),
                    steps.size() * step.toMillis() / 1000.0,
                    steps.get(steps.size() - 1))));
    return out;
  }

  /** One step of a workload: its calls/s. */
  @FunctionalInterface
  interface Step<W> {
    double run(W workload) throws Exception;
  }

  /**
   * The loop of {@link #preheatUntilSteady}: passes over {@code workloads} until two passes in a
   * row saw no workload gain more than 5 % over its previous step, or {@code maxSteps} passes. A
   * workload whose step fails is left out of the later passes (the measurement that follows reports
   * it). Returns each workload's rates, step by step.
   */
  static <W> Map<W, List<Double>> untilSteady(List<W> workloads, long maxSteps, Step<W> step) {
    Map<W, List<Double>> rates = new LinkedHashMap<>();
    List<W> live = new ArrayList<>(workloads);
    int calmPasses = 0;
    for (long pass = 0; pass < maxSteps && calmPasses < 2 && !live.isEmpty(); pass++) {
      boolean calm = pass > 0;
      for (W workload : List.copyOf(live)) {
        double rate;
        try {
          rate = step.run(workload);
        } catch (Exception | AssertionError e) {
          live.remove(workload);
          continue;
        }
        List<Double> seen = rates.computeIfAbsent(workload, w -> new ArrayList<>());
        if (seen.isEmpty() || rate > seen.get(seen.size() - 1) * 1.05) {
          calm = false;
        }
        seen.add(rate);
      }
      calmPasses = calm ? calmPasses + 1 : 0;
    }
    return rates;
  }

  /**
   * Runs every workload, unmeasured, for {@code length} with {@code threads} threads, so the JIT
   * has compiled every path before the first measured round. Failures are left to the measurement.
   */
  public void preheat(List<? extends Workload> workloads, int threads, Duration length) {
    for (Workload workload : workloads) {
      if (workload instanceof Unavailable) {
        continue;
      }
      try {
        timedRound(workload, threads, length);
      } catch (Exception | AssertionError e) {
        // reported by the measurement that follows
      }
    }
  }

  /** Calls per second of each workload, with {@code threads} threads calling at once. */
  public List<Measurement> throughput(List<? extends Workload> workloads, int threads) {
    return throughput(workloads, threads, "calls/s");
  }

  /** Like {@link #throughput(List, int)}, naming what one call is, e.g. {@code cycles/s}. */
  public List<Measurement> throughput(
      List<? extends Workload> workloads, int threads, String unit) {
    return throughputAndCost(workloads, threads, unit).get(0);
  }

  /**
   * Throughput as {@link #throughput(List, int, String)} and, from the same rounds, the CPU time
   * per call that the process spent outside the calling threads, in microseconds: with the server
   * in this JVM, that is the server's cost per call (its threads, plus the JVM's garbage collection
   * and compilation for both sides). Returns {@code [throughput, cost]}.
   */
  public List<List<Measurement>> throughputAndCost(
      List<? extends Workload> workloads, int threads, String unit) {
    Map<Workload, List<Double>> values = new LinkedHashMap<>();
    Map<Workload, List<Double>> costs = new LinkedHashMap<>();
    Map<Workload, String> failures = unavailable(workloads);
    for (Workload workload : workloads) {
      values.put(workload, new ArrayList<>());
      costs.put(workload, new ArrayList<>());
      if (failures.containsKey(workload)) {
        continue;
      }
      try {
        timedRound(workload, threads, warmup);
      } catch (Exception | AssertionError e) {
        failures.put(workload, describe(e));
      }
    }
    for (int r = 0; r < rounds; r++) {
      for (Workload workload : interleaved(workloads, r)) {
        if (failures.containsKey(workload)) {
          continue;
        }
        try {
          RoundResult result = timedRound(workload, threads, round);
          listOf(values, workload).add(result.callsPerSecond());
          if (result.otherCpuMicrosPerCall() >= 0) {
            listOf(costs, workload).add(result.otherCpuMicrosPerCall());
          }
        } catch (Exception | AssertionError e) {
          failures.put(workload, describe(e));
        }
      }
    }
    Map<Workload, String> costFailures = new LinkedHashMap<>(failures);
    for (Workload workload : workloads) {
      if (!costFailures.containsKey(workload) && listOf(costs, workload).isEmpty()) {
        costFailures.put(workload, "this JVM does not report process or thread CPU time");
      }
    }
    return List.of(
        collect(workloads, values, failures, unit),
        collect(workloads, costs, costFailures, "us CPU/call"));
  }

  /** One round: calls per second, and CPU microseconds per call outside the calling threads. */
  private record RoundResult(double callsPerSecond, double otherCpuMicrosPerCall) {}

  /**
   * Bytes the calling thread allocates per call (com.sun.management.ThreadMXBean), measured over
   * {@code calls} calls per round on this thread after {@code calls} unmeasured calls.
   */
  public List<Measurement> allocation(List<? extends Workload> workloads, int calls) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    threads.setThreadAllocatedMemoryEnabled(true);
    long self = Thread.currentThread().getId();
    return perCall(workloads, calls, () -> threads.getThreadAllocatedBytes(self), 1, "bytes/call");
  }

  /**
   * CPU microseconds the calling thread spends per call (its thread CPU time, so time the machine
   * gives to other processes does not count), measured like {@link #allocation}. Steadier than
   * calls per second on a shared machine; it leaves out work done on other threads.
   */
  public List<Measurement> cpuPerCall(List<? extends Workload> workloads, int calls) {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported()) {
      List<Measurement> out = new ArrayList<>();
      for (Workload workload : workloads) {
        out.add(Measurement.notMeasured(workload.name(), "us CPU/call", "no thread CPU time"));
      }
      return out;
    }
    return perCall(workloads, calls, threads::getCurrentThreadCpuTime, 1000, "us CPU/call");
  }

  /**
   * Runs {@code calls} calls per round of each workload on this thread, interleaved, one unmeasured
   * round first, and records the probe's growth per call divided by {@code scale}.
   */
  private List<Measurement> perCall(
      List<? extends Workload> workloads,
      int calls,
      java.util.function.LongSupplier probe,
      double scale,
      String unit) {
    Map<Workload, List<Double>> values = new LinkedHashMap<>();
    Map<Workload, String> failures = unavailable(workloads);
    for (Workload workload : workloads) {
      values.put(workload, new ArrayList<>());
    }
    for (int r = -1; r < rounds; r++) {
      for (Workload workload : interleaved(workloads, Math.max(r, 0))) {
        if (failures.containsKey(workload)) {
          continue;
        }
        try {
          workload.beforeRound();
          try {
            Workload.Call call = workload.call(0);
            long before = probe.getAsLong();
            for (int i = 0; i < calls; i++) {
              call.run();
            }
            long after = probe.getAsLong();
            if (r >= 0) {
              listOf(values, workload).add((after - before) / scale / calls);
            }
          } finally {
            workload.afterRound();
          }
        } catch (Exception | AssertionError e) {
          failures.put(workload, describe(e));
        }
      }
    }
    return collect(workloads, values, failures, unit);
  }

  private static Map<Workload, String> unavailable(List<? extends Workload> workloads) {
    Map<Workload, String> failures = new LinkedHashMap<>();
    for (Workload workload : workloads) {
      if (workload instanceof Unavailable missing) {
        failures.put(workload, missing.reason());
      }
    }
    return failures;
  }

  private static List<Measurement> collect(
      List<? extends Workload> workloads,
      Map<Workload, List<Double>> values,
      Map<Workload, String> failures,
      String unit) {
    List<Measurement> out = new ArrayList<>();
    for (Workload workload : workloads) {
      String failure = failures.get(workload);
      out.add(
          failure != null
              ? Measurement.notMeasured(workload.name(), unit, failure)
              : Measurement.of(workload.name(), unit, listOf(values, workload)));
    }
    return out;
  }

  /** A workload's list of values: each method here puts one for every workload first. */
  private static List<Double> listOf(Map<Workload, List<Double>> values, Workload workload) {
    return Objects.requireNonNull(values.get(workload));
  }

  private static <T> List<T> interleaved(List<T> items, int round) {
    List<T> order = new ArrayList<>(items);
    if (round % 2 == 1) {
      java.util.Collections.reverse(order);
    }
    return order;
  }

  /** Process CPU time in nanoseconds so far, or -1 where the JVM does not report it. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /** Runs one round: calls per second and the CPU spent per call outside the calling threads. */
  private static RoundResult timedRound(Workload workload, int threadCount, Duration length)
      throws Exception {
    java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    boolean threadCpu = cpu.isCurrentThreadCpuTimeSupported() && cpu.isThreadCpuTimeEnabled();
    workload.beforeRound();
    try {
      Workload.Call[] calls = new Workload.Call[threadCount];
      for (int t = 0; t < threadCount; t++) {
        calls[t] = workload.call(t);
      }
      CountDownLatch start = new CountDownLatch(1);
      long[] counts = new long[threadCount];
      long[] ends = new long[threadCount];
      long[] callerCpu = new long[threadCount];
      AtomicReference<Throwable> failure = new AtomicReference<>();
      long[] startedAt = new long[1];
      long[] deadline = new long[1];
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < threadCount; t++) {
        int index = t;
        Thread thread =
            new Thread(
                () -> {
                  try {
                    start.await();
                    long cpuBefore = threadCpu ? cpu.getCurrentThreadCpuTime() : 0;
                    long stopAt = deadline[0];
                    long count = 0;
                    Workload.Call call = calls[index];
                    while (System.nanoTime() < stopAt && failure.get() == null) {
                      call.run();
                      count++;
                    }
                    counts[index] = count;
                    callerCpu[index] = threadCpu ? cpu.getCurrentThreadCpuTime() - cpuBefore : 0;
                  } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                  } finally {
                    ends[index] = System.nanoTime();
                  }
                },
                "bench-" + workload.name() + "-" + t);
        thread.setDaemon(true);
        thread.start();
        threads.add(thread);
      }
      long processBefore = processCpuNanos();
      startedAt[0] = System.nanoTime();
      deadline[0] = startedAt[0] + length.toNanos();
      start.countDown();
      for (Thread thread : threads) {
        thread.join(length.toMillis() + 60_000);
        if (thread.isAlive()) {
          failure.compareAndSet(
              null, new IllegalStateException("a call did not return within 60 s"));
        }
      }
      if (failure.get() != null) {
        Throwable e = failure.get();
        throw e instanceof Exception exception ? exception : new IllegalStateException(e);
      }
      long processAfter = processCpuNanos();
      long total = 0;
      long callers = 0;
      long lastEnd = startedAt[0];
      for (int t = 0; t < threadCount; t++) {
        total += counts[t];
        callers += callerCpu[t];
        lastEnd = Math.max(lastEnd, ends[t]);
      }
      double other =
          processBefore < 0 || processAfter < 0 || !threadCpu || total == 0
              ? -1
              : Math.max(0, processAfter - processBefore - callers) / 1e3 / total;
      return new RoundResult(total / ((lastEnd - startedAt[0]) / 1e9), other);
    } finally {
      workload.afterRound();
    }
  }

  /** The exception's class and message, and the root cause's, on one line. */
  public static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = e.getClass().getSimpleName() + ": " + e.getMessage();
    if (root != e) {
      text += " (cause " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
    return text;
  }
}

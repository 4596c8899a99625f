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
package io.sqskit.benchmarks;

import io.sqskit.benchmarks.batch.BatchBenchmark;
import io.sqskit.benchmarks.client.ClientBenchmark;
import io.sqskit.benchmarks.coldstart.ColdStartBenchmark;
import io.sqskit.benchmarks.consumer.ConsumerBenchmark;
import io.sqskit.benchmarks.injvm.InJvmBenchmark;
import io.sqskit.benchmarks.server.ServerBenchmark;
import io.sqskit.benchmarks.startup.StartupBenchmark;
import io.sqskit.benchmarks.state.StateBenchmark;
import io.sqskit.benchmarks.support.ChildJvm;
import io.sqskit.benchmarks.support.Comparison;
import io.sqskit.benchmarks.support.Profile;
import io.sqskit.benchmarks.support.ResultsFile;
import io.sqskit.benchmarks.support.SummaryTable;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the side-by-side benchmarks and prints one summary table with ratios.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar [client|coldstart|server|startup|injvm|batch|state|consumer|all]... [--smoke]
 * }</pre>
 *
 * <p>One harness runs in this JVM. Several run one after another, each in a fresh child JVM, so
 * that one harness's threads (ElasticMQ's actors), JIT state and JDK settings (the fixture server
 * turns on {@code sun.net.httpserver.nodelay}) cannot change another's figures.
 */
public final class Main {
  /** Every harness, in the order {@code all} runs them. */
  public static final List<String> HARNESSES =
      List.of("client", "coldstart", "server", "startup", "injvm", "batch", "state", "consumer");

  private Main() {}

  /** Entry point; exits with 2 on a usage error, else 0 whatever the figures say. */
  public static void main(String[] args) throws Exception {
    List<String> harnesses = new ArrayList<>();
    Profile profile = Profile.FULL;
    Path results = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--smoke")) {
        profile = Profile.SMOKE;
      } else if (arg.equals("--results") && i + 1 < args.length) {
        results = Path.of(args[++i]);
      } else if (arg.equals("all")) {
        harnesses.addAll(HARNESSES);
      } else if (HARNESSES.contains(arg)) {
        harnesses.add(arg);
      } else {
        System.err.println(
            "usage: io.sqskit.benchmarks.Main [client|coldstart|server|startup|injvm|batch|state|consumer|all]... [--smoke]");
        System.err.println("unknown argument: " + arg);
        System.exit(2);
      }
    }
    if (harnesses.isEmpty()) {
      harnesses.addAll(HARNESSES);
    }
    SummaryTable table = new SummaryTable();
    System.out.printf(
        Locale.ROOT,
        "sqskit benchmarks %s on %s %s, %d processors, max heap %d MiB%n",
        harnesses,
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    if (harnesses.size() == 1) {
      runHere(harnesses.get(0), profile, table, System.out);
    } else {
      for (String harness : harnesses) {
        runInChild(harness, profile, table);
      }
    }
    if (results != null) {
      ResultsFile.write(table, results);
    } else {
      table.print(System.out);
    }
    // ElasticMQ's actor system and the clients' pools keep non-daemon threads alive.
    System.exit(0);
  }

  /** Runs one harness in this JVM and adds its comparisons to {@code table}. */
  public static void runHere(String harness, Profile profile, SummaryTable table, PrintStream log)
      throws Exception {
    long started = System.nanoTime();
    List<Comparison> rows =
        switch (harness) {
          case "client" -> ClientBenchmark.run(profile, log, table.notes());
          case "coldstart" -> ColdStartBenchmark.run(profile, log, table.notes());
          case "server" -> ServerBenchmark.run(profile, log, table.notes());
          case "startup" -> StartupBenchmark.run(profile, log, table.notes());
          case "injvm" -> InJvmBenchmark.run(profile, log, table.notes());
          case "batch" -> BatchBenchmark.run(profile, log, table.notes());
          case "state" -> StateBenchmark.run(profile, log, table.notes());
          case "consumer" -> ConsumerBenchmark.run(profile, log, table.notes());
          default ->
              throw new IllegalArgumentException(
                  "unknown harness " + harness + "; expected one of " + HARNESSES);
        };
    rows.forEach(table::add);
    log.printf(Locale.ROOT, "[%s] done in %.1f s%n", harness, (System.nanoTime() - started) / 1e9);
  }

  private static void runInChild(String harness, Profile profile, SummaryTable table)
      throws Exception {
    Path results = Files.createTempFile("sqskit-bench-" + harness, ".tsv");
    try {
      List<String> command = new ArrayList<>();
      command.add(ChildJvm.javaExecutable());
      for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
        if (option.startsWith("-X") || option.startsWith("-D")) {
          command.add(option);
        }
      }
      command.add("-cp");
      command.add(String.join(java.io.File.pathSeparator, ChildJvm.currentClasspath()));
      command.add(Main.class.getName());
      command.add(harness);
      if (Profile.SMOKE.equals(profile)) {
        command.add("--smoke");
      }
      command.add("--results");
      command.add(results.toString());
      int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
      if (exit != 0) {
        table.note("harness " + harness + " failed: its JVM exited with " + exit);
        return;
      }
      ResultsFile.read(results, table);
    } finally {
      Files.deleteIfExists(results);
    }
  }
}

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
package io.sqskit.benchmarks.injvm;

import io.sqskit.benchmarks.support.Comparison;
import io.sqskit.benchmarks.support.Contenders;
import io.sqskit.benchmarks.support.Measurement;
import io.sqskit.benchmarks.support.Profile;
import io.sqskit.benchmarks.support.Runner;
import io.sqskit.benchmarks.support.Target;
import io.sqskit.benchmarks.support.Unavailable;
import io.sqskit.benchmarks.support.Workload;
import io.sqskit.junit.internal.DirectSdkHttpClient;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.server.SqsServer;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.http.apache.ApacheHttpClient;

/**
 * The in-JVM transport against HTTP, same fake, same run: send+receive+delete cycles per second of
 * the AWS SDK for Java v2's synchronous client and of sqskit's client, each on 1 and 4 threads
 * (each thread on its own queue), once through the junit-extension's in-JVM HTTP clients on {@link
 * SqsServer#directCalls()} and once over HTTP to the same server's port. The ratio is in-JVM /
 * HTTP; issue 13 asks at least 2x with the AWS SDK's client and 3x with sqskit's.
 */
public final class InJvmBenchmark {
  /** The sqskit implementation of {@link Cycles}, loaded by name as every sqskit contender is. */
  static final String SQSKIT_CYCLES = Contenders.SQSKIT_PACKAGE + "SqskitCycles";

  private static final int MAX_THREADS = 4;

  private InJvmBenchmark() {}

  /** Measures both clients both ways and returns the comparisons. */
  @SuppressWarnings("deprecation") // ApacheHttpClient, the HTTP client the other harnesses measure
  public static List<Comparison> run(Profile profile, PrintStream log, List<String> notes)
      throws Exception {
    List<Comparison> out = new ArrayList<>();
    try (SqsServer server =
        SqsServer.builder().engine(SqsEngine.create()).warmUp(false).build().start()) {
      log.println("[injvm] fake on " + server.endpoint() + " and its direct calls");
      URI inJvm = URI.create("http://sqskit.invalid");
      List<Cycles> open = new ArrayList<>();
      try {
        Workload awsInJvm =
            workload(
                "aws-sdk-v2 in-JVM",
                () ->
                    new AwsSdkCycles(
                        inJvm, new DirectSdkHttpClient(server.directCalls()), "a", MAX_THREADS),
                open);
        Workload awsHttp =
            workload(
                "aws-sdk-v2 HTTP",
                () ->
                    new AwsSdkCycles(
                        server.endpoint(),
                        ApacheHttpClient.builder().maxConnections(32).build(),
                        "b",
                        MAX_THREADS),
                open);
        Workload sqskitInJvm = workload("sqskit in-JVM", () -> sqskit(server, true, "c"), open);
        Workload sqskitHttp = workload("sqskit HTTP", () -> sqskit(server, false, "d"), open);
        Runner runner = profile.runner();
        runner.preheat(
            List.of(awsInJvm, awsHttp, sqskitInJvm, sqskitHttp), MAX_THREADS, profile.preheat());
        for (int threads : new int[] {1, MAX_THREADS}) {
          out.add(
              compare(
                  runner,
                  "in-JVM vs HTTP, AWS SDK v2 send+receive+delete, " + threads + " thread(s)",
                  awsInJvm,
                  awsHttp,
                  threads,
                  Target.atLeast(2.0),
                  log));
          out.add(
              compare(
                  runner,
                  "in-JVM vs HTTP, sqskit send+receive+delete, " + threads + " thread(s)",
                  sqskitInJvm,
                  sqskitHttp,
                  threads,
                  Target.atLeast(3.0),
                  log));
        }
      } finally {
        for (Cycles cycles : open) {
          cycles.close();
        }
      }
    }
    return out;
  }

  private static Cycles sqskit(SqsServer server, boolean inJvm, String prefix) {
    return Contenders.create(
        SQSKIT_CYCLES,
        Cycles.class,
        new Class<?>[] {SqsServer.class, String.class, String.class, Integer.class},
        server,
        Boolean.toString(inJvm),
        prefix,
        MAX_THREADS);
  }

  private static Comparison compare(
      Runner runner,
      String name,
      Workload inJvm,
      Workload http,
      int threads,
      Target target,
      PrintStream log) {
    List<Measurement> m = runner.throughput(List.of(inJvm, http), threads, "cycles/s");
    log.println("[injvm] " + name + ": " + Measurement.describeAll(m));
    return new Comparison(name, m.get(0), m.get(1), target);
  }

  private interface Factory {
    Cycles create() throws Exception;
  }

  /** The contender's cycle as a workload, or why it cannot be measured (checked with one cycle). */
  private static Workload workload(String name, Factory factory, List<Cycles> open) {
    try {
      Cycles cycles = factory.create();
      open.add(cycles);
      cycles.cycle(0);
      return new Workload() {
        @Override
        public String name() {
          return name;
        }

        @Override
        public Call call(int thread) {
          return () -> cycles.cycle(thread);
        }
      };
    } catch (Exception | LinkageError e) {
      return new Unavailable(
          name,
          e instanceof Contenders.ContenderUnavailableException unavailable
              ? unavailable.reason()
              : Runner.describe(e));
    }
  }
}

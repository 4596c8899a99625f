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
package io.sqskit.benchmarks.client;

import io.sqskit.benchmarks.support.Comparison;
import io.sqskit.benchmarks.support.Contenders;
import io.sqskit.benchmarks.support.Measurement;
import io.sqskit.benchmarks.support.Profile;
import io.sqskit.benchmarks.support.Runner;
import io.sqskit.benchmarks.support.Target;
import io.sqskit.benchmarks.support.Unavailable;
import io.sqskit.benchmarks.support.Workload;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Client cost per call (marshal, sign, send, parse, verify MD5s): sqskit's SqsClient beside the AWS
 * SDK for Java v2 against one {@link FixtureServer}, so both pay the same tiny server cost. A third
 * contender, {@link PrescribedPartsQueueCalls}, makes the same calls with only the parts that issue
 * 2 prescribes: what it reaches against the AWS SDK bounds what any client built on them can reach.
 * A fourth, sqskit's client switched to AWS JSON 1.0 (the protocol the AWS SDK speaks), shows what
 * the protocol changes.
 */
public final class ClientBenchmark {
  /** The sqskit implementation of {@link QueueCalls}, compiled only once sdk-core is merged. */
  public static final String SQSKIT_CALLS = Contenders.SQSKIT_PACKAGE + "SqskitQueueCalls";

  private ClientBenchmark() {}

  /**
   * Measures the clients and returns the comparisons; adds to {@code notes} what the prescribed
   * parts alone reach against the AWS SDK.
   */
  public static List<Comparison> run(Profile profile, PrintStream log, List<String> notes)
      throws Exception {
    List<Comparison> out = new ArrayList<>();
    try (FixtureServer server = FixtureServer.start()) {
      log.println("[client] fixture server on " + server.endpoint());
      Contender sqskit =
          contender(
              "sqskit",
              () ->
                  Contenders.create(
                      SQSKIT_CALLS,
                      QueueCalls.class,
                      new Class<?>[] {URI.class, String.class},
                      server.endpoint(),
                      server.queueUrl()));
      Contender sqskitJson =
          contender(
              "sqskit-json",
              () ->
                  Contenders.create(
                      SQSKIT_CALLS,
                      QueueCalls.class,
                      new Class<?>[] {URI.class, String.class, String.class},
                      server.endpoint(),
                      server.queueUrl(),
                      "JSON"));
      Contender aws =
          contender(
              AwsSdkQueueCalls.NAME,
              () -> new AwsSdkQueueCalls(server.endpoint(), server.queueUrl()));
      Contender parts =
          contender(
              PrescribedPartsQueueCalls.NAME,
              () -> new PrescribedPartsQueueCalls(server.queueUrl()));
      try {
        Runner runner = profile.runner();
        runner.preheat(
            List.of(
                sqskit.send(),
                aws.send(),
                parts.send(),
                sqskitJson.send(),
                sqskit.receive(),
                aws.receive(),
                parts.receive(),
                sqskitJson.receive()),
            4,
            profile.preheat());
        for (int threads : new int[] {1, 4}) {
          out.addAll(
              compare(
                  runner,
                  "client SendMessage, " + threads + " thread(s)",
                  List.of(sqskit.send(), aws.send(), parts.send(), sqskitJson.send()),
                  threads,
                  notes,
                  log));
          out.addAll(
              compare(
                  runner,
                  "client ReceiveMessage x10, " + threads + " thread(s)",
                  List.of(sqskit.receive(), aws.receive(), parts.receive(), sqskitJson.receive()),
                  threads,
                  notes,
                  log));
        }
        out.addAll(
            cpu(
                runner,
                profile,
                "client SendMessage CPU per call, 1 thread",
                List.of(sqskit.send(), aws.send(), parts.send()),
                log));
        out.addAll(
            cpu(
                runner,
                profile,
                "client ReceiveMessage x10 CPU per call, 1 thread",
                List.of(sqskit.receive(), aws.receive(), parts.receive()),
                log));
        out.add(
            allocation(
                runner, profile, "client SendMessage allocation", sqskit.send(), aws.send(), log));
        out.add(
            allocation(
                runner,
                profile,
                "client ReceiveMessage x10 allocation",
                sqskit.receive(),
                aws.receive(),
                log));
        out.add(
            allocation(
                runner,
                profile,
                "client SendMessage allocation, sqskit over JSON",
                sqskitJson.send(),
                aws.send(),
                log));
        out.add(
            allocation(
                runner,
                profile,
                "client ReceiveMessage x10 allocation, sqskit over JSON",
                sqskitJson.receive(),
                aws.receive(),
                log));
      } finally {
        sqskit.close();
        sqskitJson.close();
        aws.close();
        parts.close();
      }
      log.printf(
          "[client] fixture answered %d Query and %d JSON requests, rejected %d%n",
          server.queryCalls(), server.jsonCalls(), server.rejected());
    }
    return out;
  }

  /**
   * Throughput of sqskit, the AWS SDK, the prescribed parts and sqskit over JSON in the same
   * interleaved rounds: the target row (sqskit against the AWS SDK), the same for sqskit over JSON,
   * an informative row (sqskit against the prescribed parts) and a note with the parts' own ratio
   * to the AWS SDK.
   */
  private static List<Comparison> compare(
      Runner runner,
      String name,
      List<Workload> sqskitAwsPartsJson,
      int threads,
      List<String> notes,
      PrintStream log) {
    List<Measurement> m = runner.throughput(sqskitAwsPartsJson, threads);
    log.println("[client] " + name + ": " + Measurement.describeAll(m));
    Comparison partsAgainstAws = new Comparison(name, m.get(2), m.get(1), null);
    if (partsAgainstAws.hasRatio()) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%s: the prescribed parts alone (AWS signer, HttpClient 5, Woodstox, JDK MD5; no"
                  + " sqskit code) reach %.2fx the AWS SDK's calls/s, the ceiling for a client"
                  + " built on them",
              name,
              partsAgainstAws.ratio()));
    }
    return List.of(
        new Comparison(name, m.get(0), m.get(1), Target.atLeast(2.0)),
        new Comparison(name + ", sqskit over JSON", m.get(3), m.get(1), Target.atLeast(2.0)),
        new Comparison(name + ", against the prescribed parts alone", m.get(0), m.get(2), null));
  }

  private static Comparison allocation(
      Runner runner, Profile profile, String name, Workload sqskit, Workload aws, PrintStream log) {
    List<Measurement> m = runner.allocation(List.of(sqskit, aws), profile.allocationCalls());
    log.println("[client] " + name + ": " + m.get(0).describe() + "; " + m.get(1).describe());
    return new Comparison(name, m.get(0), m.get(1), Target.atMost(1.0));
  }

  /**
   * The calling thread's CPU per call of sqskit, the AWS SDK and the prescribed parts in the same
   * rounds: against the AWS SDK, and against the parts (the floor, steadier than calls per second
   * when other processes share the machine). Lower is better.
   */
  private static List<Comparison> cpu(
      Runner runner, Profile profile, String name, List<Workload> sqskitAwsParts, PrintStream log) {
    List<Measurement> m = runner.cpuPerCall(sqskitAwsParts, profile.allocationCalls());
    log.println("[client] " + name + ": " + Measurement.describeAll(m));
    return List.of(
        new Comparison(name, m.get(0), m.get(1), null),
        new Comparison(name + ", against the prescribed parts alone", m.get(0), m.get(2), null));
  }

  private interface Factory {
    QueueCalls create() throws Exception;
  }

  /**
   * One client library: its calls as workloads, or the reason it cannot be measured ({@code
   * failure} is set exactly when {@code calls} is null).
   */
  private record Contender(String name, @Nullable QueueCalls calls, @Nullable String failure) {

    Workload send() {
      if (calls == null) {
        return unavailable();
      }
      return new Named(name, () -> calls::send);
    }

    Workload receive() {
      if (calls == null) {
        return unavailable();
      }
      return new Named(
          name,
          () ->
              () -> {
                int got = calls.receive();
                if (got != FixtureResponses.MESSAGES_PER_RECEIVE) {
                  throw new IllegalStateException(
                      "ReceiveMessage returned " + got + " messages, expected 10");
                }
              });
    }

    private Workload unavailable() {
      return new Unavailable(name, Objects.requireNonNull(failure));
    }

    void close() {
      if (calls != null) {
        calls.close();
      }
    }
  }

  private record Named(String name, java.util.function.Supplier<Call> calls) implements Workload {
    @Override
    public Call call(int thread) {
      return calls.get();
    }
  }

  /** Makes a contender and checks one call of each kind, so a broken client is reported once. */
  private static Contender contender(String name, Factory factory) {
    QueueCalls calls = null;
    try {
      calls = factory.create();
      calls.send();
      int got = calls.receive();
      if (got != FixtureResponses.MESSAGES_PER_RECEIVE) {
        throw new IllegalStateException(
            "ReceiveMessage returned " + got + " messages, expected 10");
      }
      return new Contender(name, calls, null);
    } catch (Exception | LinkageError e) {
      if (calls != null) {
        calls.close();
      }
      return new Contender(
          name,
          null,
          e instanceof Contenders.ContenderUnavailableException unavailable
              ? unavailable.reason()
              : Runner.describe(e));
    }
  }
}

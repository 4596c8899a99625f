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
package io.sqskit.benchmarks.coldstart;

import io.sqskit.benchmarks.client.FixtureServer;
import io.sqskit.benchmarks.support.ChildRuns;
import io.sqskit.benchmarks.support.ChildRuns.Child;
import io.sqskit.benchmarks.support.Comparison;
import io.sqskit.benchmarks.support.Contenders;
import io.sqskit.benchmarks.support.Format;
import io.sqskit.benchmarks.support.Measurement;
import io.sqskit.benchmarks.support.Profile;
import io.sqskit.benchmarks.support.Target;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cold start: a new JVM builds a client and sends one message to the {@link FixtureServer};
 * sqskit's client against the AWS SDK v2, children alternating, medians reported.
 */
public final class ColdStartBenchmark {
  /** The sqskit child, compiled only once sdk-core is merged. */
  public static final String SQSKIT_CHILD = Contenders.SQSKIT_PACKAGE + "SqskitColdStart";

  private ColdStartBenchmark() {}

  /**
   * Leaves ElasticMQ's Scala stack out of the client children's classpath: the AWS SDK looks for
   * {@code scala.util.Properties} to name the language in its user agent, and would load Scala
   * classes that a Java application using either client would not have.
   */
  static boolean isJavaClientLibrary(String classpathEntry) {
    String name = java.nio.file.Path.of(classpathEntry).getFileName().toString();
    return !name.startsWith("scala-") && !name.contains("_2.13-") && !name.contains("_3-");
  }

  /** Measures both clients and the empty baseline; returns the comparisons. */
  public static List<Comparison> run(Profile profile, PrintStream log, List<String> notes)
      throws Exception {
    try (FixtureServer server = FixtureServer.start()) {
      List<String> args = List.of(server.endpoint().toString(), server.queueUrl());
      List<Child> children =
          List.of(
              new Child("sqskit", SQSKIT_CHILD, args, Contenders.unavailableReason(SQSKIT_CHILD)),
              new Child(
                  "sqskit-json",
                  SQSKIT_CHILD,
                  List.of(args.get(0), args.get(1), "JSON"),
                  Contenders.unavailableReason(SQSKIT_CHILD)),
              new Child("aws-sdk-v2", AwsColdStart.class.getName(), args, null),
              new Child("baseline", BaselineColdStart.class.getName(), args, null));
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("ms", "ms");
      fields.put("classes", "classes");
      ChildRuns.Outcome outcome =
          ChildRuns.run(
              children,
              fields,
              profile.childRuns(),
              Duration.ofSeconds(60),
              ColdStartBenchmark::isJavaClientLibrary,
              "coldstart",
              log);
      Measurement baseMs = outcome.get("baseline", "ms");
      Measurement baseClasses = outcome.get("baseline", "classes");
      if (baseMs.isMeasured()) {
        notes.add(
            String.format(
                Locale.ROOT,
                "cold start reference: an empty main reports %s ms and %s classes (JVM and JMX"
                    + " overhead in every child)",
                Format.number(baseMs.median()),
                Format.number(baseClasses.median())));
      }
      return List.of(
          new Comparison(
              "cold start: JVM start to first SendMessage answer",
              outcome.get("sqskit", "ms"),
              outcome.get("aws-sdk-v2", "ms"),
              Target.atMost(0.5)),
          new Comparison(
              "cold start: classes loaded at that point",
              outcome.get("sqskit", "classes"),
              outcome.get("aws-sdk-v2", "classes"),
              Target.atMost(0.5)),
          new Comparison(
              "cold start: JVM start to first SendMessage answer, sqskit over JSON",
              outcome.get("sqskit-json", "ms"),
              outcome.get("aws-sdk-v2", "ms"),
              Target.atMost(0.5)),
          new Comparison(
              "cold start: classes loaded at that point, sqskit over JSON",
              outcome.get("sqskit-json", "classes"),
              outcome.get("aws-sdk-v2", "classes"),
              Target.atMost(0.5)),
          new Comparison(
              "cold start: spawn to answer (parent wall clock)",
              outcome.get("sqskit", "wall"),
              outcome.get("aws-sdk-v2", "wall"),
              null));
    }
  }
}

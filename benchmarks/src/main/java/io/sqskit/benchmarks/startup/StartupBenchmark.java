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
package io.sqskit.benchmarks.startup;

import io.sqskit.benchmarks.support.ChildRuns;
import io.sqskit.benchmarks.support.ChildRuns.Child;
import io.sqskit.benchmarks.support.Comparison;
import io.sqskit.benchmarks.support.Contenders;
import io.sqskit.benchmarks.support.Profile;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Server start: a new JVM starts the server and answers its first request; sqskit's SqsServer
 * against ElasticMQ, children alternating, medians reported. A third child, a bare JDK HttpServer
 * with a fixed answer ({@link JdkHttpServerStartup}), shows the floor under any server built on it.
 */
public final class StartupBenchmark {
  /** The sqskit child, compiled only once sdk-testing is merged. */
  public static final String SQSKIT_CHILD = Contenders.SQSKIT_PACKAGE + "SqskitStartup";

  private StartupBenchmark() {}

  /** Measures both servers; returns the comparisons. */
  public static List<Comparison> run(Profile profile, PrintStream log, List<String> notes)
      throws Exception {
    List<Child> children =
        List.of(
            new Child(
                "sqskit", SQSKIT_CHILD, List.of(), Contenders.unavailableReason(SQSKIT_CHILD)),
            new Child("elasticmq", ElasticMqStartup.class.getName(), List.of(), null),
            new Child("jdk-httpserver", JdkHttpServerStartup.class.getName(), List.of(), null));
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("ms", "ms");
    fields.put("ready", "ms");
    fields.put("fromStart", "ms");
    fields.put("again", "ms");
    fields.put("classes", "classes");
    ChildRuns.Outcome outcome =
        ChildRuns.run(
            children, fields, profile.childRuns(), Duration.ofSeconds(90), "startup", log);
    notes.add(
        "server start: 'ready' = start() returned; 'first answer' = a raw Query CreateQueue"
            + " answered; 'start call' = the server's builder or start method called, in main;"
            + " 'a second server' = the same again in that JVM once the first has answered;"
            + " 'jdk-httpserver' = a bare JDK HttpServer with a fixed answer, the floor under"
            + " any server built on it");
    return List.of(
        new Comparison(
            "server start: JVM start to first answer",
            outcome.get("sqskit", "ms"),
            outcome.get("elasticmq", "ms"),
            null),
        new Comparison(
            "server start: start call to first answer",
            outcome.get("sqskit", "fromStart"),
            outcome.get("elasticmq", "fromStart"),
            null),
        new Comparison(
            "server start: start call to first answer, against the bare JDK HttpServer",
            outcome.get("sqskit", "fromStart"),
            outcome.get("jdk-httpserver", "fromStart"),
            null),
        new Comparison(
            "server start: a second server, start call to first answer",
            outcome.get("sqskit", "again"),
            outcome.get("elasticmq", "again"),
            null),
        new Comparison(
            "server start: JVM start to ready",
            outcome.get("sqskit", "ready"),
            outcome.get("elasticmq", "ready"),
            null),
        new Comparison(
            "server start: classes loaded",
            outcome.get("sqskit", "classes"),
            outcome.get("elasticmq", "classes"),
            null),
        new Comparison(
            "server start: spawn to first answer (parent wall clock)",
            outcome.get("sqskit", "wall"),
            outcome.get("elasticmq", "wall"),
            null));
  }
}

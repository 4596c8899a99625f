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
package io.sqskit.benchmarks.state;

import io.sqskit.benchmarks.support.ChildJvm;
import io.sqskit.benchmarks.support.Comparison;
import io.sqskit.benchmarks.support.Measurement;
import io.sqskit.benchmarks.support.Profile;
import io.sqskit.testing.engine.SqsEngine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The standalone server's {@code --state} file: start to first answer with a state of many queued
 * messages beside a start without a state file, the file's size, and the pause between SIGTERM and
 * the process's end (answering, then writing the file) beside the same stop without one. Each start
 * is a fresh JVM ({@code java -cp ... SqsServerMain}); the first answer is a GetQueueAttributes
 * that must count every message.
 */
public final class StateBenchmark {
  /** Messages in the state file of a full run (the figure); a smoke run uses 1,000. */
  static final int FULL_MESSAGES = 100_000;

  /** Body of every message: 256 bytes of text. */
  static final String BODY = "x".repeat(256);

  private StateBenchmark() {}

  /** Runs the harness; rows: start to first answer, file size, SIGTERM pause. */
  public static List<Comparison> run(Profile profile, PrintStream log, List<String> notes)
      throws IOException, InterruptedException {
    int messages = profile.rounds() > 1 ? FULL_MESSAGES : 1_000;
    Path dir = Files.createTempDirectory("sqskit-state-bench");
    Path state = dir.resolve("sqs.state");
    try {
      long written = System.nanoTime();
      writeState(state, messages);
      log.printf(
          Locale.ROOT,
          "[state] %,d messages written in %.0f ms, %,d bytes%n",
          messages,
          (System.nanoTime() - written) / 1e6,
          Files.size(state));
      List<Double> startWith = new ArrayList<>();
      List<Double> startWithout = new ArrayList<>();
      List<Double> stopWith = new ArrayList<>();
      List<Double> stopWithout = new ArrayList<>();
      List<Double> sizes = new ArrayList<>();
      for (int run = 0; run < profile.childRuns(); run++) {
        double[] without = startAndStop(null, 0);
        startWithout.add(without[0]);
        stopWithout.add(without[1]);
        double[] with = startAndStop(state, messages);
        startWith.add(with[0]);
        stopWith.add(with[1]);
        sizes.add(Files.size(state) / (1024.0 * 1024.0));
      }
      String count = String.format(Locale.ROOT, "%,d", messages);
      notes.add(
          "state: "
              + count
              + " messages of "
              + BODY.length()
              + " bytes in one queue; the other side is the same server without --state");
      List<Comparison> rows = new ArrayList<>();
      rows.add(
          new Comparison(
              "state start to first answer, " + count + " messages, ms",
              Measurement.of("sqskit --state", "ms", startWith),
              Measurement.of("no state file", "ms", startWithout),
              null));
      rows.add(
          new Comparison(
              "state file size, " + count + " messages, MiB",
              Measurement.of("sqskit --state", "MiB", sizes),
              Measurement.notMeasured("-", "MiB", "informative"),
              null));
      rows.add(
          new Comparison(
              "state SIGTERM to exit (writes the file), " + count + " messages, ms",
              Measurement.of("sqskit --state", "ms", stopWith),
              Measurement.of("no state file", "ms", stopWithout),
              null));
      for (Comparison row : rows) {
        log.println(
            "[state] "
                + row.benchmark()
                + ": "
                + Measurement.describeAll(List.of(row.sqskit(), row.other())));
      }
      return rows;
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  /** A state of {@code messages} visible messages in the queue {@code bench}. */
  static void writeState(Path file, int messages) throws IOException {
    SqsEngine engine = SqsEngine.create();
    String url = engine.createQueue("bench", java.util.Map.of());
    for (int i = 0; i < messages; i++) {
      engine.sendMessage(url, BODY);
    }
    try (OutputStream out =
        new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      engine.writeState(out);
    }
  }

  /**
   * Starts a server (with the state file when not null), waits for an answer that counts {@code
   * expected} messages, then sends SIGTERM and waits for the process's end.
   *
   * @return milliseconds from the process's start to the first answer, and from SIGTERM to its end
   */
  static double[] startAndStop(@Nullable Path state, int expected)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ChildJvm.javaExecutable());
    command.add("-cp");
    command.add(String.join(java.io.File.pathSeparator, ChildJvm.currentClasspath()));
    command.add("io.sqskit.testing.server.SqsServerMain");
    command.add("--port");
    command.add("0");
    if (state != null) {
      command.add("--state");
      command.add(state.toString());
      command.add("--state-interval");
      command.add("0");
    } else {
      command.add("--queue");
      command.add("bench");
    }
    long started = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      if (line == null || !line.startsWith("listening on ")) {
        throw new IOException("the server did not start: " + line);
      }
      URI endpoint = URI.create(line.substring("listening on ".length()));
      String answer = count(endpoint);
      double startMillis = (System.nanoTime() - started) / 1e6;
      if (!answer.contains("<Value>" + expected + "</Value>")) {
        throw new IOException("expected " + expected + " messages, the server answered " + answer);
      }
      long stopping = System.nanoTime();
      process.destroy(); // SIGTERM
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        throw new IOException("the server did not stop");
      }
      return new double[] {startMillis, (System.nanoTime() - stopping) / 1e6};
    } finally {
      process.destroyForcibly();
    }
  }

  /** GetQueueAttributes ApproximateNumberOfMessages of the queue bench, over Query. */
  private static String count(URI endpoint) throws IOException, InterruptedException {
    String form =
        "Action=GetQueueAttributes&Version=2012-11-05&QueueUrl="
            + endpoint
            + "/000000000000/bench&AttributeName.1=ApproximateNumberOfMessages";
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    return response.body();
  }
}

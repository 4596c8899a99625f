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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The standalone server in a JVM of its own ({@code SqsServerMain --port 0} and the given flags),
 * for tests that stop it as an operator does: SIGTERM ({@link Process#destroy()} on Linux) or kill
 * -9 ({@link Process#destroyForcibly()}).
 *
 * @param process the server's process
 * @param endpoint the address its first line announced
 */
record ServerProcess(Process process, URI endpoint) {

  /**
   * Starts the server and waits (at most a minute) for its {@code listening on} line.
   *
   * @param stderr where the server's error output goes
   * @param started where the process is added, for the test to kill whatever is left
   * @param args flags after {@code --port 0}
   */
  static ServerProcess start(Path stderr, List<Process> started, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(SqsServerMain.class.getName());
    command.add("--port");
    command.add("0");
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    started.add(process);
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(60, TimeUnit.SECONDS);
    assertThat(line).as("the server's first line").startsWith("listening on ");
    return new ServerProcess(process, URI.create(line.substring("listening on ".length())));
  }

  private static String readLine(BufferedReader in) {
    try {
      String line = in.readLine();
      return line == null ? "(end of output)" : line;
    } catch (IOException e) {
      return "(" + e + ")";
    }
  }

  /** {@return the admin API's queue list, its blanks removed so that tests can look for pairs} */
  String adminQueues() throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(endpoint.resolve("/_sqskit/queues")).GET().build(),
            HttpResponse.BodyHandlers.ofString())
        .body()
        .replace(" ", "");
  }
}

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
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone server in a process of its own, stopped with SIGTERM while Python's boto3 (another
 * SDK, over the JSON protocol) waits in a 20-second long poll: boto3 gets an empty 200 answer at
 * once, not a cut connection that it would retry. Needs {@code python3} with boto3 (Debian's {@code
 * python3-boto3}, which {@code .ci/run} installs when missing); without them the test fails and
 * says so rather than skipping.
 */
class Boto3SigtermTest {

  private static final String RECEIVE =
      String.join(
          "\n",
          "import json, sys, boto3",
          "sqs = boto3.client('sqs', endpoint_url=sys.argv[1], region_name='us-east-1',",
          "                   aws_access_key_id='x', aws_secret_access_key='x')",
          "r = sqs.receive_message(QueueUrl=sys.argv[2], WaitTimeSeconds=20)",
          "print(json.dumps({'status': r['ResponseMetadata']['HTTPStatusCode'],",
          "                  'attempts': r['ResponseMetadata'].get('RetryAttempts', 0),",
          "                  'messages': len(r.get('Messages', []))}))");

  @TempDir Path dir;

  private final List<Process> processes = new ArrayList<>();

  @AfterEach
  void killLeftovers() {
    for (Process p : processes) {
      p.destroyForcibly();
    }
  }

  @Test
  void sigtermAnswersBoto3sWaitingLongPollEmpty() throws Exception {
    Process python = python("-c", "import boto3");
    assertThat(python.waitFor(60, TimeUnit.SECONDS) && python.exitValue() == 0)
        .as("python3 with boto3 is needed (apt-get install python3-boto3; .ci/run installs it)")
        .isTrue();
    ServerProcess server = ServerProcess.start(dir.resolve("server-stderr.txt"), processes);
    URI endpoint = server.endpoint();
    String queueUrl = endpoint + "/000000000000/waiting";
    HttpResponse<String> created =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString("Action=CreateQueue&QueueName=waiting"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(created.body()).contains(queueUrl);

    Path answer = dir.resolve("answer.json");
    Process receive =
        new ProcessBuilder("python3", "-c", RECEIVE, endpoint.toString(), queueUrl)
            .redirectOutput(answer.toFile())
            .redirectError(dir.resolve("python-stderr.txt").toFile())
            .start();
    processes.add(receive);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> server.adminQueues().contains("\"waitingReceives\":1"));

    server.process().destroy(); // SIGTERM

    assertThat(receive.waitFor(15, TimeUnit.SECONDS)).as("boto3's receive returned").isTrue();
    assertThat(receive.exitValue())
        .as("boto3's exit status; stderr: %s", Files.readString(dir.resolve("python-stderr.txt")))
        .isZero();
    assertThat(Files.readString(answer).trim())
        .isEqualTo("{\"status\": 200, \"attempts\": 0, \"messages\": 0}");
    assertThat(server.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
  }

  private Process python(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("python3"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    processes.add(p);
    return p;
  }
}

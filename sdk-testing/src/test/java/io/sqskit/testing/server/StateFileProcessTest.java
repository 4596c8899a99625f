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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * {@code --state} with the server in a process of its own, stopped as an operator stops it: SIGTERM
 * ({@link Process#destroy()} on Linux) answers a waiting long poll and writes the file last, and
 * kill -9 ({@link Process#destroyForcibly()}) loses at most what the last interval did not write.
 */
class StateFileProcessTest {

  @TempDir Path dir;

  private final List<Process> processes = new ArrayList<>();

  @AfterEach
  void killLeftovers() {
    for (Process p : processes) {
      p.destroyForcibly();
    }
  }

  private ServerProcess start(String... args) throws Exception {
    return ServerProcess.start(dir.resolve("stderr.txt"), processes, args);
  }

  @Test
  void sigtermAnswersTheLongPollThenWritesTheStateWhichTheNextStartReads() throws Exception {
    Path state = dir.resolve("sqs.state");
    ServerProcess first = start("--state", state.toString(), "--state-interval", "0");
    SqsClient sqs = client(first.endpoint());
    String url =
        sqs.createQueue(r -> r.queueName("orders").attributes(visibility("300"))).queueUrl();
    sqs.sendMessage(r -> r.queueUrl(url).messageBody("in flight"));
    Message received = sqs.receiveMessage(r -> r.queueUrl(url)).messages().get(0);
    sqs.sendMessage(r -> r.queueUrl(url).messageBody("visible"));
    sqs.sendMessage(r -> r.queueUrl(url).messageBody("delayed").delaySeconds(600));
    String waiting = sqs.createQueue(r -> r.queueName("waiting")).queueUrl();
    CompletableFuture<ReceiveMessageResponse> poll =
        CompletableFuture.supplyAsync(
            () ->
                client(first.endpoint())
                    .receiveMessage(r -> r.queueUrl(waiting).waitTimeSeconds(20)));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> first.adminQueues().contains("\"waitingReceives\":1"));
    assertThat(state).doesNotExist(); // interval 0: written only at the stop

    first.process().destroy(); // SIGTERM

    ReceiveMessageResponse answer = poll.get(15, TimeUnit.SECONDS);
    assertThat(answer.sdkHttpResponse().statusCode()).isEqualTo(200);
    assertThat(answer.messages()).isEmpty();
    assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(state).isRegularFile();

    ServerProcess second = start("--state", state.toString());
    SqsClient again = client(second.endpoint());
    assertThat(
            again
                .getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.ALL))
                .attributes())
        .containsEntry(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "1")
        .containsEntry(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "1")
        .containsEntry(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED, "1")
        .containsEntry(QueueAttributeName.VISIBILITY_TIMEOUT, "300");
    List<Message> visible =
        again
            .receiveMessage(
                r ->
                    r.queueUrl(url)
                        .maxNumberOfMessages(10)
                        .messageSystemAttributeNames(
                            MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
            .messages();
    assertThat(visible).extracting(Message::body).containsExactly("visible");
    // The handle given out before the restart still deletes the message in flight.
    again.deleteMessage(r -> r.queueUrl(url).receiptHandle(received.receiptHandle()));
    assertThat(
            again
                .getQueueAttributes(
                    r ->
                        r.queueUrl(url)
                            .attributeNames(
                                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .attributes())
        .containsEntry(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "1");
    second.process().destroy();
    assertThat(second.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void killMinusNineLosesAtMostTheLastInterval() throws Exception {
    Path state = dir.resolve("sqs.state");
    ServerProcess first = start("--state", state.toString(), "--state-interval", "1");
    SqsClient sqs = client(first.endpoint());
    String url = sqs.createQueue(r -> r.queueName("kept")).queueUrl();
    sqs.sendMessage(r -> r.queueUrl(url).messageBody("one"));
    // Within an interval or so, a periodic write holds the message (read as a restart reads it;
    // a rename replaces the file whole, so a read never meets a part of one).
    await().atMost(Duration.ofSeconds(20)).until(() -> holds(state, url, "one"));
    first.process().destroyForcibly(); // kill -9: no shutdown hook runs
    assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

    ServerProcess second = start("--state", state.toString());
    SqsClient again = client(second.endpoint());
    assertThat(again.receiveMessage(r -> r.queueUrl(url)).messages())
        .extracting(Message::body)
        .containsExactly("one");
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp")))
          .as("no temporary file left behind")
          .isEmpty();
    }
    second.process().destroy();
    assertThat(second.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aTruncatedFileStopsTheStartWithStatusTwoAndStaysAsItWas() throws Exception {
    Path state = dir.resolve("sqs.state");
    ServerProcess first = start("--state", state.toString(), "--state-interval", "0");
    client(first.endpoint()).createQueue(r -> r.queueName("q"));
    first.process().destroy();
    assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
    byte[] whole = Files.readAllBytes(state);
    byte[] truncated = java.util.Arrays.copyOf(whole, whole.length - 5);
    Files.write(state, truncated);

    Process refused =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SqsServerMain.class.getName(),
                "--port",
                "0",
                "--state",
                state.toString(),
                "--state-interval",
                "1")
            .redirectErrorStream(true)
            .start();
    processes.add(refused);
    String output = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(refused.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(refused.exitValue()).isEqualTo(2);
    assertThat(output)
        .contains("error: cannot start from the state file " + state.toAbsolutePath())
        .contains("truncated")
        .contains("The file is left as it is")
        .doesNotContain("listening on");
    assertThat(Files.readAllBytes(state)).isEqualTo(truncated);
  }

  /** Whether the state file exists and holds a message with this body in the queue. */
  private static boolean holds(Path state, String url, String body) throws IOException {
    io.sqskit.testing.engine.SqsEngine engine = io.sqskit.testing.engine.SqsEngine.create();
    try (java.io.InputStream in = Files.newInputStream(state)) {
      engine.readState(in);
    } catch (java.nio.file.NoSuchFileException e) {
      return false;
    }
    if (engine.queueUrls("http://h").isEmpty()) {
      return false; // written before the queue was created
    }
    return engine.inspect(url).stream().anyMatch(m -> m.body().equals(body));
  }

  private static java.util.Map<QueueAttributeName, String> visibility(String seconds) {
    return java.util.Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, seconds);
  }

  private static SqsClient client(URI endpoint) {
    return SqsClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("000000000000", "x")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}

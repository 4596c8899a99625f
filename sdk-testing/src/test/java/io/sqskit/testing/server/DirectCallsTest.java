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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.testing.engine.ManualClock;
import io.sqskit.testing.engine.SqsEngine;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The front without a socket: the same answers as over HTTP, and I/O errors where HTTP has them.
 */
class DirectCallsTest {

  private final ManualClock clock = ManualClock.create(Instant.parse("2026-01-01T00:00:00Z"));
  private final SqsServer server =
      SqsServer.builder().engine(SqsEngine.builder().clock(clock).build()).warmUp(false).build();
  private final DirectCalls direct = server.directCalls();

  @AfterEach
  void close() {
    server.close();
  }

  private static ServerRequest query(String form) {
    return new ServerRequest(
        "POST",
        "/",
        null,
        Map.of(
            "Host", List.of("sqs.test"),
            "Content-Type", List.of("application/x-www-form-urlencoded")),
        form.getBytes(StandardCharsets.UTF_8));
  }

  private static ServerRequest json(String target, String body) {
    return new ServerRequest(
        "POST",
        "/",
        null,
        Map.of(
            "host", List.of("sqs.test"),
            "X-AMZ-TARGET", List.of(target),
            "Content-Type", List.of("application/x-amz-json-1.0")),
        body.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(ServerResponse response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  @Test
  void answersQueryWithXmlWithoutStartingTheServer() throws IOException {
    ServerResponse response = direct.call(query("Action=CreateQueue&QueueName=direct"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers()).containsEntry("Content-Type", "text/xml");
    assertThat(text(response)).contains("<QueueUrl>http://sqs.test/000000000000/direct</QueueUrl>");
    assertThatThrownBy(server::endpoint).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void answersJsonErrorsWithTheQueryErrorHeader() throws IOException {
    ServerResponse response =
        direct.call(json("AmazonSQS.GetQueueUrl", "{\"QueueName\":\"missing\"}"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.headers())
        .containsEntry("x-amzn-query-error", "AWS.SimpleQueueService.NonExistentQueue;Sender");
    assertThat(text(response)).contains("com.amazonaws.sqs#QueueDoesNotExist");
  }

  @Test
  void servesThePeekDoor() throws IOException {
    direct.call(query("Action=CreateQueue&QueueName=peeked"));
    direct.call(
        query("Action=SendMessage&QueueUrl=http://sqs.test/000000000000/peeked&MessageBody=hi"));

    ServerResponse peek =
        direct.call(
            new ServerRequest(
                "GET",
                "/_aws/sqs/messages",
                "QueueUrl=http://sqs.test/000000000000/peeked",
                Map.of(),
                new byte[0]));

    assertThat(text(peek)).contains("<Body>hi</Body>").doesNotContain("ReceiptHandle");
  }

  @Test
  void droppedConnectionIsAnIoException() {
    server.faults().add(Fault.dropConnection().action("ListQueues").times(1));

    assertThatThrownBy(() -> direct.call(query("Action=ListQueues")))
        .isInstanceOf(SocketException.class)
        .hasMessageContaining("dropped the connection");
    assertThat(server.faults().injected(Fault.Kind.DROP_CONNECTION)).isEqualTo(1);
  }

  @Test
  void longPollOnAManualClockTimesOutAsASocketWouldAndClearsTheInterrupt() throws IOException {
    direct.call(query("Action=CreateQueue&QueueName=waiting"));

    assertThatThrownBy(
            () ->
                direct.call(
                    query(
                        "Action=ReceiveMessage&WaitTimeSeconds=20"
                            + "&QueueUrl=http://sqs.test/000000000000/waiting"),
                    Duration.ofMillis(200)))
        .isInstanceOf(SocketTimeoutException.class);
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
    assertThat(direct.call(query("Action=ListQueues")).status()).isEqualTo(200);
  }

  @Test
  void closedServerRefusesCalls() {
    server.close();

    assertThatThrownBy(() -> direct.call(query("Action=ListQueues")))
        .isInstanceOf(ConnectException.class);
  }
}

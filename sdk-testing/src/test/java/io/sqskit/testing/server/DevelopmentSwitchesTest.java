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
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.PurgeQueueInProgressException;
import software.amazon.awssdk.services.sqs.model.QueueDeletedRecentlyException;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * {@code SqsServerMain}'s development switches (--virtual-time, --admin-token, --admin-open, the
 * cooldown switches, --log-requests) and the graceful stop that answers long polls.
 */
class DevelopmentSwitchesTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final PrintStream QUIET =
      new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  @Test
  void helpNamesEverySwitch() {
    assertThat(SqsServerMain.USAGE)
        .contains("--virtual-time")
        .contains("--admin-token")
        .contains("--admin-open")
        .contains("--no-delete-cooldown")
        .contains("--no-purge-cooldown")
        .contains("--log-requests");
  }

  @Test
  void switchesTakeNoValueAndTheTokenOne() {
    assertThatThrownBy(() -> SqsServerMain.launch(new String[] {"--admin-open=yes"}, QUIET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--admin-open takes no value");
    assertThatThrownBy(() -> SqsServerMain.launch(new String[] {"--admin-token"}, QUIET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing value for --admin-token");
  }

  @Test
  void cooldownsHoldByDefault() {
    try (SqsServer server = SqsServerMain.launch(new String[] {"--port", "0"}, QUIET)) {
      SqsClient sqs = client(server.endpoint());
      String url = sqs.createQueue(r -> r.queueName("q")).queueUrl();
      sqs.purgeQueue(r -> r.queueUrl(url));
      assertThatThrownBy(() -> sqs.purgeQueue(r -> r.queueUrl(url)))
          .isInstanceOf(PurgeQueueInProgressException.class);
      sqs.deleteQueue(r -> r.queueUrl(url));
      assertThatThrownBy(() -> sqs.createQueue(r -> r.queueName("q")))
          .isInstanceOf(QueueDeletedRecentlyException.class);
    }
  }

  @Test
  void noCooldownSwitchesPurgeAndRecreateAtOnce() {
    try (SqsServer server =
        SqsServerMain.launch(
            new String[] {"--port", "0", "--no-delete-cooldown", "--no-purge-cooldown"}, QUIET)) {
      SqsClient sqs = client(server.endpoint());
      String url = sqs.createQueue(r -> r.queueName("q")).queueUrl();
      sqs.purgeQueue(r -> r.queueUrl(url));
      sqs.purgeQueue(r -> r.queueUrl(url));
      sqs.deleteQueue(r -> r.queueUrl(url));
      assertThat(sqs.createQueue(r -> r.queueName("q")).queueUrl()).isEqualTo(url);
    }
  }

  @Test
  void virtualTimeMovesOnlyThroughTheAdminCall() throws Exception {
    try (SqsServer server =
        SqsServerMain.launch(new String[] {"--port", "0", "--virtual-time"}, QUIET)) {
      Instant before = server.engine().clock().instant();
      HttpResponse<String> moved =
          admin(server.endpoint(), "POST", "/_sqskit/clock/advance", "{\"seconds\":3600}", null);
      assertThat(moved.statusCode()).isEqualTo(200);
      assertThat(server.engine().clock().instant()).isEqualTo(before.plusSeconds(3600));
    }
  }

  @Test
  void withoutVirtualTimeTheClockCallIsRefused() throws Exception {
    try (SqsServer server = SqsServerMain.launch(new String[] {"--port", "0"}, QUIET)) {
      assertThat(
              admin(server.endpoint(), "POST", "/_sqskit/clock/advance", "{\"seconds\":1}", null)
                  .statusCode())
          .isEqualTo(409);
    }
  }

  @Test
  void adminTokenAndAdminOpenOnAnotherAddress() throws Exception {
    try (SqsServer closed =
        SqsServerMain.launch(new String[] {"--port", "0", "--host", "127.0.0.2"}, QUIET)) {
      assertThat(admin(closed.endpoint(), "GET", "/_sqskit/health", "", null).statusCode())
          .isEqualTo(403);
    }
    try (SqsServer tokened =
        SqsServerMain.launch(
            new String[] {"--port", "0", "--host", "127.0.0.2", "--admin-token", "t0k"}, QUIET)) {
      assertThat(admin(tokened.endpoint(), "GET", "/_sqskit/health", "", null).statusCode())
          .isEqualTo(403);
      assertThat(admin(tokened.endpoint(), "GET", "/_sqskit/health", "", "t0k").statusCode())
          .isEqualTo(200);
    }
    try (SqsServer open =
        SqsServerMain.launch(
            new String[] {"--port", "0", "--host", "127.0.0.2", "--admin-open"}, QUIET)) {
      assertThat(admin(open.endpoint(), "GET", "/_sqskit/health", "", null).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void logRequestsWritesOneLinePerRequest() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (SqsServer server =
        SqsServerMain.launch(
            new String[] {"--port", "0", "--log-requests"},
            QUIET,
            new PrintStream(log, true, StandardCharsets.UTF_8))) {
      SqsClient sqs = client(server.endpoint());
      String url = sqs.createQueue(r -> r.queueName("orders")).queueUrl();
      sqs.sendMessage(r -> r.queueUrl(url).messageBody("hi"));
      assertThatThrownBy(() -> sqs.getQueueUrl(r -> r.queueName("missing")))
          .hasMessageContaining("400");
    }
    // The server's own two warm-up ListQueues calls are logged too; they are not this test's.
    String[] lines =
        log.toString(StandardCharsets.UTF_8)
            .lines()
            .filter(line -> !line.contains(" ListQueues "))
            .toArray(String[]::new);
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).matches("\\S+Z 000000000000 CreateQueue - 200 \\d+\\.\\dms");
    assertThat(lines[1]).matches("\\S+Z 000000000000 SendMessage orders 200 \\d+\\.\\dms");
    assertThat(lines[2]).contains(" GetQueueUrl - 400 ");
  }

  @Test
  void gracefulStopAnswersAWaitingLongPollEmpty() throws Exception {
    SqsServer server = SqsServerMain.launch(new String[] {"--port", "0"}, QUIET);
    try {
      SqsClient sqs = client(server.endpoint());
      String url = sqs.createQueue(r -> r.queueName("waiting")).queueUrl();
      CompletableFuture<ReceiveMessageResponse> poll =
          CompletableFuture.supplyAsync(
              () -> sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(20)));
      await().atMost(Duration.ofSeconds(10)).until(() -> server.engine().waitingReceives(url) == 1);

      server.stop(SqsServerMain.GRACE);

      ReceiveMessageResponse answer = poll.get(10, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(answer.sdkHttpResponse().statusCode()).isEqualTo(200);
      assertThat(answer.messages()).isEmpty();
    } finally {
      server.close();
    }
  }

  private static HttpResponse<String> admin(
      URI endpoint, String method, String path, String body, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint.resolve(path))
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .header(AdminApi.HEADER, "1")
            .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
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

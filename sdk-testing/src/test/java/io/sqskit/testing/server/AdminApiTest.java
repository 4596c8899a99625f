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

import io.sqskit.testing.engine.ManualClock;
import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.protocol.json.AdminJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin API under {@code /_sqskit/}: each endpoint, its errors, and its two guards. */
class AdminApiTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final ManualClock clock = ManualClock.create(Instant.parse("2026-01-01T00:00:00Z"));
  private final SqsEngine engine = SqsEngine.builder().clock(clock).build();
  private SqsServer server;
  private String ordersUrl;

  @BeforeEach
  void ordersWithADeadLetterQueueAndThreeMessages() {
    server = SqsServer.builder().engine(engine).warmUp(false).build().start();
    String base = server.endpoint().toString();
    String dlq = engine.createQueue("orders-dlq", Map.of());
    ordersUrl =
        engine.createQueue(
            "orders",
            Map.of(
                "RedrivePolicy",
                "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:orders-dlq\","
                    + "\"maxReceiveCount\":\"3\"}"));
    assertThat(dlq).endsWith("/orders-dlq");
    engine.sendMessage(ordersUrl, "one");
    engine.sendMessage(ordersUrl, "two");
    engine.receiveMessages(ordersUrl, 1, 0);
    engine.execute(
        new RequestContext("111111111111", base, null),
        "CreateQueue",
        Map.of("QueueName", "other-account"));
  }

  @AfterEach
  void close() {
    server.close();
  }

  /** A raw request, since the JDK's client does not let a caller choose the Host header. */
  private String statusLineWithHost(String host) throws Exception {
    try (java.net.Socket socket =
        new java.net.Socket(server.endpoint().getHost(), server.endpoint().getPort())) {
      socket
          .getOutputStream()
          .write(
              ("GET /_sqskit/health HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      return new java.io.BufferedReader(
              new java.io.InputStreamReader(
                  socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII))
          .readLine();
    }
  }

  @Test
  void anOpenLoopbackServerAnswersOnlyRequestsAddressedToThisMachine() throws Exception {
    int port = server.endpoint().getPort();
    assertThat(statusLineWithHost("127.0.0.1:" + port)).contains(" 200");
    assertThat(statusLineWithHost("localhost:" + port)).contains(" 200");
    assertThat(statusLineWithHost("[::1]:" + port)).contains(" 200");
    // DNS rebinding: another site's name resolved to 127.0.0.1 by its attacker.
    assertThat(statusLineWithHost("rebind.attacker.example:" + port)).contains(" 403");
  }

  @Test
  void healthNamesStatusVersionUptimeAndCounts() throws Exception {
    HttpResponse<String> response = get("/_sqskit/health");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    Map<String, Object> health = object(response);
    assertThat(health)
        .containsEntry("status", "ok")
        .containsEntry("queues", 3L)
        .containsEntry("messages", 2L)
        .containsKeys("version", "uptimeSeconds");
  }

  @Test
  void queuesListEveryAccountWithCountsAndDeadLetterTarget() throws Exception {
    List<?> queues = (List<?>) object(get("/_sqskit/queues")).get("queues");
    assertThat(queues).hasSize(3);
    Map<?, ?> orders = (Map<?, ?>) queues.get(0);
    assertThat(orders.get("name")).isEqualTo("orders");
    assertThat(orders.get("account")).isEqualTo("000000000000");
    assertThat(orders.get("url")).isEqualTo(server.endpoint() + "/000000000000/orders");
    assertThat(orders.get("type")).isEqualTo("standard");
    assertThat(orders.get("visible")).isEqualTo(1L);
    assertThat(orders.get("inFlight")).isEqualTo(1L);
    assertThat(orders.get("delayed")).isEqualTo(0L);
    assertThat(orders.get("deadLetterTarget"))
        .isEqualTo("arn:aws:sqs:us-east-1:000000000000:orders-dlq");
    assertThat(castMap(orders.get("attributes"))).containsKey("QueueArn");
    assertThat(((Map<?, ?>) queues.get(1)).get("deadLetterTarget")).isNull();
    assertThat(((Map<?, ?>) queues.get(2)).get("account")).isEqualTo("111111111111");
  }

  @Test
  void faultsAddedAsJsonAreTheJavaRulesAndAct() throws Exception {
    HttpResponse<String> added =
        send(
            "POST",
            "/_sqskit/faults",
            "{\"kind\":\"throttle\",\"action\":\"SendMessage\"," + "\"times\":1}");
    assertThat(added.statusCode()).isEqualTo(200);
    assertThat(server.faults().rules())
        .containsExactly(Fault.throttle().action("SendMessage").times(1));
    List<?> listed = (List<?>) object(get("/_sqskit/faults")).get("faults");
    assertThat(listed).hasSize(1);
    assertThat(FaultJson.read(castMap(listed.get(0))))
        .isEqualTo(Fault.throttle().action("SendMessage").times(1));

    HttpResponse<String> cleared = send("DELETE", "/_sqskit/faults", "");
    assertThat(cleared.statusCode()).isEqualTo(200);
    assertThat(server.faults().rules()).isEmpty();
  }

  @Test
  void everyFaultKindRoundTrips() {
    List<Fault> rules =
        List.of(
            Fault.internalError().queue("orders"),
            Fault.serviceUnavailable().accountId("111111111111").probability(0.5),
            Fault.latency(java.time.Duration.ofMillis(250)).action("ReceiveMessage"),
            Fault.dropConnection().times(2),
            Fault.corruptMd5(),
            Fault.error(io.sqskit.testing.engine.SqsErrorCode.QUEUE_DOES_NOT_EXIST, "gone"));
    for (Fault rule : rules) {
      Map<String, Object> json = FaultJson.write(rule);
      byte[] bytes = AdminJson.write(json);
      assertThat(FaultJson.read(castMap(AdminJson.read(bytes)))).isEqualTo(rule);
    }
  }

  @Test
  void faultValidationErrorsNameTheField() throws Exception {
    assertField("{\"kind\":\"throttle\",\"action\":\"SendMesage\"}", "action", "did you mean");
    assertField("{\"kind\":\"throttle\",\"times\":0}", "times", "at least 1");
    assertField("{\"kind\":\"throttle\",\"probability\":2}", "probability", "(0, 1]");
    assertField("{\"kind\":\"throttle\",\"queue\":\"http://x/1/q\"}", "queue", "queue name");
    assertField("{\"kind\":\"boom\"}", "kind", "not one of");
    assertField("{\"action\":\"SendMessage\"}", "kind", "required");
    assertField("{\"kind\":\"latency\"}", "delayMillis", "needs delayMillis");
    assertField("{\"kind\":\"latency\",\"delayMillis\":-5}", "delayMillis", "positive");
    assertField("{\"kind\":\"error\",\"errorCode\":\"Nope\"}", "errorCode", "not an SQS error");
    assertField("{\"kind\":\"throttle\",\"times\":\"two\"}", "times", "whole number");
    assertField("{\"kind\":\"throttle\",\"colour\":1}", "colour", "unknown field");
    assertThat(server.faults().rules()).isEmpty();
  }

  @Test
  void malformedJsonIsA400NeverA500() throws Exception {
    for (String body : List.of("{", "[1]", "nul", "{\"a\":1} 2", "")) {
      HttpResponse<String> response = send("POST", "/_sqskit/faults", body);
      assertThat(response.statusCode()).as(body).isEqualTo(400);
      assertThat(object(response)).containsEntry("error", "InvalidJson");
    }
  }

  @Test
  void resetDeletesAllQueuesOrOneAccountsAndNamesCanBeReusedAtOnce() throws Exception {
    HttpResponse<String> one = send("POST", "/_sqskit/reset", "{\"account\":\"111111111111\"}");
    assertThat(object(one)).containsEntry("deletedQueues", 1L);
    assertThat(engine.queueUrls("http://h")).hasSize(2);

    HttpResponse<String> all = send("POST", "/_sqskit/reset", "{}");
    assertThat(object(all)).containsEntry("deletedQueues", 2L);
    assertThat(engine.queueUrls("http://h")).isEmpty();
    // No QueueDeletedRecently after a reset.
    assertThat(engine.createQueue("orders", Map.of())).endsWith("/orders");

    HttpResponse<String> bad = send("POST", "/_sqskit/reset", "{\"account\":\"42\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(object(bad)).containsEntry("field", "account");
  }

  @Test
  void clockAdvanceMovesTheManualClockAndRefusesBadAmounts() throws Exception {
    HttpResponse<String> moved = send("POST", "/_sqskit/clock/advance", "{\"seconds\":90}");
    assertThat(moved.statusCode()).isEqualTo(200);
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:01:30Z"));
    send("POST", "/_sqskit/clock/advance", "{\"millis\":500}");
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:01:30.500Z"));

    assertThat(send("POST", "/_sqskit/clock/advance", "{\"seconds\":-1}").statusCode())
        .isEqualTo(400);
    assertThat(object(send("POST", "/_sqskit/clock/advance", "{\"minutes\":1}")))
        .containsEntry("field", "minutes");
    assertThat(send("POST", "/_sqskit/clock/advance", "{}").statusCode()).isEqualTo(400);
  }

  @Test
  void clockAdvanceOnARealClockIsA409() throws Exception {
    try (SqsServer real = SqsServer.builder().warmUp(false).build().start()) {
      HttpResponse<String> response =
          send(real.endpoint(), "POST", "/_sqskit/clock/advance", "{\"seconds\":1}", true, null);
      assertThat(response.statusCode()).isEqualTo(409);
      assertThat(object(response)).containsEntry("error", "VirtualTimeOff");
    }
  }

  @Test
  void metricsArePrometheusTextNamedAfterCloudWatch() throws Exception {
    clock.advance(java.time.Duration.ofSeconds(20)); // within the 30 s visibility timeout
    HttpResponse<String> response = get("/_sqskit/metrics");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/plain; version=0.0.4");
    String orders = "{account=\"000000000000\",region=\"us-east-1\",queue=\"orders\"}";
    assertThat(response.body())
        .contains("# TYPE sqs_approximate_number_of_messages_visible gauge\n")
        .contains("sqs_approximate_number_of_messages_visible" + orders + " 1\n")
        .contains("sqs_approximate_number_of_messages_not_visible" + orders + " 1\n")
        .contains("sqs_approximate_number_of_messages_delayed" + orders + " 0\n")
        .contains("sqs_approximate_age_of_oldest_message" + orders + " 20\n");
  }

  @Test
  void unknownPathsAndWrongMethodsAreJson4xx() throws Exception {
    HttpResponse<String> missing = get("/_sqskit/nothing");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(object(missing)).containsEntry("error", "NotFound");
    HttpResponse<String> wrong = send("DELETE", "/_sqskit/reset", "{}");
    assertThat(wrong.statusCode()).isEqualTo(405);
    assertThat(send("POST", "/_sqskit/health", "{}").statusCode()).isEqualTo(405);
  }

  @Test
  void mutatingCallsNeedTheCustomHeaderAndAJsonContentType() throws Exception {
    URI endpoint = server.endpoint();
    // What a cross-site form could send: no custom header, a form content type.
    HttpResponse<String> form =
        HTTP.send(
            HttpRequest.newBuilder(endpoint.resolve("/_sqskit/reset"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("account=000000000000"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(form.statusCode()).isEqualTo(403);
    assertThat(object(form)).containsEntry("field", AdminApi.HEADER);
    HttpResponse<String> noHeader = send(endpoint, "POST", "/_sqskit/reset", "{}", false, null);
    assertThat(noHeader.statusCode()).isEqualTo(403);
    HttpResponse<String> textPlain =
        HTTP.send(
            HttpRequest.newBuilder(endpoint.resolve("/_sqskit/faults"))
                .header(AdminApi.HEADER, "1")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"throttle\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(textPlain.statusCode()).isEqualTo(415);
    assertThat(engine.queueUrls("http://h")).hasSize(3);
    assertThat(server.faults().rules()).isEmpty();
  }

  @Test
  void anotherAddressNeedsTheTokenUnlessOpen() throws Exception {
    try (SqsServer closed = SqsServer.builder().host("127.0.0.2").warmUp(false).build().start()) {
      HttpResponse<String> refused =
          send(closed.endpoint(), "GET", "/_sqskit/health", "", false, null);
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(object(refused).get("message").toString()).contains("--admin-token");
    }
    try (SqsServer tokened =
        SqsServer.builder().host("127.0.0.2").adminToken("s3cret").warmUp(false).build().start()) {
      assertThat(send(tokened.endpoint(), "GET", "/_sqskit/health", "", false, null).statusCode())
          .isEqualTo(403);
      assertThat(
              send(tokened.endpoint(), "GET", "/_sqskit/health", "", false, "wrong").statusCode())
          .isEqualTo(403);
      assertThat(
              send(tokened.endpoint(), "GET", "/_sqskit/health", "", false, "s3cret").statusCode())
          .isEqualTo(200);
      assertThat(
              send(tokened.endpoint(), "POST", "/_sqskit/reset", "{}", true, "s3cret").statusCode())
          .isEqualTo(200);
    }
    try (SqsServer open =
        SqsServer.builder().host("127.0.0.2").adminOpen(true).warmUp(false).build().start()) {
      assertThat(send(open.endpoint(), "GET", "/_sqskit/health", "", false, null).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void verifyingSignaturesClosesTheAdminApiOnLoopbackToo() throws Exception {
    try (SqsServer strict =
        SqsServer.builder().credentials("AKID", "secret").warmUp(false).build().start()) {
      assertThat(send(strict.endpoint(), "GET", "/_sqskit/queues", "", false, null).statusCode())
          .isEqualTo(403);
    }
  }

  @Test
  void aTokenOnLoopbackIsNeededToo() throws Exception {
    try (SqsServer tokened =
        SqsServer.builder().adminToken("s3cret").warmUp(false).build().start()) {
      assertThat(send(tokened.endpoint(), "GET", "/_sqskit/health", "", false, null).statusCode())
          .isEqualTo(403);
    }
  }

  private void assertField(String body, String field, String messagePart) throws Exception {
    HttpResponse<String> response = send("POST", "/_sqskit/faults", body);
    assertThat(response.statusCode()).as(body).isEqualTo(400);
    Map<String, Object> error = object(response);
    assertThat(error).as(body).containsEntry("error", "InvalidField").containsEntry("field", field);
    assertThat(error.get("message").toString()).as(body).contains(messagePart);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(server.endpoint(), "GET", path, "", false, null);
  }

  private HttpResponse<String> send(String method, String path, String body)
      throws IOException, InterruptedException {
    return send(server.endpoint(), method, path, body, true, null);
  }

  private static HttpResponse<String> send(
      URI endpoint, String method, String path, String body, boolean admin, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint.resolve(path))
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (admin) {
      request.header(AdminApi.HEADER, "1").header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, Object> object(HttpResponse<String> response) {
    return castMap(AdminJson.read(response.body().getBytes(StandardCharsets.UTF_8)));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object tree) {
    return (Map<String, Object>) tree;
  }
}

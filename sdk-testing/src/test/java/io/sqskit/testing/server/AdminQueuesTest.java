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
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.protocol.json.AdminJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin API's queue paths the dashboard uses (peek, send, remove, purge, redrive), the metrics'
 * counters, and the dashboard's files with the token rule.
 */
class AdminQueuesTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String ORDERS = "/_sqskit/queues/000000000000/orders";
  private static final String DLQ = "/_sqskit/queues/000000000000/orders-dlq";

  private final ManualClock clock = ManualClock.create(Instant.parse("2026-01-01T00:00:00Z"));
  private final SqsEngine engine = SqsEngine.builder().clock(clock).build();
  private SqsServer server;
  private String ordersUrl;
  private String dlqUrl;

  @BeforeEach
  void ordersWithADeadLetterQueue() {
    server = SqsServer.builder().engine(engine).warmUp(false).build().start();
    dlqUrl = engine.createQueue("orders-dlq", Map.of());
    ordersUrl =
        engine.createQueue(
            "orders",
            Map.of(
                "RedrivePolicy",
                "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:orders-dlq\","
                    + "\"maxReceiveCount\":\"1\"}",
                "VisibilityTimeout",
                "30"));
  }

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void peekShowsEachMessageWithItsStateAndDeadline() throws Exception {
    engine.sendMessage(ordersUrl, "visible");
    engine.sendMessage(ordersUrl, "in flight");
    engine.receiveMessages(ordersUrl, 1, 0); // takes "visible", the oldest
    engine.execute(
        new io.sqskit.testing.engine.RequestContext(null, "http://h", null),
        "SendMessage",
        Map.of("QueueUrl", ordersUrl, "MessageBody", "delayed", "DelaySeconds", 60));
    clock.advance(Duration.ofSeconds(10));

    Map<String, Object> listing = object(get(ORDERS + "/messages"));
    assertThat(listing.get("now")).isEqualTo("2026-01-01T00:00:10Z");
    List<?> messages = (List<?>) listing.get("messages");
    assertThat(messages).hasSize(3);
    Map<?, ?> flying = (Map<?, ?>) messages.get(0);
    assertThat(flying.get("body")).isEqualTo("visible");
    assertThat(flying.get("state")).isEqualTo("inFlight");
    assertThat(flying.get("availableAt")).isEqualTo("2026-01-01T00:00:30Z");
    assertThat(flying.get("receiveCount")).isEqualTo(1L);
    Map<?, ?> visible = (Map<?, ?>) messages.get(1);
    assertThat(visible.get("state")).isEqualTo("visible");
    assertThat(visible.get("availableAt")).isNull();
    Map<?, ?> delayed = (Map<?, ?>) messages.get(2);
    assertThat(delayed.get("state")).isEqualTo("delayed");
    assertThat(delayed.get("availableAt")).isEqualTo("2026-01-01T00:01:00Z");
    assertThat(cast(delayed.get("attributes"))).containsKey("SentTimestamp");
    // Peeking received nothing: the counts are unchanged.
    assertThat(engine.counters(ordersUrl).messagesReceived()).isEqualTo(1);
  }

  @Test
  void sendTakesABodyAndAttributesAndSqsErrorsComeBackAs4xx() throws Exception {
    HttpResponse<String> sent =
        send(
            "POST",
            ORDERS + "/messages",
            "{\"body\":\"<b>hi</b>\",\"messageAttributes\":{"
                + "\"kind\":{\"dataType\":\"String\",\"stringValue\":\"test\"},"
                + "\"raw\":{\"dataType\":\"Binary\",\"binaryValue\":\"AQI=\"}}}");
    assertThat(sent.statusCode()).isEqualTo(200);
    String id = object(sent).get("messageId").toString();
    Map<?, ?> message =
        (Map<?, ?>) ((List<?>) object(get(ORDERS + "/messages")).get("messages")).get(0);
    assertThat(message.get("messageId")).isEqualTo(id);
    assertThat(message.get("body")).isEqualTo("<b>hi</b>");
    Map<?, ?> attributes = (Map<?, ?>) message.get("messageAttributes");
    assertThat(cast(attributes.get("kind")))
        .containsEntry("dataType", "String")
        .containsEntry("stringValue", "test");
    assertThat(cast(attributes.get("raw"))).containsEntry("binaryValue", "AQI=");

    HttpResponse<String> tooLate =
        send("POST", ORDERS + "/messages", "{\"body\":\"x\",\"delaySeconds\":901}");
    assertThat(tooLate.statusCode()).isEqualTo(400);
    assertThat(object(tooLate)).containsEntry("error", "InvalidParameterValueException");
    HttpResponse<String> unknown = send("POST", ORDERS + "/messages", "{\"bodi\":\"x\"}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(object(unknown)).containsEntry("field", "bodi");
    HttpResponse<String> noQueue =
        send("POST", "/_sqskit/queues/000000000000/nope/messages", "{\"body\":\"x\"}");
    assertThat(noQueue.statusCode()).isEqualTo(404);
    assertThat(object(noQueue)).containsEntry("error", "QueueDoesNotExist");
  }

  @Test
  void removeDeletesOneMessageWhateverItsState() throws Exception {
    String id = engine.sendMessage(ordersUrl, "taken");
    engine.receiveMessages(ordersUrl, 1, 0);
    HttpResponse<String> removed = send("DELETE", ORDERS + "/messages/" + id, "{}");
    assertThat(removed.statusCode()).isEqualTo(200);
    assertThat(engine.inspect(ordersUrl)).isEmpty();
    HttpResponse<String> again = send("DELETE", ORDERS + "/messages/" + id, "{}");
    assertThat(again.statusCode()).isEqualTo(404);
    assertThat(object(again)).containsEntry("error", "MessageNotFound");
  }

  @Test
  void purgeEmptiesTheQueueAndASecondOneWithinAMinuteIsRefusedAsSqsDoes() throws Exception {
    engine.sendMessage(ordersUrl, "a");
    engine.sendMessage(ordersUrl, "b");
    assertThat(send("POST", ORDERS + "/purge", "{}").statusCode()).isEqualTo(200);
    assertThat(engine.inspect(ordersUrl)).isEmpty();
    HttpResponse<String> again = send("POST", ORDERS + "/purge", "{}");
    assertThat(again.statusCode()).isEqualTo(403);
    assertThat(object(again)).containsEntry("error", "PurgeQueueInProgress");
  }

  @Test
  void redriveMovesTheDeadLettersBackAndReportsTheTask() throws Exception {
    engine.sendMessage(ordersUrl, "poison");
    engine.receiveMessages(ordersUrl, 1, 0);
    clock.advance(Duration.ofSeconds(30));
    assertThat(engine.receiveMessages(ordersUrl, 1, 0)).isEmpty(); // moved to the DLQ
    assertThat(engine.inspect(dlqUrl)).hasSize(1);

    HttpResponse<String> started = send("POST", DLQ + "/redrive", "{}");
    assertThat(started.statusCode()).isEqualTo(200);
    assertThat(object(started)).containsKey("taskHandle");
    clock.advance(Duration.ofSeconds(1));
    List<?> tasks = (List<?>) object(get(DLQ + "/redrive")).get("tasks");
    assertThat(tasks).hasSize(1);
    Map<?, ?> task = (Map<?, ?>) tasks.get(0);
    assertThat(task.get("Status")).isEqualTo("COMPLETED");
    assertThat(task.get("ApproximateNumberOfMessagesMoved")).isEqualTo(1L);
    assertThat(engine.inspect(ordersUrl)).extracting(m -> m.body()).containsExactly("poison");

    HttpResponse<String> notADlq = send("POST", ORDERS + "/redrive", "{}");
    assertThat(notADlq.statusCode()).isEqualTo(400);
    assertThat(object(notADlq)).containsKeys("error", "message");
    HttpResponse<String> badRate =
        send("POST", DLQ + "/redrive", "{\"maxNumberOfMessagesPerSecond\":\"fast\"}");
    assertThat(object(badRate)).containsEntry("field", "maxNumberOfMessagesPerSecond");
  }

  @Test
  void queueCallsThatChangeSomethingNeedTheCustomHeader() throws Exception {
    engine.sendMessage(ordersUrl, "kept");
    HttpResponse<String> form =
        HTTP.send(
            HttpRequest.newBuilder(server.endpoint().resolve(ORDERS + "/purge"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(form.statusCode()).isEqualTo(403);
    assertThat(object(form)).containsEntry("field", AdminApi.HEADER);
    assertThat(engine.inspect(ordersUrl)).hasSize(1);
    assertThat(get("/_sqskit/queues/000000000000/orders/nothing").statusCode()).isEqualTo(404);
    assertThat(send("PUT", ORDERS + "/messages", "{}").statusCode()).isEqualTo(405);
  }

  @Test
  void metricsCountSentReceivedDeletedAndEmptyReceivesAsCounters() throws Exception {
    engine.sendMessage(ordersUrl, "one");
    engine.sendMessage(ordersUrl, "two");
    String handle = engine.receiveMessages(ordersUrl, 1, 0).get(0).receiptHandle();
    engine.deleteMessage(ordersUrl, handle);
    engine.receiveMessages(ordersUrl, 1, 0);
    engine.receiveMessages(ordersUrl, 1, 0); // empty
    String text = get("/_sqskit/metrics").body();
    String orders = "{account=\"000000000000\",region=\"us-east-1\",queue=\"orders\"}";
    assertThat(text)
        .contains("# TYPE sqs_number_of_messages_sent_total counter\n")
        .contains("sqs_number_of_messages_sent_total" + orders + " 2\n")
        .contains("# TYPE sqs_number_of_messages_received_total counter\n")
        .contains("sqs_number_of_messages_received_total" + orders + " 2\n")
        .contains("sqs_number_of_messages_deleted_total" + orders + " 1\n")
        .contains("sqs_number_of_empty_receives_total" + orders + " 1\n")
        .contains(
            "sqs_number_of_messages_sent_total{account=\"000000000000\",region=\"us-east-1\",queue=\"orders-dlq\"} 0\n")
        .contains("# TYPE sqs_approximate_number_of_messages_visible gauge\n");
  }

  @Test
  void aNameInTwoRegionsIsListedOncePerRegionAndEachPathReachesItsOwnQueue() throws Exception {
    engine.sendMessage(ordersUrl, "virginia");
    io.sqskit.testing.engine.RequestContext ireland =
        new io.sqskit.testing.engine.RequestContext(null, "", null, "eu-west-1");
    String irelandUrl =
        (String)
            engine.execute(ireland, "CreateQueue", Map.of("QueueName", "orders")).get("QueueUrl");
    engine.execute(ireland, "SendMessage", Map.of("QueueUrl", irelandUrl, "MessageBody", "one"));
    engine.execute(ireland, "SendMessage", Map.of("QueueUrl", irelandUrl, "MessageBody", "two"));

    List<?> queues = (List<?>) object(get("/_sqskit/queues")).get("queues");
    List<Map<String, Object>> orders =
        queues.stream()
            .map(AdminQueuesTest::cast)
            .filter(q -> q.get("name").equals("orders"))
            .toList();
    assertThat(orders)
        .extracting(q -> q.get("region"), q -> q.get("visible"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("eu-west-1", 2L),
            org.assertj.core.groups.Tuple.tuple("us-east-1", 1L));

    // without ?region= the server's region; with it, that region's queue
    assertThat(bodies(object(get(ORDERS + "/messages")))).containsExactly("virginia");
    assertThat(bodies(object(get(ORDERS + "/messages?region=eu-west-1"))))
        .containsExactly("one", "two");
    assertThat(send("POST", ORDERS + "/purge?region=eu-west-1", "{}").statusCode()).isEqualTo(200);
    assertThat(engine.inspect(irelandUrl)).isEmpty();
    assertThat(engine.inspect(ordersUrl)).hasSize(1);
    assertThat(get(ORDERS + "/messages?region=ap-south-1").statusCode()).isEqualTo(404);

    assertThat(get("/_sqskit/metrics").body())
        .contains(
            "sqs_number_of_messages_sent_total{account=\"000000000000\",region=\"eu-west-1\","
                + "queue=\"orders\"} 2\n")
        .contains(
            "sqs_number_of_messages_sent_total{account=\"000000000000\",region=\"us-east-1\","
                + "queue=\"orders\"} 1\n");
  }

  private static List<Object> bodies(Map<String, Object> listing) {
    return ((List<?>) listing.get("messages")).stream().map(m -> cast(m).get("body")).toList();
  }

  @Test
  void theDashboardIsServedWithAPolicyThatAllowsOnlyItsOwnFiles() throws Exception {
    HttpResponse<String> page = get("/_sqskit/ui");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("script-src 'self'")
        .contains("default-src 'none'");
    assertThat(page.body()).contains("/_sqskit/ui/dashboard.js").doesNotContain("<script>");
    HttpResponse<String> script = get("/_sqskit/ui/dashboard.js");
    assertThat(script.headers().firstValue("Content-Type"))
        .hasValue("text/javascript; charset=utf-8");
    assertThat(script.body()).contains("textContent").doesNotContain("innerHTML");
    assertThat(get("/_sqskit/ui/dashboard.css").statusCode()).isEqualTo(200);
    assertThat(get("/_sqskit/ui/other.js").statusCode()).isEqualTo(404);
    assertThat(send("POST", "/_sqskit/ui", "{}").statusCode()).isEqualTo(405);
  }

  @Test
  void withATokenTheDashboardAsksForItAsBasicAuthAndTheApiTakesItSoToo() throws Exception {
    try (SqsServer tokened =
        SqsServer.builder().adminToken("s3cret").warmUp(false).build().start()) {
      URI endpoint = tokened.endpoint();
      HttpResponse<String> challenged = request(endpoint, "GET", "/_sqskit/ui", null);
      assertThat(challenged.statusCode()).isEqualTo(401);
      assertThat(challenged.headers().firstValue("WWW-Authenticate").orElse(""))
          .startsWith("Basic realm=\"sqskit admin\"");
      assertThat(request(endpoint, "GET", "/_sqskit/ui", basic("any", "wrong")).statusCode())
          .isEqualTo(401);
      assertThat(request(endpoint, "GET", "/_sqskit/ui", basic("any", "s3cret")).statusCode())
          .isEqualTo(200);
      assertThat(request(endpoint, "GET", "/_sqskit/queues", basic("", "s3cret")).statusCode())
          .isEqualTo(200);
      // The API itself still answers 403 without the token.
      assertThat(request(endpoint, "GET", "/_sqskit/queues", null).statusCode()).isEqualTo(403);
    }
    try (SqsServer closed = SqsServer.builder().host("127.0.0.2").warmUp(false).build().start()) {
      // No token to give: the dashboard is closed, not asking.
      assertThat(request(closed.endpoint(), "GET", "/_sqskit/ui", null).statusCode())
          .isEqualTo(403);
    }
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> request(
      URI endpoint, String method, String path, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint.resolve(path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(server.endpoint().resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(String method, String path, String body)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(server.endpoint().resolve(path))
            .header(AdminApi.HEADER, "1")
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object tree) {
    return (Map<String, Object>) tree;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(HttpResponse<String> response) {
    return (Map<String, Object>) AdminJson.read(response.body().getBytes(StandardCharsets.UTF_8));
  }
}

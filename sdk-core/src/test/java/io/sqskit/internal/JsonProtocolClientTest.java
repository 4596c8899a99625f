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
package io.sqskit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sqskit.client.Protocol;
import io.sqskit.client.SqsClient;
import io.sqskit.exception.InternalFailureException;
import io.sqskit.exception.QueueDoesNotExistException;
import io.sqskit.exception.RequestThrottledException;
import io.sqskit.exception.SqsClientException;
import io.sqskit.exception.SqsServiceException;
import io.sqskit.model.Message;
import io.sqskit.model.MessageAttributeValue;
import io.sqskit.retry.RetryPolicy;
import io.sqskit.transport.HttpRequest;
import io.sqskit.transport.HttpResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A client speaking AWS JSON 1.0, against a fake transport: what goes on the wire (target, content
 * type, signature, body), how answers and errors are read, and that the MD5 checks apply as in
 * Query.
 */
class JsonProtocolClientTest {
  private static final String URL = "https://sqs.us-east-1.amazonaws.com/123456789012/q";
  private static final String MD5_HELLO = "5d41402abc4b2a76b9719d911017c592";
  // MD5 of {color: String "red"} (sqs-reference/semantics.md)
  private static final String MD5_RED = "20ca9041878c8c65d5a4bf6eaf446c21";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static SqsClient client(FakeTransport transport) {
    return SqsClient.builder()
        .region("us-east-1")
        .credentials("AKIDEXAMPLE", "secret")
        .transport(transport)
        .retryPolicy(RetryPolicy.none())
        .callTimeout(Duration.ofSeconds(7))
        .signingClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
        .protocol(Protocol.JSON)
        .build();
  }

  private static FakeTransport answering(
      int status, Map<String, List<String>> headers, String body) {
    return new FakeTransport(
        r -> new HttpResponse(status, headers, body.getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, String> headers(HttpRequest request) {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    request.headers().forEach((name, values) -> headers.put(name, String.join(",", values)));
    return headers;
  }

  private static JsonNode body(HttpRequest request) throws IOException {
    return JSON.readTree(request.body());
  }

  @Test
  void postsSignedJsonNamingTheActionInTheTargetHeader() throws IOException {
    FakeTransport transport =
        answering(
            200, Map.of(), "{\"MD5OfMessageBody\":\"" + MD5_HELLO + "\",\"MessageId\":\"m-1\"}");
    try (SqsClient client = client(transport)) {
      assertThat(client.config().protocol()).isEqualTo(Protocol.JSON);
      assertThat(client.sendMessage(URL, "hello").messageId()).isEqualTo("m-1");

      HttpRequest request = transport.lastRequest();
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.uri()).isEqualTo(URI.create("https://sqs.us-east-1.amazonaws.com"));
      assertThat(body(request))
          .isEqualTo(JSON.readTree("{\"QueueUrl\":\"" + URL + "\",\"MessageBody\":\"hello\"}"));
      Map<String, String> headers = headers(request);
      assertThat(headers)
          .containsEntry("Content-Type", "application/x-amz-json-1.0")
          .containsEntry("X-Amz-Target", "AmazonSQS.SendMessage")
          .containsEntry("x-amzn-query-mode", "true");
      assertThat(headers.get("Authorization"))
          .startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/sqs/aws4_request")
          .contains("content-type")
          .contains("x-amz-target");
    }
  }

  @Test
  void everyActionSendsItsOwnTarget() {
    FakeTransport transport = answering(200, Map.of(), "{}");
    try (SqsClient client = client(transport)) {
      client.deleteMessage(URL, "rh");
      assertThat(headers(transport.lastRequest()))
          .containsEntry("X-Amz-Target", "AmazonSQS.DeleteMessage");
      client.listQueues(r -> r.queueNamePrefix("a"));
      assertThat(headers(transport.lastRequest()))
          .containsEntry("X-Amz-Target", "AmazonSQS.ListQueues");
      client.purgeQueue(r -> r.queueUrl(URL));
      assertThat(headers(transport.lastRequest()))
          .containsEntry("X-Amz-Target", "AmazonSQS.PurgeQueue");
    }
  }

  @Test
  void receivedMessagesAreReadAndTheirDigestsChecked() {
    String message =
        "{\"MessageId\":\"m-1\",\"ReceiptHandle\":\"rh-1\",\"MD5OfBody\":\""
            + MD5_HELLO
            + "\",\"Body\":\"hello\",\"Attributes\":{\"ApproximateReceiveCount\":\"1\"},"
            + "\"MD5OfMessageAttributes\":\"%s\","
            + "\"MessageAttributes\":{\"color\":{\"StringValue\":\"red\",\"DataType\":\"String\"}}}";
    FakeTransport good =
        answering(200, Map.of(), "{\"Messages\":[" + message.formatted(MD5_RED) + "]}");
    try (SqsClient client = client(good)) {
      List<Message> messages =
          client.receiveMessage(r -> r.queueUrl(URL).messageAttributeNames("All")).messages();
      assertThat(messages).hasSize(1);
      Message m = messages.get(0);
      assertThat(m.body()).isEqualTo("hello");
      assertThat(m.receiptHandle()).isEqualTo("rh-1");
      assertThat(m.attributes()).containsEntry("ApproximateReceiveCount", "1");
      assertThat(m.messageAttributes())
          .containsEntry("color", MessageAttributeValue.ofString("red"));
    }
    FakeTransport tampered =
        answering(
            200,
            Map.of(),
            "{\"Messages\":[" + message.formatted("00000000000000000000000000000000") + "]}");
    try (SqsClient client = client(tampered)) {
      assertThatThrownBy(() -> client.receiveMessage(URL))
          .isInstanceOf(SqsClientException.class)
          .hasMessageContaining("MD5");
    }
  }

  @Test
  void errorsAreTypedWithTheQueryCodeFromTheHeader() {
    FakeTransport transport =
        answering(
            400,
            Map.of(
                "x-amzn-query-error", List.of("AWS.SimpleQueueService.NonExistentQueue;Sender"),
                "x-amzn-requestid", List.of("req-7")),
            "{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\","
                + "\"message\":\"The specified queue does not exist.\"}");
    try (SqsClient client = client(transport)) {
      assertThatThrownBy(() -> client.getQueueUrl(r -> r.queueName("nope")))
          .isInstanceOfSatisfying(
              QueueDoesNotExistException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo("AWS.SimpleQueueService.NonExistentQueue");
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.requestId()).isEqualTo("req-7");
                assertThat(e.retryable()).isFalse();
                assertThat(e.getMessage()).contains("The specified queue does not exist.");
              });
    }
  }

  @Test
  void withoutTheHeaderTheJsonTypeNamesTheError() {
    FakeTransport transport =
        answering(
            403,
            Map.of(),
            "{\"__type\":\"com.amazonaws.sqs#RequestThrottled\",\"message\":\"slow down\"}");
    try (SqsClient client = client(transport)) {
      assertThatThrownBy(() -> client.purgeQueue(r -> r.queueUrl(URL)))
          .isInstanceOfSatisfying(
              RequestThrottledException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo("RequestThrottled");
                assertThat(e.isThrottling()).isTrue();
                assertThat(e.retryable()).isTrue();
              });
    }
  }

  @Test
  void aServerErrorWithoutAJsonBodyIsARetryableInternalFailure() {
    FakeTransport transport = answering(500, Map.of(), "<html>bad gateway</html>");
    try (SqsClient client = client(transport)) {
      assertThatThrownBy(() -> client.purgeQueue(r -> r.queueUrl(URL)))
          .isInstanceOfSatisfying(
              SqsServiceException.class,
              e -> {
                assertThat(e).isInstanceOf(InternalFailureException.class);
                assertThat(e.retryable()).isTrue();
              });
    }
  }

  @Test
  void anUnreadableSuccessIsAClientError() {
    FakeTransport transport = answering(200, Map.of(), "<CreateQueueResponse/>");
    try (SqsClient client = client(transport)) {
      assertThatThrownBy(() -> client.createQueue(r -> r.queueName("q")))
          .isInstanceOf(SqsClientException.class)
          .hasMessageStartingWith("Unreadable CreateQueue response");
    }
  }

  @Test
  void derivedClientsKeepTheProtocolAndQueryStaysTheDefault() {
    FakeTransport transport = answering(200, Map.of(), "{}");
    try (SqsClient json = client(transport);
        SqsClient derived = json.toBuilder().build();
        SqsClient query = json.toBuilder().protocol(Protocol.QUERY).build()) {
      assertThat(derived.config().protocol()).isEqualTo(Protocol.JSON);
      assertThat(query.config().protocol()).isEqualTo(Protocol.QUERY);
      assertThat(json.config()).isNotEqualTo(query.config());
      assertThat(json.config().toString()).contains("protocol=JSON");
      assertThat(
              SqsClient.builder()
                  .region("us-east-1")
                  .transport(transport)
                  .build()
                  .config()
                  .protocol())
          .isEqualTo(Protocol.QUERY);
    }
  }
}

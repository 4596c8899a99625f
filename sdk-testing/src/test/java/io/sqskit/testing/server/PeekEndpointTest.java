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
import io.sqskit.testing.engine.MessageSnapshot;
import io.sqskit.testing.engine.SqsEngine;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * {@code /_aws/sqs/messages}: a queue's messages as a ReceiveMessage answer, without receiving
 * them, for curl and for an SDK pointed at that path.
 */
class PeekEndpointTest {
  private static final String PEEK = "/_aws/sqs/messages";

  private final ManualClock clock = ManualClock.create(Instant.parse("2026-01-01T00:00:00Z"));
  private final SqsEngine engine = SqsEngine.builder().clock(clock).build();
  private SqsServer server;
  private SqsClient sqs;
  private String queueUrl;

  /** Three messages: "taken" in flight, "visible" with two attributes, "delayed" for a minute. */
  @BeforeEach
  void threeMessagesInThreeStates() {
    server = SqsServer.builder().engine(engine).port(0).build().start();
    sqs = client(server.endpoint());
    queueUrl = sqs.createQueue(r -> r.queueName("orders")).queueUrl();
    sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody("taken"));
    assertThat(sqs.receiveMessage(r -> r.queueUrl(queueUrl)).messages())
        .extracting(Message::body)
        .containsExactly("taken");
    sqs.sendMessage(
        r ->
            r.queueUrl(queueUrl)
                .messageBody("visible")
                .messageAttributes(
                    Map.of(
                        "customer",
                        MessageAttributeValue.builder()
                            .dataType("String")
                            .stringValue("c-7")
                            .build(),
                        "photo",
                        MessageAttributeValue.builder()
                            .dataType("Binary")
                            .binaryValue(SdkBytes.fromUtf8String("jpeg"))
                            .build())));
    sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody("delayed").delaySeconds(60));
  }

  @AfterEach
  void stop() {
    sqs.close();
    server.close();
  }

  @Test
  void curlSeesTheVisibleMessagesAndChangesNothing() throws Exception {
    List<MessageSnapshot> before = engine.inspect(queueUrl);

    HttpResponse<String> answer = get(PEEK + "?QueueUrl=" + queueUrl);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).startsWith("<?xml").doesNotContain("<ReceiptHandle>");
    List<Map<String, String>> messages = xmlMessages(answer.body());
    assertThat(messages).extracting(m -> m.get("Body")).containsExactly("visible");
    assertThat(messages.get(0))
        .containsEntry("ApproximateReceiveCount", "0")
        .containsEntry("SentTimestamp", "1767225600000")
        .containsKey("MD5OfMessageAttributes");
    assertThat(engine.inspect(queueUrl)).isEqualTo(before);
    assertThat(
            sqs.receiveMessage(
                r -> r.queueUrl(queueUrl).messageSystemAttributeNamesWithStrings("All")))
        .satisfies(
            r ->
                assertThat(r.messages())
                    .singleElement()
                    .satisfies(
                        m -> {
                          assertThat(m.body()).isEqualTo("visible");
                          assertThat(m.attributes())
                              .containsEntry(
                                  MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1");
                        }));
  }

  @Test
  void showInvisibleAndShowDelayedAddTheOthersMarked() throws Exception {
    HttpResponse<String> answer =
        get(PEEK + "?QueueUrl=" + queueUrl + "&ShowInvisible=true&ShowDelayed=1");

    List<Map<String, String>> messages = xmlMessages(answer.body());
    assertThat(messages)
        .extracting(m -> m.get("Body"))
        .containsExactly("taken", "visible", "delayed");
    assertThat(messages)
        .extracting(m -> m.get("IsVisible"))
        .containsExactly("false", "true", "false");
    assertThat(messages)
        .extracting(m -> m.get("IsDelayed"))
        .containsExactly("false", "false", "true");
    assertThat(messages.get(0)).containsEntry("ApproximateReceiveCount", "1");
  }

  @Test
  void theQueueCanBeNamedInThePath() throws Exception {
    HttpResponse<String> answer = get(PEEK + "/us-east-1/000000000000/orders?ShowDelayed=true");

    assertThat(xmlMessages(answer.body()))
        .extracting(m -> m.get("Body"))
        .containsExactly("visible", "delayed");
  }

  @Test
  void anSdkPointedAtThePathPeeksWithItsChecksumsOn() {
    try (SqsClient peek = client(URI.create(server.endpoint() + PEEK))) {
      List<Message> messages =
          peek.receiveMessage(
                  r ->
                      r.queueUrl(queueUrl)
                          .messageAttributeNames("All")
                          .messageSystemAttributeNamesWithStrings("All"))
              .messages();

      assertThat(messages)
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.body()).isEqualTo("visible");
                assertThat(m.receiptHandle()).isNull();
                assertThat(m.messageAttributes().get("customer").stringValue()).isEqualTo("c-7");
                assertThat(m.messageAttributes().get("photo").binaryValue().asUtf8String())
                    .isEqualTo("jpeg");
              });
    }
    assertThat(engine.inspect(queueUrl))
        .extracting(MessageSnapshot::receiveCount)
        .containsExactly(1, 0, 0);
  }

  @Test
  void badRequestsGetSqsErrors() throws Exception {
    HttpResponse<String> unknown =
        get(PEEK + "?QueueUrl=" + server.endpoint() + "/000000000000/none");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("<Code>AWS.SimpleQueueService.NonExistentQueue</Code>");

    HttpResponse<String> missing = get(PEEK);
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body())
        .contains("<Code>MissingParameter</Code>")
        .contains("The request must contain the parameter QueueUrl.");

    HttpResponse<String> otherAction = get(PEEK + "?Action=SendMessage&QueueUrl=" + queueUrl);
    assertThat(otherAction.statusCode()).isEqualTo(400);
    assertThat(otherAction.body())
        .contains("<Code>InvalidAction</Code>")
        .contains("The action SendMessage is not valid for this endpoint.");

    HttpResponse<String> badPath = get(PEEK + "/orders");
    assertThat(badPath.statusCode()).isEqualTo(404);
    assertThat(badPath.body()).contains("<Code>InvalidAddress</Code>");

    HttpResponse<String> jsonOtherAction =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.endpoint() + PEEK))
                    .header("Content-Type", "application/x-amz-json-1.0")
                    .header("X-Amz-Target", "AmazonSQS.DeleteQueue")
                    .POST(
                        HttpRequest.BodyPublishers.ofString("{\"QueueUrl\":\"" + queueUrl + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(jsonOtherAction.statusCode()).isEqualTo(400);
    assertThat(jsonOtherAction.headers().firstValue("x-amzn-query-error"))
        .hasValue("InvalidAction;Sender");
    assertThat(engine.inspect(queueUrl)).hasSize(3);
  }

  @Test
  void aServerThatChecksSignaturesStillLetsCurlPeek() throws Exception {
    try (SqsServer strict =
        SqsServer.builder()
            .engine(engine)
            .port(0)
            .credentials("AKIDEXAMPLE", "secret")
            .build()
            .start()) {
      HttpResponse<String> unsigned = send(strict.endpoint(), "/?Action=ListQueues");
      assertThat(unsigned.statusCode()).isEqualTo(403);

      HttpResponse<String> peek = send(strict.endpoint(), PEEK + "?QueueUrl=" + queueUrl);

      assertThat(peek.statusCode()).isEqualTo(200);
      assertThat(xmlMessages(peek.body()))
          .extracting(m -> m.get("Body"))
          .containsExactly("visible");
    }
  }

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    return send(server.endpoint(), pathAndQuery);
  }

  private static HttpResponse<String> send(URI endpoint, String pathAndQuery) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(endpoint + pathAndQuery)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** Each message of a Query ReceiveMessage answer: its elements and attributes, flattened. */
  private static List<Map<String, String>> xmlMessages(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    NodeList nodes =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
            .getElementsByTagName("Message");
    List<Map<String, String>> messages = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element message = (Element) nodes.item(i);
      Map<String, String> fields = new LinkedHashMap<>();
      for (String name : List.of("MessageId", "Body", "MD5OfBody", "MD5OfMessageAttributes")) {
        NodeList found = message.getElementsByTagName(name);
        if (found.getLength() > 0) {
          fields.put(name, found.item(0).getTextContent());
        }
      }
      NodeList attributes = message.getElementsByTagName("Attribute");
      for (int j = 0; j < attributes.getLength(); j++) {
        Element attribute = (Element) attributes.item(j);
        fields.put(
            attribute.getElementsByTagName("Name").item(0).getTextContent(),
            attribute.getElementsByTagName("Value").item(0).getTextContent());
      }
      messages.add(fields);
    }
    return messages;
  }

  private static SqsClient client(URI endpoint) {
    return SqsClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}

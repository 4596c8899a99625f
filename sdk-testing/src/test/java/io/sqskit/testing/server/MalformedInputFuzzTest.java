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

import io.sqskit.testing.engine.SqsEngine;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Random, mostly malformed requests over both protocols (seeded, so a failure replays): every one
 * gets a well-formed SQS answer, and none an internal failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputFuzzTest {

  private static final List<String> ACTIONS =
      List.of(
          "CreateQueue",
          "SendMessage",
          "SendMessageBatch",
          "ReceiveMessage",
          "DeleteMessageBatch",
          "GetQueueAttributes",
          "SetQueueAttributes",
          "TagQueue",
          "ListQueues",
          "ChangeMessageVisibility",
          "StartMessageMoveTask",
          "AddPermission",
          "Bogus",
          "");
  private static final List<String> NAMES =
      List.of(
          "QueueName",
          "QueueUrl",
          "MessageBody",
          "DelaySeconds",
          "MaxNumberOfMessages",
          "WaitTimeSeconds",
          "Attribute.1.Name",
          "Attribute.1.Value",
          "Attribute.x.Name",
          "Attribute.1",
          "Tag.1.Key",
          "MessageAttribute.1.Name",
          "MessageAttribute.1.Value.DataType",
          "MessageAttribute.1.Value.BinaryValue",
          "MessageAttribute.1.Value.StringValue",
          "SendMessageBatchRequestEntry.1.Id",
          "SendMessageBatchRequestEntry.1.MessageBody",
          "SendMessageBatchRequestEntry.99999999999.Id",
          "DeleteMessageBatchRequestEntry.1.ReceiptHandle",
          "AttributeName.1",
          "ReceiptHandle",
          "VisibilityTimeout",
          "SourceArn",
          "MaxNumberOfMessagesPerSecond",
          "AWSAccountId.1",
          "ActionName.1",
          "Label",
          "..",
          ".1.");
  private static final List<String> VALUES =
      List.of(
          "",
          "q",
          "fuzz",
          "1",
          "-1",
          "0",
          "99999999999",
          "1.5",
          "abc",
          "%",
          "%zz",
          "%C3%28",
          "%00",
          "All",
          "String",
          "Binary",
          "Number",
          "AAEC",
          "!!!",
          "x%0D%0Ay",
          "http%3A%2F%2F127.0.0.1%2F000000000000%2Ffuzz",
          "arn%3Aaws%3Asqs%3Aus-east-1%3A000000000000%3Afuzz",
          "true",
          "%E2%82%AC",
          "%01",
          "%ED%A0%80");
  private static final List<String> JSON_FRAGMENTS =
      List.of(
          "{",
          "}",
          "[",
          "]",
          "\"QueueUrl\"",
          "\"QueueName\"",
          "\"Entries\"",
          "\"Attributes\"",
          "\"MessageAttributes\"",
          "\"MaxNumberOfMessages\"",
          "\"BinaryValue\"",
          ":",
          ",",
          "1",
          "-1",
          "1e99",
          "99999999999999999999",
          "null",
          "true",
          "\"x\"",
          "\"AAEC\"",
          "\"@@\"",
          "{\"DataType\":\"Binary\"}",
          "\"http://127.0.0.1/000000000000/fuzz\"");

  private static final List<String> JSON_NAMES =
      List.of(
          "QueueUrl",
          "QueueName",
          "MessageBody",
          "Entries",
          "Attributes",
          "AttributeNames",
          "MessageAttributes",
          "MaxNumberOfMessages",
          "WaitTimeSeconds",
          "DelaySeconds",
          "Tags",
          "TagKeys",
          "SourceArn",
          "Unknown");
  private static final List<String> JSON_VALUES =
      List.of(
          "\"http://127.0.0.1/000000000000/fuzz\"",
          "\"fuzz\"",
          "\"\"",
          "0",
          "11",
          "-5",
          "2147483648",
          "1.5",
          "true",
          "null",
          "[]",
          "[\"All\"]",
          "[{\"Id\":\"a\",\"MessageBody\":\"b\"}]",
          "[{\"Id\":\"a:b\"}]",
          "{}",
          "{\"DelaySeconds\":\"5\"}",
          "{\"k\":{\"DataType\":\"Binary\",\"BinaryValue\":\"@@\"}}",
          "{\"k\":{\"DataType\":\"String\"}}",
          "{\"FifoQueue\":\"true\"}",
          "\"\\u0000\"");

  private final HttpClient http = HttpClient.newHttpClient();
  private SqsServer server;

  @BeforeAll
  void start() {
    server =
        SqsServer.builder().engine(SqsEngine.create()).maxRequestBytes(64 * 1024).build().start();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void randomQueryFormsGetSqsAnswers() throws Exception {
    Random random = new Random(20261124L);
    for (int i = 0; i < 300; i++) {
      StringBuilder form = new StringBuilder("Action=").append(pick(random, ACTIONS));
      int pairs = random.nextInt(6);
      for (int p = 0; p < pairs; p++) {
        form.append('&').append(pick(random, NAMES)).append('=').append(pick(random, VALUES));
      }
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(
                      server.endpoint().resolve(random.nextBoolean() ? "/" : "/000000000000/fuzz"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).as(form.toString()).isLessThan(500);
      assertWellFormedXml(response.body(), form.toString());
      if (response.statusCode() == 200) {
        assertThat(response.body())
            .as(form.toString())
            .startsWith("<?xml version=\"1.0\"?><")
            .contains("<RequestId>");
      } else {
        assertThat(response.body())
            .as(form.toString())
            .startsWith("<?xml version=\"1.0\"?><ErrorResponse")
            .contains("<Type>Sender</Type>")
            .endsWith("</ErrorResponse>");
      }
    }
  }

  @Test
  void randomJsonBodiesGetSqsAnswers() throws Exception {
    Random random = new Random(42L);
    for (int i = 0; i < 300; i++) {
      StringBuilder json = new StringBuilder();
      if (random.nextBoolean()) {
        // well-formed JSON with random members and values of random types
        json.append('{');
        int members = random.nextInt(5);
        for (int m = 0; m < members; m++) {
          json.append(m == 0 ? "" : ",").append('"').append(pick(random, JSON_NAMES)).append("\":");
          json.append(pick(random, JSON_VALUES));
        }
        json.append('}');
      } else {
        // fragments, mostly not JSON at all
        if (random.nextInt(4) > 0) {
          json.append('{');
        }
        int parts = random.nextInt(12);
        for (int p = 0; p < parts; p++) {
          json.append(pick(random, JSON_FRAGMENTS));
        }
      }
      String action = pick(random, ACTIONS);
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(server.endpoint())
                  .header("Content-Type", "application/x-amz-json-1.0")
                  .header("X-Amz-Target", "AmazonSQS." + action)
                  .POST(
                      HttpRequest.BodyPublishers.ofString(json.toString(), StandardCharsets.UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).as(action + " " + json).isLessThan(500);
      if (response.statusCode() == 200) {
        assertThat(response.body()).as(action + " " + json).startsWith("{").endsWith("}");
      } else {
        assertThat(response.body()).as(action + " " + json).startsWith("{\"__type\":\"com.amazon");
      }
    }
  }

  private static void assertWellFormedXml(String xml, String request) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try {
      factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (SAXException e) {
      throw new AssertionError("not well-formed XML for " + request + ": " + xml, e);
    }
  }

  private static String pick(Random random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}

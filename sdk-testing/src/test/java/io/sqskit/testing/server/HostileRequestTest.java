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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.sqskit.testing.engine.SqsEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;

/**
 * Thousands of generated hostile requests against the HTTP front (Query and JSON 1.0, raw HTTP on
 * 127.0.0.1): mutated valid requests, invalid UTF-8, deep nesting, entities, huge and negative
 * numbers, repeated and missing parameters, 10 MB bodies and broken framing. Every answer is a
 * well-formed SQS answer within a timeout, and the server keeps serving.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final long SEED = 0x5eed_2026L;
  private static final int MUTANTS_PER_PROTOCOL = 1_500;
  private static final String QUEUE_PATH = "/000000000000/hostile";

  private static final List<String> HOSTILE_VALUES =
      List.of(
          "",
          "-1",
          "-2147483649",
          "2147483648",
          "9223372036854775808",
          "99999999999999999999999999999999",
          "1e309",
          "-1e309",
          "NaN",
          "Infinity",
          "0x10",
          "+5",
          " 5",
          "5 ",
          "-0",
          "1.0",
          "0.5",
          "１２",
          "%",
          "%G1",
          "%C3%28",
          "%ED%A0%80",
          "%F4%90%80%80",
          "%FF%FE",
          "%00",
          "%0D%0A",
          "%26lt%3B",
          "%3C!DOCTYPE%20x%20%5B%3C!ENTITY%20a%20SYSTEM%20%22file%3A%2F%2F%2Fetc%2Fpasswd%22%3E%5D%3E%26a%3B",
          "%3C%2FErrorResponse%3E",
          "%22%7D%2C%22__type%22%3A%22x",
          "All",
          "true",
          "String",
          "Binary",
          "Number.x",
          "http%3A%2F%2F127.0.0.1%3A1%2F000000000000%2Fhostile",
          "arn%3Aaws%3Asqs%3Aus-east-1%3A000000000000%3Ahostile");
  private static final List<String> HOSTILE_NAMES =
      List.of(
          "Attribute.0.Name",
          "Attribute.-1.Name",
          "Attribute.2147483648.Name",
          "Attribute.99999.Value",
          "MessageAttribute.1.Value.DataType",
          "MessageAttribute.1.Value.BinaryValue",
          "MessageAttribute.1.Name",
          "SendMessageBatchRequestEntry.1.Id",
          "SendMessageBatchRequestEntry.11.Id",
          "SendMessageBatchRequestEntry.1.MessageBody",
          "AttributeName.1",
          "MessageSystemAttributeName.1",
          "Tag.1.Key",
          "Tag.1.Value",
          "TagKey.1",
          "Action",
          "Version",
          "QueueUrl",
          "MaxNumberOfMessages",
          "WaitTimeSeconds",
          "VisibilityTimeout",
          "DelaySeconds",
          "ReceiptHandle",
          "..",
          ".",
          "Attribute..Name",
          "Attribute.1.",
          "MessageBody",
          "QueueName",
          "NextToken",
          "MaxResults");
  private static final List<String> JSON_HOSTILE =
      List.of(
          "1e999999",
          "-1e999999",
          "123456789012345678901234567890",
          "-2147483649",
          "2147483648",
          "-1",
          "0.5",
          "null",
          "true",
          "[]",
          "{}",
          "\"\"",
          "\"\\ud800\"",
          "\"\\u0000\"",
          "\"<!DOCTYPE x [<!ENTITY a 'b'>]>&a;\"",
          "[[[[[[[[[[]]]]]]]]]]",
          "{\"a\":{\"b\":{\"c\":{}}}}",
          "\"" + "x".repeat(70_000) + "\"",
          "NaN",
          "01",
          "-0",
          "1.",
          "{\"DataType\":\"Binary\",\"BinaryValue\":\"!!\"}",
          "[\"All\",\"All\"]");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final Map<Integer, Integer> statuses = new TreeMap<>();
  private final JsonFactory json = new JsonFactory();
  private SqsServer server;
  private int inputs;
  private int internalFailures;

  @BeforeAll
  void start() throws Exception {
    server = SqsServer.builder().engine(SqsEngine.create()).build().start();
    query("Action=CreateQueue&QueueName=hostile");
    query(
        "Action=CreateQueue&QueueName=hostile.fifo&Attribute.1.Name=FifoQueue&Attribute.1.Value=true");
  }

  @AfterAll
  void stop() {
    server.close();
    System.out.printf(
        "hostile-input (server): inputs=%d statuses=%s internal-failures=%d%n",
        inputs, statuses, internalFailures);
  }

  // ------------------------------------------------------------------ Query

  private static final List<String> QUERY_SEEDS =
      List.of(
          "Action=SendMessage&QueueUrl=http%3A%2F%2F127.0.0.1%2F000000000000%2Fhostile&MessageBody=hello"
              + "&DelaySeconds=1&MessageAttribute.1.Name=color&MessageAttribute.1.Value.DataType=String"
              + "&MessageAttribute.1.Value.StringValue=red",
          "Action=ReceiveMessage&MaxNumberOfMessages=10&VisibilityTimeout=0&WaitTimeSeconds=0&AttributeName.1=All"
              + "&MessageAttributeName.1=All",
          "Action=SendMessageBatch&SendMessageBatchRequestEntry.1.Id=a&SendMessageBatchRequestEntry.1.MessageBody=x"
              + "&SendMessageBatchRequestEntry.2.Id=b&SendMessageBatchRequestEntry.2.MessageBody=y"
              + "&SendMessageBatchRequestEntry.2.DelaySeconds=2",
          "Action=CreateQueue&QueueName=h2&Attribute.1.Name=VisibilityTimeout&Attribute.1.Value=5"
              + "&Attribute.2.Name=RedrivePolicy&Attribute.2.Value=%7B%22maxReceiveCount%22%3A%225%22%7D&Tag.1.Key=k&Tag.1.Value=v",
          "Action=SetQueueAttributes&Attribute.1.Name=DelaySeconds&Attribute.1.Value=3",
          "Action=GetQueueAttributes&AttributeName.1=All",
          "Action=ChangeMessageVisibility&ReceiptHandle=abc&VisibilityTimeout=10",
          "Action=DeleteMessageBatch&DeleteMessageBatchRequestEntry.1.Id=a&DeleteMessageBatchRequestEntry.1.ReceiptHandle=x",
          "Action=ListQueues&QueueNamePrefix=h&MaxResults=5",
          "Action=TagQueue&Tag.1.Key=a&Tag.1.Value=b",
          "Action=StartMessageMoveTask&SourceArn=arn%3Aaws%3Asqs%3Aus-east-1%3A000000000000%3Ahostile"
              + "&MaxNumberOfMessagesPerSecond=5");

  @Test
  void mutatedQueryRequestsGetSqsErrorsOrAnswers() throws Exception {
    Random random = new Random(SEED);
    for (int i = 0; i < MUTANTS_PER_PROTOCOL; i++) {
      byte[] body = mutateQuery(random, QUERY_SEEDS.get(random.nextInt(QUERY_SEEDS.size())));
      String path = random.nextBoolean() ? QUEUE_PATH : "/";
      assertQueryAnswer(post(path, body, null), "seed " + SEED + " #" + i + ": " + shorten(body));
    }
  }

  private static byte[] mutateQuery(Random random, String seed) {
    List<String> pairs = new ArrayList<>(Arrays.asList(seed.split("&")));
    int mutations = 1 + random.nextInt(4);
    for (int m = 0; m < mutations; m++) {
      int k = random.nextInt(pairs.size());
      switch (random.nextInt(8)) {
        case 0 -> pairs.set(k, pairs.get(k).split("=", 2)[0] + "=" + pick(random, HOSTILE_VALUES));
        case 1 -> pairs.add(pairs.get(k)); // repeated parameter
        case 2 ->
            pairs.add(
                pairs.get(k).split("=", 2)[0]
                    + "="
                    + pick(random, HOSTILE_VALUES)); // repeated, differing
        case 3 -> {
          if (pairs.size() > 1) {
            pairs.remove(k); // missing parameter
          }
        }
        case 4 -> pairs.add(pick(random, HOSTILE_NAMES) + "=" + pick(random, HOSTILE_VALUES));
        case 5 ->
            pairs.set(
                k, pairs.get(k).split("=", 2)[0] + "=" + "A".repeat(1 + random.nextInt(300_000)));
        case 6 -> pairs.set(k, pairs.get(k).replace("=", "")); // a name without a value
        default -> pairs.add(random.nextBoolean() ? "&" : "=");
      }
    }
    byte[] bytes = String.join("&", pairs).getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(4) == 0) {
      bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)); // truncated
    }
    if (random.nextInt(5) == 0 && bytes.length > 0) {
      // raw bytes that are not UTF-8 (lone continuation, overlong, 0xFF) somewhere in the body
      byte[] bad = {
        (byte) 0x80, (byte) 0xC0, (byte) 0xAF, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80
      };
      int at = random.nextInt(bytes.length);
      bytes[at] = bad[random.nextInt(bad.length)];
    }
    return bytes;
  }

  // ------------------------------------------------------------------ JSON

  private static final Map<String, String> JSON_SEEDS =
      Map.of(
          "SendMessage",
              "{\"QueueUrl\":\"http://127.0.0.1/000000000000/hostile\",\"MessageBody\":\"hi\",\"DelaySeconds\":1,"
                  + "\"MessageAttributes\":{\"c\":{\"DataType\":\"Number\",\"StringValue\":\"42\"}}}",
          "ReceiveMessage",
              "{\"QueueUrl\":\"http://127.0.0.1/000000000000/hostile\",\"MaxNumberOfMessages\":10,"
                  + "\"VisibilityTimeout\":0,\"MessageSystemAttributeNames\":[\"All\"]}",
          "SendMessageBatch",
              "{\"QueueUrl\":\"http://127.0.0.1/000000000000/hostile.fifo\",\"Entries\":[{\"Id\":\"a\","
                  + "\"MessageBody\":\"x\",\"MessageGroupId\":\"g\",\"MessageDeduplicationId\":\"d\"}]}",
          "CreateQueue",
              "{\"QueueName\":\"h3\",\"Attributes\":{\"VisibilityTimeout\":\"5\"},\"tags\":{\"k\":\"v\"}}",
          "GetQueueAttributes",
              "{\"QueueUrl\":\"http://127.0.0.1/000000000000/hostile\",\"AttributeNames\":[\"All\"]}",
          "ChangeMessageVisibilityBatch",
              "{\"QueueUrl\":\"http://127.0.0.1/000000000000/hostile\",\"Entries\":"
                  + "[{\"Id\":\"a\",\"ReceiptHandle\":\"r\",\"VisibilityTimeout\":5}]}",
          "ListQueues", "{\"QueueNamePrefix\":\"h\",\"MaxResults\":3}");

  @Test
  void mutatedJsonRequestsGetSqsErrorsOrAnswers() throws Exception {
    Random random = new Random(SEED + 1);
    List<String> actions = new ArrayList<>(new TreeMap<>(JSON_SEEDS).keySet());
    for (int i = 0; i < MUTANTS_PER_PROTOCOL; i++) {
      String action = pick(random, actions);
      byte[] body = mutateJson(random, JSON_SEEDS.get(action));
      assertJsonAnswer(
          post("/", body, action),
          "seed " + (SEED + 1) + " #" + i + " " + action + ": " + shorten(body));
    }
  }

  private static byte[] mutateJson(Random random, String seed) {
    String text = seed;
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      switch (random.nextInt(7)) {
        case 0 -> {
          // replace one value (after a colon) by a hostile one
          int colon = nthIndexOf(text, ':', random);
          if (colon >= 0) {
            int end = valueEnd(text, colon + 1);
            text = text.substring(0, colon + 1) + pick(random, JSON_HOSTILE) + text.substring(end);
          }
        }
        case 1 -> {
          // a repeated member
          int brace = text.indexOf('{');
          text =
              text.substring(0, brace + 1)
                  + "\"QueueUrl\":"
                  + pick(random, JSON_HOSTILE)
                  + ","
                  + text.substring(brace + 1);
        }
        case 2 -> {
          int depth = 1 + random.nextInt(200_000);
          String open = random.nextBoolean() ? "[" : "{\"a\":";
          String close = open.equals("[") ? "]" : "}";
          text =
              "{\"QueueUrl\":"
                  + open.repeat(depth)
                  + "1"
                  + close.repeat(random.nextInt(depth + 1))
                  + "}";
        }
        case 3 -> text = text.substring(0, random.nextInt(text.length() + 1)); // truncated
        case 4 -> text = text.replaceFirst("\"[A-Za-z]+\":[^,}]+,?", ""); // a member missing
        case 5 ->
            text =
                "{\"MessageBody\":\""
                    + "\\u00e9".repeat(random.nextInt(50_000))
                    + "\","
                    + (text.isEmpty() ? "}" : text.substring(1));
        default ->
            text =
                pick(
                    random,
                    List.of("", "null", "[]", "\"x\"", "42", "{}", "{{}", "{\"a\":}", "\uFEFF{}"));
      }
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(5) == 0 && bytes.length > 0) {
      bytes[random.nextInt(bytes.length)] = (byte) (0x80 | random.nextInt(0x80)); // invalid UTF-8
    }
    return bytes;
  }

  private static int nthIndexOf(String text, char c, Random random) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        at.add(i);
      }
    }
    return at.isEmpty() ? -1 : at.get(random.nextInt(at.size()));
  }

  private static int valueEnd(String text, int from) {
    int depth = 0;
    boolean string = false;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (string) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          string = false;
        }
      } else if (c == '"') {
        string = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          return i;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        return i;
      }
    }
    return text.length();
  }

  // ------------------------------------------------------------------ size and framing

  @Test
  void tenMegabyteRequestsGetTheRequestSizeErrorInBothProtocols() throws Exception {
    byte[] big = new byte[10 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    byte[] form =
        ("Action=SendMessage&MessageBody=" + new String(big, StandardCharsets.US_ASCII))
            .getBytes(StandardCharsets.US_ASCII);
    HttpResponse<byte[]> query = post(QUEUE_PATH, form, null);
    assertQueryAnswer(query, "10 MB Query");
    assertThat(query.statusCode()).isEqualTo(400);
    assertThat(new String(query.body(), StandardCharsets.UTF_8))
        .contains("<Code>InvalidParameterValue</Code>")
        .contains("Request must be shorter than");

    byte[] jsonBody =
        ("{\"QueueUrl\":\"http://127.0.0.1/000000000000/hostile\",\"MessageBody\":\""
                + new String(big, StandardCharsets.US_ASCII)
                + "\"}")
            .getBytes(StandardCharsets.US_ASCII);
    HttpResponse<byte[]> jsonAnswer = post("/", jsonBody, "SendMessage");
    assertJsonAnswer(jsonAnswer, "10 MB JSON");
    assertThat(jsonAnswer.statusCode()).isEqualTo(400);
  }

  @Test
  void brokenFramingOnARawSocketIsAnsweredOrClosedNeverHung() throws Exception {
    List<String> heads =
        List.of(
            // body shorter than Content-Length, then the client half-closes
            "POST / HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 1000\r\n\r\n"
                + "Action=ListQueues",
            // a chunk size that is not hex
            "POST / HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n"
                + "ZZ\r\n"
                + "Action=ListQueues\r\n"
                + "0\r\n\r\n",
            // a chunk size beyond any int
            "POST / HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n"
                + "FFFFFFFFFFFFFFFF\r\n"
                + "x\r\n",
            // a negative Content-Length
            "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -5\r\n\r\nAction=ListQueues",
            // a Content-Length beyond any long
            "POST / HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n"
                + "Content-Length: 99999999999999999999999\r\n\r\n"
                + "Action=ListQueues",
            // the JSON target with a body cut in the middle of a string
            "POST / HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n"
                + "X-Amz-Target: AmazonSQS.ListQueues\r\n"
                + "Content-Type: application/x-amz-json-1.0\r\n"
                + "Content-Length: 40\r\n\r\n"
                + "{\"QueueNamePrefix\":\"ab",
            // not HTTP at all
            "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u01fc\u0003\u0003 hello TLS?\r\n\r\n",
            // a header line without a colon and a request line with spaces
            "POST /a b c HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n");
    for (String head : heads) {
      inputs++;
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
        socket.setSoTimeout((int) TIMEOUT.toMillis());
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        socket.shutdownOutput();
        byte[] answer;
        try {
          answer = readAll(socket.getInputStream());
        } catch (SocketTimeoutException e) {
          throw new AssertionError(
              "no answer and no close within " + TIMEOUT + " for " + head.trim(), e);
        } catch (IOException reset) {
          answer = new byte[0]; // the connection was reset: closed, not hung
        }
        String text = new String(answer, StandardCharsets.ISO_8859_1);
        if (!text.isEmpty()) {
          // An answer, when there is one, is an HTTP status line; a 5xx only as the rendered
          // InternalFailure.
          assertThat(text).as(head.trim()).startsWith("HTTP/1.1 ");
          int status = Integer.parseInt(text.substring(9, 12));
          statuses.merge(status, 1, Integer::sum);
          if (status >= 500) {
            assertThat(text).as(head.trim()).contains("InternalFailure");
            internalFailures++;
          }
        }
      }
    }
    // and the server still serves
    HttpResponse<byte[]> ok = query("Action=ListQueues");
    assertThat(ok.statusCode()).isEqualTo(200);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      all.write(buffer, 0, n);
      if (all.size() > 1 << 20) {
        break;
      }
    }
    return all.toByteArray();
  }

  // ------------------------------------------------------------------ checks

  private HttpResponse<byte[]> query(String form) throws Exception {
    return post("/", form.getBytes(StandardCharsets.UTF_8), null);
  }

  private HttpResponse<byte[]> post(String path, byte[] body, String jsonAction) throws Exception {
    inputs++;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.endpoint().resolve(path))
            .timeout(TIMEOUT)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (jsonAction != null) {
      request
          .header("Content-Type", "application/x-amz-json-1.0")
          .header("X-Amz-Target", "AmazonSQS." + jsonAction);
    } else {
      request.header("Content-Type", "application/x-www-form-urlencoded");
    }
    HttpResponse<byte[]> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    statuses.merge(response.statusCode(), 1, Integer::sum);
    return response;
  }

  private void assertQueryAnswer(HttpResponse<byte[]> response, String what) throws Exception {
    int status = response.statusCode();
    Document doc = parseXml(response.body(), what);
    String root = doc.getDocumentElement().getTagName();
    if (status == 200) {
      assertThat(root).as(what).endsWith("Response").isNotEqualTo("ErrorResponse");
      return;
    }
    assertThat(root).as(what + " status " + status).isEqualTo("ErrorResponse");
    assertThat(text(doc, "Type")).as(what).isIn("Sender", "Receiver");
    assertThat(text(doc, "Code")).as(what).isNotBlank();
    assertThat(text(doc, "Message")).as(what).isNotNull();
    assertThat(text(doc, "RequestId")).as(what).isNotBlank();
    if (status >= 500) {
      assertThat(text(doc, "Code"))
          .as(what + ": a 5xx only as the rendered InternalFailure")
          .isEqualTo("InternalFailure");
      internalFailures++;
    } else {
      assertThat(status).as(what).isBetween(400, 499);
      assertThat(text(doc, "Type")).as(what).isEqualTo("Sender");
    }
  }

  private void assertJsonAnswer(HttpResponse<byte[]> response, String what) throws Exception {
    int status = response.statusCode();
    Map<String, JsonToken> members = parseJsonObject(response.body(), what);
    if (status == 200) {
      return;
    }
    String type = jsonString(response.body(), "__type");
    assertThat(type).as(what + " status " + status).isNotNull().contains("#");
    assertThat(members).as(what).containsKey("message");
    if (status >= 500) {
      assertThat(type)
          .as(what + ": a 5xx only as the rendered InternalFailure")
          .endsWith("#InternalFailure");
      internalFailures++;
    } else {
      assertThat(status).as(what).isBetween(400, 499);
    }
  }

  private static Document parseXml(byte[] body, String what) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    } catch (Exception e) {
      throw new AssertionError(what + ": not well-formed XML: " + shorten(body), e);
    }
  }

  private static String text(Document doc, String tag) {
    var nodes = doc.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
  }

  private Map<String, JsonToken> parseJsonObject(byte[] body, String what) {
    Map<String, JsonToken> members = new TreeMap<>();
    try (JsonParser parser = json.createParser(body)) {
      assertThat(parser.nextToken())
          .as(what + ": " + shorten(body))
          .isEqualTo(JsonToken.START_OBJECT);
      int depth = 1;
      while (depth > 0) {
        JsonToken t = parser.nextToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.FIELD_NAME && depth == 1) {
          members.put(parser.currentName(), parser.nextToken());
          if (parser.currentToken().isStructStart()) {
            parser.skipChildren();
          }
        }
      }
      assertThat(parser.nextToken()).as(what + ": nothing after the object").isNull();
    } catch (IOException e) {
      throw new AssertionError(what + ": not well-formed JSON: " + shorten(body), e);
    }
    return members;
  }

  private String jsonString(byte[] body, String name) throws IOException {
    try (JsonParser parser = json.createParser(body)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals(name) && value == JsonToken.VALUE_STRING) {
          return parser.getText();
        }
        parser.skipChildren();
      }
    }
    return null;
  }

  private static String shorten(byte[] body) {
    String s = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
    return body.length > 300 ? s + "...(" + body.length + " bytes)" : s;
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}

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

import io.sqskit.client.Protocol;
import io.sqskit.client.SqsClient;
import io.sqskit.exception.SqsException;
import io.sqskit.model.SendMessageBatchRequestEntry;
import io.sqskit.retry.RetryPolicy;
import io.sqskit.transport.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The JSON protocol's twin of {@link HostileResponseTest}: thousands of generated hostile JSON
 * answers (truncated, wrong types, deep nesting, huge numbers, duplicate and missing members,
 * invalid UTF-8, error bodies with odd headers) fed to a client speaking AWS JSON 1.0. The client
 * returns or throws an {@link SqsException}, never a raw parser, number or null-pointer exception.
 */
class HostileJsonResponseTest {
  private static final long SEED = 0x15_0cafeL;
  private static final int INPUTS = 4_000;
  private static final String URL = "https://sqs.us-east-1.amazonaws.com/123456789012/q";
  private static final String MD5_HELLO = "5d41402abc4b2a76b9719d911017c592";

  /** One kind of call and a valid answer to it that mutations start from. */
  private record Seed(String name, String json, Function<SqsClient, Object> call) {}

  private static final List<Seed> SEEDS =
      List.of(
          new Seed(
              "SendMessage",
              "{\"MD5OfMessageBody\":\""
                  + MD5_HELLO
                  + "\",\"MessageId\":\"m-1\","
                  + "\"SequenceNumber\":\"18849\"}",
              c -> c.sendMessage(URL, "hello")),
          new Seed(
              "ReceiveMessage",
              "{\"Messages\":[{\"MessageId\":\"m-1\",\"ReceiptHandle\":\"rh\",\"MD5OfBody\":\""
                  + MD5_HELLO
                  + "\",\"Body\":\"hello\",\"Attributes\":{\"SentTimestamp\":\"1767225600000\","
                  + "\"ApproximateReceiveCount\":\"1\"},"
                  + "\"MD5OfMessageAttributes\":\"20ca9041878c8c65d5a4bf6eaf446c21\","
                  + "\"MessageAttributes\":{\"color\":{\"StringValue\":\"red\","
                  + "\"DataType\":\"String\"}}}]}",
              c ->
                  c.receiveMessage(
                      r ->
                          r.queueUrl(URL)
                              .maxNumberOfMessages(10)
                              .messageAttributeNames("All")
                              .messageSystemAttributeNames("All"))),
          new Seed(
              "GetQueueAttributes",
              "{\"Attributes\":{\"VisibilityTimeout\":\"30\",\"ApproximateNumberOfMessages\":\"7\"}}",
              c -> c.getQueueAttributes(r -> r.queueUrl(URL).attributeNames("All"))),
          new Seed(
              "ListQueues",
              "{\"QueueUrls\":[\"" + URL + "\",\"" + URL + "2\"],\"NextToken\":\"tok\"}",
              c -> c.listQueues()),
          new Seed(
              "SendMessageBatch",
              "{\"Successful\":[{\"Id\":\"a\",\"MessageId\":\"m-1\",\"MD5OfMessageBody\":\""
                  + MD5_HELLO
                  + "\"}],\"Failed\":[{\"Id\":\"b\",\"SenderFault\":true,"
                  + "\"Code\":\"InvalidParameterValue\",\"Message\":\"no\"}]}",
              c ->
                  c.sendMessageBatch(
                      r ->
                          r.queueUrl(URL)
                              .entries(
                                  SendMessageBatchRequestEntry.builder()
                                      .id("a")
                                      .messageBody("hello")
                                      .build(),
                                  SendMessageBatchRequestEntry.builder()
                                      .id("b")
                                      .messageBody("hello")
                                      .build()))),
          new Seed(
              "ListMessageMoveTasks",
              "{\"Results\":[{\"Status\":\"RUNNING\","
                  + "\"SourceArn\":\"arn:aws:sqs:us-east-1:123456789012:dlq\","
                  + "\"MaxNumberOfMessagesPerSecond\":5,\"ApproximateNumberOfMessagesMoved\":3,"
                  + "\"ApproximateNumberOfMessagesToMove\":9,\"StartedTimestamp\":1767225600000}]}",
              c ->
                  c.listMessageMoveTasks(
                      r -> r.sourceArn("arn:aws:sqs:us-east-1:123456789012:dlq"))),
          new Seed(
              "Error",
              "{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\","
                  + "\"message\":\"The specified queue does not exist.\"}",
              c -> c.sendMessage(URL, "hello")));

  private static final List<String> HOSTILE_VALUES =
      List.of(
          "null",
          "true",
          "-1",
          "1.5",
          "1e309",
          "-9223372036854775809",
          "99999999999999999999999999999999999999",
          "\"\"",
          "\"\\ud800\"",
          "\"\\u0000\"",
          "[]",
          "{}",
          "[[[[[]]]]]",
          "{\"x\":{\"y\":[1,2,{}]}}",
          "\"" + "x".repeat(100_000) + "\"",
          "NaN",
          "'single'",
          "\"unterminated");

  private static final List<String> HEADERS =
      List.of(
          "",
          ";",
          ";Sender",
          "AWS.SimpleQueueService.NonExistentQueue;Sender",
          "RequestThrottled;Receiver",
          "Weird.Code;Nobody",
          "x".repeat(10_000));

  private static final Pattern VALUE =
      Pattern.compile(":(\"(?:[^\"\\\\]++|\\\\.)*+\"|-?\\d+|true|false|null|\\[|\\{)");
  private static final Pattern MEMBER = Pattern.compile("\"[A-Za-z0-9]+\":\"[^\"]*\",?");

  private final Map<String, Integer> outcomes = new TreeMap<>();

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void hostileJsonAnswersYieldResponsesOrSqsExceptionsOnly() {
    Random random = new Random(SEED);
    for (int i = 0; i < INPUTS; i++) {
      Seed seed = SEEDS.get(random.nextInt(SEEDS.size()));
      byte[] body = mutate(random, seed.json());
      int status =
          random.nextInt(4) == 0 ? pick(random, List.of(400, 403, 404, 413, 500, 503, 302)) : 200;
      if (seed.name().equals("Error") && random.nextBoolean()) {
        status = pick(random, List.of(400, 403, 500));
      }
      Map<String, List<String>> headers =
          status >= 300 && random.nextBoolean()
              ? Map.of("x-amzn-query-error", List.of(pick(random, HEADERS)))
              : Map.of();
      exercise(
          seed,
          status,
          headers,
          body,
          random.nextBoolean(),
          "seed " + SEED + " #" + i + " " + seed.name() + " " + status);
    }
    System.out.printf("hostile-input (client JSON): inputs=%d outcomes=%s%n", INPUTS, outcomes);
    assertThat(outcomes).containsKey("ok").hasSizeGreaterThan(2);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void tenMegabyteAndPathologicalBodiesYieldSqsExceptionsOrResponses() {
    Seed receive = SEEDS.get(1);
    String big = "y".repeat(10 * 1024 * 1024);
    List<byte[]> bodies =
        List.of(
            receive
                .json()
                .replace("\"Body\":\"hello\"", "\"Body\":\"" + big + "\"")
                .getBytes(StandardCharsets.UTF_8),
            (receive.json() + " ".repeat(10 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8),
            ("{\"Messages\":" + "[".repeat(500_000)).getBytes(StandardCharsets.UTF_8),
            ("{\"Messages\":[" + "{\"x\":".repeat(200_000) + "1" + "}".repeat(200_000) + "]}")
                .getBytes(StandardCharsets.UTF_8),
            ("{\"Messages\":[{\"MessageAttributes\":{\"a\":{\"DataType\":\"Binary\","
                    + "\"BinaryValue\":\""
                    + "A".repeat(4 * 1024 * 1024)
                    + "\"}}}]}")
                .getBytes(StandardCharsets.UTF_8),
            new byte[10 * 1024 * 1024],
            new byte[0],
            "<ErrorResponse><Error><Code>X</Code></Error></ErrorResponse>"
                .getBytes(StandardCharsets.UTF_8),
            "<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8));
    int n = 0;
    for (byte[] body : bodies) {
      for (int status : List.of(200, 400, 500)) {
        exercise(receive, status, Map.of(), body, true, "pathological #" + n + " status " + status);
      }
      n++;
    }
    System.out.printf(
        "hostile-input (client JSON, pathological): inputs=%d outcomes=%s%n", n * 3, outcomes);
  }

  private void exercise(
      Seed seed,
      int status,
      Map<String, List<String>> headers,
      byte[] body,
      boolean md5,
      String what) {
    FakeTransport transport = new FakeTransport(request -> new HttpResponse(status, headers, body));
    try (SqsClient client = client(transport, md5)) {
      Object result;
      try {
        result = seed.call().apply(client);
      } catch (SqsException e) {
        outcomes.merge(e.getClass().getSimpleName(), 1, Integer::sum);
        return;
      } catch (RuntimeException | Error e) {
        throw new AssertionError(what + ": escaped as " + e + " for body " + shorten(body), e);
      }
      outcomes.merge("ok", 1, Integer::sum);
      // toString walks every component of the typed response
      assertThat(String.valueOf(result)).isNotNull();
      assertThat(status).as(what + ": only a 2xx answer yields a response").isBetween(200, 299);
    }
  }

  private static SqsClient client(FakeTransport transport, boolean md5) {
    return SqsClient.builder()
        .region("us-east-1")
        .credentials("AKIDEXAMPLE", "secret")
        .transport(transport)
        .retryPolicy(RetryPolicy.none())
        .md5Validation(md5)
        .protocol(Protocol.JSON)
        .callTimeout(Duration.ofSeconds(7))
        .signingClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
        .build();
  }

  private static byte[] mutate(Random random, String json) {
    String text = json;
    int mutations = 1 + random.nextInt(3);
    for (int k = 0; k < mutations; k++) {
      switch (random.nextInt(8)) {
        case 0 -> {
          // a value replaced by one of another type or an odd value
          List<int[]> spans = spans(VALUE.matcher(text), 1);
          if (!spans.isEmpty()) {
            int[] s = spans.get(random.nextInt(spans.size()));
            String tail = text.substring(s[1]);
            if (text.charAt(s[0]) == '[' || text.charAt(s[0]) == '{') {
              tail = text.substring(s[0] + 1);
            }
            text = text.substring(0, s[0]) + pick(random, HOSTILE_VALUES) + tail;
          }
        }
        case 1 -> {
          // a member repeated
          List<int[]> spans = spans(MEMBER.matcher(text), 0);
          if (!spans.isEmpty()) {
            int[] s = spans.get(random.nextInt(spans.size()));
            String member = text.substring(s[0], s[1]);
            if (!member.endsWith(",")) {
              member = member + ",";
            }
            text = text.substring(0, s[0]) + member + text.substring(s[0]);
          }
        }
        case 2 -> {
          // a member removed
          List<int[]> spans = spans(MEMBER.matcher(text), 0);
          if (!spans.isEmpty()) {
            int[] s = spans.get(random.nextInt(spans.size()));
            text = text.substring(0, s[0]) + text.substring(s[1]);
          }
        }
        case 3 -> {
          // deep nesting as an unknown member
          int depth = 1 + random.nextInt(5_000);
          text =
              "{\"deep\":"
                  + "[".repeat(depth)
                  + "]".repeat(depth)
                  + ","
                  + (text.isEmpty() ? "}" : text.substring(1));
        }
        case 4 -> text = text.substring(0, random.nextInt(text.length() + 1)); // truncated
        case 5 ->
            text =
                pick(random, List.of("\uFEFF", " ", "[", "//c\n", "null", "{}", "\"x\"", "junk"))
                    + text;
        case 6 -> text = text + pick(random, List.of("", " ", "{}", "]", "x", ",{}"));
        default ->
            text =
                text.replaceFirst(
                    "\"[A-Za-z]+\"", pick(random, List.of("\"\"", "\"__type\"", "\"Messages\"")));
      }
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(6) == 0 && bytes.length > 0) {
      bytes = Arrays.copyOf(bytes, bytes.length);
      bytes[random.nextInt(bytes.length)] =
          pick(random, List.of((byte) 0x80, (byte) 0xC0, (byte) 0xFF, (byte) 0xED));
    }
    return bytes;
  }

  private static List<int[]> spans(Matcher m, int group) {
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(group), m.end(group)});
    }
    return spans;
  }

  private static String shorten(byte[] body) {
    String s = new String(body, 0, Math.min(body.length, 400), StandardCharsets.UTF_8);
    return body.length > 400 ? s + "...(" + body.length + " bytes)" : s;
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}

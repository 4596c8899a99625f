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

import io.sqskit.client.SqsClient;
import io.sqskit.exception.SqsException;
import io.sqskit.model.SendMessageBatchRequestEntry;
import io.sqskit.retry.RetryPolicy;
import io.sqskit.transport.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of generated hostile response bodies fed to the client through a fake transport:
 * truncated and oversized bodies, invalid UTF-8, deep nesting, external entities and billion
 * laughs, huge and negative numbers, repeated and missing elements. The client returns or throws an
 * {@link SqsException}, never a raw parser or number exception, and never reads a local file.
 */
class HostileResponseTest {
  private static final long SEED = 0x5eed_c0deL;
  private static final int INPUTS = 4_000;
  private static final String URL = "https://sqs.us-east-1.amazonaws.com/123456789012/q";
  private static final String NS = " xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\"";
  private static final String META =
      "<ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata>";
  private static final String MARKER = "SECRET-MARKER-7f3a";

  /** One kind of call and a valid answer to it that mutations start from. */
  private record Seed(String name, String xml, Function<SqsClient, Object> call) {}

  private static final List<Seed> SEEDS =
      List.of(
          new Seed(
              "SendMessage",
              "<SendMessageResponse"
                  + NS
                  + "><SendMessageResult><MD5OfMessageBody>5d41402abc4b2a76b9719d911017c592"
                  + "</MD5OfMessageBody><MessageId>m-1</MessageId><SequenceNumber>18849</SequenceNumber>"
                  + "</SendMessageResult>"
                  + META
                  + "</SendMessageResponse>",
              c -> c.sendMessage(URL, "hello")),
          new Seed(
              "ReceiveMessage",
              "<ReceiveMessageResponse"
                  + NS
                  + "><ReceiveMessageResult><Message><MessageId>m-1</MessageId>"
                  + "<ReceiptHandle>rh</ReceiptHandle><MD5OfBody>5d41402abc4b2a76b9719d911017c592</MD5OfBody>"
                  + "<Body>hello</Body><Attribute><Name>SentTimestamp</Name><Value>1767225600000</Value></Attribute>"
                  + "<Attribute><Name>ApproximateReceiveCount</Name><Value>1</Value></Attribute>"
                  + "<MD5OfMessageAttributes>20ca9041878c8c65d5a4bf6eaf446c21</MD5OfMessageAttributes>"
                  + "<MessageAttribute><Name>color</Name><Value><StringValue>red</StringValue>"
                  + "<DataType>String</DataType></Value></MessageAttribute></Message></ReceiveMessageResult>"
                  + META
                  + "</ReceiveMessageResponse>",
              c ->
                  c.receiveMessage(
                      r ->
                          r.queueUrl(URL)
                              .maxNumberOfMessages(10)
                              .messageAttributeNames("All")
                              .messageSystemAttributeNames("All"))),
          new Seed(
              "GetQueueAttributes",
              "<GetQueueAttributesResponse"
                  + NS
                  + "><GetQueueAttributesResult><Attribute><Name>VisibilityTimeout</Name>"
                  + "<Value>30</Value></Attribute><Attribute><Name>ApproximateNumberOfMessages</Name><Value>7</Value>"
                  + "</Attribute></GetQueueAttributesResult>"
                  + META
                  + "</GetQueueAttributesResponse>",
              c -> c.getQueueAttributes(r -> r.queueUrl(URL).attributeNames("All"))),
          new Seed(
              "ListQueues",
              "<ListQueuesResponse"
                  + NS
                  + "><ListQueuesResult><QueueUrl>"
                  + URL
                  + "</QueueUrl><QueueUrl>"
                  + URL
                  + "2</QueueUrl><NextToken>tok</NextToken></ListQueuesResult>"
                  + META
                  + "</ListQueuesResponse>",
              c -> c.listQueues()),
          new Seed(
              "SendMessageBatch",
              "<SendMessageBatchResponse"
                  + NS
                  + "><SendMessageBatchResult><SendMessageBatchResultEntry><Id>a</Id>"
                  + "<MessageId>m-1</MessageId><MD5OfMessageBody>5d41402abc4b2a76b9719d911017c592</MD5OfMessageBody>"
                  + "</SendMessageBatchResultEntry><BatchResultErrorEntry><Id>b</Id><SenderFault>true</SenderFault>"
                  + "<Code>InvalidParameterValue</Code><Message>no</Message></BatchResultErrorEntry>"
                  + "</SendMessageBatchResult>"
                  + META
                  + "</SendMessageBatchResponse>",
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
              "<ListMessageMoveTasksResponse"
                  + NS
                  + "><ListMessageMoveTasksResult><ListMessageMoveTasksResultEntry>"
                  + "<Status>RUNNING</Status><SourceArn>arn:aws:sqs:us-east-1:123456789012:dlq</SourceArn>"
                  + "<MaxNumberOfMessagesPerSecond>5</MaxNumberOfMessagesPerSecond>"
                  + "<ApproximateNumberOfMessagesMoved>3</ApproximateNumberOfMessagesMoved>"
                  + "<ApproximateNumberOfMessagesToMove>9</ApproximateNumberOfMessagesToMove>"
                  + "<StartedTimestamp>1767225600000</StartedTimestamp></ListMessageMoveTasksResultEntry>"
                  + "</ListMessageMoveTasksResult>"
                  + META
                  + "</ListMessageMoveTasksResponse>",
              c ->
                  c.listMessageMoveTasks(
                      r -> r.sourceArn("arn:aws:sqs:us-east-1:123456789012:dlq"))),
          new Seed(
              "ErrorResponse",
              "<ErrorResponse"
                  + NS
                  + "><Error><Type>Sender</Type><Code>AWS.SimpleQueueService.NonExistentQueue</Code><Message>The"
                  + " specified queue does not"
                  + " exist.</Message><Detail/></Error><RequestId>r-1</RequestId></ErrorResponse>",
              c -> c.sendMessage(URL, "hello")));

  private static final List<String> HOSTILE_TEXT =
      List.of(
          "",
          " ",
          "-1",
          "-9223372036854775809",
          "9223372036854775808",
          "99999999999999999999999999999999999999",
          "1e309",
          "NaN",
          "0x1F",
          "+7",
          "1.5",
          "&#0;",
          "&#xD800;",
          "&#x110000;",
          "&undefined;",
          "&amp;lt;",
          "<![CDATA[]]>]]>",
          "]]>",
          "<x/>",
          "\u0000",
          "\uFFFE",
          "true",
          "MTIz\u0000",
          "@@@",
          "RUNNING",
          "x".repeat(100_000));

  @TempDir Path temp;
  private final Map<String, Integer> outcomes = new TreeMap<>();

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void hostileResponsesYieldResponsesOrSqsExceptionsOnly() throws Exception {
    Path secret = Files.writeString(temp.resolve("secret.txt"), MARKER);
    Random random = new Random(SEED);
    for (int i = 0; i < INPUTS; i++) {
      Seed seed = SEEDS.get(random.nextInt(SEEDS.size()));
      byte[] body = mutate(random, seed.xml(), secret);
      int status =
          random.nextInt(4) == 0 ? pick(random, List.of(400, 403, 404, 413, 500, 503, 302)) : 200;
      if (seed.name().equals("ErrorResponse") && random.nextBoolean()) {
        status = pick(random, List.of(400, 403, 500));
      }
      exercise(
          seed,
          status,
          body,
          random.nextBoolean(),
          "seed " + SEED + " #" + i + " " + seed.name() + " " + status);
    }
    System.out.printf("hostile-input (client XML): inputs=%d outcomes=%s%n", INPUTS, outcomes);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void tenMegabyteAndPathologicalBodiesYieldSqsExceptionsOrResponses() throws Exception {
    Seed receive = SEEDS.get(1);
    String big = "y".repeat(10 * 1024 * 1024);
    List<byte[]> bodies =
        List.of(
            receive
                .xml()
                .replace("<Body>hello</Body>", "<Body>" + big + "</Body>")
                .getBytes(StandardCharsets.UTF_8),
            (receive.xml() + " ".repeat(10 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8),
            ("<ReceiveMessageResponse>" + "<a>".repeat(500_000)).getBytes(StandardCharsets.UTF_8),
            ("<ReceiveMessageResponse"
                    + " a=\"\"".repeat(1)
                    + ">"
                    + "<Attribute>".repeat(200_000)
                    + "</ReceiveMessageResponse>")
                .getBytes(StandardCharsets.UTF_8),
            new byte[10 * 1024 * 1024],
            new byte[0],
            "{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\",\"message\":\"x\"}"
                .getBytes(StandardCharsets.UTF_8),
            "<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8));
    int n = 0;
    for (byte[] body : bodies) {
      for (int status : List.of(200, 400, 500)) {
        exercise(receive, status, body, true, "pathological #" + n + " status " + status);
      }
      n++;
    }
    System.out.printf(
        "hostile-input (client XML, pathological): inputs=%d outcomes=%s%n", n * 3, outcomes);
  }

  private void exercise(Seed seed, int status, byte[] body, boolean md5, String what) {
    FakeTransport transport =
        new FakeTransport(request -> new HttpResponse(status, Map.of(), body));
    try (SqsClient client = client(transport, md5)) {
      Object result;
      try {
        result = seed.call().apply(client);
      } catch (SqsException e) {
        outcomes.merge(e.getClass().getSimpleName(), 1, Integer::sum);
        assertThat(String.valueOf(e.getMessage()))
            .as(what + ": no file content in the message")
            .doesNotContain(MARKER);
        return;
      } catch (RuntimeException | Error e) {
        throw new AssertionError(what + ": escaped as " + e + " for body " + shorten(body), e);
      }
      outcomes.merge("ok", 1, Integer::sum);
      // toString walks every component of the typed response.
      assertThat(String.valueOf(result)).as(what + ": no file content read").doesNotContain(MARKER);
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
        .callTimeout(Duration.ofSeconds(7))
        .signingClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
        .build();
  }

  private static final Pattern TEXT = Pattern.compile(">([^<>]+)<");
  private static final Pattern ELEMENT = Pattern.compile("<([A-Za-z0-9]+)>[^<]*</\\1>");

  private static byte[] mutate(Random random, String xml, Path secret) {
    String text = xml;
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      switch (random.nextInt(11)) {
        case 0, 1 -> text = replaceText(random, text, pick(random, HOSTILE_TEXT));
        case 2 -> {
          // an external entity that would read a local file
          text =
              "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \""
                  + secret.toUri()
                  + "\">]>"
                  + replaceText(random, text, "&xxe;");
        }
        case 3 -> {
          // billion laughs
          StringBuilder dtd = new StringBuilder("<!DOCTYPE r [<!ENTITY l0 \"lol\">");
          for (int k = 1; k < 10; k++) {
            dtd.append("<!ENTITY l")
                .append(k)
                .append(" \"")
                .append(("&l" + (k - 1) + ";").repeat(10))
                .append("\">");
          }
          text = dtd.append("]>").toString() + replaceText(random, text, "&l9;");
        }
        case 4 -> {
          // a repeated element
          List<int[]> spans = spans(ELEMENT.matcher(text));
          if (!spans.isEmpty()) {
            int[] s = spans.get(random.nextInt(spans.size()));
            String element = text.substring(s[0], s[1]);
            text = text.substring(0, s[1]) + element + text.substring(s[1]);
          }
        }
        case 5 -> {
          // a missing element
          List<int[]> spans = spans(ELEMENT.matcher(text));
          if (!spans.isEmpty()) {
            int[] s = spans.get(random.nextInt(spans.size()));
            text = text.substring(0, s[0]) + text.substring(s[1]);
          }
        }
        case 6 -> {
          // deep nesting inside the result
          int depth = 1 + random.nextInt(50_000);
          int at = text.indexOf("Result>") + 7;
          if (at > 6) {
            text =
                text.substring(0, at)
                    + "<d>".repeat(depth)
                    + "</d>".repeat(random.nextInt(depth + 1))
                    + text.substring(at);
          }
        }
        case 7 -> text = text.substring(0, random.nextInt(text.length() + 1)); // truncated
        case 8 ->
            text =
                pick(
                        random,
                        List.of(
                            "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
                            "<?xml version=\"1.1\"?>",
                            "<?xml version=\"9\" encoding=\"EBCDIC-XYZ\"?>",
                            "\uFEFF",
                            "<!-- c -->",
                            "<?pi x?>",
                            "junk"))
                    + text;
        case 9 ->
            text =
                text.replace(
                    NS,
                    pick(
                        random,
                        List.of(
                            "",
                            " xmlns=\"urn:other\"",
                            " xmlns:x=\"\"",
                            " x:y=\"1\"",
                            " a=\"1\" a=\"2\"")));
        default ->
            text =
                text.replaceFirst(
                    "Response", pick(random, List.of("Respons", "Response2", "R\u00e9ponse")));
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

  private static String replaceText(Random random, String text, String replacement) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = TEXT.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(1), m.end(1)});
    }
    if (spans.isEmpty()) {
      return text;
    }
    int[] s = spans.get(random.nextInt(spans.size()));
    return text.substring(0, s[0]) + replacement + text.substring(s[1]);
  }

  private static List<int[]> spans(Matcher m) {
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
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

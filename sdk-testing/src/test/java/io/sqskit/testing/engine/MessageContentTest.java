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
package io.sqskit.testing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageContentTest extends EngineTestSupport {

  private static Map<String, Object> text(String type, String value) {
    return map("DataType", type, "StringValue", value);
  }

  private Map<String, Object> sendWith(String url, Map<String, Object> attributes) {
    return call(
        "SendMessage", "QueueUrl", url, "MessageBody", "hello", "MessageAttributes", attributes);
  }

  @Test
  void sendReturnsBodyMd5AndMessageId() {
    String url = createQueue("q");
    Map<String, Object> out = call("SendMessage", "QueueUrl", url, "MessageBody", "hello");
    assertThat(out)
        .containsEntry("MD5OfMessageBody", "5d41402abc4b2a76b9719d911017c592")
        .doesNotContainKeys("MD5OfMessageAttributes", "SequenceNumber");
    assertThat((String) out.get("MessageId"))
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  }

  @Test
  void attributesMd5MatchesReferenceVectors() {
    String url = createQueue("q");
    assertThat(sendWith(url, map("color", text("String", "red"))))
        .containsEntry("MD5OfMessageAttributes", "20ca9041878c8c65d5a4bf6eaf446c21");
    Map<String, Object> three = new LinkedHashMap<>();
    three.put("color", text("String", "red"));
    three.put("count", text("Number", "42"));
    three.put("blob", map("DataType", "Binary", "BinaryValue", new byte[] {0, 1, 2}));
    assertThat(sendWith(url, three))
        .containsEntry("MD5OfMessageAttributes", "2c3ddf1cb261b7c3801a87741554c57d");
  }

  @Test
  void traceHeaderIsASystemAttributeWithItsOwnMd5() {
    String url = createQueue("q");
    String trace = "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1";
    Map<String, Object> out =
        call(
            "SendMessage",
            "QueueUrl",
            url,
            "MessageBody",
            "hello",
            "MessageSystemAttributes",
            map("AWSTraceHeader", text("String", trace)));
    assertThat(out)
        .containsEntry("MD5OfMessageSystemAttributes", "5f48eef650c1d0207456969c85af2fdd");
    Map<String, Object> m =
        receive(url, "MessageSystemAttributeNames", List.of("AWSTraceHeader")).get(0);
    assertThat(m.get("Attributes")).isEqualTo(Map.of("AWSTraceHeader", trace));
  }

  @Test
  void customTypesAndBinaryValuesComeBackOnReceive() {
    String url = createQueue("q");
    Map<String, Object> attrs = new LinkedHashMap<>();
    attrs.put("price", text("Number.float", "1.5"));
    attrs.put("raw", map("DataType", "Binary.gzip", "BinaryValue", new byte[] {9, 8}));
    Map<String, Object> sent = sendWith(url, attrs);
    Map<String, Object> m = receive(url, "MessageAttributeNames", List.of("All")).get(0);
    assertThat(m).containsEntry("MD5OfMessageAttributes", sent.get("MD5OfMessageAttributes"));
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> got =
        (Map<String, Map<String, Object>>) m.get("MessageAttributes");
    assertThat(got.get("price"))
        .isEqualTo(Map.of("DataType", "Number.float", "StringValue", "1.5"));
    assertThat(got.get("raw").get("DataType")).isEqualTo("Binary.gzip");
    assertThat((byte[]) got.get("raw").get("BinaryValue")).containsExactly(9, 8);
  }

  @Test
  void messageAttributeNamesFilterByNameAndPrefixWithMatchingMd5() {
    String url = createQueue("q");
    Map<String, Object> attrs = new LinkedHashMap<>();
    attrs.put("General", text("String", "Kenobi"));
    attrs.put("Hello", text("String", "There"));
    attrs.put("Help.Me", text("String", "Me"));
    sendWith(url, attrs);
    // Values recorded from AWS (test_receive_message_message_attribute_names_filters).
    Map<String, Object> none = receive(url, "VisibilityTimeout", 0).get(0);
    assertThat(none).doesNotContainKeys("MessageAttributes", "MD5OfMessageAttributes");
    Map<String, Object> all =
        receive(url, "VisibilityTimeout", 0, "MessageAttributeNames", List.of(".*")).get(0);
    assertThat(all).containsEntry("MD5OfMessageAttributes", "4c360f3fdafd970e05fae2f149d997f5");
    Map<String, Object> asterisk =
        receive(url, "VisibilityTimeout", 0, "MessageAttributeNames", List.of("*")).get(0);
    assertThat(asterisk)
        .containsEntry("MD5OfMessageAttributes", "4c360f3fdafd970e05fae2f149d997f5");
    Map<String, Object> some =
        receive(url, "VisibilityTimeout", 0, "MessageAttributeNames", List.of("General", "Hello"))
            .get(0);
    assertThat(some).containsEntry("MD5OfMessageAttributes", "fca026605781cb4126a1e9044df24232");
    Map<String, Object> one =
        receive(url, "VisibilityTimeout", 0, "MessageAttributeNames", List.of("Hello", "Nope"))
            .get(0);
    assertThat(one).containsEntry("MD5OfMessageAttributes", "a311262e065454b75da111d535b8dacd");
    Map<String, Object> prefix =
        receive(url, "VisibilityTimeout", 0, "MessageAttributeNames", List.of("He.*")).get(0);
    assertThat(prefix).containsEntry("MD5OfMessageAttributes", "83fee93c1bcd8b9a5a923ffacdc636c7");
    Map<String, Object> missing =
        receive(url, "VisibilityTimeout", 0, "MessageAttributeNames", List.of("Nope")).get(0);
    assertThat(missing).doesNotContainKey("MessageAttributes");
  }

  @Test
  void systemAttributesAreReturnedOnlyWhenAsked() {
    String url = createQueue("q");
    send(url, "a");
    Map<String, Object> plain = receive(url, "VisibilityTimeout", 0).get(0);
    assertThat(plain).doesNotContainKey("Attributes");
    Map<String, Object> one =
        receive(url, "VisibilityTimeout", 0, "MessageSystemAttributeNames", List.of("SenderId"))
            .get(0);
    assertThat(one.get("Attributes")).isEqualTo(Map.of("SenderId", "123456789012"));
    Map<String, Object> all = receive(url, "AttributeNames", List.of("All")).get(0);
    assertThat(systemAttributes(all))
        .containsOnlyKeys(
            "SenderId",
            "SentTimestamp",
            "ApproximateReceiveCount",
            "ApproximateFirstReceiveTimestamp");
  }

  @Test
  void senderIdComesFromTheContext() {
    String url = createQueue("q");
    engine.execute(
        new RequestContext(null, BASE, "AKIDEXAMPLE"),
        "SendMessage",
        map("QueueUrl", url, "MessageBody", "a"));
    Map<String, Object> m = receive(url, "AttributeNames", List.of("SenderId")).get(0);
    assertThat(m.get("Attributes")).isEqualTo(Map.of("SenderId", "AKIDEXAMPLE"));
  }

  @Test
  void emptyBodyIsMissingParameter() {
    String url = createQueue("q");
    assertError(
        error(() -> send(url, "")),
        SqsErrorCode.MISSING_PARAMETER,
        400,
        "The request must contain the parameter MessageBody.");
  }

  @Test
  void bodyWithForbiddenCharacterIsInvalidMessageContents() {
    String url = createQueue("q");
    SqsError e = error(() -> send(url, "bad\u0001"));
    assertThat(e.code()).isEqualTo(SqsErrorCode.INVALID_MESSAGE_CONTENTS);
    assertThat(e.getMessage())
        .startsWith("Invalid binary character '#x1' was found in the message body");
    assertThat(error(() -> send(url, "\uFFFF")).code())
        .isEqualTo(SqsErrorCode.INVALID_MESSAGE_CONTENTS);
    assertThat(error(() -> send(url, "\uD800")).code())
        .isEqualTo(SqsErrorCode.INVALID_MESSAGE_CONTENTS);
  }

  @Test
  void bodyWithAllowedCharactersIsAccepted() {
    String url = createQueue("q");
    String body = "tab\there\nnew\rline é 中 \uD83D\uDE00 \uE000";
    send(url, body);
    assertThat(receive(url).get(0)).containsEntry("Body", body);
  }

  @Test
  void emptyStringAttributeIsRejectedAsRecorded() {
    String url = createQueue("q");
    SqsError e = error(() -> sendWith(url, map("ErrorDetails", text("String", ""))));
    assertError(
        e,
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "Message (user) attribute 'ErrorDetails' must contain a non-empty value of type 'String'.");
  }

  @Test
  void attributeTypeMustBeStringNumberOrBinary() {
    String url = createQueue("q");
    assertThat(error(() -> sendWith(url, map("a", text("Text", "x")))).getMessage())
        .contains("invalid message attribute type");
    assertThat(error(() -> sendWith(url, map("a", map("StringValue", "x")))).code())
        .isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
  }

  @Test
  void numberAttributeMustBeANumber() {
    String url = createQueue("q");
    assertThat(error(() -> sendWith(url, map("n", text("Number", "abc")))).code())
        .isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
    assertThat(error(() -> sendWith(url, map("n", text("Number", "1234567890".repeat(4))))).code())
        .isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
  }

  @Test
  void atMostTenAttributes() {
    String url = createQueue("q");
    Map<String, Object> attrs = new LinkedHashMap<>();
    for (int i = 0; i < 11; i++) {
      attrs.put("a" + i, text("String", "v"));
    }
    assertThat(error(() -> sendWith(url, attrs)).getMessage())
        .isEqualTo("Number of message attributes [11] exceeds the allowed maximum [10].");
  }

  @Test
  void reservedAndMalformedAttributeNamesAreRejected() {
    String url = createQueue("q");
    for (String name : List.of("AWS.x", "amazon.y", ".lead", "trail.", "dou..ble", "sp ace")) {
      assertThat(error(() -> sendWith(url, map(name, text("String", "v")))).code())
          .as(name)
          .isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
    }
  }

  @Test
  void attributesCountTowardsTheMessageSize() {
    String url = createQueue("q", "MaximumMessageSize", "1024");
    SqsError e =
        error(
            () ->
                call(
                    "SendMessage",
                    "QueueUrl",
                    url,
                    "MessageBody",
                    "x".repeat(1000),
                    "MessageAttributes",
                    map("name", text("String", "y".repeat(20)))));
    assertThat(e.getMessage()).endsWith("Message must be shorter than 1024 bytes.");
  }

  @Test
  void sizeCountsUtf8Bytes() {
    String url = createQueue("q", "MaximumMessageSize", "1024");
    send(url, "é".repeat(512));
    assertThat(error(() -> send(url, "é".repeat(513))).code())
        .isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
  }

  @Test
  void onlyTraceHeaderIsAcceptedAsSystemAttribute() {
    String url = createQueue("q");
    assertThat(
            error(
                    () ->
                        call(
                            "SendMessage",
                            "QueueUrl",
                            url,
                            "MessageBody",
                            "a",
                            "MessageSystemAttributes",
                            map("SenderId", text("String", "me"))))
                .code())
        .isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
  }

  @Test
  void standardQueueKeepsMessageGroupIdForFairQueues() {
    String url = createQueue("q");
    call("SendMessage", "QueueUrl", url, "MessageBody", "a", "MessageGroupId", "test");
    Map<String, Object> m = receive(url, "AttributeNames", List.of("All")).get(0);
    assertThat(systemAttributes(m)).containsEntry("MessageGroupId", "test");
  }

  @Test
  void invalidMessageGroupIdIsRejectedAsRecorded() {
    String url = createQueue("q");
    assertError(
        error(
            () ->
                call(
                    "SendMessage",
                    "QueueUrl",
                    url,
                    "MessageBody",
                    "a",
                    "MessageGroupId",
                    "group 123")),
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "Value group 123 for parameter MessageGroupId is invalid. Reason: MessageGroupId can only"
            + " include alphanumeric and punctuation characters. 1 to 128 in length.");
  }
}

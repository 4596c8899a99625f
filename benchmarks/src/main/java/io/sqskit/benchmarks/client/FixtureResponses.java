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
package io.sqskit.benchmarks.client;

import io.sqskit.benchmarks.client.AttributeChecksums.Attribute;
import io.sqskit.benchmarks.support.Payloads;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The prebuilt answers of the fixture server: SendMessage for the benchmark body and ReceiveMessage
 * of ten 1 KiB messages with system and message attributes, once in the Query/XML protocol and once
 * in AWS JSON 1.0, with correct MD5s.
 *
 * <p>The shapes follow sqs-reference/semantics.md ("Wire") and the recorded answers: Query answers
 * are {@code <XxxResponse><XxxResult>..</XxxResult><ResponseMetadata>..} with flattened lists, JSON
 * answers use the member names of the JSON model.
 */
public final class FixtureResponses {
  /** How many messages a ReceiveMessage answer carries. */
  public static final int MESSAGES_PER_RECEIVE = 10;

  private static final String XMLNS = "http://queue.amazonaws.com/doc/2012-11-05/";
  private static final String REQUEST_ID = "3b1e8c2a-5f4d-5a8e-9c1b-7d2f4e6a8b0c";

  private final String sentBody;
  private final List<FixtureMessage> messages;

  /** One message of the ReceiveMessage answer. */
  public record FixtureMessage(
      String messageId,
      String receiptHandle,
      String body,
      Map<String, String> systemAttributes,
      Map<String, Attribute> messageAttributes) {}

  private FixtureResponses(String sentBody, List<FixtureMessage> messages) {
    this.sentBody = sentBody;
    this.messages = List.copyOf(messages);
  }

  /** The answers for {@link Payloads#body()} and ten generated messages. */
  public static FixtureResponses create() {
    List<FixtureMessage> messages = new ArrayList<>();
    for (int i = 0; i < MESSAGES_PER_RECEIVE; i++) {
      Map<String, String> system = new LinkedHashMap<>();
      system.put("SenderId", "AIDAIENQZJOLO23YVJ4VO");
      system.put("ApproximateFirstReceiveTimestamp", Long.toString(1_764_000_000_123L + i));
      system.put("ApproximateReceiveCount", "1");
      system.put("SentTimestamp", Long.toString(1_764_000_000_000L + i));
      Map<String, Attribute> attributes = new LinkedHashMap<>();
      attributes.put(
          "traceId",
          Attribute.string(
              String.format(Locale.ROOT, "Root=1-5759e988-bd862e3fe1be46a9942727%02d", i)));
      attributes.put("attempt", Attribute.number(Integer.toString(i + 1)));
      messages.add(
          new FixtureMessage(
              String.format(Locale.ROOT, "0f6c1a1e-7d41-4c5b-9b8e-%012d", i),
              receiptHandle(i),
              Payloads.text("received message " + i, Payloads.BODY_BYTES),
              system,
              attributes));
    }
    return new FixtureResponses(Payloads.body(), messages);
  }

  /** The messages of the ReceiveMessage answer. */
  public List<FixtureMessage> messages() {
    return messages;
  }

  /** The body whose MD5 the SendMessage answers carry. */
  public String sentBody() {
    return sentBody;
  }

  /** SendMessageResponse in Query/XML. */
  public byte[] sendXml() {
    String xml =
        "<SendMessageResponse xmlns=\""
            + XMLNS
            + "\"><SendMessageResult>"
            + "<MessageId>5fea7756-0ea4-451a-a703-a558b933e274</MessageId>"
            + "<MD5OfMessageBody>"
            + AttributeChecksums.ofBody(sentBody)
            + "</MD5OfMessageBody>"
            + "</SendMessageResult>"
            + metadata()
            + "</SendMessageResponse>";
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  /** SendMessage output in AWS JSON 1.0. */
  public byte[] sendJson() {
    String json =
        "{\"MD5OfMessageBody\":\""
            + AttributeChecksums.ofBody(sentBody)
            + "\",\"MessageId\":\"5fea7756-0ea4-451a-a703-a558b933e274\"}";
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** ReceiveMessageResponse in Query/XML. */
  public byte[] receiveXml() {
    StringBuilder xml =
        new StringBuilder("<ReceiveMessageResponse xmlns=\"" + XMLNS + "\"><ReceiveMessageResult>");
    for (FixtureMessage m : messages) {
      xml.append("<Message><MessageId>")
          .append(m.messageId())
          .append("</MessageId>")
          .append("<ReceiptHandle>")
          .append(m.receiptHandle())
          .append("</ReceiptHandle>")
          .append("<MD5OfBody>")
          .append(AttributeChecksums.ofBody(m.body()))
          .append("</MD5OfBody>")
          .append("<Body>")
          .append(m.body())
          .append("</Body>");
      for (Map.Entry<String, String> a : m.systemAttributes().entrySet()) {
        xml.append("<Attribute><Name>")
            .append(a.getKey())
            .append("</Name><Value>")
            .append(a.getValue())
            .append("</Value></Attribute>");
      }
      xml.append("<MD5OfMessageAttributes>")
          .append(AttributeChecksums.ofAttributes(m.messageAttributes()))
          .append("</MD5OfMessageAttributes>");
      for (Map.Entry<String, Attribute> a : m.messageAttributes().entrySet()) {
        xml.append("<MessageAttribute><Name>")
            .append(a.getKey())
            .append("</Name><Value>")
            .append("<StringValue>")
            .append(a.getValue().stringValue())
            .append("</StringValue>")
            .append("<DataType>")
            .append(a.getValue().dataType())
            .append("</DataType>")
            .append("</Value></MessageAttribute>");
      }
      xml.append("</Message>");
    }
    xml.append("</ReceiveMessageResult>").append(metadata()).append("</ReceiveMessageResponse>");
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** ReceiveMessage output in AWS JSON 1.0. */
  public byte[] receiveJson() {
    StringBuilder json = new StringBuilder("{\"Messages\":[");
    for (int i = 0; i < messages.size(); i++) {
      FixtureMessage m = messages.get(i);
      json.append(i == 0 ? "" : ",")
          .append("{\"MessageId\":\"")
          .append(m.messageId())
          .append("\",\"ReceiptHandle\":\"")
          .append(m.receiptHandle())
          .append("\",\"MD5OfBody\":\"")
          .append(AttributeChecksums.ofBody(m.body()))
          .append("\",\"Body\":\"")
          .append(m.body())
          .append("\",\"Attributes\":{");
      String separator = "";
      for (Map.Entry<String, String> a : m.systemAttributes().entrySet()) {
        json.append(separator)
            .append('"')
            .append(a.getKey())
            .append("\":\"")
            .append(a.getValue())
            .append('"');
        separator = ",";
      }
      json.append("},\"MD5OfMessageAttributes\":\"")
          .append(AttributeChecksums.ofAttributes(m.messageAttributes()))
          .append("\",\"MessageAttributes\":{");
      separator = "";
      for (Map.Entry<String, Attribute> a : m.messageAttributes().entrySet()) {
        json.append(separator)
            .append('"')
            .append(a.getKey())
            .append("\":{\"StringValue\":\"")
            .append(a.getValue().stringValue())
            .append("\",\"DataType\":\"")
            .append(a.getValue().dataType())
            .append("\"}");
        separator = ",";
      }
      json.append("}}");
    }
    json.append("]}");
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String metadata() {
    return "<ResponseMetadata><RequestId>" + REQUEST_ID + "</RequestId></ResponseMetadata>";
  }

  /** A receipt handle of realistic length (real ones are opaque base64 of about 180 characters). */
  private static String receiptHandle(int i) {
    StringBuilder handle = new StringBuilder("AQEB");
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    long state = 0x9E3779B97F4A7C15L * (i + 1);
    while (handle.length() < 180) {
      state ^= state << 13;
      state ^= state >>> 7;
      state ^= state << 17;
      handle.append(alphabet.charAt((int) Math.floorMod(state, 64L)));
    }
    return handle.append("==").toString();
  }
}

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
package io.sqskit.testing.protocol.query;

import io.sqskit.testing.protocol.Member;
import io.sqskit.testing.protocol.Shape;
import io.sqskit.testing.protocol.WireError;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Writes Query (XML) answers: an action's response tree, or an ErrorResponse. */
public final class QueryResponseWriter {

  /** The XML namespace of every SQS Query answer. */
  public static final String NAMESPACE = "http://queue.amazonaws.com/doc/2012-11-05/";

  private static final String PROLOG = "<?xml version=\"1.0\"?>";

  private QueryResponseWriter() {}

  /**
   * {@code <XxxResponse><XxxResult>...</XxxResult><ResponseMetadata>...}; actions whose output has
   * no members answer with the metadata alone, as SQS does (e.g. DeleteQueueResponse).
   */
  public static String write(
      String action, Shape output, Map<String, Object> tree, String requestId) {
    StringBuilder xml = new StringBuilder(256);
    xml.append(PROLOG)
        .append('<')
        .append(action)
        .append("Response xmlns=\"")
        .append(NAMESPACE)
        .append("\">");
    if (!output.members().isEmpty()) {
      xml.append('<').append(action).append("Result>");
      writeStructure(xml, output, tree);
      xml.append("</").append(action).append("Result>");
    }
    xml.append("<ResponseMetadata><RequestId>")
        .append(requestId)
        .append("</RequestId></ResponseMetadata></");
    xml.append(action).append("Response>");
    return xml.toString();
  }

  /** {@code <ErrorResponse><Error><Type/><Code/><Message/><Detail/></Error><RequestId/>}. */
  public static String writeError(WireError error, String requestId) {
    StringBuilder xml = new StringBuilder(256);
    xml.append(PROLOG)
        .append("<ErrorResponse xmlns=\"")
        .append(NAMESPACE)
        .append("\"><Error><Type>");
    xml.append(error.fault()).append("</Type><Code>");
    escape(xml, error.queryCode() == null ? "" : error.queryCode());
    xml.append("</Code><Message>");
    escape(xml, error.queryMessage() == null ? "" : error.queryMessage());
    xml.append("</Message><Detail/></Error><RequestId>")
        .append(requestId)
        .append("</RequestId></ErrorResponse>");
    return xml.toString();
  }

  @SuppressWarnings("unchecked")
  private static void writeStructure(StringBuilder xml, Shape shape, Map<String, Object> tree) {
    for (Member member : shape.members()) {
      Object value = tree.get(member.name());
      if (value == null) {
        continue;
      }
      String name = member.wireName();
      switch (member.kind()) {
        case LIST:
          List<Object> list = (List<Object>) value;
          if (!member.flattened()) {
            open(xml, name);
          }
          // Non-null: a list that is not flattened names its elements (Member.list).
          String elementName =
              member.flattened() ? name : Objects.requireNonNull(member.elementName());
          for (Object element : list) {
            writeValue(xml, elementName, member.shape(), element);
          }
          if (!member.flattened()) {
            close(xml, name);
          }
          break;
        case MAP:
          Map<String, Object> map = (Map<String, Object>) value;
          if (!member.flattened()) {
            open(xml, name);
          }
          String entryName = member.flattened() ? name : "entry";
          // Non-null: a map member names its keys and values (Member.map).
          String keyName = Objects.requireNonNull(member.keyName());
          String valueName = Objects.requireNonNull(member.valueName());
          for (Map.Entry<String, Object> entry : map.entrySet()) {
            open(xml, entryName);
            writeValue(xml, keyName, Shape.STRING, entry.getKey());
            writeValue(xml, valueName, member.shape(), entry.getValue());
            close(xml, entryName);
          }
          if (!member.flattened()) {
            close(xml, name);
          }
          break;
        default:
          writeValue(xml, name, member.shape(), value);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void writeValue(StringBuilder xml, String name, Shape shape, Object value) {
    open(xml, name);
    if (shape.type() == Shape.Type.STRUCTURE) {
      writeStructure(xml, shape, (Map<String, Object>) value);
    } else if (value instanceof byte[] array) {
      xml.append(Base64.getEncoder().encodeToString(array));
    } else {
      escape(xml, value.toString());
    }
    close(xml, name);
  }

  private static void open(StringBuilder xml, String name) {
    xml.append('<').append(name).append('>');
  }

  private static void close(StringBuilder xml, String name) {
    xml.append("</").append(name).append('>');
  }

  /**
   * Escapes text content. Carriage returns become {@code &#xD;}: an XML parser would otherwise turn
   * {@code \r\n} into {@code \n} and break the body's MD5, which clients check. Characters XML 1.0
   * cannot carry at all (most control characters, lone surrogates, U+FFFE/U+FFFF), which may appear
   * where an error message echoes the request, become U+FFFD so the answer stays readable; message
   * bodies never hold them (SQS refuses them with InvalidMessageContents).
   */
  @SuppressWarnings("EscapedEntity") // the comment shows the entity as written on the wire
  static void escape(StringBuilder xml, String text) {
    int length = text.length();
    int start = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      String replacement;
      if (c >= 0x20 && c < 0xD800 && c != '&' && c != '<' && c != '>' && c != '"') {
        continue;
      }
      switch (c) {
        case '&':
          replacement = "&amp;";
          break;
        case '<':
          replacement = "&lt;";
          break;
        case '>':
          replacement = "&gt;";
          break;
        case '"':
          replacement = "&quot;";
          break;
        case '\r':
          replacement = "&#xD;";
          break;
        case '\t':
        case '\n':
          continue;
        default:
          if (Character.isHighSurrogate(c)
              && i + 1 < length
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            i++;
            continue;
          }
          if (c >= 0xE000 && c <= 0xFFFD) {
            continue;
          }
          replacement = "\uFFFD";
      }
      xml.append(text, start, i).append(replacement);
      start = i + 1;
    }
    xml.append(text, start, length);
  }
}

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
package io.sqskit.testing.protocol.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.sqskit.testing.protocol.Member;
import io.sqskit.testing.protocol.Shape;
import io.sqskit.testing.protocol.WireError;
import io.sqskit.testing.protocol.WireException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an AWS JSON 1.0 request body into the engine's tree, guided by the action's input shape.
 *
 * <p>Members the shape does not know are skipped and {@code null} values count as absent. A body
 * that is not JSON, or a value of the wrong JSON type, is answered as SQS's JSON front answers it:
 * {@code com.amazon.coral.service#SerializationException}, HTTP 400. That type is the generic one
 * of AWS JSON services; the exact message text is our own.
 */
public final class JsonRequestReader {

  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
          .build();

  private JsonRequestReader() {}

  /**
   * Reads {@code body}; an empty body is read as {@code {}}.
   *
   * @throws WireException a SerializationException for unreadable JSON or mistyped values
   */
  public static Map<String, Object> read(Shape input, byte[] body, int length) {
    try (JsonParser parser = FACTORY.createParser(body, 0, length)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new LinkedHashMap<>();
      }
      if (first != JsonToken.START_OBJECT) {
        throw serialization("Expected a JSON object.");
      }
      Map<String, Object> tree = readStructure(parser, input);
      if (parser.nextToken() != null) {
        throw serialization("Unexpected content after the JSON object.");
      }
      return tree;
    } catch (IOException e) {
      throw serialization("The request body is not valid JSON.");
    }
  }

  /**
   * Reads a document that holds one request object or a JSON array of them, such as a file of
   * CreateQueue requests in the form the AWS CLI's {@code --cli-input-json} takes. Stricter than a
   * request body, as the AWS CLI is with such a file: a key that is not one of the input's members
   * (a mis-cased {@code "attributes"}, say) is refused instead of skipped, and a syntax error names
   * its line and column.
   *
   * @param input the shape of one request
   * @param document the JSON document
   * @return the requests in the document's order
   * @throws WireException a SerializationException for unreadable JSON, mistyped values, unknown
   *     keys, or a document that is neither an object nor an array of objects
   */
  public static List<Map<String, Object>> readAll(Shape input, byte[] document) {
    try (JsonParser parser = FACTORY.createParser(document)) {
      List<Map<String, Object>> requests = new ArrayList<>();
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_OBJECT) {
        requests.add(readStrictly(parser, input));
      } else if (first == JsonToken.START_ARRAY) {
        for (JsonToken token; (token = parser.nextToken()) != JsonToken.END_ARRAY; ) {
          if (token != JsonToken.START_OBJECT) {
            throw serialization("Expected an array of JSON objects.");
          }
          requests.add(readStrictly(parser, input));
        }
      } else {
        throw serialization("Expected a JSON object or an array of JSON objects.");
      }
      if (parser.nextToken() != null) {
        throw serialization("Unexpected content after the JSON document.");
      }
      return requests;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw serialization("The document is not valid JSON" + where + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw serialization("The document is not valid JSON.");
    }
  }

  /** One request of {@link #readAll}: unknown keys named, with the ones the input accepts. */
  private static Map<String, Object> readStrictly(JsonParser parser, Shape shape)
      throws IOException {
    Map<String, Object> tree = new LinkedHashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      Member member = shape.member(name);
      if (member == null) {
        List<String> accepted = new ArrayList<>();
        for (Member m : shape.members()) {
          accepted.add(m.name());
        }
        // The AWS CLI's words for the same mistake in --cli-input-json.
        throw serialization(
            "Unknown parameter in input: \""
                + name
                + "\", must be one of: "
                + String.join(", ", accepted));
      }
      JsonToken valueToken = parser.nextToken();
      if (valueToken == JsonToken.VALUE_NULL) {
        continue;
      }
      tree.put(member.name(), readMember(parser, member, valueToken));
    }
    if (token != JsonToken.END_OBJECT) {
      throw serialization("Malformed JSON object.");
    }
    return tree;
  }

  private static Map<String, Object> readStructure(JsonParser parser, Shape shape)
      throws IOException {
    Map<String, Object> tree = new LinkedHashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      Member member = shape.member(name);
      JsonToken valueToken = parser.nextToken();
      if (member == null) {
        parser.skipChildren();
        continue;
      }
      if (valueToken == JsonToken.VALUE_NULL) {
        continue;
      }
      tree.put(member.name(), readMember(parser, member, valueToken));
    }
    if (token != JsonToken.END_OBJECT) {
      throw serialization("Malformed JSON object.");
    }
    return tree;
  }

  private static Object readMember(JsonParser parser, Member member, JsonToken token)
      throws IOException {
    switch (member.kind()) {
      case LIST:
        if (token != JsonToken.START_ARRAY) {
          throw mistyped(member.name(), "a list");
        }
        List<Object> list = new ArrayList<>();
        JsonToken element;
        while ((element = parser.nextToken()) != JsonToken.END_ARRAY) {
          if (element == null) {
            throw serialization("Malformed JSON array.");
          }
          if (element != JsonToken.VALUE_NULL) {
            list.add(readValue(parser, member.name(), member.shape(), element));
          }
        }
        return list;
      case MAP:
        if (token != JsonToken.START_OBJECT) {
          throw mistyped(member.name(), "a map");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        JsonToken field;
        while ((field = parser.nextToken()) == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          JsonToken valueToken = parser.nextToken();
          if (valueToken != JsonToken.VALUE_NULL) {
            map.put(key, readValue(parser, member.name(), member.shape(), valueToken));
          }
        }
        if (field != JsonToken.END_OBJECT) {
          throw serialization("Malformed JSON object.");
        }
        return map;
      default:
        return readValue(parser, member.name(), member.shape(), token);
    }
  }

  private static Object readValue(JsonParser parser, String name, Shape shape, JsonToken token)
      throws IOException {
    switch (shape.type()) {
      case STRUCTURE:
        if (token != JsonToken.START_OBJECT) {
          throw mistyped(name, "a structure");
        }
        return readStructure(parser, shape);
      case INTEGER:
        if (token != JsonToken.VALUE_NUMBER_INT
            || parser.getNumberType() != JsonParser.NumberType.INT) {
          throw mistyped(name, "an integer");
        }
        return parser.getIntValue();
      case LONG:
        if (token != JsonToken.VALUE_NUMBER_INT
            || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          throw mistyped(name, "a long integer");
        }
        return parser.getLongValue();
      case BOOLEAN:
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
          throw mistyped(name, "a boolean");
        }
        return token == JsonToken.VALUE_TRUE;
      case BLOB:
        if (token != JsonToken.VALUE_STRING) {
          throw mistyped(name, "a base64 string");
        }
        try {
          return Base64.getDecoder().decode(parser.getText());
        } catch (IllegalArgumentException e) {
          throw mistyped(name, "a base64 string");
        }
      default:
        if (token != JsonToken.VALUE_STRING) {
          throw mistyped(name, "a string");
        }
        return parser.getText();
    }
  }

  private static WireException mistyped(String member, String expected) {
    return serialization("Member " + member + " must be " + expected + ".");
  }

  static WireException serialization(String message) {
    return new WireException(
        new WireError(
            "com.amazon.coral.service#SerializationException", null, 400, true, message, message));
  }
}

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

import com.fasterxml.jackson.core.JsonGenerator;
import io.sqskit.testing.protocol.Member;
import io.sqskit.testing.protocol.Shape;
import io.sqskit.testing.protocol.WireError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Writes AWS JSON 1.0 answers: an action's response tree, or an error body. */
public final class JsonResponseWriter {

  private JsonResponseWriter() {}

  /** The response tree as a JSON object, members in model order. */
  public static byte[] write(Shape output, Map<String, Object> tree) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = JsonRequestReader.FACTORY.createGenerator(out)) {
      writeStructure(generator, output, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** {@code {"__type":"com.amazonaws.sqs#<Type>","message":"..."}}. */
  public static byte[] writeError(WireError error) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator generator = JsonRequestReader.FACTORY.createGenerator(out)) {
      generator.writeStartObject();
      generator.writeStringField("__type", error.jsonType());
      if (error.jsonMessage() != null) {
        generator.writeStringField("message", error.jsonMessage());
      }
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @SuppressWarnings("unchecked")
  private static void writeStructure(JsonGenerator generator, Shape shape, Map<String, Object> tree)
      throws IOException {
    generator.writeStartObject();
    for (Member member : shape.members()) {
      Object value = tree.get(member.name());
      if (value == null) {
        continue;
      }
      generator.writeFieldName(member.name());
      switch (member.kind()) {
        case LIST:
          generator.writeStartArray();
          for (Object element : (List<Object>) value) {
            writeValue(generator, member.shape(), element);
          }
          generator.writeEndArray();
          break;
        case MAP:
          generator.writeStartObject();
          for (Map.Entry<String, Object> entry : ((Map<String, Object>) value).entrySet()) {
            generator.writeFieldName(entry.getKey());
            writeValue(generator, member.shape(), entry.getValue());
          }
          generator.writeEndObject();
          break;
        default:
          writeValue(generator, member.shape(), value);
      }
    }
    generator.writeEndObject();
  }

  @SuppressWarnings("unchecked")
  private static void writeValue(JsonGenerator generator, Shape shape, Object value)
      throws IOException {
    if (shape.type() == Shape.Type.STRUCTURE) {
      writeStructure(generator, shape, (Map<String, Object>) value);
    } else if (value instanceof Integer || value instanceof Long) {
      generator.writeNumber(((Number) value).longValue());
    } else if (value instanceof Boolean b) {
      generator.writeBoolean(b);
    } else if (value instanceof byte[] array) {
      generator.writeBinary(array);
    } else {
      generator.writeString(value.toString());
    }
  }
}

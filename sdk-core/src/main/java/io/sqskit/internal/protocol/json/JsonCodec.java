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
package io.sqskit.internal.protocol.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/** The shared jackson-core factory and the small readers both JSON classes use. */
final class JsonCodec {
  /**
   * Thread-safe and shared. Streaming only: no databind, no field-name interning (answers carry
   * user-chosen map keys such as tag and attribute names, which must not pile up in a JVM-wide
   * table). jackson-core's default limits on nesting, number and string length stay on.
   */
  static final JsonFactory FACTORY =
      JsonFactory.builder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build();

  private JsonCodec() {}

  /** The current value as a string; null for JSON null; an error for anything but a string. */
  static @Nullable String text(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw new IOException("expected a string for " + p.currentName() + " but found " + t);
  }

  /** The current value as a long; null for JSON null; an error for anything but an integer. */
  static @Nullable Long number(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return p.getLongValue();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw new IOException("expected an integer for " + p.currentName() + " but found " + t);
  }

  /** The current value as a boolean; false for JSON null; an error for anything else. */
  static boolean bool(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    if (t == JsonToken.VALUE_NULL) {
      return false;
    }
    throw new IOException("expected a boolean for " + p.currentName() + " but found " + t);
  }

  /**
   * The current value as base64-decoded bytes (strict base64; only whitespace, such as the line
   * breaks some servers put into long values, is ignored); null for JSON null.
   */
  static byte @Nullable [] blob(JsonParser p) throws IOException {
    String text = text(p);
    if (text == null) {
      return null;
    }
    try {
      return Base64.getDecoder().decode(withoutWhitespace(text));
    } catch (IllegalArgumentException e) {
      throw new IOException("invalid base64 for " + p.currentName() + ": " + e.getMessage());
    }
  }

  private static String withoutWhitespace(String text) {
    StringBuilder compact = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (compact == null) {
          compact = new StringBuilder(text.length()).append(text, 0, i);
        }
      } else if (compact != null) {
        compact.append(c);
      }
    }
    return compact == null ? text : compact.toString();
  }
}

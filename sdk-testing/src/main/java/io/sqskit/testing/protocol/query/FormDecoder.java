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

import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Decodes {@code application/x-www-form-urlencoded} text (a query string or a POST body). */
public final class FormDecoder {

  private FormDecoder() {}

  /**
   * Adds the pairs of {@code form} (none when null) to {@code into}; a later value of a repeated
   * name wins.
   *
   * @throws SqsError MalformedQueryString for a bad percent escape or bytes that are not UTF-8
   */
  public static void decode(@Nullable String form, Map<String, String> into) {
    if (form == null || form.isEmpty()) {
      return;
    }
    int start = 0;
    int length = form.length();
    while (start <= length) {
      int end = form.indexOf('&', start);
      if (end < 0) {
        end = length;
      }
      if (end > start) {
        int equals = form.indexOf('=', start);
        String name;
        String value;
        if (equals < 0 || equals > end) {
          name = unescape(form, start, end);
          value = "";
        } else {
          name = unescape(form, start, equals);
          value = unescape(form, equals + 1, end);
        }
        into.put(name, value);
      }
      start = end + 1;
    }
  }

  private static String unescape(String text, int from, int to) {
    boolean plain = true;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '%' || c == '+') {
        plain = false;
        break;
      }
    }
    if (plain) {
      return text.substring(from, to);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%') {
        if (i + 2 >= to) {
          throw malformed();
        }
        int high = Character.digit(text.charAt(i + 1), 16);
        int low = Character.digit(text.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          throw malformed();
        }
        bytes.write((high << 4) | low);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < to) {
          encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.write(encoded, 0, encoded.length);
      }
    }
    String decoded = Utf8.decodeOrNull(bytes.toByteArray());
    if (decoded == null) {
      throw malformed();
    }
    return decoded;
  }

  private static SqsError malformed() {
    // Our wording: SQS documents MalformedQueryString ("The query string contains a syntax error.")
    // in its Common Errors without recording an exact message.
    return new SqsError(
        SqsErrorCode.MALFORMED_QUERY_STRING, "The query string contains a syntax error.");
  }
}

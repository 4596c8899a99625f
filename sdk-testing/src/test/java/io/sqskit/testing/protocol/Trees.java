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
package io.sqskit.testing.protocol;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Canonical text of an engine tree for golden comparisons: keys sorted, value types visible. */
public final class Trees {
  private Trees() {}

  /**
   * Strings quoted, Integer bare ({@code 5}), Long with {@code L}, byte[] as {@code b64:...}, maps
   * with sorted keys.
   */
  public static String show(Object value) {
    StringBuilder out = new StringBuilder();
    append(out, value);
    return out.toString();
  }

  private static void append(StringBuilder out, Object value) {
    if (value instanceof Map) {
      Map<String, Object> sorted = new TreeMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> sorted.put((String) k, v));
      out.append('{');
      List<String> parts = new ArrayList<>();
      sorted.forEach((k, v) -> parts.add(k + "=" + show(v)));
      out.append(String.join(", ", parts)).append('}');
    } else if (value instanceof List) {
      List<String> parts = new ArrayList<>();
      for (Object element : (List<?>) value) {
        parts.add(show(element));
      }
      out.append('[').append(String.join(", ", parts)).append(']');
    } else if (value instanceof String) {
      out.append('"').append(value).append('"');
    } else if (value instanceof Long) {
      out.append(value).append('L');
    } else if (value instanceof byte[] array) {
      out.append("b64:").append(Base64.getEncoder().encodeToString(array));
    } else {
      out.append(value);
    }
  }
}

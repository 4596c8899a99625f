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
package io.sqskit.testing.engine.internal;

import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads members of a request tree with SQS's errors for absent or mistyped values. Trees come from
 * the protocol fronts (see SqsEngine.execute); numbers may arrive as numbers or, from lenient
 * fronts, as decimal strings.
 */
final class Params {
  private Params() {}

  static SqsError missing(String name) {
    // Recorded (test_send_empty_message, test_posting_to_fifo_requires_...): MissingParameter.
    return new SqsError(
        SqsErrorCode.MISSING_PARAMETER, "The request must contain the parameter " + name + ".");
  }

  static SqsError invalid(String name, @Nullable Object value, String reason) {
    return new SqsError(
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        "Value " + value + " for parameter " + name + " is invalid. Reason: " + reason);
  }

  static @Nullable String string(Map<String, Object> in, String name) {
    Object v = in.get(name);
    if (v == null) {
      return null;
    }
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    throw invalid(name, v, "Must be a string.");
  }

  static String requiredString(Map<String, Object> in, String name) {
    String s = string(in, name);
    if (s == null || s.isEmpty()) {
      throw missing(name);
    }
    return s;
  }

  /** An integer member, or null when absent. */
  static @Nullable Integer integer(Map<String, Object> in, String name) {
    Object v = in.get(name);
    if (v == null) {
      return null;
    }
    long n;
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      n = ((Number) v).longValue();
    } else if (v instanceof String s) {
      try {
        n = Long.parseLong(s.trim());
      } catch (NumberFormatException e) {
        throw invalid(name, s, "Must be an integer.");
      }
    } else {
      throw invalid(name, v, "Must be an integer.");
    }
    if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
      throw invalid(name, v, "Must be an integer.");
    }
    return (int) n;
  }

  @SuppressWarnings("unchecked")
  static @Nullable List<Object> list(Map<String, Object> in, String name) {
    Object v = in.get(name);
    if (v == null) {
      return null;
    }
    if (v instanceof List<?> l) {
      return (List<Object>) l;
    }
    throw invalid(name, v, "Must be a list.");
  }

  @SuppressWarnings("unchecked")
  static @Nullable Map<String, Object> map(Map<String, Object> in, String name) {
    Object v = in.get(name);
    if (v == null) {
      return null;
    }
    if (v instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw invalid(name, v, "Must be a map.");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> struct(@Nullable Object v, String name) {
    if (v instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw invalid(name, v, "Must be a structure.");
  }

  /** A string-to-string map member (queue attributes, tags); null when absent. */
  static @Nullable Map<String, String> stringMap(Map<String, Object> in, String name) {
    Map<String, Object> m = map(in, name);
    if (m == null) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : m.entrySet()) {
      Object v = e.getValue();
      out.put(e.getKey(), v == null ? "" : v.toString());
    }
    return out;
  }

  /** A list of strings member; null when absent. */
  static @Nullable List<String> strings(Map<String, Object> in, String name) {
    List<Object> l = list(in, name);
    if (l == null) {
      return null;
    }
    for (Object o : l) {
      if (!(o instanceof String)) {
        throw invalid(name, o, "Must be a string.");
      }
    }
    @SuppressWarnings("unchecked")
    List<String> strings = (List<String>) (List<?>) l;
    return strings;
  }
}

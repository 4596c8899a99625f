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
package io.sqskit.testing.replay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares an answer with a recorded one, member by member. The recording's placeholders ({@code
 * <uuid:1>}, {@code <receipt-handle:3>}, {@code <region>}, ...) match any value, but the same value
 * wherever the same placeholder appears in a case, and numbered placeholders of one kind stand for
 * different values; {@code "timestamp"} matches a number of seconds or milliseconds. JSON text in
 * an answer (a Policy, a RedrivePolicy) is compared as the object the recording shows.
 */
final class Bindings {
  private static final Pattern PLACEHOLDER = Pattern.compile("<([a-z-]+)(:\\d+)?>");

  /** The host part of queue URLs in the recordings, taken by LocalStack against real AWS. */
  private static final String RECORDED_HOST = "http://sqs.<region>.localhost.localstack.cloud:4566";

  private final Map<String, String> values = new HashMap<>();
  private final java.util.Set<String> unverified = new java.util.HashSet<>();
  private final Map<String, String> placeholders = new HashMap<>();
  private final String endpoint;

  Bindings(String endpoint) {
    this.endpoint = endpoint;
  }

  /**
   * Members whose value the case's own snapshot did not verify ({@code skip_snapshot_verify}, for
   * values that differ between runs on AWS itself); their presence is still checked.
   */
  void unverified(String... members) {
    unverified.addAll(List.of(members));
  }

  /** The value bound to {@code placeholder} so far, or null. */
  String valueOf(String placeholder) {
    return values.get(placeholder);
  }

  /** Differences between {@code expected} (recorded) and {@code actual}, one line each. */
  List<String> compare(Object expected, Object actual) {
    List<String> problems = new ArrayList<>();
    compare("$", expected, actual, problems);
    return problems;
  }

  private void compare(String path, Object expected, Object actual, List<String> problems) {
    if (expected == JsonTree.NULL) {
      if (actual != null && actual != JsonTree.NULL && !"".equals(actual)) {
        problems.add(path + ": recorded null, got " + show(actual));
      }
      return;
    }
    if (actual == null) {
      problems.add(path + ": missing, recorded " + show(expected));
      return;
    }
    if ("timestamp".equals(expected) && actual instanceof Map) {
      return; // LocalStack's transformer replaced a member named "timestamp" whatever its value
    }
    if ((expected instanceof Map || expected instanceof List) && actual instanceof String s) {
      try {
        actual = JsonTree.parse(s);
      } catch (RuntimeException e) {
        problems.add(path + ": recorded JSON " + show(expected) + ", got " + show(s));
        return;
      }
    }
    if (expected instanceof Map<?, ?> e) {
      if (!(actual instanceof Map<?, ?> a)) {
        problems.add(path + ": recorded an object, got " + show(actual));
        return;
      }
      for (Map.Entry<?, ?> entry : e.entrySet()) {
        String key = (String) entry.getKey();
        if (key.equals("HTTPHeaders")) {
          continue; // emptied by LocalStack's snapshot transformer
        }
        if (unverified.contains(key)) {
          if (!a.containsKey(key)) {
            problems.add(path + "." + key + ": missing");
          }
          continue;
        }
        compare(path + "." + key, entry.getValue(), a.get(key), problems);
      }
      for (Object key : a.keySet()) {
        if (!e.containsKey(key)) {
          problems.add(path + "." + key + ": not recorded, got " + show(a.get(key)));
        }
      }
    } else if (expected instanceof List<?> e) {
      if (!(actual instanceof List<?> a) || a.size() != e.size()) {
        problems.add(path + ": recorded " + show(expected) + ", got " + show(actual));
        return;
      }
      for (int i = 0; i < e.size(); i++) {
        compare(path + "[" + i + "]", e.get(i), a.get(i), problems);
      }
    } else if (expected instanceof String e) {
      String got =
          actual instanceof byte[] bytes
              ? pythonBytes(bytes)
              : actual instanceof Number || actual instanceof Boolean
                  ? String.valueOf(actual)
                  : actual instanceof String s ? s : null;
      if (got == null) {
        problems.add(path + ": recorded " + show(e) + ", got " + show(actual));
      } else if (e.equals("timestamp")) {
        if (!got.matches("\\d+(\\.\\d+)?")) {
          problems.add(path + ": recorded a timestamp, got " + show(got));
        }
      } else if (!matchText(e, got)) {
        problems.add(path + ": recorded " + show(e) + ", got " + show(got) + " " + bound());
      }
    } else if (expected instanceof Number e) {
      if (!(actual instanceof Number a) || a.longValue() != e.longValue()) {
        problems.add(path + ": recorded " + e + ", got " + show(actual));
      }
    } else if (!expected.equals(actual)) {
      problems.add(path + ": recorded " + show(expected) + ", got " + show(actual));
    }
  }

  private String bound() {
    return values.isEmpty() ? "" : "(bound: " + values + ")";
  }

  /** Matches recorded text with placeholders against {@code actual}, binding new placeholders. */
  boolean matchText(String recorded, String actual) {
    String template = recorded.replace(RECORDED_HOST, endpoint);
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder regex = new StringBuilder();
    List<String> names = new ArrayList<>();
    int at = 0;
    while (m.find()) {
      regex.append(Pattern.quote(template.substring(at, m.start())));
      String name = m.group();
      String known = values.get(name);
      if (known != null) {
        regex.append(Pattern.quote(known));
      } else if (names.contains(name)) {
        regex.append("\\k<g").append(names.indexOf(name)).append('>');
      } else {
        regex.append("(?<g").append(names.size()).append(">.+?)");
        names.add(name);
      }
      at = m.end();
    }
    regex.append(Pattern.quote(template.substring(at)));
    Matcher match = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual);
    if (!match.matches()) {
      return false;
    }
    Map<String, String> fresh = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      fresh.put(names.get(i), match.group("g" + i));
    }
    for (Map.Entry<String, String> e : fresh.entrySet()) {
      String other = placeholders.get(e.getValue());
      if (other != null && !other.equals(e.getKey()) && e.getKey().contains(":")) {
        return false; // two numbered placeholders stand for two different values
      }
    }
    fresh.forEach(
        (name, value) -> {
          values.put(name, value);
          placeholders.putIfAbsent(value, name);
        });
    return true;
  }

  /** How Python prints bytes, the form the recordings keep binary attribute values in. */
  static String pythonBytes(byte[] bytes) {
    StringBuilder out = new StringBuilder("b'");
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c == '\\' || c == '\'') {
        out.append('\\').append((char) c);
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x20 || c >= 0x7f) {
        out.append(String.format("\\x%02x", c));
      } else {
        out.append((char) c);
      }
    }
    return out.append('\'').toString();
  }

  private static String show(Object value) {
    if (value instanceof String s) {
      return "\"" + (s.length() > 200 ? s.substring(0, 200) + "..." : s) + "\"";
    }
    if (value instanceof byte[] bytes) {
      return pythonBytes(bytes);
    }
    return String.valueOf(value);
  }
}

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
package io.sqskit.testing.server;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as the fake's front reads it, whether it came from a socket or from a direct
 * call: no connection, no streams.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param path the path as sent, still percent-encoded, e.g. {@code /} or {@code /000000000000/q}
 * @param query the query string as sent (without {@code ?}), or null when there is none
 * @param headers header names to their values; names are looked up ignoring case
 * @param body the request body, empty for none
 * @since 0.1
 */
@SuppressWarnings("ArrayRecordComponent") // bytes held as they are, not copied: requests are hot
public record ServerRequest(
    String method,
    String path,
    @Nullable String query,
    Map<String, List<String>> headers,
    byte[] body) {

  /**
   * Copies the headers with their names in lower case, so that lookups ignore case.
   *
   * @param method the HTTP method
   * @param path the raw path
   * @param query the raw query string, or null for none
   * @param headers header names, in any case, to their values
   * @param body the body, empty for none
   */
  public ServerRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(body, "body");
    Map<String, List<String>> lower = new HashMap<>(headers.size() * 2);
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey() == null) {
        continue; // the status line of some clients' maps; not a header
      }
      String name = header.getKey().toLowerCase(Locale.ROOT);
      List<String> values = List.copyOf(header.getValue());
      List<String> earlier = lower.get(name);
      // Two names that differ in case only are one header: their values in order.
      lower.put(name, earlier == null ? values : concat(earlier, values));
    }
    headers = Map.copyOf(lower);
  }

  private static List<String> concat(List<String> first, List<String> second) {
    String[] both = new String[first.size() + second.size()];
    int i = 0;
    for (String value : first) {
      both[i++] = value;
    }
    for (String value : second) {
      both[i++] = value;
    }
    return List.of(both);
  }

  /**
   * The first value of a header.
   *
   * @param name the header's name, in any case
   * @return its first value, or null when absent
   */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * Every value of a header.
   *
   * @param name the header's name, in any case
   * @return its values in order, empty when absent
   */
  public List<String> headerValues(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null ? List.of() : values;
  }
}

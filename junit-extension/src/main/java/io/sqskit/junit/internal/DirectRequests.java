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
package io.sqskit.junit.internal;

import io.sqskit.testing.server.ServerRequest;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an HTTP client would put on the wire, as the fake's {@link ServerRequest}: the URI's raw
 * path and query, the headers, and a {@code Host} header from the URI when the client library
 * leaves it to its connection (as SigV4 signs it, the fake must see it).
 */
final class DirectRequests {

  private DirectRequests() {}

  static ServerRequest of(String method, URI uri, Map<String, List<String>> headers, byte[] body) {
    String path = uri.getRawPath();
    Map<String, List<String>> all = headers;
    if (!hasHost(headers)) {
      all = new HashMap<>(headers);
      all.put("Host", List.of(host(uri)));
    }
    return new ServerRequest(
        method, path == null || path.isEmpty() ? "/" : path, uri.getRawQuery(), all, body);
  }

  private static boolean hasHost(Map<String, List<String>> headers) {
    for (String name : headers.keySet()) {
      if (name.toLowerCase(Locale.ROOT).equals("host")) {
        return true;
      }
    }
    return false;
  }

  /** {@code host[:port]}, the port only when it is not the scheme's default. */
  private static String host(URI uri) {
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || (port == 80 && "http".equalsIgnoreCase(uri.getScheme()))
            || (port == 443 && "https".equalsIgnoreCase(uri.getScheme()));
    return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
  }

  /** Header names in lower case, one value each, as HTTP clients report them. */
  static Map<String, List<String>> lowerCase(Map<String, String> headers) {
    Map<String, List<String>> lower = new HashMap<>(headers.size() * 2);
    for (Map.Entry<String, String> header : headers.entrySet()) {
      lower.put(header.getKey().toLowerCase(Locale.ROOT), List.of(header.getValue()));
    }
    return lower;
  }
}

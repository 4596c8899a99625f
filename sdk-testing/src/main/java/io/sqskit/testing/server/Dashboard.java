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

import io.sqskit.testing.server.AdminApi.AdminError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web dashboard at {@code /_sqskit/ui}: three static files from the jar (HTML, CSS, a small
 * script) that read and steer the fake through the admin API. The files hold no data; the script
 * fetches it and shows every body and attribute as text, never as markup, and the answers carry a
 * content security policy that allows this origin's own files only, so even a mistake could not run
 * a script that came in a message.
 */
final class Dashboard {

  private static final Map<String, String[]> FILES =
      Map.of(
          "/ui", new String[] {"index.html", "text/html; charset=utf-8"},
          "/ui/dashboard.css", new String[] {"dashboard.css", "text/css; charset=utf-8"},
          "/ui/dashboard.js", new String[] {"dashboard.js", "text/javascript; charset=utf-8"});

  private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

  private Dashboard() {}

  /** The file at {@code path} (under {@code /_sqskit}); 404 for any other. */
  static File file(String path) {
    String[] file = FILES.get(path);
    if (file == null) {
      throw new AdminError(
          404, "NotFound", null, "no dashboard file " + path + "; the dashboard is /_sqskit/ui");
    }
    return new File(file[1], CACHE.computeIfAbsent(file[0], Dashboard::load));
  }

  private static byte[] load(String name) {
    try (InputStream in = Dashboard.class.getResourceAsStream("ui/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks the dashboard file ui/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One dashboard file and its content type. */
  @SuppressWarnings("ArrayRecordComponent") // served as read, never changed
  record File(String contentType, byte[] bytes) {
    ServerResponse response() {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", contentType);
      headers.put(
          "Content-Security-Policy",
          "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
              + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
      headers.put("X-Content-Type-Options", "nosniff");
      headers.put("X-Frame-Options", "DENY");
      headers.put("Referrer-Policy", "no-referrer");
      headers.put("Cache-Control", "no-store");
      return new ServerResponse(200, headers, bytes);
    }
  }
}

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

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code --log-requests}: one line per request, {@code <time> <account> <action> <queue> <status>
 * <ms>ms}, with {@code -} for what a request does not name (status {@code dropped} when a fault
 * rule closed the connection). Only read when logging is on, so it may parse bodies again.
 */
final class RequestLog {

  private static final Pattern JSON_QUEUE_URL =
      Pattern.compile("\"QueueUrl\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern FORM_FIELD = Pattern.compile("(?:^|&)(Action|QueueUrl)=([^&]*)");

  private final PrintStream out;

  RequestLog(PrintStream out) {
    this.out = out;
  }

  void write(ServerRequest request, String defaultBaseUrl, String status, long nanos) {
    Caller caller = Caller.of(request, defaultBaseUrl);
    String account = caller.accountId() != null ? caller.accountId() : "-";
    String action = null;
    String queueUrl = null;
    String target = request.header(JsonCodec.TARGET_HEADER);
    if (target != null) {
      action = target.substring(target.lastIndexOf('.') + 1);
      if (request.body().length <= 64 * 1024) {
        Matcher m = JSON_QUEUE_URL.matcher(new String(request.body(), StandardCharsets.UTF_8));
        queueUrl = m.find() ? m.group(1) : null;
      }
    } else {
      String form = request.query() == null ? "" : request.query();
      if (request.body().length <= 64 * 1024) {
        form = form + "&" + new String(request.body(), StandardCharsets.UTF_8);
      }
      Matcher m = FORM_FIELD.matcher(form);
      while (m.find()) {
        String value = java.net.URLDecoder.decode(m.group(2), StandardCharsets.UTF_8);
        if (m.group(1).equals("Action") && action == null) {
          action = value;
        } else if (queueUrl == null) {
          queueUrl = value;
        }
      }
    }
    if (action == null) {
      action = request.method() + " " + request.path();
    }
    String queue = queueName(queueUrl != null ? queueUrl : request.path());
    synchronized (out) {
      out.printf(
          Locale.ROOT,
          "%s %s %s %s %s %.1fms%n",
          Instant.now(),
          account,
          action,
          queue == null ? "-" : queue,
          status,
          nanos / 1e6);
      out.flush();
    }
  }

  /** The queue name of a URL or path {@code .../<12 digits>/<name>}, or null. */
  static @Nullable String queueName(String urlOrPath) {
    String[] parts = urlOrPath.split("/");
    if (parts.length >= 2 && Caller.isAccountId(parts[parts.length - 2])) {
      return parts[parts.length - 1];
    }
    return null;
  }
}

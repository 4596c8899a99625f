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

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fake's request handling, independent of how requests arrive (the JDK server's adapter, or a
 * direct call): finds who calls, routes the request by its path to a handler, and answers a {@code
 * HEAD} with the headers only. Routes are checked in the order they were added; the SQS actions
 * answer every path no route claims.
 *
 * <pre>{@code
 * Front front = new Front(sqsActions).route(PeekDoor.PATH, peekDoor); // one line per handler
 * }</pre>
 */
final class Front {

  private static final byte[] NO_BODY = new byte[0];

  private final Handler fallback;
  private final List<String> prefixes = new ArrayList<>();
  private final List<Handler> handlers = new ArrayList<>();
  private volatile String defaultBaseUrl;
  private volatile @Nullable RequestLog log;

  /**
   * @param fallback answers paths no route claims
   * @param defaultBaseUrl the base URL of queue URLs for a request without a {@code Host} header
   */
  Front(Handler fallback, String defaultBaseUrl) {
    this.fallback = fallback;
    this.defaultBaseUrl = defaultBaseUrl;
  }

  /**
   * Sends the path {@code prefix} and everything under it ({@code prefix/...}) to {@code handler};
   * not thread-safe, so routes are added before the first request.
   */
  Front route(String prefix, Handler handler) {
    prefixes.add(prefix);
    handlers.add(handler);
    return this;
  }

  /** Writes one line per request to {@code log} from now on. */
  void log(RequestLog log) {
    this.log = log;
  }

  /** The base URL for requests without a {@code Host} header: the server's, once bound. */
  void defaultBaseUrl(String baseUrl) {
    this.defaultBaseUrl = baseUrl;
  }

  /**
   * The answer to one request.
   *
   * @throws DroppedConnection when it must get none
   */
  ServerResponse handle(ServerRequest request) {
    RequestLog requestLog = log;
    if (requestLog == null) {
      return answer(request);
    }
    long start = System.nanoTime();
    String status = "dropped";
    try {
      ServerResponse response = answer(request);
      status = Integer.toString(response.status());
      return response;
    } finally {
      requestLog.write(request, defaultBaseUrl, status, System.nanoTime() - start);
    }
  }

  private ServerResponse answer(ServerRequest request) {
    Caller caller = Caller.of(request, defaultBaseUrl);
    ServerResponse response = handler(request.path()).handle(request, caller);
    if ("HEAD".equals(request.method()) && response.body().length > 0) {
      return new ServerResponse(response.status(), response.headers(), NO_BODY);
    }
    return response;
  }

  private Handler handler(String path) {
    for (int i = 0; i < prefixes.size(); i++) {
      String prefix = prefixes.get(i);
      if (path.startsWith(prefix)
          && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
        return handlers.get(i);
      }
    }
    return fallback;
  }
}

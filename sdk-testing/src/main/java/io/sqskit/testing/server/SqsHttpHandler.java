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

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;

/**
 * The JDK {@code HttpServer}'s adapter to the {@link Front}: reads the exchange into a {@link
 * ServerRequest} (the body up to the limit), and writes the answer back, or closes the connection
 * without one when the front drops it.
 */
final class SqsHttpHandler implements HttpHandler {

  /**
   * How much of an oversized body is read and dropped before the error is sent. Closing a
   * connection with request bytes still unread makes the kernel reset it, and a client still
   * sending then loses the answer (seen as "bytes received: 0" in HostileRequestTest); reading the
   * rest first lets the error arrive. Beyond this much the connection is closed regardless.
   */
  private static final long DISCARD_LIMIT = 64L * 1024 * 1024;

  private final Front front;
  private final int maxRequestBytes;

  SqsHttpHandler(Front front, int maxRequestBytes) {
    this.front = front;
    this.maxRequestBytes = maxRequestBytes;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      URI uri = exchange.getRequestURI();
      String path = uri.getRawPath();
      ServerRequest request =
          new ServerRequest(
              exchange.getRequestMethod(),
              path == null ? "/" : path,
              uri.getRawQuery(),
              exchange.getRequestHeaders(),
              readBody(exchange.getRequestBody()));
      ServerResponse response;
      try {
        response = front.handle(request);
      } catch (DroppedConnection e) {
        // Nothing is sent: closing an exchange whose headers were never sent closes the connection.
        return;
      }
      Headers headers = exchange.getResponseHeaders();
      for (Map.Entry<String, String> header : response.headers().entrySet()) {
        headers.set(header.getKey(), header.getValue());
      }
      byte[] body = response.body();
      // A HEAD answer (which the front leaves empty) carries no length: the JDK server warns.
      exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        exchange.getResponseBody().write(body);
      }
    } finally {
      exchange.close();
    }
  }

  /**
   * The body, whatever Content-Length claims, up to one byte over the limit (so the front sees it
   * is too large); the rest of an oversized body is read and dropped.
   */
  private byte[] readBody(InputStream in) throws IOException {
    byte[] buffer = new byte[Math.min(8192, maxRequestBytes + 1)];
    int length = 0;
    while (true) {
      if (length == buffer.length) {
        if (length > maxRequestBytes) {
          discardRest(in);
          break;
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(buffer.length * 2L, maxRequestBytes + 1L));
      }
      int read = in.read(buffer, length, buffer.length - length);
      if (read < 0) {
        break;
      }
      length += read;
    }
    return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
  }

  private static void discardRest(InputStream in) throws IOException {
    byte[] sink = new byte[64 * 1024];
    long discarded = 0;
    int read;
    while (discarded < DISCARD_LIMIT && (read = in.read(sink)) >= 0) {
      discarded += read;
    }
  }
}

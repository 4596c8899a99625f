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
package io.sqskit.benchmarks.startup;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Child JVM: the floor under any server built on the JDK's HttpServer, as sqskit's fake is. It
 * starts a bare HttpServer with one handler that drains the request and answers a fixed
 * CreateQueueResponse, no engine and no parsing, and reports when its first request is answered.
 */
public final class JdkHttpServerStartup {
  private static final byte[] ANSWER =
      ("<CreateQueueResponse xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\">"
              + "<CreateQueueResult><QueueUrl>http://127.0.0.1/000000000000/startup</QueueUrl>"
              + "</CreateQueueResult></CreateQueueResponse>")
          .getBytes(StandardCharsets.UTF_8);

  private JdkHttpServerStartup() {}

  /** Entry point of the child. */
  public static void main(String[] args) throws Exception {
    FirstRequest.measureStartup(JdkHttpServerStartup::start);
  }

  private static int start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", JdkHttpServerStartup::answer);
    server.start();
    return server.getAddress().getPort();
  }

  private static void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().set("Content-Type", "text/xml");
      exchange.sendResponseHeaders(200, ANSWER.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(ANSWER);
      }
    }
  }
}

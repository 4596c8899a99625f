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

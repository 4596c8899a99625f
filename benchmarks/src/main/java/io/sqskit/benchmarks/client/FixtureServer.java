package io.sqskit.benchmarks.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A tiny JDK HttpServer on 127.0.0.1 that answers SendMessage and ReceiveMessage with prebuilt
 * answers in both protocols, so a benchmark measures the client and almost nothing else.
 *
 * <p>A request with an {@code X-Amz-Target} header is AWS JSON 1.0 and gets JSON; any other request
 * is Query and gets XML for the {@code Action} of its form (body or URL query).
 *
 * <pre>{@code
 * try (FixtureServer server = FixtureServer.start()) {
 *   URI endpoint = server.endpoint();
 *   String queueUrl = server.queueUrl();
 * }
 * }</pre>
 */
public final class FixtureServer implements AutoCloseable {
  private static final String QUEUE_PATH = "/000000000000/bench";

  private final HttpServer server;
  private final ExecutorService executor;
  private final byte[] sendXml;
  private final byte[] sendJson;
  private final byte[] receiveXml;
  private final byte[] receiveJson;
  private final LongAdder queryCalls = new LongAdder();
  private final LongAdder jsonCalls = new LongAdder();
  private final LongAdder rejected = new LongAdder();

  private FixtureServer(HttpServer server, ExecutorService executor, FixtureResponses responses) {
    this.server = server;
    this.executor = executor;
    this.sendXml = responses.sendXml();
    this.sendJson = responses.sendJson();
    this.receiveXml = responses.receiveXml();
    this.receiveJson = responses.receiveJson();
  }

  /** Starts a server on a free loopback port with four handler threads. */
  public static FixtureServer start() throws IOException {
    return start(FixtureResponses.create(), 4);
  }

  /** Starts a server with the given answers and handler threads. */
  public static FixtureServer start(FixtureResponses responses, int threads) throws IOException {
    // The JDK server flushes the response head and body in two writes; with Nagle's algorithm on,
    // the body then waits for the client's delayed ACK (about 40 ms on Linux) and every call
    // measures that wait instead of the client. The property is read once per JVM, when the first
    // HttpServer is made, which is why Main runs each harness in its own JVM.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    AtomicInteger counter = new AtomicInteger();
    ExecutorService executor =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread thread = new Thread(r, "fixture-http-" + counter.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    FixtureServer fixture = new FixtureServer(http, executor, responses);
    http.createContext("/", fixture::handle);
    http.setExecutor(executor);
    http.start();
    return fixture;
  }

  /** {@code http://127.0.0.1:<port>}. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The URL of the one queue the server pretends to have. */
  public String queueUrl() {
    return endpoint() + QUEUE_PATH;
  }

  /** Query requests answered. */
  public long queryCalls() {
    return queryCalls.sum();
  }

  /** JSON 1.0 requests answered. */
  public long jsonCalls() {
    return jsonCalls.sum();
  }

  /** Requests for an action the server does not know, answered with a 400. */
  public long rejected() {
    return rejected.sum();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] request = exchange.getRequestBody().readAllBytes();
      String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
      byte[] answer;
      String contentType;
      if (target != null) {
        contentType = "application/x-amz-json-1.0";
        answer =
            switch (target) {
              case "AmazonSQS.SendMessage" -> sendJson;
              case "AmazonSQS.ReceiveMessage" -> receiveJson;
              default -> null;
            };
        if (answer != null) {
          jsonCalls.increment();
        }
      } else {
        contentType = "text/xml";
        String action = action(request, exchange.getRequestURI().getRawQuery());
        answer =
            "SendMessage".equals(action)
                ? sendXml
                : "ReceiveMessage".equals(action) ? receiveXml : null;
        if (answer != null) {
          queryCalls.increment();
        }
      }
      exchange.getResponseHeaders().set("x-amzn-RequestId", "3b1e8c2a-5f4d-5a8e-9c1b-7d2f4e6a8b0c");
      if (answer == null) {
        rejected.increment();
        byte[] error =
            "the fixture server answers SendMessage and ReceiveMessage only"
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        exchange.sendResponseHeaders(400, error.length);
        exchange.getResponseBody().write(error);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(200, answer.length);
      exchange.getResponseBody().write(answer);
    }
  }

  /** The value of the Action field in a form body or URL query; null when there is none. */
  static String action(byte[] form, String rawQuery) {
    String fromBody = field(new String(form, StandardCharsets.ISO_8859_1), "Action");
    return fromBody != null || rawQuery == null ? fromBody : field(rawQuery, "Action");
  }

  private static String field(String form, String name) {
    int from = 0;
    while (from <= form.length()) {
      int end = form.indexOf('&', from);
      if (end < 0) {
        end = form.length();
      }
      if (form.startsWith(name, from)
          && from + name.length() < end
          && form.charAt(from + name.length()) == '=') {
        return form.substring(from + name.length() + 1, end);
      }
      from = end + 1;
    }
    return null;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

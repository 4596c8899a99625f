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
package io.sqskit.benchmarks.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sqskit.benchmarks.client.AttributeChecksums;
import io.sqskit.benchmarks.support.Payloads;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A floor, not a server: the JDK HttpServer that sqskit's fake is built on, answering the AWS SDK's
 * JSON 1.0 calls with fixed answers and no queue at all. CreateQueue names one URL, SendMessage
 * answers with the MD5 of the benchmark body, ReceiveMessage always returns that body, the rest
 * answer {@code {}}. Request bodies are read to the end, as any server must.
 *
 * <p>Against ElasticMQ it shows the most that any server on the JDK HttpServer can reach in the
 * server benchmark, where the AWS SDK client shares the machine's two cores with the server.
 */
public final class BareJdkServerTarget implements ServerTarget {
  /** The contender's name in reports. */
  public static final String NAME = "bare-jdk-httpserver";

  private static final String TARGET_PREFIX = "AmazonSQS.";
  private static final String BODY_MD5 = AttributeChecksums.ofBody(Payloads.body());

  private final HttpServer server;
  private final ExecutorService executor;
  private final URI endpoint;
  private final byte[] createQueue;
  private final byte[] sendMessage;
  private final byte[] receiveMessage;
  private final byte[] empty = "{}".getBytes(StandardCharsets.UTF_8);

  /** Starts the server on a free loopback port. */
  public BareJdkServerTarget() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "bare-jdk-httpserver");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/", this::answer);
    server.start();
    endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    createQueue = json("{\"QueueUrl\":\"" + endpoint + "/000000000000/floor\"}");
    sendMessage =
        json(
            "{\"MD5OfMessageBody\":\""
                + BODY_MD5
                + "\",\"MessageId\":\"5fea7756-0ea4-451a-a703-a558b933e274\"}");
    receiveMessage =
        json(
            "{\"Messages\":[{\"MessageId\":\"5fea7756-0ea4-451a-a703-a558b933e274\","
                + "\"ReceiptHandle\":\"AQEBzbVvfloor\",\"MD5OfBody\":\""
                + BODY_MD5
                + "\",\"Body\":\""
                + Payloads.body()
                + "\"}]}");
  }

  private static byte[] json(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      try (InputStream in = exchange.getRequestBody()) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
      String action =
          target != null && target.startsWith(TARGET_PREFIX)
              ? target.substring(TARGET_PREFIX.length())
              : "";
      byte[] answer =
          switch (action) {
            case "CreateQueue" -> createQueue;
            case "SendMessage" -> sendMessage;
            case "ReceiveMessage" -> receiveMessage;
            default -> empty;
          };
      exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.0");
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public URI endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}

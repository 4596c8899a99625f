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

import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.protocol.RequestIds;
import io.sqskit.testing.protocol.SqsShapes;
import io.sqskit.testing.protocol.json.JsonRequestReader;
import io.sqskit.testing.protocol.json.JsonResponseWriter;
import io.sqskit.testing.protocol.query.FormDecoder;
import io.sqskit.testing.protocol.query.QueryRequestReader;
import io.sqskit.testing.protocol.query.QueryResponseWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Sends the server two read-only requests (Query and JSON ListQueues) right after it starts, on a
 * daemon thread, so that the JDK server's and the adapters' first-use costs are paid while the
 * caller is still building its client rather than on its first request.
 */
final class WarmUp implements Runnable {

  /**
   * Looked up on first use only: the first System.getLogger call starts java.util.logging, which is
   * a visible part of a server's start (benchmarks/README.md, "What moved the figures"), and this
   * class rarely logs at all.
   */
  private static final class Log {
    static final System.Logger LOG = System.getLogger(WarmUp.class.getName());
  }

  /**
   * Classes the first request of either protocol needs, initialised by {@link #preload()}: the
   * generated member tables, the readers and writers, the front. Literals, so that a renamed class
   * breaks the build instead of silently dropping out of the preload.
   */
  private static final Class<?>[] FIRST_REQUEST_CLASSES = {
    SqsShapes.class,
    RequestIds.class,
    FormDecoder.class,
    QueryRequestReader.class,
    QueryResponseWriter.class,
    JsonRequestReader.class,
    JsonResponseWriter.class,
    Front.class,
    Caller.class,
    QueryCodec.class,
    JsonCodec.class,
    SqsActions.class,
    FaultingDispatcher.class,
  };

  private final InetSocketAddress address;

  WarmUp(InetSocketAddress bound) {
    InetAddress host =
        bound.getAddress().isAnyLocalAddress()
            ? InetAddress.getLoopbackAddress()
            : bound.getAddress();
    this.address = new InetSocketAddress(host, bound.getPort());
  }

  @Override
  public void run() {
    String query = "Action=ListQueues&Version=2012-11-05";
    String json = "{}";
    try {
      exchange(
          "POST / HTTP/1.1\r\nHost: warm-up\r\nContent-Type: application/x-www-form-urlencoded\r\n"
              + "Content-Length: "
              + query.length()
              + "\r\nConnection: close\r\n\r\n"
              + query);
      exchange(
          "POST / HTTP/1.1\r\nHost: warm-up\r\nContent-Type: application/x-amz-json-1.0\r\n"
              + "X-Amz-Target: AmazonSQS.ListQueues\r\nContent-Length: "
              + json.length()
              + "\r\nConnection: close\r\n\r\n"
              + json);
    } catch (IOException e) {
      // Only a head start: the server works the same without it (closed early, or not reachable).
      Log.LOG.log(System.Logger.Level.DEBUG, "warm-up request failed", e);
    }
  }

  /**
   * First-use work that does not need the server, done on a daemon thread while the caller's thread
   * binds it: the JDK's HTTP server writes a {@code Date} header with a pattern whose zone name
   * loads the locale data (a visible part of the first answer: benchmarks/README.md), and the
   * front's and the engine's classes are loaded and initialised. Safe to call at any time; a
   * failure only loses the head start.
   */
  static void preload() {
    try {
      // the pattern sun.net.httpserver.ExchangeImpl formats every Date header with
      String unused =
          DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.US)
              .withZone(ZoneId.of("GMT"))
              .format(Instant.now());
      ClassLoader loader = WarmUp.class.getClassLoader();
      for (Class<?> type : FIRST_REQUEST_CLASSES) {
        Class.forName(type.getName(), true, loader); // a literal does not initialise its class
      }
      // The engine's internals (package-private, so named by no literal here) through a queue of
      // a throwaway engine: the first CreateQueue and SendMessage load the same classes.
      SqsEngine engine = SqsEngine.create();
      RequestContext context = new RequestContext(null, "http://warm-up", null);
      Object url =
          engine.execute(context, "CreateQueue", Map.of("QueueName", "warm-up")).get("QueueUrl");
      engine.execute(context, "SendMessage", Map.of("QueueUrl", url, "MessageBody", "warm-up"));
    } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
      // Not logged: the first log call would start java.util.logging, the very cost this avoids.
      // The classes are loaded again, with their real error if any, where requests need them.
    }
  }

  private void exchange(String request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(address, 2000);
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[1024];
      while (in.read(buffer) >= 0) {
        // drain the answer
      }
    }
  }
}

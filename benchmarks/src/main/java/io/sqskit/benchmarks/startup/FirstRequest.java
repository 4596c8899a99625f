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

import io.sqskit.benchmarks.support.ChildReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The first request of a server start measurement: a Query CreateQueue over a plain socket, so the
 * child loads no HTTP client and both servers are judged on their own start alone.
 */
public final class FirstRequest {
  private FirstRequest() {}

  /** Starts one server and returns its port. */
  @FunctionalInterface
  public interface Starter {
    int start() throws Exception;
  }

  /**
   * The whole of a startup child: starts a server, sends it the first request, then does the same
   * with a second server in the now warm JVM, prints the {@link ChildReport} line and halts. The
   * line holds {@code ms} (JVM start to the first answer), {@code ready} (JVM start to the start
   * method's return), {@code fromStart} (start call to first answer) and {@code again} (the second
   * server's start call to its first answer, in ms with microsecond resolution).
   */
  public static void measureStartup(Starter starter) throws Exception {
    long begin = System.currentTimeMillis();
    int port = starter.start();
    long ready = System.currentTimeMillis();
    createQueue(port);
    long answered = System.currentTimeMillis();
    long secondBegin = System.nanoTime();
    createQueue(starter.start());
    long secondMicros = (System.nanoTime() - secondBegin) / 1_000;
    ChildReport.print(
        answered,
        ChildReport.since("ready", ready),
        "fromStart=" + (answered - begin),
        "again=" + secondMicros / 1000.0);
    Runtime.getRuntime().halt(0);
  }

  /**
   * Sends {@code Action=CreateQueue} to the server on {@code port} and returns once the whole
   * answer is read.
   *
   * @throws IllegalStateException unless the answer is a 200 that names the queue URL
   */
  public static void createQueue(int port) throws IOException {
    byte[] form =
        "Action=CreateQueue&QueueName=startup&Version=2012-11-05"
            .getBytes(StandardCharsets.US_ASCII);
    String head =
        "POST / HTTP/1.1\r\n"
            + "Host: 127.0.0.1:"
            + port
            + "\r\n"
            + "Content-Type: application/x-www-form-urlencoded; charset=utf-8\r\n"
            + "Content-Length: "
            + form.length
            + "\r\n"
            + "Connection: close\r\n\r\n";
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(form);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      String text = answer.toString(StandardCharsets.UTF_8);
      if (!text.startsWith("HTTP/1.1 200") || !text.contains("/startup</QueueUrl>")) {
        throw new IllegalStateException(
            "CreateQueue was not answered with the queue URL: "
                + text.substring(0, Math.min(300, text.length())));
      }
    }
  }
}

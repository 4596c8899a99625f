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
package io.sqskit.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.transport.HttpRequest;
import io.sqskit.transport.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Checks the transport against a scripted server on a raw socket, so the wire bytes are visible.
 */
// The server side's future is read only by the tests that assert on the request it saw.
@SuppressWarnings("FutureReturnValueIgnored")
class ApacheHttpTransportTest {
  private final ApacheHttpTransport transport =
      ApacheHttpTransport.create(Duration.ofSeconds(2), 4);
  private ServerSocket server;

  @AfterEach
  void close() throws IOException {
    transport.close();
    if (server != null) {
      server.close();
    }
  }

  /** Serves one connection: reads one request, then lets {@code script} answer. */
  private CompletableFuture<String> serveOnce(Script script) throws IOException {
    server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    return CompletableFuture.supplyAsync(
        () -> {
          try (Socket socket = server.accept()) {
            String request = readRequest(socket.getInputStream());
            script.answer(socket.getOutputStream());
            return request;
          } catch (IOException | InterruptedException e) {
            return "server failed: " + e;
          }
        });
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getLocalPort() + path);
  }

  private HttpRequest post(String path, Duration timeout) {
    return new HttpRequest(
        "POST",
        uri(path),
        Map.of(
            "Content-Type", List.of("application/x-www-form-urlencoded; charset=utf-8"),
            "X-Amz-Date", List.of("20260101T000000Z")),
        "Action=ListQueues".getBytes(StandardCharsets.UTF_8),
        timeout);
  }

  @Test
  void sendsTheHeadersAndBodyAsGivenAndReadsTheWholeResponse() throws Exception {
    CompletableFuture<String> seen =
        serveOnce(
            out ->
                out.write(
                    ("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nx-amzn-RequestId: r-1\r\n"
                            + "Content-Type: text/xml\r\n\r\nhello")
                        .getBytes(StandardCharsets.US_ASCII)));

    HttpResponse response = transport.execute(post("/000000000000/q", Duration.ofSeconds(5)));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("hello");
    assertThat(response.headers()).containsEntry("x-amzn-requestid", List.of("r-1"));
    String request = seen.get(5, TimeUnit.SECONDS);
    assertThat(request)
        .startsWith("POST /000000000000/q HTTP/1.1\r\n")
        .contains("Content-Type: application/x-www-form-urlencoded; charset=utf-8\r\n")
        .contains("X-Amz-Date: 20260101T000000Z\r\n")
        .contains("Content-Length: 17\r\n")
        .doesNotContain("Expect:")
        .doesNotContain("Accept-Encoding")
        .doesNotContain("Cookie")
        .endsWith("\r\n\r\nAction=ListQueues");
  }

  @Test
  void sequentialCallsReuseOnePooledConnection() throws Exception {
    server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    java.util.concurrent.atomic.AtomicInteger connections =
        new java.util.concurrent.atomic.AtomicInteger();
    CompletableFuture.runAsync(
        () -> {
          while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
              connections.incrementAndGet();
              InputStream in = socket.getInputStream();
              while (!readRequest(in).isEmpty()) {
                socket
                    .getOutputStream()
                    .write(
                        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
                            .getBytes(StandardCharsets.US_ASCII));
              }
            } catch (IOException e) {
              return;
            }
          }
        });

    for (int i = 0; i < 5; i++) {
      assertThat(transport.execute(post("/", Duration.ofSeconds(5))).statusCode()).isEqualTo(200);
    }

    assertThat(connections).hasValue(1);
  }

  @Test
  void chunkedResponseIsReadCompletely() throws Exception {
    serveOnce(
        out ->
            out.write(
                ("HTTP/1.1 500 Internal Server Error\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "3\r\nabc\r\n4\r\ndefg\r\n0\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII)));

    HttpResponse response = transport.execute(post("/", Duration.ofSeconds(5)));

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(new String(response.body(), StandardCharsets.US_ASCII)).isEqualTo("abcdefg");
  }

  @Test
  void redirectIsReturnedNotFollowed() throws Exception {
    serveOnce(
        out ->
            out.write(
                ("HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.1:1/elsewhere\r\n"
                        + "Content-Length: 0\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII)));

    HttpResponse response = transport.execute(post("/", Duration.ofSeconds(5)));

    assertThat(response.statusCode()).isEqualTo(307);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void truncatedBodyIsIoException() throws Exception {
    serveOnce(
        out ->
            out.write(
                "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this"
                    .getBytes(StandardCharsets.US_ASCII)));

    assertThatThrownBy(() -> transport.execute(post("/", Duration.ofSeconds(5))))
        .isInstanceOf(IOException.class);
  }

  @Test
  void serverThatNeverAnswersTimesOut() throws Exception {
    serveOnce(out -> Thread.sleep(5_000));

    assertThatThrownBy(() -> transport.execute(post("/", Duration.ofMillis(200))))
        .isInstanceOf(InterruptedIOException.class);
  }

  @Test
  void serverTricklingTheBodyCannotOutlastTheResponseTimeout() throws Exception {
    serveOnce(
        out -> {
          out.write(
              "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
          out.flush();
          // every byte arrives well within the per-read timeout, the whole never would
          for (int i = 0; i < 1000; i++) {
            out.write('x');
            out.flush();
            Thread.sleep(20);
          }
        });

    assertThatThrownBy(() -> transport.execute(post("/", Duration.ofMillis(300))))
        .isInstanceOf(InterruptedIOException.class)
        .hasMessageContaining("response timeout");
  }

  @Test
  void refusedConnectionIsIoException() throws Exception {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }
    HttpRequest request =
        new HttpRequest(
            "POST",
            URI.create("http://127.0.0.1:" + port + "/"),
            Map.of(),
            new byte[0],
            Duration.ofSeconds(1));

    assertThatThrownBy(() -> transport.execute(request)).isInstanceOf(IOException.class);
  }

  @Test
  void closedTransportRefusesCalls() throws Exception {
    serveOnce(out -> {});
    transport.close();

    assertThatThrownBy(() -> transport.execute(post("/", Duration.ofSeconds(1))))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void zeroResponseTimeoutIsRejectedRatherThanMeaningForever() throws Exception {
    serveOnce(out -> {});

    assertThatThrownBy(() -> transport.execute(post("/", Duration.ZERO)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("responseTimeout");
  }

  @Test
  void badSettingsAreRejected() {
    assertThatThrownBy(() -> ApacheHttpTransport.create(Duration.ZERO, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> ApacheHttpTransport.create(Duration.ofSeconds(1), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxConnections");
  }

  private static String readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    int contentLength = -1;
    StringBuilder line = new StringBuilder();
    // headers
    while (true) {
      int b = in.read();
      if (b < 0) {
        return seen.toString(StandardCharsets.UTF_8);
      }
      seen.write(b);
      if (b == '\n') {
        String text = line.toString().trim();
        if (text.isEmpty()) {
          break;
        }
        if (text.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
          contentLength = Integer.parseInt(text.substring(15).trim());
        }
        line.setLength(0);
      } else {
        line.append((char) b);
      }
    }
    for (int i = 0; i < contentLength; i++) {
      seen.write(in.read());
    }
    return seen.toString(StandardCharsets.UTF_8);
  }

  @FunctionalInterface
  private interface Script {
    void answer(OutputStream out) throws IOException, InterruptedException;
  }
}

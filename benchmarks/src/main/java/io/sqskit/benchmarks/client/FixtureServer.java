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
package io.sqskit.benchmarks.client;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 that answers SendMessage and ReceiveMessage with prebuilt
 * answers in both protocols, so a benchmark measures the client and almost nothing else.
 *
 * <p>It is written on plain blocking sockets, one thread per connection, and writes each answer
 * (status line, headers and body) with one {@code write} from a byte array made at start: a request
 * costs it one read and one write, a few microseconds, where a general HTTP server (the JDK's, say)
 * spends tens of microseconds on header maps, exchanges and executor hand-offs. That server cost is
 * paid by both clients alike and only dilutes the ratio between them.
 *
 * <p>A request with an {@code X-Amz-Target} header is AWS JSON 1.0 and gets JSON; any other request
 * is Query and gets XML for the {@code Action} of its form (body or URL query). Bodies may come
 * with {@code Content-Length} or chunked.
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
  private static final String REQUEST_ID = "3b1e8c2a-5f4d-5a8e-9c1b-7d2f4e6a8b0c";
  private static final int MAX_HEAD = 64 * 1024;

  private final ServerSocket listener;
  private final Thread acceptor;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final byte[] sendXml;
  private final byte[] sendJson;
  private final byte[] receiveXml;
  private final byte[] receiveJson;
  private final byte[] rejection;
  private final LongAdder queryCalls = new LongAdder();
  private final LongAdder jsonCalls = new LongAdder();
  private final LongAdder rejected = new LongAdder();
  private volatile boolean closed;

  private FixtureServer(ServerSocket listener, FixtureResponses responses) {
    this.listener = listener;
    this.sendXml = answer(200, "text/xml", responses.sendXml());
    this.sendJson = answer(200, "application/x-amz-json-1.0", responses.sendJson());
    this.receiveXml = answer(200, "text/xml", responses.receiveXml());
    this.receiveJson = answer(200, "application/x-amz-json-1.0", responses.receiveJson());
    this.rejection =
        answer(
            400,
            "text/plain",
            "the fixture server answers SendMessage and ReceiveMessage only"
                .getBytes(StandardCharsets.UTF_8));
    this.acceptor = new Thread(this::accept, "fixture-accept");
    acceptor.setDaemon(true);
  }

  /** Starts a server on a free loopback port. */
  public static FixtureServer start() throws IOException {
    return start(FixtureResponses.create());
  }

  /** Starts a server with the given answers. */
  public static FixtureServer start(FixtureResponses responses) throws IOException {
    ServerSocket listener = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
    FixtureServer fixture = new FixtureServer(listener, responses);
    fixture.acceptor.start();
    return fixture;
  }

  /** {@code http://127.0.0.1:<port>}. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + listener.getLocalPort());
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

  private static byte[] answer(int status, String contentType, byte[] body) {
    String head =
        "HTTP/1.1 "
            + status
            + (status == 200 ? " OK" : " Bad Request")
            + "\r\nx-amzn-RequestId: "
            + REQUEST_ID
            + "\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  private void accept() {
    while (!closed) {
      try {
        Socket socket = listener.accept();
        socket.setTcpNoDelay(true);
        open.add(socket);
        Thread connection = new Thread(() -> serve(socket), "fixture-conn");
        connection.setDaemon(true);
        connection.start();
      } catch (IOException e) {
        if (closed) {
          return;
        }
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      OutputStream out = socket.getOutputStream();
      while (!closed) {
        Request request = Request.read(in);
        if (request == null) {
          return;
        }
        out.write(answerFor(request));
        out.flush();
      }
    } catch (SocketException | EOFException e) {
      // the client closed the connection, or the server is closing
    } catch (IOException e) {
      // a broken request ends its connection; the client sees that as an I/O error
    } finally {
      open.remove(socket);
    }
  }

  private byte[] answerFor(Request request) {
    byte[] answer;
    if (request.target != null) {
      answer =
          switch (request.target) {
            case "AmazonSQS.SendMessage" -> sendJson;
            case "AmazonSQS.ReceiveMessage" -> receiveJson;
            default -> null;
          };
      if (answer != null) {
        jsonCalls.increment();
      }
    } else {
      String action = action(request.body, request.rawQuery);
      answer =
          "SendMessage".equals(action)
              ? sendXml
              : "ReceiveMessage".equals(action) ? receiveXml : null;
      if (answer != null) {
        queryCalls.increment();
      }
    }
    if (answer == null) {
      rejected.increment();
      return rejection;
    }
    return answer;
  }

  /** The parts of one request the fixture looks at. */
  private static final class Request {
    @Nullable String target; // X-Amz-Target, sent with JSON requests only
    @Nullable String rawQuery; // null when the URI has none
    byte[] body = new byte[0];

    /** Reads one request; null at a clean end of stream between requests. */
    static @Nullable Request read(InputStream in) throws IOException {
      String requestLine = lineOrEnd(in);
      if (requestLine == null) {
        return null;
      }
      Request request = new Request();
      int firstSpace = requestLine.indexOf(' ');
      int secondSpace = requestLine.indexOf(' ', firstSpace + 1);
      String uri =
          firstSpace < 0
              ? ""
              : requestLine.substring(
                  firstSpace + 1, secondSpace < 0 ? requestLine.length() : secondSpace);
      int question = uri.indexOf('?');
      request.rawQuery = question < 0 ? null : uri.substring(question + 1);
      long length = 0;
      boolean chunked = false;
      int headBytes = requestLine.length();
      for (String header = line(in); !header.isEmpty(); header = line(in)) {
        headBytes += header.length();
        if (headBytes > MAX_HEAD) {
          throw new IOException("request head over " + MAX_HEAD + " bytes");
        }
        int colon = header.indexOf(':');
        if (colon <= 0) {
          continue;
        }
        String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = header.substring(colon + 1).trim();
        switch (name) {
          case "content-length" -> length = Long.parseLong(value);
          case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
          case "x-amz-target" -> request.target = value;
          default -> {}
        }
      }
      request.body = chunked ? chunks(in) : in.readNBytes((int) length);
      if (!chunked && request.body.length != length) {
        throw new EOFException("body ended early");
      }
      return request;
    }

    private static byte[] chunks(InputStream in) throws IOException {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      while (true) {
        String size = line(in);
        int semicolon = size.indexOf(';');
        int length =
            Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
        if (length == 0) {
          while (!line(in).isEmpty()) {
            // trailers are ignored
          }
          return body.toByteArray();
        }
        byte[] chunk = in.readNBytes(length);
        if (chunk.length != length) {
          throw new EOFException("chunk ended early");
        }
        body.write(chunk);
        line(in);
      }
    }

    /** One CRLF-terminated ASCII line without its end. */
    private static String line(InputStream in) throws IOException {
      String line = lineOrEnd(in);
      if (line == null) {
        throw new EOFException("request ended inside a line");
      }
      return line;
    }

    /** As {@link #line}, or null when the stream ends before the line's first byte. */
    private static @Nullable String lineOrEnd(InputStream in) throws IOException {
      StringBuilder line = new StringBuilder(64);
      while (true) {
        int b = in.read();
        if (b < 0) {
          if (line.length() == 0) {
            return null;
          }
          throw new EOFException("request ended inside a line");
        }
        if (b == '\n') {
          int end = line.length();
          if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
          }
          return line.toString();
        }
        if (line.length() >= MAX_HEAD) {
          throw new IOException("request line over " + MAX_HEAD + " bytes");
        }
        line.append((char) b);
      }
    }
  }

  /** The value of the Action field in a form body or URL query; null when there is none. */
  static @Nullable String action(byte[] form, @Nullable String rawQuery) {
    String fromBody = field(new String(form, StandardCharsets.ISO_8859_1), "Action");
    return fromBody != null || rawQuery == null ? fromBody : field(rawQuery, "Action");
  }

  private static @Nullable String field(String form, String name) {
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
    closed = true;
    try {
      listener.close();
    } catch (IOException e) {
      // already closed
    }
    for (Socket socket : open) {
      try {
        socket.close();
      } catch (IOException e) {
        // already closed
      }
    }
    try {
      acceptor.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

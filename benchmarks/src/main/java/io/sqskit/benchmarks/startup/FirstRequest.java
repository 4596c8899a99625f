package io.sqskit.benchmarks.startup;

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

package io.sqskit.testing.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends the server two read-only requests (Query and JSON ListQueues) right after it starts, on a
 * daemon thread, so that the JDK server's and the adapters' first-use costs are paid while the
 * caller is still building its client rather than on its first request.
 */
final class WarmUp implements Runnable {

  private static final System.Logger LOG = System.getLogger(WarmUp.class.getName());

  private final InetSocketAddress address;

  WarmUp(InetSocketAddress bound) {
    InetAddress host = bound.getAddress().isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bound.getAddress();
    this.address = new InetSocketAddress(host, bound.getPort());
  }

  @Override
  public void run() {
    String query = "Action=ListQueues&Version=2012-11-05";
    String json = "{}";
    try {
      exchange(
          "POST / HTTP/1.1\r\nHost: warm-up\r\nContent-Type: application/x-www-form-urlencoded\r\n"
              + "Content-Length: " + query.length() + "\r\nConnection: close\r\n\r\n" + query);
      exchange(
          "POST / HTTP/1.1\r\nHost: warm-up\r\nContent-Type: application/x-amz-json-1.0\r\n"
              + "X-Amz-Target: AmazonSQS.ListQueues\r\nContent-Length: " + json.length()
              + "\r\nConnection: close\r\n\r\n" + json);
    } catch (IOException e) {
      // Only a head start: the server works the same without it (closed early, or not reachable).
      LOG.log(System.Logger.Level.DEBUG, "warm-up request failed", e);
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

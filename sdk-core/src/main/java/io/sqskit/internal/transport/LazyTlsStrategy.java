package io.sqskit.internal.transport;

import java.io.IOException;
import java.net.Socket;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.jspecify.annotations.Nullable;

/**
 * Builds the default TLS setup on the first https connection, not when the pool is made: creating
 * the JDK's default SSLContext loads a few hundred security classes, which a client talking to a
 * plain-http endpoint (a local fake, a proxy) never needs. Thread-safe.
 */
final class LazyTlsStrategy implements TlsSocketStrategy {
  private volatile @Nullable TlsSocketStrategy delegate;

  @Override
  public SSLSocket upgrade(
      Socket socket, String target, int port, Object attachment, HttpContext context)
      throws IOException {
    return delegate().upgrade(socket, target, port, attachment, context);
  }

  private TlsSocketStrategy delegate() {
    TlsSocketStrategy d = delegate;
    if (d == null) {
      synchronized (this) {
        d = delegate;
        if (d == null) {
          d = DefaultClientTlsStrategy.createDefault();
          delegate = d;
        }
      }
    }
    return d;
  }
}

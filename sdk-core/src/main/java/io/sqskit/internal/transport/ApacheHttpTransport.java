package io.sqskit.internal.transport;

import io.sqskit.transport.HttpRequest;
import io.sqskit.transport.HttpResponse;
import io.sqskit.transport.HttpTransport;
import java.time.Duration;

/** STUB: Apache HttpClient 5 transport; the real implementation replaces this file. */
public final class ApacheHttpTransport implements HttpTransport {

  private ApacheHttpTransport() {}

  /** A pooled transport with the given connect timeout and pool size. */
  public static ApacheHttpTransport create(Duration connectTimeout, int maxConnections) {
    return new ApacheHttpTransport();
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public void close() {}
}

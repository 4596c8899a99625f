package io.sqskit.transport;

/**
 * The one pluggable part of the client: sends one HTTP request and returns the whole response.
 *
 * <p>Implementations must be thread-safe. The default one is built on Apache HttpClient 5 and pools
 * connections; tests may plug in their own.
 *
 * @since 0.1
 */
public interface HttpTransport extends AutoCloseable {

  /**
   * Sends the request and reads the whole response.
   *
   * @throws java.io.IOException when no complete response arrives (connection refused or reset,
   *     timeout, truncated body)
   */
  HttpResponse execute(HttpRequest request) throws java.io.IOException;

  /** Releases pooled connections; calls after close fail. */
  @Override
  void close();
}

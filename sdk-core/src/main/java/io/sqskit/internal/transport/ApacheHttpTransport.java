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

import io.sqskit.transport.HttpRequest;
import io.sqskit.transport.HttpResponse;
import io.sqskit.transport.HttpTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The default {@link HttpTransport}: Apache HttpClient 5 (classic, blocking) with one shared
 * connection pool; thread-safe.
 *
 * <p>The client does nothing behind the caller's back: it is HttpClient's minimal client, so no
 * automatic retries (the request pipeline retries), no redirects, no cookies, no authentication
 * schemes, no content compression. Every wait is bounded: connecting by the connect timeout,
 * leasing a pooled connection by {@link #LEASE_TIMEOUT}, each socket read by the request's response
 * timeout, and the whole exchange by the same timeout measured from the moment the request is
 * handed to the client (checked after every read of the body, so a server trickling bytes cannot
 * hold a thread forever).
 */
public final class ApacheHttpTransport implements HttpTransport {
  /**
   * How long a call waits for a free pooled connection; 10 s like the AWS SDK's Apache client
   * default ({@code connectionAcquisitionTimeout}).
   */
  public static final Duration LEASE_TIMEOUT = Duration.ofSeconds(10);

  /** Pooled connections idle longer than this are checked before reuse. */
  private static final TimeValue VALIDATE_AFTER_INACTIVITY = TimeValue.ofSeconds(2);

  private static final String USER_AGENT = "sqskit/0.1";
  private static final int MIN_BUFFER = 1024;

  private final CloseableHttpClient client;
  private final PoolingHttpClientConnectionManager pool;
  private volatile TimedConfig lastConfig;
  private volatile boolean closed;

  private ApacheHttpTransport(Duration connectTimeout, int maxConnections) {
    this.pool =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setTlsSocketStrategy(new LazyTlsStrategy())
            .setMaxConnTotal(maxConnections)
            .setMaxConnPerRoute(maxConnections)
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(Timeout.of(connectTimeout))
                    .setValidateAfterInactivity(VALIDATE_AFTER_INACTIVITY)
                    .build())
            .build();
    // The minimal client runs a request straight on a pooled connection: no chain of protocol,
    // redirect, retry, cookie, auth or decompression handlers, none of which this transport wants
    // (it had switched them off one by one). Skipping the chain saves work on every call and the
    // loading of its classes at start.
    this.client = HttpClients.createMinimal(pool);
    this.lastConfig = new TimedConfig(Duration.ofSeconds(30));
  }

  /**
   * A pooled transport.
   *
   * @param connectTimeout how long opening a TCP (and TLS) connection may take
   * @param maxConnections the pool size, shared by all hosts
   */
  public static ApacheHttpTransport create(Duration connectTimeout, int maxConnections) {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("connectTimeout must be positive: " + connectTimeout);
    }
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be at least 1: " + maxConnections);
    }
    return new ApacheHttpTransport(connectTimeout, maxConnections);
  }

  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    if (closed) {
      throw new IllegalStateException("transport is closed");
    }
    Duration timeout = request.responseTimeout();
    if (timeout.isNegative() || timeout.isZero()) {
      // Apache HttpClient reads a zero timeout as "wait forever"
      throw new IllegalArgumentException("responseTimeout must be positive: " + timeout);
    }
    HttpUriRequestBase http = new HttpUriRequestBase(request.method(), request.uri());
    http.addHeader("User-Agent", USER_AGENT);
    request
        .headers()
        .forEach(
            (name, values) -> {
              if (!"content-length".equalsIgnoreCase(name)) {
                for (String value : values) {
                  http.addHeader(name, value);
                }
              }
            });
    if (request.body().length > 0) {
      http.setEntity(new ByteArrayEntity(request.body(), null));
    }
    http.setConfig(configFor(timeout));
    long deadline = System.nanoTime() + cappedNanos(timeout);
    try {
      return client.execute(http, response -> read(http, response, deadline));
    } catch (IOException e) {
      throw e;
    } catch (RuntimeException e) {
      if (closed) {
        throw new IllegalStateException("transport is closed", e);
      }
      throw new IOException("HTTP request failed: " + e, e);
    }
  }

  private RequestConfig configFor(Duration responseTimeout) {
    TimedConfig last = lastConfig;
    if (!last.timeout().equals(responseTimeout)) {
      // Most calls share one timeout (long polls another); keeping the last one avoids a new
      // RequestConfig per call.
      last = new TimedConfig(responseTimeout);
      lastConfig = last;
    }
    return last.config();
  }

  /** The timeout in nanoseconds, capped so that adding it to {@code nanoTime()} cannot overflow. */
  private static long cappedNanos(Duration timeout) {
    Duration cap = Duration.ofDays(365);
    return (timeout.compareTo(cap) > 0 ? cap : timeout).toNanos();
  }

  /** A request configuration and the response timeout it was made for. */
  private record TimedConfig(Duration timeout, RequestConfig config) {
    TimedConfig(Duration timeout) {
      this(
          timeout,
          RequestConfig.custom()
              .setConnectionRequestTimeout(Timeout.of(LEASE_TIMEOUT))
              .setResponseTimeout(Timeout.of(timeout))
              .setRedirectsEnabled(false)
              .build());
    }
  }

  private static HttpResponse read(
      HttpUriRequestBase http, ClassicHttpResponse response, long deadline) throws IOException {
    Header[] all = response.getHeaders();
    Map<String, List<String>> headers = new HashMap<>(all.length * 2);
    for (Header header : all) {
      headers
          .computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1))
          .add(header.getValue());
    }
    HttpEntity entity = response.getEntity();
    byte[] body;
    try {
      body = entity == null ? new byte[0] : readBody(entity, deadline);
    } catch (IOException | RuntimeException e) {
      // Closing the stream normally would read the rest of the body to keep the connection; a
      // failed read must not wait for that, so the connection is dropped instead.
      http.cancel();
      throw e;
    }
    return new HttpResponse(response.getCode(), headers, body);
  }

  private static byte[] readBody(HttpEntity entity, long deadline) throws IOException {
    long declared = entity.getContentLength();
    if (declared > Integer.MAX_VALUE - 8) {
      throw new IOException("response body too large: " + declared + " bytes");
    }
    InputStream in = entity.getContent();
    if (in == null) {
      return new byte[0];
    }
    byte[] buffer = new byte[declared >= 0 ? (int) declared : 8192];
    int size = 0;
    while (true) {
      if (size == buffer.length) {
        if (declared >= 0) {
          break; // the declared length is read; nothing beyond it belongs to this message
        }
        buffer = Arrays.copyOf(buffer, Math.max(MIN_BUFFER, buffer.length * 2));
      }
      int n = in.read(buffer, size, buffer.length - size);
      if (n < 0) {
        break;
      }
      size += n;
      if (System.nanoTime() - deadline > 0) {
        throw new InterruptedIOException("response not complete within the response timeout");
      }
    }
    if (declared >= 0 && size < declared) {
      throw new IOException("response body truncated: " + size + " of " + declared + " bytes");
    }
    // at the end of the body: closing returns the connection to the pool
    in.close();
    return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
  }

  @Override
  public void close() {
    closed = true;
    client.close(CloseMode.GRACEFUL);
    pool.close(CloseMode.GRACEFUL);
  }
}

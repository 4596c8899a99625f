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
package io.sqskit.junit.internal;

import io.sqskit.testing.server.DirectCalls;
import io.sqskit.testing.server.ServerRequest;
import io.sqskit.testing.server.ServerResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The AWS SDK for Java v2's synchronous HTTP client for {@code Transport.IN_JVM}: each request goes
 * to the fake's {@link DirectCalls} on the calling thread. Calls time out after 30 s without an
 * answer, the socket read timeout of the SDK's HTTP clients by default.
 */
public final class DirectSdkHttpClient implements SdkHttpClient {

  /** The SDK's default socket read timeout ({@code SdkHttpConfigurationOption.READ_TIMEOUT}). */
  static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

  private final DirectCalls calls;

  /** A client whose requests go to {@code calls}. */
  public DirectSdkHttpClient(DirectCalls calls) {
    this.calls = calls;
  }

  /** The request as the fake reads it: the SDK's signed request and its body. */
  static ServerRequest serverRequest(SdkHttpRequest request, byte[] body) {
    return DirectRequests.of(request.method().name(), request.getUri(), request.headers(), body);
  }

  /** The fake's answer as the SDK reads it. */
  static SdkHttpResponse sdkResponse(ServerResponse answer) {
    return SdkHttpResponse.builder()
        .statusCode(answer.status())
        .headers(DirectRequests.lowerCase(answer.headers()))
        .build();
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    return new Call(request);
  }

  @Override
  public String clientName() {
    return "sqskit-in-jvm";
  }

  @Override
  public void close() {
    // The fake outlives the clients; closing them must not end it.
  }

  private final class Call implements ExecutableHttpRequest {
    private final HttpExecuteRequest request;
    private volatile @Nullable Thread caller;

    Call(HttpExecuteRequest request) {
      this.request = request;
    }

    @Override
    public HttpExecuteResponse call() throws IOException {
      byte[] body = new byte[0];
      Optional<ContentStreamProvider> content = request.contentStreamProvider();
      if (content.isPresent()) {
        try (InputStream in = content.get().newStream()) {
          body = in.readAllBytes();
        }
      }
      caller = Thread.currentThread();
      ServerResponse answer;
      try {
        answer = calls.call(serverRequest(request.httpRequest(), body), READ_TIMEOUT);
      } finally {
        caller = null;
      }
      return HttpExecuteResponse.builder()
          .response(sdkResponse(answer))
          .responseBody(AbortableInputStream.create(new ByteArrayInputStream(answer.body())))
          .build();
    }

    /**
     * The SDK's call timeouts: the waiting call is interrupted, as a closed socket would end it.
     */
    @Override
    public void abort() {
      Thread thread = caller;
      if (thread != null) {
        thread.interrupt();
      }
    }
  }
}

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
import io.sqskit.testing.server.ServerResponse;
import io.sqskit.transport.HttpRequest;
import io.sqskit.transport.HttpResponse;
import io.sqskit.transport.HttpTransport;
import java.io.IOException;

/**
 * sqskit's client transport for {@code Transport.IN_JVM}: each request goes to the fake's {@link
 * DirectCalls} on the calling thread, bounded by the request's response timeout as a socket read
 * would be. Nothing to close: the fake's lifetime is the backend's.
 */
public final class DirectSqskitTransport implements HttpTransport {

  private final DirectCalls calls;

  /** A transport whose requests go to {@code calls}. */
  public DirectSqskitTransport(DirectCalls calls) {
    this.calls = calls;
  }

  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    ServerResponse answer =
        calls.call(
            DirectRequests.of(request.method(), request.uri(), request.headers(), request.body()),
            request.responseTimeout());
    return new HttpResponse(
        answer.status(), DirectRequests.lowerCase(answer.headers()), answer.body());
  }

  @Override
  public void close() {
    // The fake outlives the clients; closing them must not end it.
  }
}

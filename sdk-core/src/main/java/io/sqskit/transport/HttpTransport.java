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
   * @param request the signed request
   * @return the whole response, whatever its status
   * @throws java.io.IOException when no complete response arrives (connection refused or reset,
   *     timeout, truncated body)
   */
  HttpResponse execute(HttpRequest request) throws java.io.IOException;

  /** Releases pooled connections; calls after close fail. */
  @Override
  void close();
}

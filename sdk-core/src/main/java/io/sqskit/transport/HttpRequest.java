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

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request as the transport sends it.
 *
 * @param method HTTP method, {@code POST} for every SQS call
 * @param uri the full request URI
 * @param headers header names to values (already signed)
 * @param body the request body, never null (empty array for none)
 * @param responseTimeout how long to wait for the whole response after the request is sent
 * @since 0.1
 */
@SuppressWarnings("ArrayRecordComponent") // bytes held as they are; see the Javadoc
public record HttpRequest(
    String method,
    URI uri,
    Map<String, List<String>> headers,
    byte[] body,
    Duration responseTimeout) {

  /**
   * Checks that no component is null and copies the headers.
   *
   * @param method HTTP method, {@code POST} for every SQS call
   * @param uri the full request URI
   * @param headers header names to values (already signed)
   * @param body the request body, never null (empty array for none)
   * @param responseTimeout how long to wait for the whole response after the request is sent
   */
  public HttpRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(responseTimeout, "responseTimeout");
  }
}

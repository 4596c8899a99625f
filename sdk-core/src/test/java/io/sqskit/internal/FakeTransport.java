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
package io.sqskit.internal;

import io.sqskit.transport.HttpRequest;
import io.sqskit.transport.HttpResponse;
import io.sqskit.transport.HttpTransport;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A transport that answers from a function and remembers every request; a test double. */
final class FakeTransport implements HttpTransport {
  private final Function<HttpRequest, HttpResponse> responder;
  private final List<HttpRequest> requests = new ArrayList<>();
  private boolean closed;

  FakeTransport(Function<HttpRequest, HttpResponse> responder) {
    this.responder = responder;
  }

  /** Answers every request with 200 and this body. */
  static FakeTransport answering(String xml) {
    return answering(xml.getBytes(StandardCharsets.UTF_8));
  }

  static FakeTransport answering(byte[] xml) {
    return new FakeTransport(request -> new HttpResponse(200, Map.of(), xml));
  }

  @Override
  public synchronized HttpResponse execute(HttpRequest request) {
    requests.add(request);
    return responder.apply(request);
  }

  @Override
  public synchronized void close() {
    closed = true;
  }

  synchronized boolean closed() {
    return closed;
  }

  synchronized List<HttpRequest> requests() {
    return List.copyOf(requests);
  }

  synchronized HttpRequest lastRequest() {
    return requests.get(requests.size() - 1);
  }

  /** The form parameters of the last request, decoded, in order. */
  synchronized Map<String, String> lastForm() {
    Map<String, String> form = new LinkedHashMap<>();
    String body = new String(lastRequest().body(), StandardCharsets.UTF_8);
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      form.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return form;
  }
}

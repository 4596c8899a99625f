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
package io.sqskit.testing.server;

import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.protocol.query.FormDecoder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who calls, as far as the front can tell without checking a signature: the access key id and the
 * region of the SigV4 credential (in the {@code Authorization} header or, presigned, in the query
 * string), the account that key names when it is a 12-digit account id, and the base URL the client
 * used (from its {@code Host} header) for the queue URLs of answers.
 *
 * @param accessKeyId the credential's key id, or null for an unsigned request
 * @param region the credential scope's region, or null when unsigned (then the server's default
 *     region); queues of different regions are apart, as in AWS
 * @param accountId the key id when it is an account id, else null (the engine's default account)
 * @param baseUrl {@code http://<Host>}, or the server's own address when the request has no Host
 */
record Caller(
    @Nullable String accessKeyId,
    @Nullable String region,
    @Nullable String accountId,
    String baseUrl) {

  private static final String CREDENTIAL = "Credential=";

  /** The caller of one request; {@code defaultBaseUrl} when it names no host. */
  static Caller of(ServerRequest request, String defaultBaseUrl) {
    String credential = credential(request.header("Authorization"));
    if (credential == null) {
      String query = request.query();
      if (query != null && query.contains("X-Amz-Credential=")) {
        Map<String, String> params = new LinkedHashMap<>();
        FormDecoder.decode(query, params);
        credential = params.get("X-Amz-Credential");
      }
    }
    String key = part(credential, 0);
    String host = request.header("Host");
    String baseUrl = host == null || host.isEmpty() ? defaultBaseUrl : "http://" + host;
    String region = part(credential, 2);
    if (region != null && !SigV4Verifier.isRegion(region)) {
      region = null; // not a region: the default one (a strict server refuses such a scope)
    }
    return new Caller(key, region, key != null && isAccountId(key) ? key : null, baseUrl);
  }

  /** The engine's view of this caller. */
  RequestContext context() {
    return new RequestContext(accountId, baseUrl, accessKeyId, region);
  }

  /**
   * The credential in {@code AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/sqs/aws4_request,
   * ...}, or null.
   */
  private static @Nullable String credential(@Nullable String authorization) {
    if (authorization == null) {
      return null;
    }
    int at = authorization.indexOf(CREDENTIAL);
    if (at < 0) {
      return null;
    }
    int end = authorization.indexOf(',', at);
    return authorization.substring(
        at + CREDENTIAL.length(), end < 0 ? authorization.length() : end);
  }

  /** Part {@code index} of {@code key/date/region/service/aws4_request}, trimmed; null if empty. */
  private static @Nullable String part(@Nullable String credential, int index) {
    if (credential == null) {
      return null;
    }
    String[] parts = credential.split("/", -1);
    if (index >= parts.length) {
      return null;
    }
    String part = parts[index].trim();
    return part.isEmpty() ? null : part;
  }

  /** The key id in an Authorization header, or null. */
  static @Nullable String accessKeyId(@Nullable String authorization) {
    return part(credential(authorization), 0);
  }

  static boolean isAccountId(String key) {
    if (key.length() != 12) {
      return false;
    }
    for (int i = 0; i < 12; i++) {
      char c = key.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}

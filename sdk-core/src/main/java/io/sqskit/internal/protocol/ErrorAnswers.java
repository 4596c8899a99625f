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
package io.sqskit.internal.protocol;

import io.sqskit.exception.ErrorCode;
import io.sqskit.exception.SqsClientException;
import io.sqskit.transport.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What both protocols do with an error answer once its body has been read, or could not be. */
public final class ErrorAnswers {
  /** The header that carries the request id of every SQS answer. */
  public static final String REQUEST_ID_HEADER = "x-amzn-requestid";

  private static final int SNIPPET_LENGTH = 200;

  private ErrorAnswers() {}

  /**
   * An error status whose body is not an SQS error (a proxy or load balancer page, an empty body).
   * Only the two statuses that have a matching AWS common error get a code: 500 becomes {@code
   * InternalFailure} and 503 {@code ServiceUnavailable} (both retryable). Any other 5xx, and 429
   * from a throttling proxy, stays an {@link io.sqskit.exception.SqsServiceException} with the code
   * {@code Http<status>} (not an SQS code; chosen here so that the retry loop still sees a
   * retryable service failure, 429 as throttling). Anything else is an {@link SqsClientException}:
   * the answer cannot be understood, and retrying would not change that.
   */
  public static RuntimeException unreadable(
      String action, HttpResponse response, @Nullable String requestId, Exception cause) {
    int status = response.statusCode();
    String text = "Unreadable error response to " + action + ": " + snippet(response.body());
    if (status == 500) {
      return ErrorCode.from("InternalFailure", status, text, requestId, false);
    }
    if (status == 503) {
      return ErrorCode.from("ServiceUnavailable", status, text, requestId, false);
    }
    if ((status >= 500 && status <= 599) || status == 429) {
      return ErrorCode.from("Http" + status, status, text, requestId, status < 500);
    }
    return new SqsClientException(
        text + " (HTTP " + status + ", request id " + requestId + ")", cause);
  }

  /** The first value of header {@code name} (looked up as the transport stores names), or null. */
  public static @Nullable String header(HttpResponse response, String name) {
    List<String> values = response.headers().get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static String snippet(byte[] body) {
    if (body.length == 0) {
      return "<empty body>";
    }
    String text =
        new String(body, 0, Math.min(body.length, SNIPPET_LENGTH), StandardCharsets.UTF_8);
    return body.length > SNIPPET_LENGTH ? text + "..." : text;
  }
}

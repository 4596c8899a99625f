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

import io.sqskit.exception.ErrorCode;
import io.sqskit.exception.SqsClientException;
import io.sqskit.exception.SqsServiceException;
import io.sqskit.internal.protocol.json.JsonErrorParser;
import io.sqskit.internal.protocol.json.JsonErrorParser.ParsedJsonError;
import io.sqskit.internal.protocol.xml.ErrorResponseParser;
import io.sqskit.internal.protocol.xml.ErrorResponseParser.MalformedErrorException;
import io.sqskit.internal.protocol.xml.ErrorResponseParser.ParsedError;
import io.sqskit.internal.retry.RetryExecutor;
import io.sqskit.internal.signing.SigV4Signer;
import io.sqskit.transport.HttpRequest;
import io.sqskit.transport.HttpResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Signs, sends and retries one Query or AWS JSON 1.0 call; thread-safe, one per client.
 *
 * <p>Each attempt resolves credentials, signs the body with SigV4 for service {@code sqs} and POSTs
 * it. A 2xx answer returns its body. Any other status is read as an error of the call's protocol
 * (an {@code ErrorResponse} document, or a JSON {@code __type} with the {@code x-amzn-query-error}
 * header) and thrown as the typed {@link SqsServiceException} from {@link ErrorCode}; a failure
 * without an answer is an {@link SqsClientException} carrying the cause. The {@link RetryExecutor}
 * decides whether to try again.
 */
public final class RequestPipeline implements AutoCloseable {
  /** The Content-Type of every Query request. */
  public static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";

  /** The Content-Type of every AWS JSON 1.0 request. */
  public static final String JSON_CONTENT_TYPE = "application/x-amz-json-1.0";

  /** The {@code X-Amz-Target} of a JSON request is this prefix and the action name. */
  public static final String JSON_TARGET_PREFIX = "AmazonSQS.";

  private static final Map<String, List<String>> FORM_HEADERS =
      Map.of("Content-Type", List.of(FORM_CONTENT_TYPE));

  /**
   * Sent with every JSON request, as the AWS SDKs do for a service marked {@code
   * awsQueryCompatible}: it asks for the Query error code in {@code x-amzn-query-error}.
   */
  private static final List<String> QUERY_MODE = List.of("true");

  private static final List<String> JSON_CONTENT = List.of(JSON_CONTENT_TYPE);
  private static final int SNIPPET_LENGTH = 200;

  private final PipelineSettings settings;
  private final SigV4Signer signer;
  private final RetryExecutor retry;

  public RequestPipeline(PipelineSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.signer =
        new SigV4Signer(
            settings.region(),
            SigV4Signer.SQS_SERVICE,
            settings.credentialsProvider(),
            settings.signingClock());
    this.retry = new RetryExecutor(settings.retryPolicy(), settings.sleeper(), settings.random());
  }

  /**
   * POSTs {@code formBody} (already form-encoded, {@code Action=...&Version=2012-11-05&...}) to
   * {@code endpoint}, signed with SigV4 for service {@code sqs}, retrying per the policy.
   *
   * @param endpoint where to POST (the service endpoint or the queue URL)
   * @param action the SQS action name, for error messages and retry decisions
   * @param formBody the form-encoded request
   * @param responseTimeout how long one attempt may wait for its response
   * @return the body of the 2xx response
   * @throws io.sqskit.exception.SqsServiceException the service answered with an error
   * @throws io.sqskit.exception.SqsClientException no usable answer (I/O, timeout, unreadable)
   */
  public byte[] execute(URI endpoint, String action, String formBody, Duration responseTimeout) {
    Objects.requireNonNull(formBody, "formBody");
    checkCall(endpoint, action, responseTimeout);
    byte[] body = formBody.getBytes(StandardCharsets.UTF_8);
    return retry.execute(
        attempt -> attempt(endpoint, action, FORM_HEADERS, body, responseTimeout, false));
  }

  /**
   * POSTs {@code jsonBody} to {@code endpoint} as the AWS JSON 1.0 call {@code AmazonSQS.<action>},
   * signed with SigV4 for service {@code sqs}, retrying per the policy.
   *
   * @param endpoint where to POST (the service endpoint)
   * @param action the SQS action name: the target, and for error messages
   * @param jsonBody the JSON request object
   * @param responseTimeout how long one attempt may wait for its response
   * @return the body of the 2xx response
   * @throws io.sqskit.exception.SqsServiceException the service answered with an error
   * @throws io.sqskit.exception.SqsClientException no usable answer (I/O, timeout, unreadable)
   */
  public byte[] executeJson(
      URI endpoint, String action, byte[] jsonBody, Duration responseTimeout) {
    Objects.requireNonNull(jsonBody, "jsonBody");
    checkCall(endpoint, action, responseTimeout);
    Map<String, List<String>> headers =
        Map.of(
            "Content-Type", JSON_CONTENT,
            "X-Amz-Target", List.of(JSON_TARGET_PREFIX + action),
            "x-amzn-query-mode", QUERY_MODE);
    return retry.execute(
        attempt -> attempt(endpoint, action, headers, jsonBody, responseTimeout, true));
  }

  private static void checkCall(URI endpoint, String action, Duration responseTimeout) {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(responseTimeout, "responseTimeout");
    if (responseTimeout.isNegative() || responseTimeout.isZero()) {
      throw new IllegalArgumentException("responseTimeout must be positive: " + responseTimeout);
    }
  }

  /** The retry loop, for tests and metrics (remaining quota). */
  RetryExecutor retryExecutor() {
    return retry;
  }

  private byte[] attempt(
      URI endpoint,
      String action,
      Map<String, List<String>> protocolHeaders,
      byte[] body,
      Duration responseTimeout,
      boolean json) {
    Map<String, List<String>> headers = signer.sign("POST", endpoint, protocolHeaders, body);
    HttpResponse response;
    try {
      response =
          settings
              .transport()
              .execute(new HttpRequest("POST", endpoint, headers, body, responseTimeout));
    } catch (IOException e) {
      throw new SqsClientException(
          "Unable to execute " + action + " on " + endpoint + ": " + describe(e), e);
    } catch (RuntimeException e) {
      // a misbehaving or closed transport: reported, not retried (the cause is not an IOException)
      throw new SqsClientException(
          "Transport failed to execute " + action + " on " + endpoint + ": " + e, e);
    }
    int status = response.statusCode();
    if (status >= 200 && status <= 299) {
      return response.body();
    }
    throw json ? toJsonException(action, response) : toException(action, response);
  }

  /** Maps a non-2xx answer to a JSON call to the exception the caller sees. */
  static RuntimeException toJsonException(String action, HttpResponse response) {
    int status = response.statusCode();
    String requestId = header(response, "x-amzn-requestid");
    try {
      ParsedJsonError error =
          JsonErrorParser.parse(
              response.body(), header(response, JsonErrorParser.QUERY_ERROR_HEADER), status);
      return ErrorCode.from(error.code(), status, error.message(), requestId, error.senderFault());
    } catch (JsonErrorParser.MalformedErrorException e) {
      return unreadable(action, response, requestId, e);
    }
  }

  /** Maps a non-2xx answer to a Query call to the exception the caller sees. */
  static RuntimeException toException(String action, HttpResponse response) {
    int status = response.statusCode();
    String headerRequestId = header(response, "x-amzn-requestid");
    try {
      ParsedError error = ErrorResponseParser.parse(response.body());
      String requestId = error.requestId() != null ? error.requestId() : headerRequestId;
      return ErrorCode.from(
          error.code(), status, error.message(), requestId, error.senderFault(status));
    } catch (MalformedErrorException e) {
      return unreadable(action, response, headerRequestId, e);
    }
  }

  /**
   * An error status whose body is not an SQS error (a proxy or load balancer page, an empty body).
   * Only the two statuses that have a matching AWS common error get a code: 500 becomes {@code
   * InternalFailure} and 503 {@code ServiceUnavailable} (both retryable). Any other 5xx, and 429
   * from a throttling proxy, stays an {@link SqsServiceException} with the code {@code
   * Http<status>} (not an SQS code; chosen here so that the retry loop still sees a retryable
   * service failure, 429 as throttling). Anything else is an {@link SqsClientException}: the answer
   * cannot be understood, and retrying would not change that.
   */
  private static RuntimeException unreadable(
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

  private static @Nullable String header(HttpResponse response, String name) {
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

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + message;
  }

  @Override
  public void close() {
    settings.transport().close();
  }
}

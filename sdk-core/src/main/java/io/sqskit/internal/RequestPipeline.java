package io.sqskit.internal;

import io.sqskit.exception.ErrorCode;
import io.sqskit.exception.SqsClientException;
import io.sqskit.exception.SqsServiceException;
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

/**
 * Signs, sends and retries one Query call; thread-safe, one per client.
 *
 * <p>Each attempt resolves credentials, signs the form with SigV4 for service {@code sqs} and POSTs
 * it. A 2xx answer returns its body. Any other status is read as an {@code ErrorResponse} and
 * thrown as the typed {@link SqsServiceException} from {@link ErrorCode}; a failure without an
 * answer is an {@link SqsClientException} carrying the cause. The {@link RetryExecutor} decides
 * whether to try again.
 */
public final class RequestPipeline implements AutoCloseable {
  /** The Content-Type of every Query request. */
  public static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";

  private static final Map<String, List<String>> FORM_HEADERS =
      Map.of("Content-Type", List.of(FORM_CONTENT_TYPE));
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
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(formBody, "formBody");
    Objects.requireNonNull(responseTimeout, "responseTimeout");
    if (responseTimeout.isNegative() || responseTimeout.isZero()) {
      throw new IllegalArgumentException("responseTimeout must be positive: " + responseTimeout);
    }
    byte[] body = formBody.getBytes(StandardCharsets.UTF_8);
    return retry.execute(attempt -> attempt(endpoint, action, body, responseTimeout));
  }

  /** The retry loop, for tests and metrics (remaining quota). */
  RetryExecutor retryExecutor() {
    return retry;
  }

  private byte[] attempt(URI endpoint, String action, byte[] body, Duration responseTimeout) {
    Map<String, List<String>> headers = signer.sign("POST", endpoint, FORM_HEADERS, body);
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
    throw toException(action, response);
  }

  /** Maps a non-2xx answer to the exception the caller sees. */
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
      String action, HttpResponse response, String requestId, MalformedErrorException cause) {
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

  private static String header(HttpResponse response, String name) {
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

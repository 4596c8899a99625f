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

import io.sqskit.exception.SqsClientException;
import io.sqskit.internal.protocol.SqsProtocol;
import io.sqskit.internal.retry.RetryExecutor;
import io.sqskit.internal.signing.SigV4Signer;
import io.sqskit.transport.HttpRequest;
import io.sqskit.transport.HttpResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Signs, sends and retries one call; thread-safe, one per client.
 *
 * <p>Each attempt resolves credentials, signs the body and the protocol's headers with SigV4 for
 * service {@code sqs} and POSTs them. A 2xx answer returns its body. Any other answer is turned
 * into an exception by the client's {@link SqsProtocol} (the one error path, whatever the
 * protocol), and a failure without an answer is an {@link SqsClientException} carrying the cause.
 * The {@link RetryExecutor} decides whether to try again.
 */
public final class RequestPipeline implements AutoCloseable {
  private final PipelineSettings settings;
  private final SqsProtocol protocol;
  private final SigV4Signer signer;
  private final RetryExecutor retry;

  public RequestPipeline(PipelineSettings settings, SqsProtocol protocol) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.protocol = Objects.requireNonNull(protocol, "protocol");
    this.signer =
        new SigV4Signer(
            settings.region(),
            SigV4Signer.SQS_SERVICE,
            settings.credentialsProvider(),
            settings.signingClock());
    this.retry = new RetryExecutor(settings.retryPolicy(), settings.sleeper(), settings.random());
  }

  /**
   * POSTs {@code body} (encoded by the protocol) with the protocol's headers for {@code action} to
   * {@code endpoint}, signed with SigV4 for service {@code sqs}, retrying per the policy.
   *
   * @param endpoint where to POST (the service endpoint or the queue URL)
   * @param action the SQS action name, for the headers, error messages and retry decisions
   * @param body the encoded request
   * @param responseTimeout how long one attempt may wait for its response
   * @return the body of the 2xx response
   * @throws io.sqskit.exception.SqsServiceException the service answered with an error
   * @throws io.sqskit.exception.SqsClientException no usable answer (I/O, timeout, unreadable)
   */
  public byte[] execute(URI endpoint, String action, byte[] body, Duration responseTimeout) {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(responseTimeout, "responseTimeout");
    if (responseTimeout.isNegative() || responseTimeout.isZero()) {
      throw new IllegalArgumentException("responseTimeout must be positive: " + responseTimeout);
    }
    Map<String, List<String>> headers = protocol.headers(action);
    return retry.execute(attempt -> attempt(endpoint, action, headers, body, responseTimeout));
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
      Duration responseTimeout) {
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
    throw protocol.error(action, response);
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

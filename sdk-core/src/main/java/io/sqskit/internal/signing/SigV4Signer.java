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
package io.sqskit.internal.signing;

import io.sqskit.exception.SqsClientException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;

/**
 * Signs one request with SigV4 through the AWS SDK v2 {@link AwsV4HttpSigner}; thread-safe.
 *
 * <p>Credentials are resolved on every call, so rotating providers (instance profile, SSO) are
 * honoured between retries. A session token is sent as {@code X-Amz-Security-Token} by the signer.
 * The payload is signed: the AWS signer sends its SHA-256 as {@code x-amz-content-sha256} and signs
 * that header too, exactly as the AWS SDK's own SQS client does.
 */
public final class SigV4Signer {
  /** The SigV4 signing name of Amazon SQS. */
  public static final String SQS_SERVICE = "sqs";

  private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

  private final String region;
  private final String service;
  private final IdentityProvider<? extends AwsCredentialsIdentity> credentials;
  private final Clock clock;

  /**
   * @param region the signing region, e.g. {@code us-east-1}
   * @param service the signing name; {@link #SQS_SERVICE} except in signer tests
   * @param credentials resolved on every {@link #sign} call
   * @param clock the source of {@code X-Amz-Date}
   */
  public SigV4Signer(
      String region,
      String service,
      IdentityProvider<? extends AwsCredentialsIdentity> credentials,
      Clock clock) {
    this.region = Objects.requireNonNull(region, "region");
    this.service = Objects.requireNonNull(service, "service");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Returns {@code headers} plus {@code Host}, {@code X-Amz-Date}, {@code x-amz-content-sha256},
   * {@code Authorization} and, for temporary credentials, {@code X-Amz-Security-Token}.
   *
   * @throws SqsClientException when credentials cannot be resolved or signing fails
   */
  public Map<String, List<String>> sign(
      String method, URI uri, Map<String, List<String>> headers, byte[] body) {
    AwsCredentialsIdentity identity = resolve();
    SdkHttpRequest.Builder request =
        SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(uri);
    headers.forEach(request::putHeader);
    try {
      SignedRequest signed =
          SIGNER.sign(
              r ->
                  r.identity(identity)
                      .request(request.build())
                      .payload(ContentStreamProvider.fromByteArrayUnsafe(body))
                      .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                      .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                      .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, clock));
      return signed.request().headers();
    } catch (RuntimeException e) {
      throw new SqsClientException("Unable to sign the request: " + e.getMessage(), e);
    }
  }

  private AwsCredentialsIdentity resolve() {
    try {
      // The synchronous call of the usual providers skips a CompletableFuture, whose class set-up
      // starts the common ForkJoinPool: some 20 classes on a cold start, for nothing.
      AwsCredentialsIdentity identity =
          credentials instanceof AwsCredentialsProvider provider
              ? provider.resolveCredentials()
              : credentials.resolveIdentity().join();
      if (identity == null) {
        throw new SqsClientException("The credentials provider returned no credentials");
      }
      return identity;
    } catch (CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new SqsClientException("Unable to load credentials: " + cause.getMessage(), cause);
    } catch (SqsClientException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new SqsClientException("Unable to load credentials: " + e.getMessage(), e);
    }
  }
}

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

import io.sqskit.client.SqsClient;
import io.sqskit.junit.SqsEndpoint;
import io.sqskit.retry.RetryPolicy;
import io.sqskit.testing.server.DirectCalls;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * Makes sqskit clients for tests from one base client per backend: {@code toBuilder()} derives
 * clients that share its connection pool, so a test's client costs no new pool. With {@link
 * DirectSqskitTransport}, the only classes that name sqskit client types; loaded on first use only.
 */
public final class SqskitClients implements AutoCloseable {

  private final URI url;
  private final String region;
  private final @Nullable AwsCredentialsProvider contractCredentials; // null for the fake
  private final SqsClient base;

  private SqskitClients(
      URI url,
      String region,
      @Nullable AwsCredentialsProvider contractCredentials,
      SqsClient base) {
    this.url = url;
    this.region = region;
    this.contractCredentials = contractCredentials;
    this.base = base;
  }

  /**
   * Clients for the fake: each test signs with its account id; with {@code direct}, they reach the
   * fake through it instead of over HTTP. On a manual clock ({@code virtualTime}) they retry as
   * many times as SQS's standard mode, but without backoff: the wait would be real time, which such
   * a test means not to spend (the clock stands still while a call is retried).
   */
  static SqskitClients forFake(
      URI url, String region, boolean virtualTime, @Nullable DirectCalls direct) {
    SqsClient.Builder builder =
        SqsClient.builder()
            .region(region)
            .endpointOverride(url)
            .credentials(Accounts.FIRST_ACCOUNT, Accounts.SECRET_KEY);
    if (virtualTime) {
      builder.retryPolicy(RetryPolicy.builder().maxBackoff(Duration.ZERO).build());
    }
    if (direct != null) {
      builder.transport(new DirectSqskitTransport(direct));
    }
    return new SqskitClients(url, region, null, builder.build());
  }

  /** Clients for a contract endpoint: credentials from the AWS default chain. */
  static SqskitClients forContract(URI url, String region) {
    AwsCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
    SqsClient base =
        SqsClient.builder()
            .region(region)
            .endpointOverride(url)
            .credentialsProvider(credentials)
            .build();
    return new SqskitClients(url, region, credentials, base);
  }

  /**
   * A client for one test (signing as {@code accountId}; null in a contract run), sharing the base
   * client's pool; the caller closes it.
   */
  public Object client(@Nullable String accountId) {
    if (accountId == null) {
      return base.toBuilder().build();
    }
    return base.toBuilder().credentials(accountId, Accounts.SECRET_KEY).build();
  }

  /** The queue calls of a contract run, over the base client. */
  QueueOps contractOps() {
    return new SqskitQueueOps(base);
  }

  /** The endpoint as the default credentials chain resolves it, for a contract run. */
  SqsEndpoint contractEndpoint() {
    // Only a contract backend asks, and it made these clients with the default chain.
    var resolved = Objects.requireNonNull(contractCredentials).resolveCredentials();
    return new SqsEndpoint(url, region, resolved.accessKeyId(), resolved.secretAccessKey());
  }

  @Override
  public void close() {
    base.close();
  }
}

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
package io.sqskit.client;

import io.sqskit.retry.RetryPolicy;
import io.sqskit.transport.HttpTransport;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * The immutable settings of an {@link SqsClient}, as {@link SqsClient#builder()} collected them;
 * read them with {@link SqsClient#config()}, start a new client from them with {@link
 * SqsClient#toBuilder()} or {@link SqsClient.Builder#config(ClientConfig)}.
 *
 * <p>Defaults: endpoint {@code https://sqs.<region>.amazonaws.com}, the AWS default credentials
 * chain (created only when no credentials are given), connect timeout 2 s, call timeout 30 s,
 * {@link RetryPolicy#ofDefaults()}, 50 pooled connections, MD5 validation on, the system UTC clock
 * for signing, the built-in Apache HttpClient 5 transport and the Query protocol. Thread-safe.
 *
 * @since 0.1
 */
public final class ClientConfig {
  static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
  static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);
  static final int DEFAULT_MAX_CONNECTIONS = 50;

  private final String region;
  private final @Nullable URI endpointOverride;
  private final @Nullable AwsCredentialsProvider credentialsProvider;
  private final Duration connectTimeout;
  private final Duration callTimeout;
  private final RetryPolicy retryPolicy;
  private final int maxConnections;
  private final boolean md5Validation;
  private final Clock signingClock;
  private final @Nullable HttpTransport transport;
  private final Protocol protocol;

  /** Built only by {@link SqsClient.Builder}, which has checked every value but the region. */
  ClientConfig(SqsClient.Builder b) {
    if (b.region == null || b.region.isBlank()) {
      throw new IllegalStateException("region is required, e.g. region(\"us-east-1\")");
    }
    this.region = b.region;
    this.endpointOverride = b.endpointOverride;
    this.credentialsProvider = b.credentialsProvider;
    this.connectTimeout = b.connectTimeout;
    this.callTimeout = b.callTimeout;
    this.retryPolicy = b.retryPolicy;
    this.maxConnections = b.maxConnections;
    this.md5Validation = b.md5Validation;
    this.signingClock = b.signingClock;
    this.transport = b.transport;
    this.protocol = b.protocol;
  }

  /** {@return the signing region, e.g. {@code us-east-1}} */
  public String region() {
    return region;
  }

  /** {@return the endpoint given with {@link SqsClient.Builder#endpointOverride(URI)}, or null} */
  public @Nullable URI endpointOverride() {
    return endpointOverride;
  }

  /** {@return where requests go: the override, else {@code https://sqs.<region>.amazonaws.com}} */
  public URI endpoint() {
    return endpointOverride != null
        ? endpointOverride
        : URI.create("https://sqs." + region + ".amazonaws.com");
  }

  /** {@return the credentials provider given, or null for the AWS default chain} */
  public @Nullable AwsCredentialsProvider credentialsProvider() {
    return credentialsProvider;
  }

  /** {@return how long opening a connection may take} */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * {@return how long one attempt may wait for its response; a long poll gets its {@code
   * WaitTimeSeconds} on top of it}
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** {@return how failed calls are retried} */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** {@return the most pooled connections of the built-in transport} */
  public int maxConnections() {
    return maxConnections;
  }

  /** {@return whether the MD5 digests SQS returns are checked against the messages} */
  public boolean md5Validation() {
    return md5Validation;
  }

  /** {@return the clock for SigV4 timestamps} */
  public Clock signingClock() {
    return signingClock;
  }

  /**
   * {@return the transport given with {@link SqsClient.Builder#transport(HttpTransport)}, or null
   * for the built-in one}
   */
  public @Nullable HttpTransport transport() {
    return transport;
  }

  /** {@return the wire protocol, {@link Protocol#QUERY} unless set} */
  public Protocol protocol() {
    return protocol;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClientConfig that
        && region.equals(that.region)
        && Objects.equals(endpointOverride, that.endpointOverride)
        && Objects.equals(credentialsProvider, that.credentialsProvider)
        && connectTimeout.equals(that.connectTimeout)
        && callTimeout.equals(that.callTimeout)
        && retryPolicy.equals(that.retryPolicy)
        && maxConnections == that.maxConnections
        && md5Validation == that.md5Validation
        && signingClock.equals(that.signingClock)
        && Objects.equals(transport, that.transport)
        && protocol == that.protocol;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        region,
        endpointOverride,
        connectTimeout,
        callTimeout,
        maxConnections,
        md5Validation,
        protocol);
  }

  @Override
  public String toString() {
    return "ClientConfig{region="
        + region
        + ", endpoint="
        + endpoint()
        + ", credentials="
        + (credentialsProvider == null
            ? "default chain"
            : credentialsProvider.getClass().getSimpleName())
        + ", connectTimeout="
        + connectTimeout
        + ", callTimeout="
        + callTimeout
        + ", maxConnections="
        + maxConnections
        + ", md5Validation="
        + md5Validation
        + ", protocol="
        + protocol
        + ", transport="
        + (transport == null ? "built-in" : transport.getClass().getSimpleName())
        + "}";
  }
}

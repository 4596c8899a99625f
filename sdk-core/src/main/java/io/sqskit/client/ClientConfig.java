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
 * The immutable settings of an {@link SqsClient}, with every default in one place.
 *
 * <p>Defaults: endpoint {@code https://sqs.<region>.amazonaws.com}, the AWS default credentials
 * chain (created only when no credentials are given), connect timeout 2 s, call timeout 30 s,
 * {@link RetryPolicy#ofDefaults()}, 50 pooled connections, MD5 validation on, the system UTC clock
 * for signing, the built-in Apache HttpClient 5 transport and the Query protocol. Thread-safe; the
 * builder is not.
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

  private ClientConfig(Builder b) {
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

  /** A new builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The signing region, e.g. {@code us-east-1}. */
  public String region() {
    return region;
  }

  /** The endpoint given with {@link Builder#endpointOverride(URI)}, or null. */
  public @Nullable URI endpointOverride() {
    return endpointOverride;
  }

  /** Where requests go: the override, else {@code https://sqs.<region>.amazonaws.com}. */
  public URI endpoint() {
    return endpointOverride != null
        ? endpointOverride
        : URI.create("https://sqs." + region + ".amazonaws.com");
  }

  /** The credentials provider given, or null for the AWS default chain. */
  public @Nullable AwsCredentialsProvider credentialsProvider() {
    return credentialsProvider;
  }

  /** How long opening a connection may take. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * How long one attempt may wait for its response; a long poll gets its {@code WaitTimeSeconds} on
   * top of it.
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** How failed calls are retried. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** The most pooled connections of the built-in transport. */
  public int maxConnections() {
    return maxConnections;
  }

  /** Whether the MD5 digests SQS returns are checked against the messages. */
  public boolean md5Validation() {
    return md5Validation;
  }

  /** The clock for SigV4 timestamps. */
  public Clock signingClock() {
    return signingClock;
  }

  /**
   * The transport given with {@link Builder#transport(HttpTransport)}, or null for the built-in
   * one.
   */
  public @Nullable HttpTransport transport() {
    return transport;
  }

  /** The wire protocol, {@link Protocol#QUERY} unless set. */
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

  /** Collects client settings; not thread-safe. */
  public static final class Builder {
    private @Nullable String region;
    private @Nullable URI endpointOverride;
    private @Nullable AwsCredentialsProvider credentialsProvider;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private RetryPolicy retryPolicy = RetryPolicy.ofDefaults();
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;
    private boolean md5Validation = true;
    private Clock signingClock = Clock.systemUTC();
    private @Nullable HttpTransport transport;
    private Protocol protocol = Protocol.QUERY;

    private Builder() {}

    private Builder(ClientConfig c) {
      region = c.region;
      endpointOverride = c.endpointOverride;
      credentialsProvider = c.credentialsProvider;
      connectTimeout = c.connectTimeout;
      callTimeout = c.callTimeout;
      retryPolicy = c.retryPolicy;
      maxConnections = c.maxConnections;
      md5Validation = c.md5Validation;
      signingClock = c.signingClock;
      transport = c.transport;
      protocol = c.protocol;
    }

    /** The signing region (required), e.g. {@code us-east-1}. */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /**
     * Sends requests here instead of {@code https://sqs.<region>.amazonaws.com}; null for the
     * default.
     */
    public Builder endpointOverride(@Nullable URI endpoint) {
      if (endpoint != null && (endpoint.getScheme() == null || endpoint.getHost() == null)) {
        throw new IllegalArgumentException(
            "endpointOverride must be an absolute http(s) URI with a host, got " + endpoint);
      }
      this.endpointOverride = endpoint;
      return this;
    }

    /** Signs with these credentials; null returns to the AWS default chain. */
    public Builder credentialsProvider(@Nullable AwsCredentialsProvider provider) {
      this.credentialsProvider = provider;
      return this;
    }

    /** How long opening a connection may take; positive. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /** How long one attempt may wait for its response; positive. */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive("callTimeout", timeout);
      return this;
    }

    /** How failed calls are retried. */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
      return this;
    }

    /** The most pooled connections of the built-in transport; at least 1. */
    public Builder maxConnections(int maxConnections) {
      if (maxConnections < 1) {
        throw new IllegalArgumentException(
            "maxConnections must be at least 1, got " + maxConnections);
      }
      this.maxConnections = maxConnections;
      return this;
    }

    /** Whether to check the MD5 digests SQS returns (default true). */
    public Builder md5Validation(boolean enabled) {
      this.md5Validation = enabled;
      return this;
    }

    /** The clock for SigV4 timestamps; for tests. */
    public Builder signingClock(Clock clock) {
      this.signingClock = Objects.requireNonNull(clock, "signingClock");
      return this;
    }

    /**
     * Sends requests through this transport instead of the built-in one; null for the built-in one.
     * The client does not close a transport it was given.
     */
    public Builder transport(@Nullable HttpTransport transport) {
      this.transport = transport;
      return this;
    }

    /** The wire protocol (default {@link Protocol#QUERY}). */
    public Builder protocol(Protocol protocol) {
      this.protocol = Objects.requireNonNull(protocol, "protocol");
      return this;
    }

    /** The immutable settings; fails when the region is missing. */
    public ClientConfig build() {
      return new ClientConfig(this);
    }

    private static Duration positive(String name, Duration value) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + value);
      }
      return value;
    }
  }
}

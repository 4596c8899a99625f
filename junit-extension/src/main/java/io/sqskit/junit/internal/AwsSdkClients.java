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

import io.sqskit.junit.SqsEndpoint;
import io.sqskit.testing.server.DirectCalls;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpService;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpService;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * Makes AWS SDK for Java v2 clients that share one HTTP client per backend, so a test's client
 * costs no connection pool. The only class that names AWS SDK types; loaded on first use only.
 */
public final class AwsSdkClients implements AutoCloseable {

  /** The class a test asks for to get a synchronous client. */
  public static final String SYNC_CLIENT = "software.amazon.awssdk.services.sqs.SqsClient";

  /** The class a test asks for to get an asynchronous client. */
  public static final String ASYNC_CLIENT = "software.amazon.awssdk.services.sqs.SqsAsyncClient";

  private final URI url;
  private final Region region;
  private final @Nullable AwsCredentialsProvider contractCredentials; // null for the fake
  private final @Nullable DirectCalls direct; // null over HTTP
  private @Nullable SdkHttpClient http;
  private @Nullable SdkAsyncHttpClient asyncHttp;
  private @Nullable SqsClient contractClient;

  private AwsSdkClients(
      URI url,
      Region region,
      @Nullable AwsCredentialsProvider contractCredentials,
      @Nullable DirectCalls direct) {
    this.url = url;
    this.region = region;
    this.contractCredentials = contractCredentials;
    this.direct = direct;
  }

  /**
   * Clients for the fake: each test signs with its account id; with {@code direct}, they reach the
   * fake through it instead of over HTTP.
   */
  static AwsSdkClients forFake(URI url, String region, @Nullable DirectCalls direct) {
    return new AwsSdkClients(url, Region.of(region), null, direct);
  }

  /** Clients for a contract endpoint: region and credentials from the AWS default chains. */
  static AwsSdkClients forContract(URI url, String region) {
    return new AwsSdkClients(
        url, Region.of(region), DefaultCredentialsProvider.builder().build(), null);
  }

  /**
   * A synchronous client for one test (signing as {@code accountId}; null in a contract run); the
   * caller closes it (the shared HTTP client stays open).
   */
  public synchronized Object sync(@Nullable String accountId) {
    return SqsClient.builder()
        .endpointOverride(url)
        .region(region)
        .credentialsProvider(credentials(accountId))
        .httpClient(http())
        .build();
  }

  /** An asynchronous client for one test, as {@link #sync}; the caller closes it. */
  public synchronized Object async(@Nullable String accountId) {
    return SqsAsyncClient.builder()
        .endpointOverride(url)
        .region(region)
        .credentialsProvider(credentials(accountId))
        .httpClient(asyncHttp())
        .build();
  }

  /** The queue calls of a contract run, over one client shared by all tests. */
  synchronized QueueOps contractOps() {
    if (contractClient == null) {
      contractClient = (SqsClient) sync(null);
    }
    return new AwsSdkQueueOps(contractClient);
  }

  /** The endpoint as the default credentials chain resolves it, for a contract run. */
  SqsEndpoint contractEndpoint() {
    // Only a contract backend asks, and its clients always have the default chain.
    var resolved = Objects.requireNonNull(contractCredentials).resolveCredentials();
    return new SqsEndpoint(url, region.id(), resolved.accessKeyId(), resolved.secretAccessKey());
  }

  private @Nullable AwsCredentialsProvider credentials(@Nullable String accountId) {
    if (accountId == null) {
      return contractCredentials;
    }
    return StaticCredentialsProvider.create(
        AwsBasicCredentials.create(accountId, Accounts.SECRET_KEY));
  }

  private SdkHttpClient http() {
    if (http == null && direct != null) {
      http = new DirectSdkHttpClient(direct);
    }
    if (http == null) {
      Iterator<SdkHttpService> services = ServiceLoader.load(SdkHttpService.class).iterator();
      if (!services.hasNext()) {
        throw new IllegalStateException(
            "The AWS SDK for Java v2 found no HTTP client: add software.amazon.awssdk:apache-client"
                + " or url-connection-client to the test classpath");
      }
      http = services.next().createHttpClientBuilder().buildWithDefaults(AttributeMap.empty());
    }
    return http;
  }

  private SdkAsyncHttpClient asyncHttp() {
    if (asyncHttp == null && direct != null) {
      asyncHttp = new DirectSdkAsyncHttpClient(direct);
    }
    if (asyncHttp == null) {
      Iterator<SdkAsyncHttpService> services =
          ServiceLoader.load(SdkAsyncHttpService.class).iterator();
      if (!services.hasNext()) {
        throw new IllegalStateException(
            "The AWS SDK for Java v2 found no asynchronous HTTP client: add"
                + " software.amazon.awssdk:netty-nio-client or aws-crt-client to the test"
                + " classpath");
      }
      asyncHttp =
          services.next().createAsyncHttpClientFactory().buildWithDefaults(AttributeMap.empty());
    }
    return asyncHttp;
  }

  @Override
  public synchronized void close() {
    List<AutoCloseable> open = new ArrayList<>();
    if (contractClient != null) {
      open.add(contractClient);
    }
    if (http != null) {
      open.add(http);
    }
    if (asyncHttp != null) {
      open.add(asyncHttp);
    }
    Closer.closeAll(open);
  }
}

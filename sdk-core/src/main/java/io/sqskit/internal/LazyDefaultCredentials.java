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

import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.identity.spi.ResolveIdentityRequest;

/**
 * The AWS default credentials chain, created on first use: a client that never signs (or is given
 * credentials) never loads the chain's many classes, which keeps cold start short.
 */
final class LazyDefaultCredentials
    implements IdentityProvider<AwsCredentialsIdentity>, AutoCloseable {
  private volatile @Nullable AwsCredentialsProvider chain;

  private AwsCredentialsProvider chain() {
    AwsCredentialsProvider current = chain;
    if (current == null) {
      synchronized (this) {
        current = chain;
        if (current == null) {
          current = DefaultCredentialsProvider.builder().build();
          chain = current;
        }
      }
    }
    return current;
  }

  /** Whether the chain has been created. */
  boolean created() {
    return chain != null;
  }

  @Override
  public Class<AwsCredentialsIdentity> identityType() {
    return AwsCredentialsIdentity.class;
  }

  @Override
  public CompletableFuture<? extends AwsCredentialsIdentity> resolveIdentity(
      ResolveIdentityRequest request) {
    return chain().resolveIdentity(request);
  }

  @Override
  public CompletableFuture<? extends AwsCredentialsIdentity> resolveIdentity() {
    return chain().resolveIdentity();
  }

  @Override
  public void close() {
    AwsCredentialsProvider current = chain;
    if (current instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // closing the chain only releases its HTTP clients; nothing to report to the caller
      }
    }
  }
}

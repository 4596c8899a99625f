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

import io.sqskit.internal.retry.Sleeper;
import io.sqskit.retry.RetryPolicy;
import io.sqskit.transport.HttpTransport;
import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;

/**
 * What the request pipeline needs: where to sign for, with what, how to retry and how to send.
 *
 * @param region signing region, e.g. {@code us-east-1}
 * @param credentialsProvider resolved on every attempt (AWS SDK v2 {@code AwsCredentialsProvider}
 *     implements this interface)
 * @param signingClock the clock for X-Amz-Date
 * @param retryPolicy retry configuration
 * @param sleeper waits between attempts
 * @param random jitter source
 * @param transport sends the bytes
 */
public record PipelineSettings(
    String region,
    IdentityProvider<? extends AwsCredentialsIdentity> credentialsProvider,
    Clock signingClock,
    RetryPolicy retryPolicy,
    Sleeper sleeper,
    RandomGenerator random,
    HttpTransport transport) {

  public PipelineSettings {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(credentialsProvider, "credentialsProvider");
    Objects.requireNonNull(signingClock, "signingClock");
    Objects.requireNonNull(retryPolicy, "retryPolicy");
    Objects.requireNonNull(sleeper, "sleeper");
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(transport, "transport");
  }
}

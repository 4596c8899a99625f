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
package io.sqskit.testing.server;

import io.sqskit.junit.internal.DirectSdkHttpClient;
import java.net.URI;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * sdk-testing's SDK scenario suite again, with the AWS SDK for Java v2's synchronous client on the
 * extension's in-JVM HTTP client: every action, attribute and error the suite provokes over HTTP,
 * answered without a socket through the same readers and writers.
 */
class InJvmJavaSdkV2ScenariosTest extends SdkScenarios {

  /** Never connected to: it names the host of the queue URLs only. */
  static final URI IN_JVM = URI.create("http://sqskit.invalid");

  private DirectCalls calls;

  @Override
  URI endpoint(SqsServer server) {
    calls = server.directCalls();
    return IN_JVM;
  }

  @Override
  SdkDriver driver(URI endpoint) {
    return new V2Driver(
        SqsClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(V2Driver.CREDENTIALS)
            .httpClient(new DirectSdkHttpClient(calls))
            .build(),
        "AWS SDK for Java v2, in-JVM");
  }
}

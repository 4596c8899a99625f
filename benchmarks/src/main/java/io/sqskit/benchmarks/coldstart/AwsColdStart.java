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
package io.sqskit.benchmarks.coldstart;

import io.sqskit.benchmarks.support.ChildReport;
import io.sqskit.benchmarks.support.Payloads;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Child JVM: builds an AWS SDK v2 SqsClient (Apache HTTP client), sends one message and reports the
 * time since JVM start. Arguments: endpoint, queue URL.
 */
public final class AwsColdStart {
  private AwsColdStart() {}

  /** Entry point of the child. */
  // apache-client (Apache HttpClient 4) is deprecated in recent SDKs in favour of apache5-client;
  // it is the transport most applications run today, so it stays the reference here.
  @SuppressWarnings("deprecation")
  public static void main(String[] args) {
    SqsClient client =
        SqsClient.builder()
            .region(Region.US_EAST_1)
            .endpointOverride(URI.create(args[0]))
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
            .httpClientBuilder(ApacheHttpClient.builder())
            .build();
    String id =
        client.sendMessage(r -> r.queueUrl(args[1]).messageBody(Payloads.body())).messageId();
    long answered = System.currentTimeMillis();
    if (id == null) {
      throw new IllegalStateException("SendMessage answered without a message id");
    }
    ChildReport.print(answered);
    System.exit(0);
  }
}

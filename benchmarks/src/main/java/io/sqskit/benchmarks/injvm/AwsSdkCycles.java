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
package io.sqskit.benchmarks.injvm;

import io.sqskit.benchmarks.support.Payloads;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** The cycle with the AWS SDK for Java v2's synchronous client on a given HTTP client. */
final class AwsSdkCycles implements Cycles {
  private final SqsClient client;
  private final List<String> queues = new ArrayList<>();
  private final String body = Payloads.body();

  AwsSdkCycles(URI endpoint, SdkHttpClient http, String prefix, int threads) {
    this.client =
        SqsClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
            .httpClient(http)
            .build();
    for (int i = 0; i < threads; i++) {
      String name = prefix + "-" + i;
      queues.add(client.createQueue(r -> r.queueName(name)).queueUrl());
    }
  }

  @Override
  public void cycle(int thread) {
    String url = queues.get(thread);
    client.sendMessage(r -> r.queueUrl(url).messageBody(body));
    List<Message> got = client.receiveMessage(r -> r.queueUrl(url)).messages();
    if (got.size() != 1) {
      throw new IllegalStateException("ReceiveMessage returned " + got.size() + " messages");
    }
    client.deleteMessage(r -> r.queueUrl(url).receiptHandle(got.get(0).receiptHandle()));
  }

  @Override
  public void close() {
    client.close();
  }
}

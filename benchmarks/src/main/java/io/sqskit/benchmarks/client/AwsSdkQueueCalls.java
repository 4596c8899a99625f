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
package io.sqskit.benchmarks.client;

import io.sqskit.benchmarks.support.Payloads;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/** The benchmark's calls made with the AWS SDK for Java v2 (AWS JSON 1.0, Apache HTTP client). */
public final class AwsSdkQueueCalls implements QueueCalls {
  /** The contender's name in reports. */
  public static final String NAME = "aws-sdk-v2";

  private final SqsClient client;
  private final SendMessageRequest send;
  private final ReceiveMessageRequest receive;

  /** A client for the given endpoint, sending to and receiving from {@code queueUrl}. */
  public AwsSdkQueueCalls(URI endpoint, String queueUrl) {
    this.client = newClient(endpoint);
    this.send =
        SendMessageRequest.builder().queueUrl(queueUrl).messageBody(Payloads.body()).build();
    this.receive =
        ReceiveMessageRequest.builder()
            .queueUrl(queueUrl)
            .maxNumberOfMessages(10)
            .waitTimeSeconds(0)
            .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
            .messageAttributeNames("All")
            .build();
  }

  /** An AWS SDK v2 SQS client as an application would build it for a local endpoint. */
  // apache-client (Apache HttpClient 4) is deprecated in recent SDKs in favour of apache5-client;
  // it is the transport most applications run today, so it stays the reference here.
  @SuppressWarnings("deprecation")
  public static SqsClient newClient(URI endpoint) {
    return SqsClient.builder()
        .region(Region.US_EAST_1)
        .endpointOverride(endpoint)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
        .httpClientBuilder(ApacheHttpClient.builder().maxConnections(32))
        .build();
  }

  @Override
  public void send() {
    if (client.sendMessage(send).messageId() == null) {
      throw new IllegalStateException("SendMessage answered without a message id");
    }
  }

  @Override
  public int receive() {
    return client.receiveMessage(receive).messages().size();
  }

  @Override
  public void close() {
    client.close();
  }
}

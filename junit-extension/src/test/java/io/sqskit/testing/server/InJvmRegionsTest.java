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

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.junit.internal.DirectSdkHttpClient;
import io.sqskit.junit.internal.DirectSqskitTransport;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The in-JVM transports carry the caller's region as a socket does: the signed request reaches the
 * fake's front unchanged, so queues, ARNs and listings follow the client's region.
 */
class InJvmRegionsTest {
  private static final URI IN_JVM = URI.create("http://sqskit.invalid");
  private static SqsServer server;

  @BeforeAll
  static void start() {
    server = SqsServer.builder().warmUp(false).build().start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static SqsClient aws(Region region) {
    return SqsClient.builder()
        .endpointOverride(IN_JVM)
        .region(region)
        .credentialsProvider(V2Driver.CREDENTIALS)
        .httpClient(new DirectSdkHttpClient(server.directCalls()))
        .build();
  }

  private static io.sqskit.client.SqsClient sqskit(String region) {
    return io.sqskit.client.SqsClient.builder()
        .endpointOverride(IN_JVM)
        .region(region)
        .credentials("x", "x")
        .transport(new DirectSqskitTransport(server.directCalls()))
        .build();
  }

  @Test
  void inJvmClientsInTwoRegionsHaveTheirOwnQueuesAndArns() {
    try (SqsClient ireland = aws(Region.EU_WEST_1);
        io.sqskit.client.SqsClient oregon = sqskit("us-west-2")) {
      String inIreland = ireland.createQueue(r -> r.queueName("in-jvm")).queueUrl();
      String inOregon = oregon.createQueue(r -> r.queueName("in-jvm")).queueUrl();
      ireland.sendMessage(r -> r.queueUrl(inIreland).messageBody("hello"));

      assertThat(
              ireland
                  .getQueueAttributes(
                      r -> r.queueUrl(inIreland).attributeNames(QueueAttributeName.QUEUE_ARN))
                  .attributes())
          .containsEntry(QueueAttributeName.QUEUE_ARN, "arn:aws:sqs:eu-west-1:000000000000:in-jvm");
      Map<String, String> oregonAttributes =
          oregon
              .getQueueAttributes(r -> r.queueUrl(inOregon).attributeNames(List.of("All")))
              .attributes();
      assertThat(oregonAttributes)
          .containsEntry("QueueArn", "arn:aws:sqs:us-west-2:000000000000:in-jvm")
          .containsEntry("ApproximateNumberOfMessages", "0");
    }
  }
}

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

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsEngine;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The extension's own SQS calls behave alike whether they go to the engine directly, through the
 * sqskit client or through the AWS SDK (the last two over HTTP to the fake's front).
 */
class QueueOpsTest {

  private static FakeBackend fake;
  private static SqsClient awsClient;
  private static io.sqskit.client.SqsClient sqskitClient;

  @BeforeAll
  static void start() {
    fake = FakeBackend.start();
    String url = fake.endpoint("111111111111").url().toString();
    awsClient =
        SqsClient.builder()
            .endpointOverride(fake.endpoint("111111111111").url())
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("222222222222", "x")))
            .build();
    sqskitClient =
        io.sqskit.client.SqsClient.builder()
            .region("us-east-1")
            .endpointOverride(java.net.URI.create(url))
            .credentials("333333333333", "x")
            .build();
  }

  @AfterAll
  static void stop() {
    awsClient.close();
    sqskitClient.close();
    fake.close();
  }

  static Stream<Arguments> ops() {
    Function<SqsEngine, QueueOps> engine =
        e ->
            new EngineQueueOps(
                e,
                "111111111111",
                FakeBackend.REGION,
                fake.endpoint("111111111111").url().toString(),
                null);
    return Stream.of(
        Arguments.of("engine", engine),
        Arguments.of("AWS SDK", (Function<SqsEngine, QueueOps>) e -> new AwsSdkQueueOps(awsClient)),
        Arguments.of(
            "sqskit", (Function<SqsEngine, QueueOps>) e -> new SqskitQueueOps(sqskitClient)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ops")
  void createReceiveDeleteListAndDropAQueue(String kind, Function<SqsEngine, QueueOps> factory) {
    SqsEngine engine = fake.engine().orElseThrow();
    QueueOps ops = factory.apply(engine);
    String name = "ops-" + kind.replace(' ', '-');

    String url = ops.createQueue(name, Map.of("VisibilityTimeout", "30"));
    assertThat(url).endsWith("/" + name);
    assertThat(ops.attributes(url, List.of("VisibilityTimeout")))
        .containsExactly(Map.entry("VisibilityTimeout", "30"));
    assertThat(ops.receive(url, 10, 0)).isEmpty();

    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("s", Map.of("DataType", "String", "StringValue", "text"));
    attributes.put(
        "b", Map.of("DataType", "Binary", "BinaryValue", "hi".getBytes(StandardCharsets.UTF_8)));
    engine.execute(
        new RequestContext(null, fake.endpoint("111111111111").url().toString(), null),
        "SendMessage",
        Map.of("QueueUrl", url, "MessageBody", "body", "MessageAttributes", attributes));

    List<QueueOps.Received> received = ops.receive(url, 10, 1);
    assertThat(received)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.message().body()).isEqualTo("body");
              assertThat(r.message().messageAttributes())
                  .containsOnly(Map.entry("s", "text"), Map.entry("b", "aGk="));
              assertThat(r.message().attributes()).containsEntry("ApproximateReceiveCount", "1");
            });
    ops.delete(url, received.get(0).receiptHandle());
    assertThat(ops.attributes(url, List.of("ApproximateNumberOfMessagesNotVisible")))
        .containsEntry("ApproximateNumberOfMessagesNotVisible", "0");

    assertThat(ops.listQueues(name)).containsExactly(url);
    ops.deleteQueue(url);
    assertThat(ops.listQueues(name)).isEmpty();
  }
}

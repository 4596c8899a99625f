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
package io.sqskit.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;

import io.sqskit.client.SqsClient;
import java.net.URI;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The sample's own tests, unchanged, against another SQS implementation: ElasticMQ in this JVM
 * stands in for AWS. Point {@code SQS_TEST_ENDPOINT} at real SQS to run the same tests there.
 */
class OrderPipelineContractTest {

  private static SQSRestServer elasticMq;
  private static URI endpoint;

  @BeforeAll
  static void startElasticMq() {
    elasticMq =
        SQSRestServerBuilder.withInterface("127.0.0.1")
            .withDynamicPort()
            .withAWSRegion("us-east-1")
            .start();
    endpoint =
        URI.create("http://127.0.0.1:" + elasticMq.waitUntilStarted().localAddress().getPort());
    // A contract run takes credentials and region from the AWS default chain; ElasticMQ accepts
    // any.
    System.setProperty("aws.accessKeyId", "contract-test");
    System.setProperty("aws.secretAccessKey", "contract-test-secret");
    System.setProperty("aws.region", "us-east-1");
  }

  @AfterAll
  static void stopElasticMq() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
    System.clearProperty("aws.region");
    if (elasticMq != null) {
      elasticMq.stopAndWait();
    }
  }

  private static EngineExecutionResults runAgainstElasticMq(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(testClass))
        .configurationParameter("sqs.test.endpoint", endpoint.toString())
        .execute();
  }

  @Test
  void pipelineTestsPassAgainstElasticMqAndLeaveNoQueueBehind() {
    EngineExecutionResults results = runAgainstElasticMq(OrderPipelineTest.class);

    results.testEvents().assertStatistics(s -> s.started(7).succeeded(7).failed(0).skipped(0));
    try (SqsClient client =
        SqsClient.builder()
            .region("us-east-1")
            .endpointOverride(endpoint)
            .credentials("contract-test", "x")
            .build()) {
      assertThat(client.listQueues().queueUrls()).noneMatch(url -> url.contains("/sqskit-"));
    }
  }

  @Test
  void virtualTimeTestsAreSkippedWithTheReason() {
    EngineExecutionResults results = runAgainstElasticMq(OrderRetryTest.class);

    results.testEvents().assertStatistics(s -> s.started(0));
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(OrderRetryTest.class),
                skippedWithReason(
                    "virtual time needs the in-JVM fake's ManualClock: skipped against the contract"
                        + " endpoint "
                        + endpoint)));
  }
}

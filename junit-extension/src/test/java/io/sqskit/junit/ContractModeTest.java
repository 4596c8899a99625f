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
package io.sqskit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.server.FaultInjector;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A contract run: the same tests against another endpoint, here ElasticMQ started in this JVM as
 * the stand-in for AWS. Queues get a unique prefix and are gone afterwards, also after a failure;
 * tests that need the fake are skipped and say why.
 */
class ContractModeTest {

  static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

  private static SQSRestServer elasticMq;
  private static URI endpoint;
  private static SqsClient observer;

  @BeforeAll
  static void startElasticMq() {
    elasticMq =
        SQSRestServerBuilder.withInterface("127.0.0.1")
            .withDynamicPort()
            .withAWSRegion("us-east-1")
            .start();
    endpoint =
        URI.create("http://127.0.0.1:" + elasticMq.waitUntilStarted().localAddress().getPort());
    // Contract runs take credentials and region from the AWS default chains; ElasticMQ accepts any.
    System.setProperty("aws.accessKeyId", "contract-key");
    System.setProperty("aws.secretAccessKey", "contract-secret");
    System.setProperty("aws.region", "us-east-1");
    observer =
        SqsClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("observer", "x")))
            .build();
  }

  @AfterAll
  static void stopElasticMq() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
    System.clearProperty("aws.region");
    if (observer != null) {
      observer.close();
    }
    if (elasticMq != null) {
      elasticMq.stopAndWait();
    }
  }

  @BeforeEach
  void clear() {
    SEEN.clear();
  }

  private static EngineExecutionResults runAgainstElasticMq(Class<?>... testCases) {
    return Kit.run(Map.of("sqs.test.endpoint", endpoint.toString()), testCases);
  }

  private static List<String> queuesLeft() {
    return observer.listQueues().queueUrls();
  }

  @Test
  void testsRunAgainstTheEndpointWithPrefixedQueuesThatAreDeletedAfterwards() {
    runAgainstElasticMq(ContractTestCase.class)
        .testEvents()
        .assertStatistics(s -> s.started(3).succeeded(3));

    SqsEndpoint seen = (SqsEndpoint) SEEN.get("endpoint");
    assertThat(seen.url()).isEqualTo(endpoint);
    assertThat(seen.region()).isEqualTo("us-east-1");
    assertThat(seen.accessKeyId()).isEqualTo("contract-key");
    assertThat((String) SEEN.get("orders name")).matches("sqskit-[a-z0-9]{6}-\\d+-orders");
    assertThat((String) SEEN.get("dlq name")).matches("sqskit-[a-z0-9]{6}-\\d+-orders-dlq");
    assertThat(SEEN.get("received")).isEqualTo(List.of("via aws sdk", "via sqskit"));
    assertThat(queuesLeft()).noneMatch(url -> url.contains("/sqskit-"));
  }

  @Test
  void aTestMayDeleteItsOwnQueue() {
    runAgainstElasticMq(SelfCleaningTestCase.class)
        .testEvents()
        .assertStatistics(s -> s.started(1).succeeded(1));

    assertThat(queuesLeft()).noneMatch(url -> url.contains("/sqskit-"));
  }

  @Test
  void queuesAreDeletedAlsoWhenTheTestFails() {
    runAgainstElasticMq(FailingTestCase.class)
        .testEvents()
        .assertStatistics(s -> s.started(1).failed(1));

    assertThat((String) SEEN.get("url")).contains("/sqskit-");
    assertThat(queuesLeft())
        .doesNotContain((String) SEEN.get("url"))
        .noneMatch(url -> url.contains("/sqskit-"));
  }

  @Test
  void verifyNothingInFlightIsNotCheckedInContractRuns() {
    // The fake would fail this test case (LifecycleAssertionsTest); SQS keeps no history to check.
    Kit.assertAllSucceeded(runAgainstElasticMq(VerifyNothingInFlightTestCase.class), 1);
    assertThat(queuesLeft()).noneMatch(url -> url.contains("/sqskit-"));
  }

  @Test
  void testsThatNeedTheFakeAreSkippedWithTheReason() {
    EngineExecutionResults results =
        runAgainstElasticMq(
            FakeOnlyTestCase.class, VirtualTimeTestCase.class, InFlightLimitTestCase.class);

    String against = "skipped against the contract endpoint " + endpoint;
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("engine"),
                skippedWithReason(
                    "the test inspects the fake's SqsEngine (parameter of engine), which only the"
                        + " in-JVM fake has: "
                        + against)))
        .haveExactly(
            1,
            event(
                test("faults"),
                skippedWithReason(
                    "the test injects faults with the fake's FaultInjector (parameter of faults),"
                        + " which only the in-JVM fake has: "
                        + against)))
        .haveExactly(
            1,
            event(
                test("peek"),
                abortedWithReason(
                    message(
                        "TestQueue.peek() needs the in-JVM fake: skipped against the contract"
                            + " endpoint "
                            + endpoint))))
        .haveExactly(
            1,
            event(
                test("lifecycle"),
                abortedWithReason(
                    message(
                        "TestQueue.assertAllDeletedOnce() needs the in-JVM fake: skipped against"
                            + " the contract endpoint "
                            + endpoint))))
        .haveExactly(
            1,
            event(
                test("history"),
                abortedWithReason(
                    message(
                        "TestQueue.history() needs the in-JVM fake: skipped against the contract"
                            + " endpoint "
                            + endpoint))))
        .haveExactly(
            1,
            event(
                test("runs"),
                org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully()));
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(VirtualTimeTestCase.class),
                skippedWithReason("virtual time needs the in-JVM fake's ManualClock: " + against)))
        .haveExactly(
            1,
            event(
                container(InFlightLimitTestCase.class),
                skippedWithReason(
                    "an in-flight limit of 2 needs the in-JVM fake (SQS applies its own quota): "
                        + against)));
    assertThat(queuesLeft()).noneMatch(url -> url.contains("/sqskit-"));
  }

  @SqsTest
  static class ContractTestCase {
    @Test
    void endpoint(SqsEndpoint endpoint) {
      SEEN.put("endpoint", endpoint);
    }

    @Test
    void queuesWithADeadLetterQueue(
        @SqsQueue(name = "orders", deadLetterQueue = "orders-dlq", maxReceiveCount = 2)
            TestQueue orders) {
      SEEN.put("orders name", orders.name());
      SEEN.put("dlq name", orders.deadLetterQueue().orElseThrow().name());
      assertThat(orders.attributes().get("RedrivePolicy"))
          .contains(orders.deadLetterQueue().orElseThrow().arn());
    }

    @Test
    void bothClients(
        io.sqskit.client.SqsClient sqskit, SqsClient aws, @SqsQueue(name = "q") TestQueue queue) {
      sqskit.sendMessage(queue.url(), "via sqskit");
      aws.sendMessage(r -> r.queueUrl(queue.url()).messageBody("via aws sdk"));
      SEEN.put(
          "received",
          queue.awaitMessages(2, Duration.ofSeconds(10)).stream()
              .map(QueueMessage::body)
              .sorted()
              .toList());
      queue.assertEmpty();
    }
  }

  @SqsTest
  static class SelfCleaningTestCase {
    @Test
    void deletesItsQueue(SqsClient client, @SqsQueue(name = "temporary") String url) {
      client.deleteQueue(r -> r.queueUrl(url));
    }
  }

  @SqsTest
  static class FailingTestCase {
    @Test
    void fails(@SqsQueue(name = "doomed") String url) {
      SEEN.put("url", url);
      throw new AssertionError("failing on purpose");
    }
  }

  @SqsTest
  static class FakeOnlyTestCase {
    @Test
    void engine(SqsEngine engine) {}

    @Test
    void faults(FaultInjector faults) {}

    @Test
    void peek(@SqsQueue(name = "q") TestQueue queue) {
      queue.peek();
    }

    @Test
    void runs(@SqsQueue(name = "q") TestQueue queue) {
      queue.assertEmpty();
    }

    @Test
    void lifecycle(@SqsQueue(name = "q") TestQueue queue) {
      queue.assertAllDeletedOnce();
    }

    @Test
    void history(@SqsQueue(name = "q") TestQueue queue) {
      queue.history("00000000-0000-0000-0000-000000000000");
    }
  }

  /** Leaves a message in flight: on the fake the end-of-test check would fail it. */
  @SqsTest(verifyNothingInFlight = true)
  static class VerifyNothingInFlightTestCase {
    @Test
    void leavesAMessageInFlight(SqsClient client, @SqsQueue(name = "q") String url) {
      client.sendMessage(r -> r.queueUrl(url).messageBody("kept"));
      // A long poll answers as soon as the message is there.
      assertThat(client.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(10)).messages())
          .hasSize(1);
    }
  }

  @SqsTest(virtualTime = true)
  static class VirtualTimeTestCase {
    @Test
    void test() {}
  }

  @SqsTest(inFlightLimit = 2)
  static class InFlightLimitTestCase {
    @Test
    void test() {}
  }
}

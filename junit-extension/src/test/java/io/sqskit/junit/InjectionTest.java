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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.testing.engine.MessageSnapshot;
import io.sqskit.testing.engine.SqsEngine;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/** Every kind of value the extension injects, as parameters and as fields. */
class InjectionTest {

  static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

  @BeforeEach
  void clear() {
    SEEN.clear();
  }

  @Test
  void sqskitClientSignsAsTheTestsAccount() {
    Kit.run(SqskitClientTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));

    SqsEndpoint endpoint = (SqsEndpoint) SEEN.get("endpoint");
    assertThat((String) SEEN.get("url"))
        .isEqualTo(endpoint.url() + "/" + endpoint.accessKeyId() + "/made-by-client");
  }

  @Test
  void awsSdkSyncAndAsyncClientsShareTheTestsAccount() {
    Kit.run(AwsSdkClientsTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));

    assertThat(SEEN.get("async url")).isEqualTo(SEEN.get("sync url"));
    assertThat((String) SEEN.get("sync url"))
        .contains("/" + ((SqsEndpoint) SEEN.get("endpoint")).accessKeyId() + "/");
  }

  @Test
  void queuesComeAsUrlsOrHandlesWithTheirAttributesAndDeadLetterQueue() {
    Kit.run(QueuesTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));

    TestQueue work = (TestQueue) SEEN.get("work");
    String account = ((SqsEndpoint) SEEN.get("endpoint")).accessKeyId();
    assertThat(SEEN.get("plain"))
        .isEqualTo(((SqsEndpoint) SEEN.get("endpoint")).url() + "/" + account + "/plain");
    assertThat(work.name()).isEqualTo("work.fifo");
    assertThat(work.arn()).isEqualTo("arn:aws:sqs:us-east-1:" + account + ":work.fifo");
    assertThat(work.deadLetterQueue()).get().extracting(TestQueue::name).isEqualTo("work-dlq.fifo");
    @SuppressWarnings("unchecked")
    Map<String, String> attributes = (Map<String, String>) SEEN.get("work attributes");
    assertThat(attributes)
        .containsEntry("FifoQueue", "true")
        .containsEntry("VisibilityTimeout", "300")
        .containsEntry("ContentBasedDeduplication", "true")
        .containsEntry(
            "RedrivePolicy",
            "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:"
                + account
                + ":work-dlq.fifo\",\"maxReceiveCount\":2}");
  }

  @Test
  void fieldsAreSetBeforeEachTestWithThatTestsValues() {
    Kit.run(FieldsTestCase.class).testEvents().assertStatistics(s -> s.succeeded(2));

    assertThat(SEEN.get("one account")).isNotEqualTo(SEEN.get("two account"));
    assertThat((String) SEEN.get("one inbox")).endsWith("/" + SEEN.get("one account") + "/inbox");
    assertThat((String) SEEN.get("two inbox")).endsWith("/" + SEEN.get("two account") + "/inbox");
  }

  @Test
  void fieldsOfAPerClassInstanceAreSetAgainForEachTest() {
    Kit.run(PerClassTestCase.class).testEvents().assertStatistics(s -> s.succeeded(2));

    assertThat(SEEN.get("one account")).isNotEqualTo(SEEN.get("two account"));
    assertThat((String) SEEN.get("two inbox")).endsWith("/" + SEEN.get("two account") + "/inbox");
  }

  @Test
  void oneNameInOneTestIsOneQueueWhetherFieldOrParameter() {
    Kit.run(SameQueueTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));

    assertThat(SEEN.get("field")).isEqualTo(SEEN.get("parameter"));
  }

  @Test
  void constructorParametersAreResolved() {
    Kit.run(ConstructorTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));

    assertThat(SEEN.get("constructor")).isEqualTo(SEEN.get("method"));
  }

  @Test
  void theEngineIsThereForInspection() {
    Kit.run(EngineTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));

    @SuppressWarnings("unchecked")
    List<MessageSnapshot> snapshots = (List<MessageSnapshot>) SEEN.get("snapshots");
    assertThat(snapshots).extracting(MessageSnapshot::body).containsExactly("inspect me");
  }

  @Test
  void clientsAreClosedAfterTheirTest() {
    Kit.run(SqskitClientTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));

    io.sqskit.client.SqsClient client = (io.sqskit.client.SqsClient) SEEN.get("client");
    assertThatThrownBy(() -> client.listQueues()).hasStackTraceContaining("the client is closed");
  }

  static class SqskitClientTestCase {
    @org.junit.jupiter.api.extension.RegisterExtension
    static SqsExtension sqs = SqsExtension.builder().build();

    @Test
    void test(io.sqskit.client.SqsClient client, SqsEndpoint endpoint) {
      SEEN.put("client", client);
      SEEN.put("endpoint", endpoint);
      SEEN.put("url", client.createQueue(r -> r.queueName("made-by-client")).queueUrl());
    }
  }

  @SqsTest
  static class AwsSdkClientsTestCase {
    @Test
    void test(
        software.amazon.awssdk.services.sqs.SqsClient sync,
        SqsAsyncClient async,
        SqsEndpoint endpoint) {
      SEEN.put("endpoint", endpoint);
      SEEN.put("sync url", sync.createQueue(r -> r.queueName("both")).queueUrl());
      SEEN.put("async url", async.getQueueUrl(r -> r.queueName("both")).join().queueUrl());
    }
  }

  @SqsTest
  static class QueuesTestCase {
    @Test
    void test(
        SqsEndpoint endpoint,
        @SqsQueue(name = "plain") String plain,
        @SqsQueue(
                name = "work",
                fifo = true,
                attributes = {"VisibilityTimeout=300", "ContentBasedDeduplication=true"},
                deadLetterQueue = "work-dlq",
                maxReceiveCount = 2)
            TestQueue work) {
      SEEN.put("endpoint", endpoint);
      SEEN.put("plain", plain);
      SEEN.put("work", work);
      SEEN.put("work attributes", work.attributes());
    }
  }

  @SqsTest
  static class FieldsTestCase {
    SqsEndpoint endpoint;

    @SqsQueue String inbox;

    @Test
    void one() {
      SEEN.put("one account", endpoint.accessKeyId());
      SEEN.put("one inbox", inbox);
    }

    @Test
    void two() {
      SEEN.put("two account", endpoint.accessKeyId());
      SEEN.put("two inbox", inbox);
    }
  }

  @SqsTest
  @org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
  @org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class)
  static class PerClassTestCase {
    SqsEndpoint endpoint;

    @SqsQueue String inbox;

    @Test
    void one() {
      SEEN.put("one account", endpoint.accessKeyId());
    }

    @Test
    void two() {
      SEEN.put("two account", endpoint.accessKeyId());
      SEEN.put("two inbox", inbox);
    }
  }

  @SqsTest
  static class SameQueueTestCase {
    @SqsQueue(name = "shared")
    String field;

    @Test
    void test(@SqsQueue(name = "shared") String parameter) {
      SEEN.put("field", field);
      SEEN.put("parameter", parameter);
    }
  }

  @SqsTest
  static class ConstructorTestCase {
    private final SqsEndpoint fromConstructor;

    ConstructorTestCase(SqsEndpoint endpoint) {
      this.fromConstructor = endpoint;
    }

    @Test
    void test(SqsEndpoint endpoint) {
      SEEN.put("constructor", fromConstructor);
      SEEN.put("method", endpoint);
    }
  }

  @SqsTest
  static class EngineTestCase {
    @Test
    void test(
        SqsEngine engine,
        software.amazon.awssdk.services.sqs.SqsClient client,
        @SqsQueue(name = "q") String url) {
      client.sendMessage(r -> r.queueUrl(url).messageBody("inspect me"));
      SEEN.put("snapshots", engine.inspect(url));
    }
  }
}

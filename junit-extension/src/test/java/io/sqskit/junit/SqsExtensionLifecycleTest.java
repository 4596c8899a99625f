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

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** When the fake starts and stops, and how tests sharing it are kept apart. */
class SqsExtensionLifecycleTest {

  /** What the test cases saw, by test name. */
  static final Map<String, SqsEndpoint> ENDPOINTS = new ConcurrentHashMap<>();

  static final Map<String, String> QUEUE_URLS = new ConcurrentHashMap<>();

  static final Map<String, List<String>> BODIES = new ConcurrentHashMap<>();

  @BeforeEach
  void clear() {
    ENDPOINTS.clear();
    QUEUE_URLS.clear();
    BODIES.clear();
  }

  @Test
  void startsOneFakePerRunThatEveryClassShares() {
    Kit.run(FirstTestCase.class, SecondTestCase.class)
        .testEvents()
        .assertStatistics(s -> s.started(4).succeeded(4));

    assertThat(ENDPOINTS).hasSize(4);
    assertThat(ENDPOINTS.values().stream().map(SqsEndpoint::url).distinct()).hasSize(1);
    URI url = ENDPOINTS.values().iterator().next().url();
    assertThat(url.getScheme()).isEqualTo("http");
    assertThat(url.getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void closesTheFakeWhenTheRunEnds() {
    Kit.run(FirstTestCase.class).testEvents().assertStatistics(s -> s.succeeded(2));

    URI url = ENDPOINTS.get("FirstTestCase.first").url();
    assertThatThrownBy(
            () -> {
              try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), 1000);
              }
            })
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void givesEachTestItsOwnTwelveDigitAccount() {
    Kit.run(FirstTestCase.class, SecondTestCase.class)
        .testEvents()
        .assertStatistics(s -> s.succeeded(4));

    assertThat(ENDPOINTS.values())
        .extracting(SqsEndpoint::accessKeyId)
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("\\d{12}"));
    assertThat(ENDPOINTS.values()).extracting(SqsEndpoint::region).containsOnly("us-east-1");
  }

  @Test
  void testsUsingTheSameQueueNameSeeOnlyTheirOwnMessages() {
    Kit.run(SecondTestCase.class).testEvents().assertStatistics(s -> s.succeeded(2));

    assertThat(BODIES)
        .containsOnly(
            Map.entry("SecondTestCase.third", List.of("from third")),
            Map.entry("SecondTestCase.fourth", List.of("from fourth")));
    String third = QUEUE_URLS.get("SecondTestCase.third");
    String fourth = QUEUE_URLS.get("SecondTestCase.fourth");
    assertThat(third)
        .isNotEqualTo(fourth)
        .endsWith("/" + ENDPOINTS.get("SecondTestCase.third").accessKeyId() + "/orders");
    assertThat(fourth)
        .endsWith("/" + ENDPOINTS.get("SecondTestCase.fourth").accessKeyId() + "/orders");
  }

  @Test
  void registersProgrammaticallyAndReachesNestedClasses() {
    Kit.run(ProgrammaticTestCase.class)
        .testEvents()
        .assertStatistics(s -> s.started(2).succeeded(2));

    assertThat(ENDPOINTS.keySet())
        .containsExactlyInAnyOrder("ProgrammaticTestCase.outer", "Inner.inner");
    assertThat(ENDPOINTS.values().stream().map(SqsEndpoint::accessKeyId).distinct()).hasSize(2);
  }

  static void record(String test, SqsEndpoint endpoint) {
    ENDPOINTS.put(test, endpoint);
  }

  /** Sends one message to its own {@code orders} queue and records everything the queue returns. */
  static void sendAndReceive(String test, SqsEndpoint endpoint, SqsClient client, String url) {
    record(test, endpoint);
    QUEUE_URLS.put(test, url);
    client.sendMessage(
        r -> r.queueUrl(url).messageBody("from " + test.substring(test.indexOf('.') + 1)));
    List<Message> got =
        client
            .receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1))
            .messages();
    BODIES.put(test, got.stream().map(Message::body).toList());
  }

  @SqsTest
  static class FirstTestCase {
    @Test
    void first(SqsEndpoint endpoint) {
      record("FirstTestCase.first", endpoint);
    }

    @Test
    void second(SqsEndpoint endpoint) {
      record("FirstTestCase.second", endpoint);
    }
  }

  @SqsTest
  static class SecondTestCase {
    @Test
    void third(SqsEndpoint endpoint, SqsClient client, @SqsQueue(name = "orders") String url) {
      sendAndReceive("SecondTestCase.third", endpoint, client, url);
    }

    @Test
    void fourth(SqsEndpoint endpoint, SqsClient client, @SqsQueue(name = "orders") String url) {
      sendAndReceive("SecondTestCase.fourth", endpoint, client, url);
    }
  }

  static class ProgrammaticTestCase {
    @RegisterExtension static SqsExtension sqs = SqsExtension.builder().build();

    @Test
    void outer(SqsEndpoint endpoint) {
      record("ProgrammaticTestCase.outer", endpoint);
    }

    @Nested
    class Inner {
      @Test
      void inner(SqsEndpoint endpoint) {
        record("Inner.inner", endpoint);
      }
    }
  }
}

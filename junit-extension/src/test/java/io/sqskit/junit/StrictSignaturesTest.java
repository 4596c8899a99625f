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

import io.sqskit.client.SqsClient;
import io.sqskit.exception.SqsServiceException;
import io.sqskit.testing.engine.ManualClock;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;

/** {@code @SqsTest(strictSignatures = true)}: the fake checks SigV4 as SQS does. */
class StrictSignaturesTest {

  static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

  @BeforeEach
  void clear() {
    SEEN.clear();
  }

  @Test
  void aStrictClassAcceptsItsInjectedClientsAndRefusesOtherSignatures() {
    Kit.assertAllSucceeded(Kit.run(StrictTestCase.class), 3);
  }

  @Test
  void strictClassesShareOneFakeApartFromTheDefaultOne() {
    Kit.assertAllSucceeded(
        Kit.run(StrictTestCase.class, OtherStrictTestCase.class, LenientTestCase.class), 5);

    assertThat(SEEN.get("strict url")).isEqualTo(SEEN.get("other strict url"));
    assertThat(SEEN.get("lenient url")).isNotEqualTo(SEEN.get("strict url"));
  }

  @Test
  void theBuilderTurnsStrictSignaturesOnForARegisteredExtension() {
    Kit.assertAllSucceeded(Kit.run(RegisteredTestCase.class), 1);
  }

  @Test
  void aStrictVirtualTimeClassChecksSignaturesAgainstRealTime() {
    Kit.assertAllSucceeded(Kit.run(StrictVirtualTimeTestCase.class), 1);
  }

  /** A sqskit client for {@code endpoint} signing with {@code accessKeyId} and {@code secret}. */
  static SqsClient client(SqsEndpoint endpoint, String accessKeyId, String secret) {
    return SqsClient.builder()
        .endpointOverride(endpoint.url())
        .region(endpoint.region())
        .credentials(accessKeyId, secret)
        .build();
  }

  static void assertRefused(SqsClient client, String code) {
    try (client) {
      assertThatThrownBy(() -> client.listQueues())
          .isInstanceOfSatisfying(
              SqsServiceException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo(code);
                assertThat(e.statusCode()).isEqualTo(403);
              });
    }
  }

  @SqsTest(strictSignatures = true)
  static class StrictTestCase {
    @Test
    void injectedClientsSignWithTheTestsKey(
        SqsClient sqskit,
        software.amazon.awssdk.services.sqs.SqsClient awsSdk,
        SqsEndpoint endpoint,
        @SqsQueue(name = "signed") String url) {
      SEEN.put("strict url", endpoint.url());
      sqskit.sendMessage(url, "from sqskit");
      awsSdk.sendMessage(r -> r.queueUrl(url).messageBody("from the AWS SDK"));

      List<String> bodies =
          awsSdk
              .receiveMessage(
                  ReceiveMessageRequest.builder().queueUrl(url).maxNumberOfMessages(10).build())
              .messages()
              .stream()
              .map(software.amazon.awssdk.services.sqs.model.Message::body)
              .collect(Collectors.toList());
      assertThat(bodies).containsExactlyInAnyOrder("from sqskit", "from the AWS SDK");
    }

    @Test
    void anotherSecretOrAKeyThatIsNoAccountIsRefused(SqsEndpoint endpoint) {
      try (SqsClient own = client(endpoint, endpoint.accessKeyId(), endpoint.secretKey())) {
        assertThat(own.listQueues().queueUrls()).isEmpty();
      }
      assertRefused(
          client(endpoint, endpoint.accessKeyId(), "not-the-secret"), "SignatureDoesNotMatch");
      assertRefused(
          client(endpoint, "AKIAIOSFODNN7EXAMPLE", endpoint.secretKey()), "InvalidClientTokenId");
    }

    @Test
    void anUnsignedRequestGetsMissingAuthenticationToken(SqsEndpoint endpoint) throws Exception {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(endpoint.url())
                      .timeout(Duration.ofSeconds(10))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .POST(HttpRequest.BodyPublishers.ofString("Action=ListQueues"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(response.body()).contains("<Code>MissingAuthenticationToken</Code>");
    }
  }

  @SqsTest(strictSignatures = true)
  static class OtherStrictTestCase {
    @Test
    void sharesTheStrictFake(SqsEndpoint endpoint) {
      SEEN.put("other strict url", endpoint.url());
    }
  }

  @SqsTest
  static class LenientTestCase {
    @Test
    void anySecretWillDoByDefault(SqsEndpoint endpoint) {
      SEEN.put("lenient url", endpoint.url());
      try (SqsClient client = client(endpoint, endpoint.accessKeyId(), "not-the-secret")) {
        assertThat(client.listQueues().queueUrls()).isEmpty();
      }
    }
  }

  static class RegisteredTestCase {
    @RegisterExtension
    static SqsExtension sqs = SqsExtension.builder().strictSignatures(true).build();

    @Test
    void aWrongSecretIsRefused(SqsEndpoint endpoint) {
      assertRefused(
          client(endpoint, endpoint.accessKeyId(), "not-the-secret"), "SignatureDoesNotMatch");
    }
  }

  @SqsTest(virtualTime = true, startTime = "2001-01-01T00:00:00Z", strictSignatures = true)
  static class StrictVirtualTimeTestCase {
    @Test
    void clientsSignedNowPassThoughTheEngineIsIn2001(
        SqsClient sqskit,
        ManualClock clock,
        SqsEndpoint endpoint,
        @SqsQueue(name = "q") String url) {
      sqskit.sendMessage(url, "dated now");
      clock.advance(Duration.ofDays(1));
      assertThat(sqskit.receiveMessage(url).messages()).hasSize(1);
      assertRefused(
          client(endpoint, endpoint.accessKeyId(), "not-the-secret"), "SignatureDoesNotMatch");
    }
  }
}

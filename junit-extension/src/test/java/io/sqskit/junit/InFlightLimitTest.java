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
import io.sqskit.exception.OverLimitException;
import io.sqskit.model.Message;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code @SqsTest(inFlightLimit = n)}: the fake applies SQS's in-flight quota at {@code n}, so a
 * test can see its code meet 403 OverLimit; sqskit's client raises it as {@link OverLimitException}
 * without retrying.
 */
class InFlightLimitTest {

  static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

  @BeforeEach
  void clear() {
    SEEN.clear();
  }

  @Test
  void aClassWithALowLimitMeetsOverLimit() {
    Kit.assertAllSucceeded(Kit.run(LimitedTestCase.class), 1);
  }

  @Test
  void classesWithTheSameLimitShareAFakeApartFromTheDefaultOne() {
    Kit.assertAllSucceeded(
        Kit.run(LimitedTestCase.class, OtherLimitedTestCase.class, DefaultTestCase.class), 3);
    assertThat(SEEN.get("limited")).isEqualTo(SEEN.get("other limited"));
    assertThat(SEEN.get("default")).isNotEqualTo(SEEN.get("limited"));
  }

  @Test
  void theBuilderSetsTheLimitForARegisteredExtension() {
    Kit.assertAllSucceeded(Kit.run(RegisteredTestCase.class), 1);
  }

  @Test
  void theBuilderRefusesALimitBelowOne() {
    // @SqsTest(inFlightLimit = 0) is a configuration error: MisuseTest.inFlightLimitBelowOne.
    assertThatThrownBy(() -> SqsExtension.builder().inFlightLimit(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Sends three, receives up to the limit of two, is refused, deletes one and receives again. */
  static void meetTheLimitOfTwo(SqsClient sqs, String url) {
    for (String body : List.of("a", "b", "c")) {
      sqs.sendMessage(url, body);
    }
    List<Message> first =
        sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages();
    assertThat(first).hasSize(2);
    assertThatThrownBy(() -> sqs.receiveMessage(url))
        .isInstanceOfSatisfying(
            OverLimitException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(403);
              assertThat(e.errorCode()).isEqualTo("OverLimit");
              assertThat(e.retryable()).isFalse();
            });
    sqs.deleteMessage(url, first.get(0).receiptHandle());
    assertThat(sqs.receiveMessage(url).messages()).hasSize(1);
  }

  @SqsTest(inFlightLimit = 2)
  static class LimitedTestCase {
    @Test
    void receivesStopAtTwoInFlight(
        SqsClient sqs, SqsEndpoint endpoint, @SqsQueue(name = "q") String url) {
      SEEN.put("limited", endpoint.url());
      meetTheLimitOfTwo(sqs, url);
    }
  }

  @SqsTest(inFlightLimit = 2)
  static class OtherLimitedTestCase {
    @Test
    void sharesTheLimitedFake(SqsEndpoint endpoint) {
      SEEN.put("other limited", endpoint.url());
    }
  }

  @SqsTest
  static class DefaultTestCase {
    @Test
    void runsOnTheDefaultFake(
        SqsClient sqs, SqsEndpoint endpoint, @SqsQueue(name = "q") String url) {
      SEEN.put("default", endpoint.url());
      for (int i = 0; i < 3; i++) {
        sqs.sendMessage(url, "m" + i);
      }
      assertThat(sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages())
          .hasSize(3);
      assertThat(sqs.receiveMessage(url).messages()).isEmpty();
    }
  }

  static class RegisteredTestCase {
    @RegisterExtension static SqsExtension sqs = SqsExtension.builder().inFlightLimit(2).build();

    @Test
    void theBuilderLimitApplies(SqsClient client, @SqsQueue(name = "q") String url) {
      meetTheLimitOfTwo(client, url);
    }
  }
}

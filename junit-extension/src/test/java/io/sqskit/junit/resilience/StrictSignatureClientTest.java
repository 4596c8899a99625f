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
package io.sqskit.junit.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.client.SqsClient;
import io.sqskit.exception.InvalidClientTokenIdException;
import io.sqskit.exception.SignatureDoesNotMatchException;
import io.sqskit.retry.RetryPolicy;
import io.sqskit.testing.server.SqsServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sqskit client's SigV4 against the fake's strict signature mode. */
class StrictSignatureClientTest {

  private static final String KEY = "AKIAIOSFODNN7EXAMPLE";
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

  private static SqsServer server;

  @BeforeAll
  static void start() {
    server = SqsServer.builder().warmUp(false).credentials(KEY, SECRET).build().start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static SqsClient client(String key, String secret, Clock signingClock) {
    return SqsClient.builder()
        .endpointOverride(server.endpoint())
        .region("eu-central-1")
        .credentials(key, secret)
        .signingClock(signingClock)
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  @Test
  void correctlySignedCallsPass() {
    try (SqsClient client = client(KEY, SECRET, Clock.systemUTC())) {
      String url = client.createQueue(r -> r.queueName("strict")).queueUrl();
      client.sendMessage(url, "signed: a+b=c & d/e ~ é");

      assertThat(client.receiveMessage(url).messages())
          .singleElement()
          .satisfies(m -> assertThat(m.body()).isEqualTo("signed: a+b=c & d/e ~ é"));
    }
  }

  @Test
  void aWrongSecretGetsSignatureDoesNotMatch() {
    try (SqsClient client = client(KEY, "wrong-secret", Clock.systemUTC())) {
      assertThatThrownBy(client::listQueues)
          .isInstanceOfSatisfying(
              SignatureDoesNotMatchException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.retryable()).isFalse();
              })
          .hasMessageStartingWith("The request signature we calculated does not match");
    }
  }

  @Test
  void anUnknownKeyGetsInvalidClientTokenId() {
    try (SqsClient client = client("AKIAUNKNOWNKEY000000", SECRET, Clock.systemUTC())) {
      assertThatThrownBy(client::listQueues)
          .isInstanceOf(InvalidClientTokenIdException.class)
          .hasMessageStartingWith("The security token included in the request is invalid.");
    }
  }

  @Test
  void aClockSkewedBeyond15MinutesGetsSignatureExpired() {
    Clock behind = Clock.fixed(Instant.now().minus(Duration.ofMinutes(16)), ZoneOffset.UTC);
    try (SqsClient client = client(KEY, SECRET, behind)) {
      assertThatThrownBy(client::listQueues)
          .isInstanceOf(SignatureDoesNotMatchException.class)
          .hasMessageStartingWith("Signature expired: ")
          .hasMessageContaining(" - 15 min.)");
    }
  }

  @Test
  void aClockSkewedWithin15MinutesStillPasses() {
    Clock behind = Clock.fixed(Instant.now().minus(Duration.ofMinutes(10)), ZoneOffset.UTC);
    try (SqsClient client = client(KEY, SECRET, behind)) {
      assertThat(client.listQueues().queueUrls()).isNotNull();
    }
  }
}

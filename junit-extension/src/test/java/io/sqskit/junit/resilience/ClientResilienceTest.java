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
import io.sqskit.exception.InternalFailureException;
import io.sqskit.exception.RequestThrottledException;
import io.sqskit.exception.ServiceUnavailableException;
import io.sqskit.exception.SqsClientException;
import io.sqskit.exception.SqsServiceException;
import io.sqskit.junit.SqsQueue;
import io.sqskit.junit.SqsTest;
import io.sqskit.junit.TestQueue;
import io.sqskit.model.BatchEntryError;
import io.sqskit.model.DeleteMessageBatchRequestEntry;
import io.sqskit.model.DeleteMessageBatchResponse;
import io.sqskit.retry.RetryPolicy;
import io.sqskit.testing.server.Fault;
import io.sqskit.testing.server.FaultInjector;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sqskit client against every fault the fake can inject: which faults are retried, which typed
 * error ends a call, and that nothing is silently accepted. Retries wait zero time: the policy's
 * delays are zero, so no test sleeps.
 */
@SqsTest
class ClientResilienceTest {

  /** Three attempts, no backoff, no quota: the retry decisions without the waiting. */
  static final RetryPolicy FAST =
      RetryPolicy.builder()
          .maxAttempts(3)
          .baseDelay(Duration.ZERO)
          .throttlingBaseDelay(Duration.ZERO)
          .retryQuota(false)
          .build();

  FaultInjector faults;
  private SqsClient client;

  /** The injected client (over the class's transport), with the fast retry policy. */
  @BeforeEach
  void client(SqsClient injected) {
    client = injected.toBuilder().retryPolicy(FAST).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void throttlingIsRetriedAndSucceedsWhenItStops(@SqsQueue(name = "orders") TestQueue orders) {
    faults.add(Fault.throttle().action("SendMessage").queue(orders.name()).times(2));

    client.sendMessage(orders.url(), "after two throttles");

    assertThat(faults.injected(Fault.Kind.THROTTLE)).isEqualTo(2);
    assertThat(orders.awaitMessages(1, Duration.ofSeconds(10)))
        .singleElement()
        .satisfies(m -> assertThat(m.body()).isEqualTo("after two throttles"));
  }

  @Test
  void persistentThrottlingEndsInATypedThrottlingErrorAfterEveryAttempt(
      @SqsQueue(name = "orders") String url) {
    faults.add(Fault.throttle().action("SendMessage"));

    assertThatThrownBy(() -> client.sendMessage(url, "x"))
        .isInstanceOfSatisfying(
            RequestThrottledException.class,
            e -> {
              assertThat(e.isThrottling()).isTrue();
              assertThat(e.retryable()).isTrue();
              assertThat(e.statusCode()).isEqualTo(403);
              assertThat(e.errorCode()).isEqualTo("RequestThrottled");
              assertThat(e.getSuppressed()).hasSize(2);
            });
    assertThat(faults.injected(Fault.Kind.THROTTLE)).isEqualTo(3);
  }

  @Test
  void internalErrorsAreRetried(@SqsQueue(name = "orders") TestQueue orders) {
    faults.add(Fault.internalError().action("SendMessage").times(2));

    client.sendMessage(orders.url(), "after two 500s");

    assertThat(faults.injected(Fault.Kind.INTERNAL_ERROR)).isEqualTo(2);
    assertThat(orders.awaitMessages(1, Duration.ofSeconds(10))).hasSize(1);
  }

  @Test
  void persistentInternalErrorsEndInInternalFailureException(
      @SqsQueue(name = "orders") String url) {
    faults.add(Fault.internalError());

    assertThatThrownBy(() -> client.getQueueAttributes(r -> r.queueUrl(url)))
        .isInstanceOfSatisfying(
            InternalFailureException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(500);
              assertThat(e.isThrottling()).isFalse();
              assertThat(e.getSuppressed()).hasSize(2);
            });
    assertThat(faults.injected()).isEqualTo(3);
  }

  @Test
  void serviceUnavailableIsRetriedThenTyped(@SqsQueue(name = "orders") String url) {
    faults.add(Fault.serviceUnavailable().action("ReceiveMessage").times(2));

    assertThat(client.receiveMessage(url).messages()).isEmpty();

    faults.add(Fault.serviceUnavailable().action("ReceiveMessage"));
    assertThatThrownBy(() -> client.receiveMessage(url))
        .isInstanceOfSatisfying(
            ServiceUnavailableException.class, e -> assertThat(e.statusCode()).isEqualTo(503));
    assertThat(faults.injected(Fault.Kind.SERVICE_UNAVAILABLE)).isEqualTo(5);
  }

  @Test
  void aDroppedConnectionIsRetried(@SqsQueue(name = "orders") TestQueue orders) {
    faults.add(Fault.dropConnection().action("SendMessage").times(1));

    client.sendMessage(orders.url(), "sent once");

    assertThat(faults.injected(Fault.Kind.DROP_CONNECTION)).isEqualTo(1);
    assertThat(orders.awaitMessages(1, Duration.ofSeconds(10)))
        .singleElement()
        .satisfies(m -> assertThat(m.body()).isEqualTo("sent once"));
  }

  @Test
  void connectionsThatKeepDroppingEndInAClientException(@SqsQueue(name = "orders") String url) {
    faults.add(Fault.dropConnection());

    assertThatThrownBy(() -> client.sendMessage(url, "lost"))
        .isInstanceOf(SqsClientException.class)
        .isNotInstanceOf(SqsServiceException.class)
        .hasCauseInstanceOf(IOException.class)
        .satisfies(e -> assertThat(e.getSuppressed()).hasSize(2));
    assertThat(faults.injected(Fault.Kind.DROP_CONNECTION)).isEqualTo(3);
  }

  @Test
  void aCorruptedSendDigestFailsTheCallNamingBothDigests(@SqsQueue(name = "orders") String url) {
    faults.add(Fault.corruptMd5().action("SendMessage"));

    assertThatThrownBy(() -> client.sendMessage(url, "hello"))
        .isInstanceOf(SqsClientException.class)
        .hasMessageContaining("MD5OfMessageBody mismatch")
        .hasMessageContaining("5d41402abc4b2a76b9719d911017c592")
        .hasMessageContaining("a2bebfd543b4d589468e626eefe83a6d");
    // Not retried into a silent success: one corrupted answer, one attempt.
    assertThat(faults.injected(Fault.Kind.CORRUPT_MD5)).isEqualTo(1);
  }

  @Test
  void aCorruptedReceiveDigestFailsTheCall(@SqsQueue(name = "orders") TestQueue orders) {
    client.sendMessage(orders.url(), "hello");
    faults.add(Fault.corruptMd5().action("ReceiveMessage").times(1));

    assertThatThrownBy(() -> client.receiveMessage(orders.url()))
        .isInstanceOf(SqsClientException.class)
        .hasMessageContaining("MD5OfBody mismatch");
    assertThat(faults.injected(Fault.Kind.CORRUPT_MD5)).isEqualTo(1);
  }

  @Test
  void aCorruptedBatchDigestFailsTheCall(@SqsQueue(name = "orders") String url) {
    faults.add(Fault.corruptMd5().action("SendMessageBatch"));

    assertThatThrownBy(
            () ->
                client.sendMessageBatch(
                    r ->
                        r.queueUrl(url)
                            .entries(
                                io.sqskit.model.SendMessageBatchRequestEntry.builder()
                                    .id("a")
                                    .messageBody("hello")
                                    .build())))
        .isInstanceOf(SqsClientException.class)
        .hasMessageContaining("MD5OfMessageBody mismatch");
  }

  @Test
  void latencyDelaysButDoesNotFailTheCall(@SqsQueue(name = "orders") String url) {
    faults.add(Fault.latency(Duration.ofMillis(5)).action("SendMessage"));

    assertThat(client.sendMessage(url, "late").messageId()).isNotEmpty();
    assertThat(faults.injected(Fault.Kind.LATENCY)).isEqualTo(1);
  }

  @Test
  void partialBatchFailuresComeBackPerEntry(@SqsQueue(name = "orders") TestQueue orders) {
    client.sendMessage(orders.url(), "one");
    String handle = client.receiveMessage(orders.url()).messages().get(0).receiptHandle();

    DeleteMessageBatchResponse response =
        client.deleteMessageBatch(
            r ->
                r.queueUrl(orders.url())
                    .entries(
                        new DeleteMessageBatchRequestEntry("good", handle),
                        new DeleteMessageBatchRequestEntry("bad", "not-a-receipt-handle")));

    assertThat(response.successful())
        .singleElement()
        .satisfies(e -> assertThat(e.id()).isEqualTo("good"));
    assertThat(response.failed())
        .singleElement()
        .satisfies(
            (BatchEntryError e) -> {
              assertThat(e.id()).isEqualTo("bad");
              assertThat(e.senderFault()).isTrue();
              assertThat(e.code()).isEqualTo("ReceiptHandleIsInvalid");
            });
  }
}

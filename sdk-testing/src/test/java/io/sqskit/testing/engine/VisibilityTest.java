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
package io.sqskit.testing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VisibilityTest extends EngineTestSupport {

  @Test
  void receiveHidesMessageUntilVisibilityTimeoutExpires() {
    String url = createQueue("q");
    send(url, "a");
    assertThat(receive(url)).hasSize(1);
    advance(29);
    assertThat(receive(url)).isEmpty();
    advance(1);
    assertThat(receive(url)).hasSize(1);
  }

  @Test
  void queueVisibilityTimeoutIsTheDefault() {
    String url = createQueue("q", "VisibilityTimeout", "5");
    send(url, "a");
    receive(url);
    advance(4);
    assertThat(receive(url)).isEmpty();
    advance(1);
    assertThat(receive(url)).hasSize(1);
  }

  @Test
  void receiveVisibilityTimeoutOverridesTheQueue() {
    String url = createQueue("q");
    send(url, "a");
    receive(url, "VisibilityTimeout", 100);
    advance(99);
    assertThat(receive(url)).isEmpty();
    advance(1);
    assertThat(receive(url)).hasSize(1);
  }

  @Test
  void zeroVisibilityTimeoutLeavesMessageVisible() {
    String url = createQueue("q");
    send(url, "a");
    receive(url, "VisibilityTimeout", 0);
    assertThat(receive(url)).hasSize(1);
  }

  @Test
  void receiveRejectsVisibilityTimeoutAboveTwelveHours() {
    String url = createQueue("q");
    SqsError e = error(() -> receive(url, "VisibilityTimeout", 43_201));
    assertThat(e.code()).isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
  }

  @Test
  void everyReceiveGivesANewReceiptHandle() {
    String url = createQueue("q");
    send(url, "a");
    String first = (String) receive(url, "VisibilityTimeout", 0).get(0).get("ReceiptHandle");
    String second = (String) receive(url, "VisibilityTimeout", 0).get(0).get("ReceiptHandle");
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void receiveCountAndFirstReceiveTimestampFollowReceives() {
    String url = createQueue("q");
    send(url, "a");
    receive(url, "VisibilityTimeout", 1);
    advance(1);
    Map<String, Object> m = receive(url, "AttributeNames", List.of("All")).get(0);
    @SuppressWarnings("unchecked")
    Map<String, String> attrs = (Map<String, String>) m.get("Attributes");
    assertThat(attrs)
        .containsEntry("ApproximateReceiveCount", "2")
        .containsEntry("ApproximateFirstReceiveTimestamp", Long.toString(START.toEpochMilli()))
        .containsEntry("SentTimestamp", Long.toString(START.toEpochMilli()))
        .containsEntry("SenderId", "123456789012");
  }

  @Test
  void changeMessageVisibilityExtendsTheTimeout() {
    String url = createQueue("q");
    send(url, "a");
    Map<String, Object> m = receive(url).get(0);
    advance(20);
    call(
        "ChangeMessageVisibility",
        "QueueUrl",
        url,
        "ReceiptHandle",
        m.get("ReceiptHandle"),
        "VisibilityTimeout",
        60);
    advance(59);
    assertThat(receive(url)).isEmpty();
    advance(1);
    assertThat(receive(url)).hasSize(1);
  }

  @Test
  void changeMessageVisibilityToZeroMakesMessageVisibleAtOnce() {
    String url = createQueue("q");
    send(url, "a");
    Map<String, Object> m = receive(url).get(0);
    call(
        "ChangeMessageVisibility",
        "QueueUrl",
        url,
        "ReceiptHandle",
        m.get("ReceiptHandle"),
        "VisibilityTimeout",
        0);
    counts(url, 1, 0, 0);
    assertThat(receive(url)).hasSize(1);
  }

  @Test
  void changeMessageVisibilityCannotPassTwelveHoursFromReceipt() {
    String url = createQueue("q");
    send(url, "a");
    Map<String, Object> m = receive(url).get(0);
    advance(10);
    SqsError e =
        error(
            () ->
                call(
                    "ChangeMessageVisibility",
                    "QueueUrl",
                    url,
                    "ReceiptHandle",
                    m.get("ReceiptHandle"),
                    "VisibilityTimeout",
                    43_200));
    assertError(
        e,
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "Value 43200 for parameter VisibilityTimeout is invalid. Reason: Total VisibilityTimeout"
            + " for the message is beyond the limit [43200 seconds]");
    call(
        "ChangeMessageVisibility",
        "QueueUrl",
        url,
        "ReceiptHandle",
        m.get("ReceiptHandle"),
        "VisibilityTimeout",
        43_190);
  }

  @Test
  void changeMessageVisibilityAfterExpiryOnStandardQueueSucceeds() {
    String url = createQueue("q");
    send(url, "a");
    Map<String, Object> m = receive(url, "VisibilityTimeout", 1).get(0);
    advance(2);
    call(
        "ChangeMessageVisibility",
        "QueueUrl",
        url,
        "ReceiptHandle",
        m.get("ReceiptHandle"),
        "VisibilityTimeout",
        30);
    assertThat(receive(url)).isEmpty();
  }

  @Test
  void changeMessageVisibilityWithMalformedHandleIsReceiptHandleIsInvalid() {
    String url = createQueue("q");
    SqsError e =
        error(
            () ->
                call(
                    "ChangeMessageVisibility",
                    "QueueUrl",
                    url,
                    "ReceiptHandle",
                    "garbage",
                    "VisibilityTimeout",
                    10));
    assertError(
        e,
        SqsErrorCode.RECEIPT_HANDLE_IS_INVALID,
        404,
        "The input receipt handle \"garbage\" is not a valid receipt handle.");
  }

  @Test
  void changeMessageVisibilityOfDeletedMessageIsInvalidParameterValue() {
    String url = createQueue("q");
    send(url, "a");
    Map<String, Object> m = receive(url).get(0);
    delete(url, m);
    SqsError e =
        error(
            () ->
                call(
                    "ChangeMessageVisibility",
                    "QueueUrl",
                    url,
                    "ReceiptHandle",
                    m.get("ReceiptHandle"),
                    "VisibilityTimeout",
                    10));
    assertThat(e.code()).isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
  }

  @Test
  void deleteWithLatestHandleRemovesMessageEvenAfterItBecameVisible() {
    String url = createQueue("q");
    send(url, "a");
    Map<String, Object> m = receive(url, "VisibilityTimeout", 1).get(0);
    advance(5);
    delete(url, m);
    counts(url, 0, 0, 0);
  }

  @Test
  void deleteWithOlderHandleSucceedsButLeavesTheMessage() {
    String url = createQueue("q");
    send(url, "a");
    Map<String, Object> old = receive(url, "VisibilityTimeout", 1).get(0);
    advance(1);
    assertThat(receive(url)).hasSize(1);
    delete(url, old);
    counts(url, 0, 1, 0);
  }

  @Test
  void deleteTwiceSucceeds() {
    String url = createQueue("q");
    send(url, "a");
    Map<String, Object> m = receive(url).get(0);
    delete(url, m);
    delete(url, m);
    counts(url, 0, 0, 0);
  }

  @Test
  void deleteWithMalformedHandleIsReceiptHandleIsInvalid() {
    String url = createQueue("q");
    SqsError e = error(() -> call("DeleteMessage", "QueueUrl", url, "ReceiptHandle", "abc"));
    assertThat(e.code()).isEqualTo(SqsErrorCode.RECEIPT_HANDLE_IS_INVALID);
  }

  @Test
  void handleOfAnotherQueueIsInvalid() {
    String a = createQueue("a");
    String b = createQueue("b");
    send(a, "x");
    Map<String, Object> m = receive(a).get(0);
    SqsError e = error(() -> delete(b, m));
    assertThat(e.code()).isEqualTo(SqsErrorCode.RECEIPT_HANDLE_IS_INVALID);
  }

  @Test
  void deleteWithoutHandleIsMissingParameter() {
    String url = createQueue("q");
    assertError(
        error(() -> call("DeleteMessage", "QueueUrl", url)),
        SqsErrorCode.MISSING_PARAMETER,
        400,
        "The request must contain the parameter ReceiptHandle.");
  }

  @Test
  void countersFollowMessagesThroughTheirStates() {
    String url = createQueue("q");
    send(url, "a");
    send(url, "b");
    call("SendMessage", "QueueUrl", url, "MessageBody", "c", "DelaySeconds", 10);
    counts(url, 2, 0, 1);
    Map<String, Object> m = receive(url).get(0);
    counts(url, 1, 1, 1);
    advance(10);
    counts(url, 2, 1, 0);
    delete(url, m);
    counts(url, 2, 0, 0);
    receiveMax(url);
    counts(url, 0, 2, 0);
    advance(30);
    counts(url, 2, 0, 0);
  }
}

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

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FifoTest extends EngineTestSupport {
  /** SHA-256 of "same", computed independently (sha256sum). */
  private static final String SHA256_OF_SAME =
      "0967115f2813a3541eaef77de9d9d5773f1c0c04314b0bbfe4ff3b3b1c55b5d5";

  private Map<String, Object> sendFifo(String url, String body, String group, String dedup) {
    return dedup == null
        ? call("SendMessage", "QueueUrl", url, "MessageBody", body, "MessageGroupId", group)
        : call(
            "SendMessage",
            "QueueUrl",
            url,
            "MessageBody",
            body,
            "MessageGroupId",
            group,
            "MessageDeduplicationId",
            dedup);
  }

  private String fifo() {
    return createFifoQueue("q.fifo", "ContentBasedDeduplication", "true");
  }

  private static List<Object> bodies(List<Map<String, Object>> messages) {
    return messages.stream().map(m -> m.get("Body")).toList();
  }

  @Test
  void messagesOfAGroupArriveInSendOrder() {
    String url = fifo();
    for (int i = 0; i < 5; i++) {
      sendFifo(url, "m" + i, "g", null);
    }
    assertThat(bodies(receiveMax(url))).containsExactly("m0", "m1", "m2", "m3", "m4");
  }

  @Test
  void groupIsBlockedWhileOneOfItsMessagesIsInFlight() {
    String url = fifo();
    sendFifo(url, "a1", "a", null);
    sendFifo(url, "a2", "a", null);
    sendFifo(url, "b1", "b", null);
    assertThat(bodies(receive(url))).containsExactly("a1");
    assertThat(bodies(receiveMax(url))).containsExactly("b1");
    assertThat(receiveMax(url)).isEmpty();
    advance(30);
    assertThat(bodies(receiveMax(url))).containsExactly("a1", "a2", "b1");
  }

  @Test
  void deletingTheInFlightMessageFreesTheGroup() {
    String url = fifo();
    sendFifo(url, "1", "g", null);
    sendFifo(url, "2", "g", null);
    Map<String, Object> first = receive(url).get(0);
    assertThat(receive(url)).isEmpty();
    delete(url, first);
    assertThat(bodies(receive(url))).containsExactly("2");
  }

  @Test
  void returnedMessagesKeepTheirPlaceInTheGroup() {
    String url = fifo();
    sendFifo(url, "1", "g", null);
    sendFifo(url, "2", "g", null);
    sendFifo(url, "3", "g", null);
    List<Map<String, Object>> got = receive(url, "MaxNumberOfMessages", 2);
    assertThat(bodies(got)).containsExactly("1", "2");
    call(
        "ChangeMessageVisibility",
        "QueueUrl",
        url,
        "ReceiptHandle",
        got.get(1).get("ReceiptHandle"),
        "VisibilityTimeout",
        0);
    assertThat(receiveMax(url)).as("group still blocked by message 1").isEmpty();
    call(
        "ChangeMessageVisibility",
        "QueueUrl",
        url,
        "ReceiptHandle",
        got.get(0).get("ReceiptHandle"),
        "VisibilityTimeout",
        0);
    assertThat(bodies(receiveMax(url))).containsExactly("1", "2", "3");
  }

  @Test
  void duplicateIdWithinFiveMinutesIsAcceptedButNotEnqueued() {
    String url = createFifoQueue("q.fifo");
    Map<String, Object> first = sendFifo(url, "a", "g", "d1");
    Map<String, Object> again = sendFifo(url, "b", "g", "d1");
    assertThat(again.get("MessageId")).isEqualTo(first.get("MessageId"));
    assertThat(again.get("SequenceNumber")).isEqualTo(first.get("SequenceNumber"));
    counts(url, 1, 0, 0);
    advance(300);
    sendFifo(url, "c", "g", "d1");
    counts(url, 2, 0, 0);
  }

  @Test
  void duplicateStaysDroppedAfterTheOriginalIsDeleted() {
    String url = createFifoQueue("q.fifo");
    sendFifo(url, "a", "g", "d1");
    delete(url, receive(url).get(0));
    sendFifo(url, "a", "g", "d1");
    assertThat(receive(url)).isEmpty();
  }

  @Test
  void contentBasedDeduplicationUsesTheBodyHash() {
    String url = fifo();
    sendFifo(url, "same", "g", null);
    sendFifo(url, "same", "g", null);
    sendFifo(url, "other", "g", null);
    counts(url, 2, 0, 0);
    Map<String, Object> m =
        receive(url, "AttributeNames", List.of("MessageDeduplicationId")).get(0);
    assertThat(systemAttributes(m)).containsEntry("MessageDeduplicationId", SHA256_OF_SAME);
  }

  @Test
  void groupScopeDeduplicatesPerGroupWithoutHighThroughputToo() {
    // Recorded (test_sqs_fifo_message_group_scope_no_throughput_setting): both messages arrive.
    String url = createFifoQueue("q.fifo", "DeduplicationScope", "messageGroup");
    sendFifo(url, "a", "g1", "d");
    sendFifo(url, "b", "g2", "d");
    sendFifo(url, "c", "g2", "d");
    counts(url, 2, 0, 0);
  }

  @Test
  void sameDeduplicationIdInAnotherGroupIsADuplicateWithQueueScope() {
    String url = createFifoQueue("q.fifo");
    sendFifo(url, "a", "g1", "d");
    sendFifo(url, "b", "g2", "d");
    counts(url, 1, 0, 0);
  }

  @Test
  void highThroughputModeDeduplicatesPerGroup() {
    String url =
        createFifoQueue(
            "q.fifo",
            "DeduplicationScope",
            "messageGroup",
            "FifoThroughputLimit",
            "perMessageGroupId");
    sendFifo(url, "a", "g1", "d");
    sendFifo(url, "b", "g2", "d");
    sendFifo(url, "c", "g2", "d");
    counts(url, 2, 0, 0);
  }

  @Test
  void sequenceNumbersAreTwentyDigitsAndIncrease() {
    String url = fifo();
    String s1 = (String) sendFifo(url, "1", "g", null).get("SequenceNumber");
    String s2 = (String) sendFifo(url, "2", "h", null).get("SequenceNumber");
    assertThat(s1).hasSize(20).containsOnlyDigits();
    assertThat(new BigInteger(s2)).isGreaterThan(new BigInteger(s1));
    Map<String, Object> m = receive(url, "AttributeNames", List.of("All")).get(0);
    assertThat(systemAttributes(m))
        .containsEntry("SequenceNumber", s1)
        .containsEntry("MessageGroupId", "g");
  }

  @Test
  void missingGroupIdIsMissingParameter() {
    String url = fifo();
    assertError(
        error(() -> send(url, "x")),
        SqsErrorCode.MISSING_PARAMETER,
        400,
        "The request must contain the parameter MessageGroupId.");
  }

  @Test
  void missingDeduplicationIdWithoutContentBasedIsRejected() {
    String url = createFifoQueue("q.fifo");
    assertError(
        error(() -> sendFifo(url, "x", "g", null)),
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId"
            + " provided explicitly");
  }

  @Test
  void invalidDeduplicationIdIsRejectedAsRecorded() {
    String url = createFifoQueue("q.fifo");
    assertError(
        error(() -> sendFifo(url, "x", "g", "")),
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "Value  for parameter MessageDeduplicationId is invalid. Reason: MessageDeduplicationId can"
            + " only include alphanumeric and punctuation characters. 1 to 128 in length.");
  }

  @Test
  void deleteWithExpiredHandleFailsOnFifoQueue() {
    String url = fifo();
    sendFifo(url, "x", "g", null);
    Map<String, Object> m = receive(url, "VisibilityTimeout", 1).get(0);
    advance(1);
    SqsError e = error(() -> delete(url, m));
    assertError(
        e,
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "Value "
            + m.get("ReceiptHandle")
            + " for parameter ReceiptHandle is invalid. Reason: The receipt"
            + " handle has expired.");
  }

  @Test
  void deleteAfterExtendedVisibilitySucceeds() {
    String url = fifo();
    sendFifo(url, "x", "g", null);
    Map<String, Object> m = receive(url, "VisibilityTimeout", 1).get(0);
    call(
        "ChangeMessageVisibility",
        "QueueUrl",
        url,
        "ReceiptHandle",
        m.get("ReceiptHandle"),
        "VisibilityTimeout",
        10);
    advance(5);
    delete(url, m);
    counts(url, 0, 0, 0);
  }

  @Test
  void receiveRequestAttemptIdReturnsTheSameMessagesAndHandles() {
    String url = fifo();
    sendFifo(url, "1", "g", null);
    sendFifo(url, "2", "h", null);
    List<Map<String, Object>> first =
        receive(url, "MaxNumberOfMessages", 1, "ReceiveRequestAttemptId", "try-1");
    List<Map<String, Object>> retry =
        receive(url, "MaxNumberOfMessages", 1, "ReceiveRequestAttemptId", "try-1");
    assertThat(retry).isEqualTo(first);
    List<Map<String, Object>> other =
        receive(url, "MaxNumberOfMessages", 1, "ReceiveRequestAttemptId", "try-2");
    assertThat(bodies(other)).containsExactly("2");
  }

  @Test
  void fifoQueueCountsFollowGroups() {
    String url = fifo();
    sendFifo(url, "1", "g", null);
    sendFifo(url, "2", "g", null);
    receive(url);
    counts(url, 1, 1, 0);
  }
}

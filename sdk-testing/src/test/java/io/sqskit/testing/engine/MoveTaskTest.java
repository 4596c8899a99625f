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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoveTaskTest extends EngineTestSupport {
  private static final String DLQ_ARN = "arn:aws:sqs:us-east-1:123456789012:dlq";
  private static final String SRC_ARN = "arn:aws:sqs:us-east-1:123456789012:src";

  private String dlq;
  private String src;

  private void deadLetter(int n) {
    dlq = createQueue("dlq");
    src =
        createQueue(
            "src",
            "VisibilityTimeout",
            "1",
            "RedrivePolicy",
            "{\"deadLetterTargetArn\":\"" + DLQ_ARN + "\",\"maxReceiveCount\":1}");
    for (int i = 0; i < n; i++) {
      send(src, "m" + i);
    }
    while (receiveMax(src).size() > 0) {
      // receive everything once
    }
    advance(1);
    assertThat(receiveMax(src)).isEmpty();
    counts(dlq, n, 0, 0);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> tasks(int max) {
    return (List<Map<String, Object>>)
        call("ListMessageMoveTasks", "SourceArn", DLQ_ARN, "MaxResults", max).get("Results");
  }

  @Test
  void moveTaskWithoutDestinationReturnsMessagesToTheirSource() {
    deadLetter(2);
    Map<String, Object> started = call("StartMessageMoveTask", "SourceArn", DLQ_ARN);
    assertThat(started).containsKey("TaskHandle");
    counts(dlq, 0, 0, 0);
    counts(src, 2, 0, 0);
    Map<String, Object> task = tasks(10).get(0);
    assertThat(task)
        .containsEntry("Status", "COMPLETED")
        .containsEntry("SourceArn", DLQ_ARN)
        .containsEntry("ApproximateNumberOfMessagesMoved", 2L)
        .containsEntry("ApproximateNumberOfMessagesToMove", 2L)
        .containsEntry("StartedTimestamp", START.toEpochMilli() + 1000)
        .doesNotContainKeys("TaskHandle", "DestinationArn");
    Map<String, Object> back = receive(src, "AttributeNames", List.of("All")).get(0);
    assertThat(systemAttributes(back))
        .containsEntry("ApproximateReceiveCount", "1")
        .doesNotContainKey("DeadLetterQueueSourceArn");
  }

  @Test
  void moveTaskToDestinationHonoursTheRate() {
    deadLetter(5);
    String other = createQueue("other");
    call(
        "StartMessageMoveTask",
        "SourceArn",
        DLQ_ARN,
        "DestinationArn",
        "arn:aws:sqs:us-east-1:123456789012:other",
        "MaxNumberOfMessagesPerSecond",
        2);
    counts(other, 0, 0, 0);
    advance(1);
    counts(other, 2, 0, 0);
    Map<String, Object> running = tasks(1).get(0);
    assertThat(running)
        .containsEntry("Status", "RUNNING")
        .containsKey("TaskHandle")
        .containsEntry("MaxNumberOfMessagesPerSecond", 2)
        .containsEntry("DestinationArn", "arn:aws:sqs:us-east-1:123456789012:other");
    advance(2);
    counts(other, 5, 0, 0);
    assertThat(tasks(1).get(0)).containsEntry("Status", "COMPLETED");
  }

  @Test
  void cancelStopsARunningTask() {
    deadLetter(4);
    String handle =
        (String)
            call("StartMessageMoveTask", "SourceArn", DLQ_ARN, "MaxNumberOfMessagesPerSecond", 1)
                .get("TaskHandle");
    advance(2);
    assertThat(call("CancelMessageMoveTask", "TaskHandle", handle))
        .containsEntry("ApproximateNumberOfMessagesMoved", 2L);
    advance(10);
    assertThat(tasks(1).get(0))
        .containsEntry("Status", "CANCELLED")
        .containsEntry("ApproximateNumberOfMessagesMoved", 2L);
    counts(dlq, 2, 0, 0);
  }

  @Test
  void onlyOneRunningTaskPerSource() {
    deadLetter(2);
    call("StartMessageMoveTask", "SourceArn", DLQ_ARN, "MaxNumberOfMessagesPerSecond", 1);
    SqsError e = error(() -> call("StartMessageMoveTask", "SourceArn", DLQ_ARN));
    assertError(
        e,
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "There is already a task running. Only one active task is allowed for a source queue arn at"
            + " a given time.");
  }

  @Test
  void sourceMustBeADeadLetterQueue() {
    createQueue("plain");
    SqsError e =
        error(
            () ->
                call(
                    "StartMessageMoveTask",
                    "SourceArn",
                    "arn:aws:sqs:us-east-1:123456789012:plain"));
    assertError(
        e,
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "Source queue must be configured as a Dead Letter Queue.");
  }

  @Test
  void missingSourceOrDestinationIsResourceNotFound() {
    deadLetter(1);
    assertError(
        error(
            () ->
                call(
                    "StartMessageMoveTask",
                    "SourceArn",
                    "arn:aws:sqs:us-east-1:123456789012:none")),
        SqsErrorCode.RESOURCE_NOT_FOUND_EXCEPTION,
        404,
        "The resource that you specified for the SourceArn parameter doesn't exist.");
    assertError(
        error(
            () ->
                call(
                    "StartMessageMoveTask",
                    "SourceArn",
                    DLQ_ARN,
                    "DestinationArn",
                    "arn:aws:sqs:us-east-1:123456789012:none")),
        SqsErrorCode.RESOURCE_NOT_FOUND_EXCEPTION,
        404,
        "The resource that you specified for the DestinationArn parameter doesn't exist.");
  }

  @Test
  void cancelWithInvalidHandleIsRejectedAsRecorded() {
    assertError(
        error(() -> call("CancelMessageMoveTask", "TaskHandle", "not-a-handle")),
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "Value for parameter TaskHandle is invalid.");
  }

  @Test
  void cancelWithAHandleOfJsonNullIsRejectedAsInvalid() {
    // "bnVsbA==" is base64 of the JSON literal null: once an internal failure
    // (NullPointerException).
    assertError(
        error(() -> call("CancelMessageMoveTask", "TaskHandle", "bnVsbA==")),
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "Value for parameter TaskHandle is invalid.");
  }

  @Test
  void cancelOfFinishedTaskIsTaskDoesNotExist() {
    deadLetter(1);
    String handle = (String) call("StartMessageMoveTask", "SourceArn", DLQ_ARN).get("TaskHandle");
    assertError(
        error(() -> call("CancelMessageMoveTask", "TaskHandle", handle)),
        SqsErrorCode.RESOURCE_NOT_FOUND_EXCEPTION,
        404,
        "Task does not exist.");
  }

  @Test
  void deletingTheDestinationFailsTheTask() {
    deadLetter(3);
    String other = createQueue("other");
    call(
        "StartMessageMoveTask",
        "SourceArn",
        DLQ_ARN,
        "DestinationArn",
        "arn:aws:sqs:us-east-1:123456789012:other",
        "MaxNumberOfMessagesPerSecond",
        1);
    advance(1);
    call("DeleteQueue", "QueueUrl", other);
    advance(1);
    assertThat(tasks(1).get(0))
        .containsEntry("Status", "FAILED")
        .containsEntry("FailureReason", "AWS.SimpleQueueService.NonExistentQueue")
        .containsEntry("ApproximateNumberOfMessagesMoved", 1L);
    assertThat(src).isNotNull();
    assertThat(SRC_ARN).endsWith(":src");
  }

  @Test
  void aMessageSentStraightToTheDeadLetterQueueStaysThereAndFailsTheTask() {
    deadLetter(1);
    send(dlq, "direct");
    call("StartMessageMoveTask", "SourceArn", DLQ_ARN);
    assertThat(tasks(1).get(0))
        .containsEntry("Status", "FAILED")
        .containsEntry("FailureReason", "AWS.SimpleQueueService.NonExistentQueue")
        .containsEntry("ApproximateNumberOfMessagesMoved", 1L)
        .containsEntry("ApproximateNumberOfMessagesToMove", 2L);
    counts(src, 1, 0, 0);
    counts(dlq, 1, 0, 0);
    assertThat(receive(dlq).get(0)).containsEntry("Body", "direct");
  }

  @Test
  void aMessageWhoseSourceWasDeletedStaysInTheDeadLetterQueue() {
    deadLetter(2);
    createQueue(
        "src2",
        "RedrivePolicy",
        "{\"deadLetterTargetArn\":\"" + DLQ_ARN + "\",\"maxReceiveCount\":1}");
    call("DeleteQueue", "QueueUrl", src);
    call("StartMessageMoveTask", "SourceArn", DLQ_ARN);
    assertThat(tasks(1).get(0))
        .containsEntry("Status", "FAILED")
        .containsEntry("FailureReason", "AWS.SimpleQueueService.NonExistentQueue")
        .containsEntry("ApproximateNumberOfMessagesMoved", 0L);
    counts(dlq, 2, 0, 0);
  }

  @Test
  void aMovedMessageIsANewMessageWithTheSameContent() {
    // SQS Developer Guide, dead-letter queue redrive: redriven messages are new messages, with a
    // new MessageId and enqueue time, so their retention starts again.
    dlq = createQueue("dlq");
    src =
        createQueue(
            "src",
            "MessageRetentionPeriod",
            "60",
            "RedrivePolicy",
            "{\"deadLetterTargetArn\":\"" + DLQ_ARN + "\",\"maxReceiveCount\":1}");
    Map<String, Object> sent =
        call(
            "SendMessage",
            "QueueUrl",
            src,
            "MessageBody",
            "m",
            "MessageAttributes",
            map("a", map("DataType", "String", "StringValue", "v")));
    receive(src, "VisibilityTimeout", 0);
    assertThat(receive(src)).isEmpty();
    advance(40);
    call("StartMessageMoveTask", "SourceArn", DLQ_ARN);
    advance(40); // 80 s after the send: only a restarted retention period keeps it

    Map<String, Object> back =
        receive(src, "AttributeNames", List.of("All"), "MessageAttributeNames", List.of("All"))
            .get(0);
    assertThat(back.get("MessageId")).isNotEqualTo(sent.get("MessageId"));
    assertThat(back)
        .containsEntry("Body", "m")
        .containsEntry("MD5OfMessageAttributes", sent.get("MD5OfMessageAttributes"));
    assertThat(systemAttributes(back))
        .containsEntry("SentTimestamp", Long.toString(START.toEpochMilli() + 40_000))
        .containsEntry("ApproximateReceiveCount", "1")
        .containsEntry(
            "ApproximateFirstReceiveTimestamp", Long.toString(START.toEpochMilli() + 80_000));
  }

  @Test
  void theDestinationMustBeOfTheSourcesType() {
    deadLetter(1);
    createFifoQueue("other.fifo");
    String arn = "arn:aws:sqs:us-east-1:123456789012:other.fifo";
    assertError(
        error(() -> call("StartMessageMoveTask", "SourceArn", DLQ_ARN, "DestinationArn", arn)),
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "Value "
            + arn
            + " for parameter DestinationArn is invalid. Reason: The destination queue must"
            + " be of the same type (standard or FIFO) as the source queue.");
    counts(dlq, 1, 0, 0);
  }

  @Test
  void messagesMoveOldestFirst() {
    deadLetter(0);
    String other = createQueue("other");
    for (String body : List.of("m0", "m1", "m2")) {
      send(dlq, body);
    }
    Map<Object, Object> handles = new HashMap<>();
    receive(dlq, "MaxNumberOfMessages", 10)
        .forEach(m -> handles.put(m.get("Body"), m.get("ReceiptHandle")));
    for (String body : List.of("m0", "m1", "m2")) {
      // each goes back to the front of what a receive would take: m2, m1, m0
      call(
          "ChangeMessageVisibility",
          "QueueUrl",
          dlq,
          "ReceiptHandle",
          handles.get(body),
          "VisibilityTimeout",
          0);
    }
    call(
        "StartMessageMoveTask",
        "SourceArn",
        DLQ_ARN,
        "DestinationArn",
        "arn:aws:sqs:us-east-1:123456789012:other",
        "MaxNumberOfMessagesPerSecond",
        1);
    for (String expected : List.of("m0", "m1", "m2")) {
      advance(1);
      assertThat(receive(other)).extracting(m -> m.get("Body")).containsExactly(expected);
    }
  }
}

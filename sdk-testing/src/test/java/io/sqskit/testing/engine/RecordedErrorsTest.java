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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the error responses recorded from real Amazon SQS (sqs-reference/recorded/, snapshots of
 * the LocalStack test suite: test_sqs.snapshot.json and test_sqs_move_task.snapshot.json). The
 * requests are reconstructed from the case and step names; the expected code, HTTP status and
 * messages are copied from the recordings. {@code jsonMessage} comes from the {@code [sqs]} run
 * (AWS JSON 1.0), {@code queryMessage} from the {@code [sqs_query]} run (null when that protocol
 * was not recorded for the case). Each row runs on a fresh engine.
 */
@SuppressWarnings("unchecked")
class RecordedErrorsTest extends EngineTestSupport {

  /**
   * Recording placeholder and the value it stands for here ("<queue-name>=name"), set by a step.
   */
  String placeholder;

  /** A request (with any set-up) that must fail. */
  interface Step {
    void run(RecordedErrorsTest t);
  }

  record Row(
      String recordedCase,
      String step,
      int responses,
      String jsonType,
      String queryCode,
      int status,
      String jsonMessage,
      String queryMessage,
      Step request) {
    @Override
    public String toString() {
      return recordedCase + " / " + step;
    }
  }

  private static final List<Row> ROWS = new ArrayList<>();

  private static void row(
      String recordedCase,
      String step,
      int responses,
      SqsErrorCode code,
      int status,
      String jsonMessage,
      String queryMessage,
      Step request) {
    ROWS.add(
        new Row(
            recordedCase,
            step,
            responses,
            code.jsonType(),
            code.queryCode(),
            status,
            jsonMessage,
            queryMessage,
            request));
  }

  /** Same message over both protocols, recorded for both. */
  private static void both(
      String recordedCase,
      String step,
      SqsErrorCode code,
      int status,
      String message,
      Step request) {
    row(recordedCase, step, 2, code, status, message, message, request);
  }

  /** A message attribute of 8 bytes as SQS counts them (name, data type, value). */
  private static final Map<String, Object> ONE_ATTRIBUTE =
      Map.of("k", Map.of("DataType", "String", "StringValue", "x"));

  private static final SqsErrorCode IPV = SqsErrorCode.INVALID_PARAMETER_VALUE;
  private static final SqsErrorCode IAN = SqsErrorCode.INVALID_ATTRIBUTE_NAME;

  private static String arn(String name) {
    return "arn:aws:sqs:us-east-1:123456789012:" + name;
  }

  private static List<Object> entries(int n, String idPrefix, Object... extra) {
    List<Object> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, Object> e = map(extra);
      e.put("Id", idPrefix + i);
      list.add(e);
    }
    return list;
  }

  static {
    both(
        "test_send_receive_max_number_of_messages",
        "send_max_number_of_messages",
        IPV,
        400,
        "Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10,"
            + " if provided.",
        t -> {
          String url = t.createQueue("q");
          t.receive(url, "MaxNumberOfMessages", 11);
        });
    both(
        "test_send_oversized_message",
        "send_oversized_message",
        IPV,
        400,
        "One or more parameters are invalid. Reason: Message must be shorter than 1048576 bytes.",
        t -> {
          // Body plus attribute (k + String + x = 8 bytes) one byte over the limit.
          t.call(
              "SendMessage",
              "QueueUrl",
              t.createQueue("q"),
              "MessageBody",
              "a".repeat(1048576 - 8 + 1),
              "MessageAttributes",
              ONE_ATTRIBUTE);
        });
    both(
        "test_send_message_with_updated_maximum_message_size",
        "send_oversized_message",
        IPV,
        400,
        "One or more parameters are invalid. Reason: Message must be shorter than 1024 bytes.",
        t -> {
          String url = t.createQueue("q");
          t.call(
              "SetQueueAttributes",
              "QueueUrl",
              url,
              "Attributes",
              Map.of("MaximumMessageSize", "1024"));
          t.send(url, "a".repeat(1024)); // exactly the limit: accepted
          t.call(
              "SendMessage",
              "QueueUrl",
              url,
              "MessageBody",
              "a".repeat(1024 - 8 + 1),
              "MessageAttributes",
              ONE_ATTRIBUTE);
        });
    both(
        "test_send_message_batch_with_oversized_contents",
        "send_oversized_message_batch",
        SqsErrorCode.BATCH_REQUEST_TOO_LONG,
        400,
        "Batch requests cannot be longer than 1048576 bytes. You have sent 1048577 bytes.",
        t -> {
          String url = t.createQueue("q");
          // One entry of the maximum size counting its attribute (k, String, x), and one of 1 byte.
          t.call(
              "SendMessageBatch",
              "QueueUrl",
              url,
              "Entries",
              List.of(
                  map(
                      "Id",
                      "1",
                      "MessageBody",
                      "a".repeat(1048576 - 8),
                      "MessageAttributes",
                      ONE_ATTRIBUTE),
                  map("Id", "2", "MessageBody", "a")));
        });
    both(
        "test_create_fifo_queue_with_different_attributes_raises_error",
        "queue-already-exists",
        SqsErrorCode.QUEUE_NAME_EXISTS,
        400,
        "A queue already exists with the same name and a different value for attribute"
            + " ContentBasedDeduplication",
        t -> {
          t.createFifoQueue("q.fifo", "ContentBasedDeduplication", "false");
          t.createFifoQueue("q.fifo", "ContentBasedDeduplication", "true");
        });
    both(
        "test_create_queue_with_different_attributes_raises_exception",
        "create_queue_01",
        SqsErrorCode.QUEUE_NAME_EXISTS,
        400,
        "A queue already exists with the same name and a different value for attribute"
            + " DelaySeconds",
        t -> {
          t.createQueue("q", "ReceiveMessageWaitTimeSeconds", "1", "DelaySeconds", "1");
          t.createQueue("q", "ReceiveMessageWaitTimeSeconds", "1", "DelaySeconds", "2");
        });
    both(
        "test_create_queue_with_different_attributes_raises_exception",
        "create_queue_02",
        SqsErrorCode.QUEUE_NAME_EXISTS,
        400,
        "A queue already exists with the same name and a different value for attribute"
            + " DelaySeconds",
        t -> {
          // After SetQueueAttributes DelaySeconds=2, the original CreateQueue request no longer
          // matches.
          String url =
              t.createQueue("q", "ReceiveMessageWaitTimeSeconds", "1", "DelaySeconds", "1");
          t.call("SetQueueAttributes", "QueueUrl", url, "Attributes", Map.of("DelaySeconds", "2"));
          assertThat(t.createQueue("q", "ReceiveMessageWaitTimeSeconds", "1", "DelaySeconds", "2"))
              .isEqualTo(url);
          t.createQueue("q", "ReceiveMessageWaitTimeSeconds", "1", "DelaySeconds", "1");
        });
    both(
        "test_fifo_queue_send_message_with_delay_seconds_fails",
        "send_message",
        IPV,
        400,
        "Value 2 for parameter DelaySeconds is invalid. Reason: The request include parameter that"
            + " is not valid for this queue type.",
        t -> {
          String url = t.createFifoQueue("q.fifo", "ContentBasedDeduplication", "true");
          t.call(
              "SendMessage",
              "QueueUrl",
              url,
              "MessageBody",
              "m",
              "MessageGroupId",
              "g",
              "DelaySeconds",
              2);
        });
    both(
        "test_too_many_entries_in_batch_request",
        "test_too_many_entries_in_batch_request",
        SqsErrorCode.TOO_MANY_ENTRIES_IN_BATCH_REQUEST,
        400,
        "Maximum number of entries per request are 10. You have sent 20.",
        t -> {
          String url = t.createQueue("q");
          t.call(
              "SendMessageBatch",
              "QueueUrl",
              url,
              "Entries",
              entries(20, "id", "MessageBody", "m"));
        });
    both(
        "test_invalid_batch_id",
        "test_invalid_batch_id",
        SqsErrorCode.INVALID_BATCH_ENTRY_ID,
        400,
        "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can"
            + " be at most 80 letters long.",
        t -> {
          String url = t.createQueue("q");
          t.call(
              "SendMessageBatch",
              "QueueUrl",
              url,
              "Entries",
              List.of(map("Id", "message:abc123", "MessageBody", "messageBody-abc123")));
        });
    both(
        "test_send_batch_missing_deduplication_id_for_fifo_queue",
        "test_missing_deduplication_id_for_fifo_queue",
        IPV,
        400,
        "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId"
            + " provided explicitly",
        t -> {
          // The whole request fails although only the second entry lacks the id.
          String url = t.createFifoQueue("q.fifo", "ContentBasedDeduplication", "false");
          t.call(
              "SendMessageBatch",
              "QueueUrl",
              url,
              "Entries",
              List.of(
                  map(
                      "Id",
                      "message-1",
                      "MessageBody",
                      "messageBody",
                      "MessageGroupId",
                      "test-group",
                      "MessageDeduplicationId",
                      "dedup-1"),
                  map(
                      "Id",
                      "message-2",
                      "MessageBody",
                      "messageBody",
                      "MessageGroupId",
                      "test-group")));
        });
    both(
        "test_send_batch_missing_message_group_id_for_fifo_queue",
        "test_missing_message_group_id_for_fifo_queue",
        IPV,
        400,
        "The request must contain the parameter MessageGroupId.",
        t -> {
          String url = t.createFifoQueue("q.fifo", "ContentBasedDeduplication", "false");
          t.call(
              "SendMessageBatch",
              "QueueUrl",
              url,
              "Entries",
              List.of(
                  map(
                      "Id",
                      "message-1",
                      "MessageBody",
                      "messageBody",
                      "MessageGroupId",
                      "test-group",
                      "MessageDeduplicationId",
                      "dedup-1"),
                  map(
                      "Id",
                      "message-2",
                      "MessageBody",
                      "messageBody",
                      "MessageDeduplicationId",
                      "dedup-2")));
        });
    for (String id : List.of("", "testLongId".repeat(10), "invalid:id")) {
      both(
          "test_delete_message_batch_invalid_msg_id[" + id + "]",
          "error_response",
          SqsErrorCode.INVALID_BATCH_ENTRY_ID,
          400,
          "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It"
              + " can be at most 80 letters long.",
          t -> {
            String url = t.createQueue("q");
            t.call(
                "DeleteMessageBatch",
                "QueueUrl",
                url,
                "Entries",
                List.of(map("Id", id, "ReceiptHandle", "testHandle1")));
          });
    }
    both(
        "test_delete_message_batch_with_too_large_batch",
        "error_response",
        SqsErrorCode.TOO_MANY_ENTRIES_IN_BATCH_REQUEST,
        400,
        "Maximum number of entries per request are 10. You have sent 20.",
        t -> {
          String url = t.createQueue("q");
          t.call("DeleteMessageBatch", "QueueUrl", url, "Entries", t.twentyReceived(url));
        });
    both(
        "test_change_message_visibility_batch_with_too_large_batch",
        "error_response",
        SqsErrorCode.TOO_MANY_ENTRIES_IN_BATCH_REQUEST,
        400,
        "Maximum number of entries per request are 10. You have sent 20.",
        t -> {
          String url = t.createQueue("q");
          List<Object> entries = t.twentyReceived(url);
          entries.forEach(e -> ((Map<String, Object>) e).put("VisibilityTimeout", 123));
          t.call("ChangeMessageVisibilityBatch", "QueueUrl", url, "Entries", entries);
        });
    both(
        "test_send_message_with_empty_string_attribute",
        "empty-string-attr",
        IPV,
        400,
        "Message (user) attribute 'ErrorDetails' must contain a non-empty value of type 'String'.",
        t -> {
          String url = t.createQueue("q");
          t.call(
              "SendMessage",
              "QueueUrl",
              url,
              "MessageBody",
              "m",
              "MessageAttributes",
              Map.of("ErrorDetails", map("DataType", "String", "StringValue", "")));
        });
    // Step 1 is FifoQueue=true on a standard queue (the scenario's first request in LocalStack's
    // test).
    both(
        "test_set_unsupported_attribute_fifo",
        "invalid-attr-name-1",
        IAN,
        400,
        "Unknown Attribute FifoQueue.",
        t -> {
          String url = t.createQueue("q");
          t.call("SetQueueAttributes", "QueueUrl", url, "Attributes", Map.of("FifoQueue", "true"));
        });
    both(
        "test_set_unsupported_attribute_fifo",
        "invalid-attr-name-2",
        SqsErrorCode.INVALID_ATTRIBUTE_VALUE,
        400,
        "Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not supported.",
        t -> {
          String url = t.createFifoQueue("q.fifo");
          t.call("SetQueueAttributes", "QueueUrl", url, "Attributes", Map.of("FifoQueue", "false"));
        });
    // Both runs also repeated the two requests with a second client ("-query" steps): same answers.
    row(
        "test_posting_to_fifo_requires_deduplicationid_group_id",
        "invalid-parameter-value(-query)",
        4,
        IPV,
        400,
        "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId"
            + " provided explicitly",
        "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId"
            + " provided explicitly",
        t -> {
          String url = t.createFifoQueue("q.fifo");
          t.call("SendMessage", "QueueUrl", url, "MessageBody", "m", "MessageGroupId", "g");
        });
    row(
        "test_posting_to_fifo_requires_deduplicationid_group_id",
        "missing-parameter(-query)",
        4,
        SqsErrorCode.MISSING_PARAMETER,
        400,
        "The request must contain the parameter MessageGroupId.",
        "The request must contain the parameter MessageGroupId.",
        t -> {
          String url = t.createFifoQueue("q.fifo");
          t.call("SendMessage", "QueueUrl", url, "MessageBody", "m", "MessageDeduplicationId", "d");
        });
    both(
        "test_successive_purge_calls_fail",
        "purge_queue_error",
        SqsErrorCode.PURGE_QUEUE_IN_PROGRESS,
        403,
        "Only one PurgeQueue operation on <queue-name> is allowed every 60 seconds.",
        t -> {
          String url = t.createQueue("purge-me");
          t.call("PurgeQueue", "QueueUrl", url);
          t.advance(1);
          t.placeholder = "<queue-name>=purge-me";
          t.call("PurgeQueue", "QueueUrl", url);
        });
    both(
        "test_sqs_permission_lifecycle",
        "get-queue-policy-attribute-second-account-same-label",
        IPV,
        400,
        "Value crossaccountpermission for parameter Label is invalid. Reason: Already exists.",
        t -> {
          String url = t.createQueue("q");
          t.call(
              "AddPermission",
              "QueueUrl",
              url,
              "Label",
              "crossaccountpermission",
              "AWSAccountIds",
              List.of("123456789012"),
              "Actions",
              List.of("ReceiveMessage"));
          t.call(
              "AddPermission",
              "QueueUrl",
              url,
              "Label",
              "crossaccountpermission",
              "AWSAccountIds",
              List.of("668614515564"),
              "Actions",
              List.of("ReceiveMessage"));
        });
    both(
        "test_sqs_permission_lifecycle",
        "get-queue-policy-attribute-delete-non-existent-label",
        IPV,
        400,
        "Value crossaccountpermission2 for parameter Label is invalid. Reason: can't find label.",
        t -> {
          String url = t.createQueue("q");
          t.call(
              "AddPermission",
              "QueueUrl",
              url,
              "Label",
              "crossaccountpermission2",
              "AWSAccountIds",
              List.of("123456789012"),
              "Actions",
              List.of("ReceiveMessage"));
          t.call("RemovePermission", "QueueUrl", url, "Label", "crossaccountpermission2");
          t.call("RemovePermission", "QueueUrl", url, "Label", "crossaccountpermission2");
        });
    row(
        "test_non_existent_queue",
        "queue-does-not-exist + queue-does-not-exist-query",
        2,
        SqsErrorCode.QUEUE_DOES_NOT_EXIST,
        400,
        "The specified queue does not exist.",
        "The specified queue does not exist for this wsdl version.",
        t -> {
          t.call("GetQueueUrl", "QueueName", "no-such-queue");
        });
    row(
        "test_non_existent_queue",
        "queue-does-not-exist-url",
        1,
        SqsErrorCode.QUEUE_DOES_NOT_EXIST,
        400,
        "The specified queue does not exist.",
        null,
        t -> {
          t.call(
              "GetQueueAttributes",
              "QueueUrl",
              BASE + "/123456789012/no-such-queue",
              "AttributeNames",
              List.of("All"));
        });
    both(
        "test_set_unsupported_attribute_standard",
        "invalid-attr-name-1",
        IAN,
        400,
        "Unknown Attribute FifoQueue.",
        t -> {
          String url = t.createQueue("q");
          t.call("SetQueueAttributes", "QueueUrl", url, "Attributes", Map.of("FifoQueue", "true"));
        });
    both(
        "test_set_unsupported_attribute_standard",
        "invalid-attr-name-2",
        IAN,
        400,
        "Unknown Attribute FifoQueue.",
        t -> {
          String url = t.createQueue("q");
          t.call("SetQueueAttributes", "QueueUrl", url, "Attributes", Map.of("FifoQueue", "false"));
        });
    both(
        "test_create_standard_queue_with_fifo_attribute_raises_error",
        "invalid-attribute-fifo-queue",
        IAN,
        400,
        "Unknown Attribute FifoQueue.",
        t -> {
          t.createQueue("q", "FifoQueue", "false");
        });
    both(
        "test_create_standard_queue_with_fifo_attribute_raises_error",
        "invalid-attribute-content-based-deduplication",
        IAN,
        400,
        "Unknown Attribute ContentBasedDeduplication.",
        t -> {
          t.createQueue("q", "ContentBasedDeduplication", "true");
        });
    both(
        "test_create_standard_queue_with_fifo_attribute_raises_error",
        "invalid-attribute-deduplication-scope",
        IAN,
        400,
        "You can specify the DeduplicationScope only when FifoQueue is set to true.",
        t -> {
          t.createQueue("q", "DeduplicationScope", "messageGroup");
        });
    both(
        "test_create_standard_queue_with_fifo_attribute_raises_error",
        "invalid-attribute-throughput-limit",
        IAN,
        400,
        "You can specify the FifoThroughputLimit only when FifoQueue is set to true.",
        t -> {
          t.createQueue("q", "FifoThroughputLimit", "perMessageGroupId");
        });
    both(
        "test_send_receive_wait_time_seconds",
        "recieve_message_error_too_large",
        IPV,
        400,
        "Value 21 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if"
            + " provided.",
        t -> {
          t.receive(t.createQueue("q"), "WaitTimeSeconds", 21);
        });
    both(
        "test_send_receive_wait_time_seconds",
        "recieve_message_error_too_small",
        IPV,
        400,
        "Value -1 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if"
            + " provided.",
        t -> {
          t.receive(t.createQueue("q"), "WaitTimeSeconds", -1);
        });
    both(
        "test_send_empty_message",
        "send_empty_message",
        SqsErrorCode.MISSING_PARAMETER,
        400,
        "The request must contain the parameter MessageBody.",
        t -> {
          t.send(t.createQueue("q"), "");
        });
    both(
        "test_fifo_delete_after_visibility_timeout",
        "delete_after_timeout_fifo",
        IPV,
        400,
        "Value <receipt-handle:1> for parameter ReceiptHandle is invalid. Reason: The receipt"
            + " handle has expired.",
        t -> {
          String url = t.createFifoQueue("q.fifo", "ContentBasedDeduplication", "true");
          t.call("SendMessage", "QueueUrl", url, "MessageBody", "m", "MessageGroupId", "g");
          Map<String, Object> m = t.receive(url, "VisibilityTimeout", 1).get(0);
          t.advance(2);
          t.placeholder = "<receipt-handle:1>=" + m.get("ReceiptHandle");
          t.delete(url, m);
        });
    for (String[] bad :
        new String[][] {{"empty", ""}, {"too_long", "a".repeat(129)}, {"spaces", "group 123"}}) {
      row(
          "test_send_message_to_standard_queue_with_invalid_message_group_id[" + bad[0] + "]",
          "error-response",
          1,
          IPV,
          400,
          "Value "
              + bad[1]
              + " for parameter MessageGroupId is invalid. Reason: MessageGroupId can only include"
              + " alphanumeric and punctuation characters. 1 to 128 in length.",
          null,
          t -> {
            t.call(
                "SendMessage",
                "QueueUrl",
                t.createQueue("q"),
                "MessageBody",
                "m",
                "MessageGroupId",
                bad[1]);
          });
      row(
          "test_message_deduplication_id_invalid[" + bad[0] + "]",
          "error-response",
          1,
          IPV,
          400,
          "Value "
              + bad[1]
              + " for parameter MessageDeduplicationId is invalid. Reason: MessageDeduplicationId"
              + " can only include alphanumeric and punctuation characters. 1 to 128 in length.",
          null,
          t -> {
            t.call(
                "SendMessage",
                "QueueUrl",
                t.createFifoQueue("q.fifo"),
                "MessageBody",
                "m",
                "MessageGroupId",
                "g",
                "MessageDeduplicationId",
                bad[1]);
          });
    }
    // test_sqs_move_task.snapshot.json (JSON protocol only)
    row(
        "test_source_needs_redrive_policy",
        "error",
        1,
        IPV,
        400,
        "Source queue must be configured as a Dead Letter Queue.",
        null,
        t -> {
          t.createQueue("source");
          t.createQueue("destination");
          t.call(
              "StartMessageMoveTask",
              "SourceArn",
              arn("source"),
              "DestinationArn",
              arn("destination"));
        });
    row(
        "test_cancel_with_invalid_task_handle",
        "error",
        1,
        IPV,
        400,
        "Value for parameter TaskHandle is invalid.",
        null,
        t -> {
          t.call("CancelMessageMoveTask", "TaskHandle", "foobared");
        });
    row(
        "test_cancel_with_invalid_source_arn_in_task_handle",
        "error",
        1,
        SqsErrorCode.RESOURCE_NOT_FOUND_EXCEPTION,
        404,
        "The resource that you specified for the SourceArn parameter doesn't exist.",
        null,
        t -> {
          t.call(
              "CancelMessageMoveTask",
              "TaskHandle",
              handle(
                  "10f57157-fc38-4da9-a113-4de7e12d05dd", arn("test-queue-doesnt-exist-123456")));
        });
    row(
        "test_cancel_with_invalid_task_id_in_task_handle",
        "error",
        1,
        SqsErrorCode.RESOURCE_NOT_FOUND_EXCEPTION,
        404,
        "Task does not exist.",
        null,
        t -> {
          t.createQueue("source");
          t.call(
              "CancelMessageMoveTask",
              "TaskHandle",
              handle("10f57157-fc38-4da9-a113-4de7e12d05aa", arn("source")));
        });
    row(
        "test_destination_needs_to_exist",
        "error",
        1,
        SqsErrorCode.RESOURCE_NOT_FOUND_EXCEPTION,
        404,
        "The resource that you specified for the DestinationArn parameter doesn't exist.",
        null,
        t -> {
          t.dlqWithSource();
          t.createQueue("destination");
          t.call(
              "StartMessageMoveTask",
              "SourceArn",
              arn("dlq"),
              "DestinationArn",
              arn("destination") + "doesntexist");
        });
    row(
        "test_start_multiple_move_tasks",
        "error",
        1,
        IPV,
        400,
        "There is already a task running. Only one active task is allowed for a source queue arn at"
            + " a given time.",
        null,
        t -> {
          t.dlqWithSource();
          t.createQueue("destination");
          String source = t.url("source");
          for (int i = 0; i < 10; i++) {
            t.send(source, "message-" + i);
          }
          for (int i = 0; i < 20; i++) { // each message received twice: moved to the DLQ
            t.receive(source, "VisibilityTimeout", 0);
          }
          t.counts(t.url("dlq"), 10, 0, 0);
          t.call(
              "StartMessageMoveTask",
              "SourceArn",
              arn("dlq"),
              "DestinationArn",
              arn("destination"),
              "MaxNumberOfMessagesPerSecond",
              1);
          t.call(
              "StartMessageMoveTask",
              "SourceArn",
              arn("dlq"),
              "DestinationArn",
              arn("destination"),
              "MaxNumberOfMessagesPerSecond",
              1);
        });
  }

  private static String handle(String taskId, String sourceArn) {
    String raw = "{\"taskId\":\"" + taskId + "\",\"sourceArn\":\"" + sourceArn + "\"}";
    return Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Sends 20 messages (two batches of 10), receives them, and returns entries {Id: "i",
   * ReceiptHandle}.
   */
  List<Object> twentyReceived(String url) {
    for (int batch = 0; batch < 2; batch++) {
      call(
          "SendMessageBatch",
          "QueueUrl",
          url,
          "Entries",
          entries(10, "message-", "MessageBody", "messageBody"));
    }
    List<Map<String, Object>> received = new ArrayList<>(receiveMax(url));
    received.addAll(receiveMax(url));
    assertThat(received).hasSize(20);
    List<Object> entries = new ArrayList<>();
    for (int i = 0; i < received.size(); i++) {
      entries.add(
          map("Id", Integer.toString(i), "ReceiptHandle", received.get(i).get("ReceiptHandle")));
    }
    return entries;
  }

  String url(String name) {
    return BASE + "/123456789012/" + name;
  }

  /** A queue "dlq" that is the dead-letter queue of a queue "source". */
  void dlqWithSource() {
    createQueue("dlq");
    createQueue(
        "source",
        "RedrivePolicy",
        "{\"deadLetterTargetArn\":\"" + arn("dlq") + "\",\"maxReceiveCount\":1}");
  }

  static Stream<Arguments> rows() {
    return ROWS.stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void fakeAnswersAsRecorded(Row row) {
    SqsError e = error(() -> row.request().run(this));
    String jsonExpected = fill(row.jsonMessage(), placeholder);
    String queryExpected = fill(row.queryMessage(), placeholder);

    assertThat(e.code().jsonType()).as("JSON type").isEqualTo(row.jsonType());
    assertThat(e.code().queryCode()).as("Query code").isEqualTo(row.queryCode());
    assertThat(e.code().httpStatus()).as("HTTP status").isEqualTo(row.status());
    assertThat(e.code().senderFault()).as("Type Sender (every recorded error)").isTrue();
    if (jsonExpected != null) {
      assertThat(e.jsonMessage()).as("JSON message").isEqualTo(jsonExpected);
    }
    if (queryExpected != null) {
      assertThat(e.queryMessage()).as("Query message").isEqualTo(queryExpected);
    }
  }

  private static String fill(String message, String placeholder) {
    if (message == null || placeholder == null) {
      return message;
    }
    int eq = placeholder.indexOf('=');
    return message.replace(placeholder.substring(0, eq), placeholder.substring(eq + 1));
  }

  @Test
  void coversTheRecordedErrorResponses() {
    // 89 error responses in the two recordings; see the class comment for how rows map to them.
    assertThat(ROWS.stream().mapToInt(Row::responses).sum()).isEqualTo(89);
  }
}

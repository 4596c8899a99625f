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
package io.sqskit.testing.replay;

import static io.sqskit.testing.replay.Replay.bodies;
import static io.sqskit.testing.replay.Replay.handle;
import static io.sqskit.testing.replay.Replay.map;
import static io.sqskit.testing.replay.Replay.messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** Recorded cases about FIFO queues: groups, deduplication, throughput modes, visibility. */
final class FifoScenarios {
  private FifoScenarios() {}

  private static final String ITEM = "{\"foo\": \"bar\"}";

  static void register(Map<String, Scenario> cases) {
    cases.put(
        "test_fifo_empty_message_groups_added_back_to_queue",
        r -> {
          // Source not in the copy we could read: a group emptied by a delete takes new messages.
          String url = r.createFifoQueue("queue-1.fifo", "ContentBasedDeduplication", "true");
          r.send(url, "Message 1", "MessageGroupId", "group-1");
          Map<String, Object> first = r.receive(url);
          r.match("inital-fifo-receive", first);
          r.ok("DeleteMessage", "QueueUrl", url, "ReceiptHandle", handle(first, 0));
          r.match("empty-fifo-receive", r.receive(url));
          r.send(url, "Message 2", "MessageGroupId", "group-1");
          r.match("final-fifo-receive", r.receive(url));
        });
    cases.put(
        "test_fifo_queue_send_message_with_delay_seconds_fails",
        r -> {
          String url = r.createFifoQueue("queue-1.fifo", "ContentBasedDeduplication", "true");
          r.step(
              "send_message",
              "SendMessage",
              "QueueUrl",
              url,
              "MessageBody",
              "message-1",
              "MessageGroupId",
              "1",
              "DelaySeconds",
              2);
        });
    cases.put(
        "test_fifo_message_attributes",
        r -> {
          String url =
              r.createFifoQueue(
                  "queue-1.fifo",
                  "ContentBasedDeduplication",
                  "true",
                  "VisibilityTimeout",
                  "0",
                  "DeduplicationScope",
                  "messageGroup",
                  "FifoThroughputLimit",
                  "perMessageGroupId");
          r.match(
              "send_message",
              r.send(
                  url,
                  "message-body-1",
                  "MessageGroupId",
                  "group-1",
                  "MessageDeduplicationId",
                  "dedup-1"));
          Object[] ask = {"AttributeNames", List.of("All"), "WaitTimeSeconds", 10};
          r.match("receive_message_0", r.receive(url, ask));
          r.match("receive_message_1", r.receive(url, ask));
        });
    cases.put(
        "test_fifo_set_content_based_deduplication_strategy",
        r -> {
          String url =
              r.createFifoQueue(
                  "queue-1.fifo",
                  "SqsManagedSseEnabled",
                  "true",
                  "ContentBasedDeduplication",
                  "true");
          r.match("before-update", QueueScenarios.all(r, url));
          r.ok(
              "SetQueueAttributes",
              "QueueUrl",
              url,
              "Attributes",
              map("ContentBasedDeduplication", "false"));
          r.match("after-update", QueueScenarios.all(r, url));
        });
    cases.put(
        "test_send_batch_missing_deduplication_id_for_fifo_queue",
        r -> {
          String url = r.createFifoQueue("queue-1.fifo", "ContentBasedDeduplication", "false");
          r.step(
              "test_missing_deduplication_id_for_fifo_queue",
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
    cases.put(
        "test_send_batch_missing_message_group_id_for_fifo_queue",
        r -> {
          String url = r.createFifoQueue("queue-1.fifo", "ContentBasedDeduplication", "false");
          r.step(
              "test_missing_message_group_id_for_fifo_queue",
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
    cases.put(
        "test_fifo_deduplication_arrives_once_after_delete",
        r -> {
          boolean contentBased = r.param.equals("True");
          String url =
              contentBased
                  ? r.createFifoQueue("queue-1.fifo", "ContentBasedDeduplication", "true")
                  : r.createFifoQueue("queue-1.fifo");
          Object[] send = dedup(contentBased, "MessageGroupId", "group-1");
          r.send(url, ITEM, send);
          Map<String, Object> got = r.receive(url, "WaitTimeSeconds", 3);
          r.match("get-messages", got);
          r.ok("DeleteMessage", "QueueUrl", url, "ReceiptHandle", handle(got, 0));
          r.send(url, ITEM, send);
          r.match(
              "get-messages-duplicate",
              r.afterWaiting(url, 1, "ReceiveMessage", "QueueUrl", url, "WaitTimeSeconds", 1));
        });
    cases.put(
        "test_fifo_deduplication_not_on_message_group_id",
        r -> {
          boolean contentBased = r.param.equals("True");
          String url =
              contentBased
                  ? r.createFifoQueue("queue-1.fifo", "ContentBasedDeduplication", "true")
                  : r.createFifoQueue("queue-1.fifo");
          r.send(url, ITEM, dedup(contentBased, "MessageGroupId", "group-1"));
          r.send(url, ITEM, dedup(contentBased, "MessageGroupId", "group-2"));
          r.match("get-messages", r.receive(url, "MaxNumberOfMessages", 1, "WaitTimeSeconds", 2));
          r.match(
              "get-dedup-messages",
              r.afterWaiting(
                  url,
                  1,
                  "ReceiveMessage",
                  "QueueUrl",
                  url,
                  "MaxNumberOfMessages",
                  1,
                  "WaitTimeSeconds",
                  1));
        });
    cases.put(
        "test_posting_to_fifo_requires_deduplicationid_group_id",
        r -> {
          String url = r.createFifoQueue("queue-1.fifo");
          for (String suffix : List.of("", "-query")) {
            r.step(
                "invalid-parameter-value" + suffix,
                "SendMessage",
                "QueueUrl",
                url,
                "MessageBody",
                "test",
                "MessageGroupId",
                "fifo_group-1");
            r.step(
                "missing-parameter" + suffix,
                "SendMessage",
                "QueueUrl",
                url,
                "MessageBody",
                "test",
                "MessageDeduplicationId",
                "fifo_dedup-1");
          }
        });
    cases.put(
        "test_sqs_fifo_same_dedup_id_different_message_groups",
        r -> {
          String url = r.createFifoQueue("queue-1.fifo");
          r.send(url, "Test", "MessageGroupId", "group-1", "MessageDeduplicationId", "same");
          r.send(url, "Test", "MessageGroupId", "group-2", "MessageDeduplicationId", "same");
          r.match("same-dedup-different-grp-1", r.receive(url));
          r.match("same-dedup-different-grp-2", r.receive(url));
        });
    cases.put(
        "test_sqs_fifo_message_group_scope_no_throughput_setting",
        r -> {
          String url = r.createFifoQueue("queue-1.fifo", "DeduplicationScope", "messageGroup");
          r.send(url, "Test", "MessageGroupId", "group-1", "MessageDeduplicationId", "same");
          r.send(url, "Test", "MessageGroupId", "group-2", "MessageDeduplicationId", "same");
          r.match("same-dedup-different-grp-1", r.receive(url));
          r.match("same-dedup-different-grp-2", r.receive(url));
        });
    cases.put(
        "test_fifo_high_throughput_ordering",
        r -> {
          String url = highThroughput(r);
          r.send(url, "Test1", "MessageGroupId", "group-1", "MessageDeduplicationId", "same");
          r.send(url, "Test2", "MessageGroupId", "group-2", "MessageDeduplicationId", "same");
          r.match("same-dedup-different-grp-1", r.receive(url));
          r.match("same-dedup-different-grp-2", r.receive(url));
        });
    cases.put(
        "test_fifo_change_to_high_throughput_after_creation",
        r -> {
          // Source not in the copy we could read; the sends follow the step names, each message
          // received is deleted (the recorded counts show none in flight). Deduplication records
          // made under the queue scope still hold after the switch to the group scope.
          String url = r.createFifoQueue("queue-1.fifo");
          r.send(url, "Test1", "MessageGroupId", "group-1", "MessageDeduplicationId", "same");
          r.send(url, "Test2", "MessageGroupId", "group-2", "MessageDeduplicationId", "same");
          receiveAndDelete(r, url, "same-dedup-different-grp-1");
          receiveAndDelete(r, url, "same-dedup-different-grp-2");
          r.ok(
              "SetQueueAttributes",
              "QueueUrl",
              url,
              "Attributes",
              map(
                  "DeduplicationScope",
                  "messageGroup",
                  "FifoThroughputLimit",
                  "perMessageGroupId"));
          r.match("set-to-high-throughput", QueueScenarios.all(r, url));
          r.send(url, "Test3", "MessageGroupId", "group-1", "MessageDeduplicationId", "same");
          receiveAndDelete(r, url, "same-dedup-different-grp-high-throughput");
          r.send(url, "Test3", "MessageGroupId", "group-2", "MessageDeduplicationId", "same");
          receiveAndDelete(r, url, "same-dedup-different-grp-high-throughput-2");
          r.send(url, "Test4", "MessageGroupId", "group-2", "MessageDeduplicationId", "dedup2");
          receiveAndDelete(r, url, "new-dedup2-high-throughput");
          r.send(url, "Test5", "MessageGroupId", "group-2", "MessageDeduplicationId", "dedup2");
          receiveAndDelete(r, url, "same-dedup2-high-throughput");
        });
    cases.put(
        "test_fifo_change_to_regular_throughput_after_creation",
        r -> {
          // Source not in the copy we could read; as above, in the other direction.
          String url = highThroughput(r);
          r.send(url, "Test1", "MessageGroupId", "group-1", "MessageDeduplicationId", "same");
          r.send(url, "Test2", "MessageGroupId", "group-2", "MessageDeduplicationId", "same");
          receiveAndDelete(r, url, "same-dedup-different-grp-1");
          receiveAndDelete(r, url, "same-dedup-different-grp-2");
          r.ok(
              "SetQueueAttributes",
              "QueueUrl",
              url,
              "Attributes",
              map("DeduplicationScope", "queue", "FifoThroughputLimit", "perQueue"));
          r.match("set-to-regular-throughput", QueueScenarios.all(r, url));
          r.send(url, "Test3", "MessageGroupId", "group-3", "MessageDeduplicationId", "same");
          receiveAndDelete(r, url, "same-dedup-different-grp-regular-throughput");
        });
    cases.put(
        "test_fifo_delete_after_visibility_timeout",
        r -> {
          String url =
              r.createFifoQueue(
                  "queue-1.fifo", "ContentBasedDeduplication", "true", "VisibilityTimeout", "1");
          r.send(url, "foobar", "MessageGroupId", "1");
          Map<String, Object> got = r.receive(url);
          r.match("received_sqs_message", got);
          r.advance(2);
          r.step(
              "delete_after_timeout_fifo",
              "DeleteMessage",
              "QueueUrl",
              url,
              "ReceiptHandle",
              handle(got, 0));
        });
    cases.put(
        "test_fifo_delete_after_visibility_timeout_extended",
        r -> {
          // Source not in the copy we could read: the visibility is extended before it expires, so
          // the handle still deletes after the original timeout.
          String url =
              r.createFifoQueue(
                  "queue-1.fifo", "ContentBasedDeduplication", "true", "VisibilityTimeout", "1");
          r.send(url, "foobar", "MessageGroupId", "1");
          Map<String, Object> got = r.receive(url);
          r.match("received_sqs_message", got);
          r.ok(
              "ChangeMessageVisibility",
              "QueueUrl",
              url,
              "ReceiptHandle",
              handle(got, 0),
              "VisibilityTimeout",
              10);
          r.advance(2);
          r.step(
              "delete_after_timeout_fifo_extended",
              "DeleteMessage",
              "QueueUrl",
              url,
              "ReceiptHandle",
              handle(got, 0));
        });
    cases.put(
        "test_fifo_queue_send_message_with_zero_delay_defaults_to_queue_delay",
        r -> {
          String url =
              r.createFifoQueue(
                  "queue-1.fifo", "ContentBasedDeduplication", "true", "DelaySeconds", "1");
          r.match(
              "send_message_result",
              r.send(url, "message-1", "MessageGroupId", "1", "DelaySeconds", 0));
          r.match("receive_message_initial_result", r.receive(url));
          r.advance(2);
          r.match("receive_message_after_delay_result", r.receive(url));
        });
    cases.put(
        "test_fifo_group_visibility_extends_with_change_message_visibility",
        r -> {
          // Source not in the copy we could read: three messages of one group received at once,
          // then the first k made visible again (k from the parameter) and the rest extended.
          int visible =
              switch (r.param) {
                case "all-invisible", "0-visible" -> 0;
                case "1-invisible", "1-visible" -> 1;
                default -> 2;
              };
          String url = r.createFifoQueue("queue-1.fifo", "ContentBasedDeduplication", "true");
          for (String body : List.of("foo", "bar", "baz")) {
            r.send(url, body, "MessageGroupId", "group-1");
          }
          Map<String, Object> all = r.receive(url, "MaxNumberOfMessages", 10);
          r.match("receive_all_messages", all);
          for (int i = 0; i < 3; i++) {
            r.ok(
                "ChangeMessageVisibility",
                "QueueUrl",
                url,
                "ReceiptHandle",
                handle(all, i),
                "VisibilityTimeout",
                i < visible ? 0 : 60);
          }
          r.match("some-messages-invisible", r.receive(url, "MaxNumberOfMessages", 10));
        });
    cases.put(
        "test_message_deduplication_id_invalid",
        r -> {
          String url = r.createFifoQueue("queue-1.fifo");
          r.step(
              "error-response",
              "SendMessage",
              "QueueUrl",
              url,
              "MessageBody",
              "message",
              "MessageGroupId",
              "group-1",
              "MessageDeduplicationId",
              MessageScenarios.invalidId(r.param));
        });
    cases.put(
        "test_message_deduplication_id_success",
        r -> {
          // Nothing recorded: ids of 1 and 128 characters with punctuation are accepted.
          String url = r.createFifoQueue("queue-1.fifo");
          for (String id : List.of("a", "a".repeat(128), "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")) {
            r.send(url, "message", "MessageGroupId", "group-1", "MessageDeduplicationId", id);
          }
        });
    cases.put(
        "test_fifo_delete_message_with_expired_receipt_handle",
        r -> {
          // Nothing recorded (xfail in LocalStack); its assertion: the old handle fails.
          String url =
              r.createFifoQueue(
                  "queue-1.fifo", "VisibilityTimeout", "1", "ContentBasedDeduplication", "true");
          r.send(url, "g1-m1", "MessageGroupId", "1");
          Map<String, Object> got = r.receive(url);
          r.advance(2);
          r.fails("DeleteMessage", "QueueUrl", url, "ReceiptHandle", handle(got, 0));
        });
    cases.put(
        "test_dead_letter_queue_with_fifo_and_content_based_deduplication",
        r -> {
          String dlq =
              r.createFifoQueue(
                  "test-dlq.fifo",
                  "ContentBasedDeduplication",
                  "true",
                  "MessageRetentionPeriod",
                  "1209600");
          String url =
              r.createFifoQueue(
                  "test-queue.fifo",
                  "ContentBasedDeduplication",
                  "true",
                  "VisibilityTimeout",
                  "60",
                  "RedrivePolicy",
                  "{\"deadLetterTargetArn\":\"" + r.arn(dlq) + "\",\"maxReceiveCount\":2}");
          String id = (String) r.send(url, "foobar", "MessageGroupId", "1").get("MessageId");
          r.receive(url, "WaitTimeSeconds", 1, "VisibilityTimeout", 0);
          r.receive(url, "WaitTimeSeconds", 1, "VisibilityTimeout", 0);
          // The third receive moves the message to the DLQ and finds nothing: it waits its second.
          r.afterWaiting(
              url,
              1,
              "ReceiveMessage",
              "QueueUrl",
              url,
              "WaitTimeSeconds",
              1,
              "VisibilityTimeout",
              0);
          Map<String, Object> got = r.receive(dlq, "WaitTimeSeconds", 10);
          assertThat(messages(got)).hasSize(1);
          assertThat(messages(got).get(0))
              .containsEntry("MessageId", id)
              .containsEntry("Body", "foobar");
        });
    cases.put(
        "test_fifo_approximate_number_of_messages_not_visible",
        r -> {
          // Nothing recorded; in-flight messages of a FIFO queue are counted as not visible.
          String url = r.createFifoQueue("queue-1.fifo", "ContentBasedDeduplication", "true");
          for (String body : List.of("g1-m1", "g1-m2", "g2-m1")) {
            r.send(url, body, "MessageGroupId", body.substring(0, 2));
          }
          Map<String, Object> got = r.receive(url, "MaxNumberOfMessages", 2);
          assertThat(bodies(got)).containsExactly("g1-m1", "g1-m2");
          assertThat(MessageScenarios.counts(r, url)).containsExactly("1", "2");
        });
  }

  /** Receives, matches the step, and deletes what came. */
  private static void receiveAndDelete(Replay r, String url, String step) {
    Map<String, Object> got = r.receive(url);
    r.match(step, got);
    for (int i = 0; i < messages(got).size(); i++) {
      r.ok("DeleteMessage", "QueueUrl", url, "ReceiptHandle", handle(got, i));
    }
  }

  private static String highThroughput(Replay r) {
    return r.createFifoQueue(
        "queue-1.fifo",
        "DeduplicationScope",
        "messageGroup",
        "FifoThroughputLimit",
        "perMessageGroupId");
  }

  private static Object[] dedup(boolean contentBased, Object... rest) {
    return contentBased
        ? rest
        : Replay.concat(rest, new Object[] {"MessageDeduplicationId", "dedup1"});
  }
}

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

import static io.sqskit.testing.replay.Replay.attributes;
import static io.sqskit.testing.replay.Replay.handle;
import static io.sqskit.testing.replay.Replay.map;
import static io.sqskit.testing.replay.Replay.messages;
import static io.sqskit.testing.replay.Replay.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Recorded cases about messages on standard queues: send, receive, batches, filters, DLQ. */
final class MessageScenarios {
  private MessageScenarios() {}

  /** One attribute of 8 bytes as SQS counts a message's size (k + String + x). */
  private static final Map<String, Object> K = map("k", text("x"));

  private static final String TRACE =
      "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";

  static void register(Map<String, Scenario> cases) {
    cases.put(
        "test_send_receive_max_number_of_messages",
        r -> {
          String url = r.createQueue("queue-1");
          r.send(url, "message");
          r.step(
              "send_max_number_of_messages",
              "ReceiveMessage",
              "QueueUrl",
              url,
              "MaxNumberOfMessages",
              11);
        });
    cases.put(
        "test_send_oversized_message",
        r -> {
          String url = r.createQueue("queue-1");
          r.step(
              "send_oversized_message",
              "SendMessage",
              "QueueUrl",
              url,
              "MessageBody",
              "a".repeat(1048576 - 8 + 1),
              "MessageAttributes",
              K);
        });
    cases.put(
        "test_send_message_with_updated_maximum_message_size",
        r -> {
          String url = r.createQueue("queue-1");
          r.ok(
              "SetQueueAttributes",
              "QueueUrl",
              url,
              "Attributes",
              map("MaximumMessageSize", "1024"));
          r.send(url, "a".repeat(1024));
          r.step(
              "send_oversized_message",
              "SendMessage",
              "QueueUrl",
              url,
              "MessageBody",
              "a".repeat(1024 - 8 + 1),
              "MessageAttributes",
              K);
        });
    cases.put(
        "test_send_message_batch_with_oversized_contents",
        r -> {
          String url = r.createQueue("queue-1");
          r.step(
              "send_oversized_message_batch",
              "SendMessageBatch",
              "QueueUrl",
              url,
              "Entries",
              List.of(
                  map("Id", "1", "MessageBody", "a".repeat(1048576 - 8), "MessageAttributes", K),
                  map("Id", "2", "MessageBody", "a")));
        });
    cases.put(
        "test_send_message_batch_with_oversized_contents_with_updated_maximum_message_size",
        r -> {
          String url = r.createQueue("queue-1");
          r.ok(
              "SetQueueAttributes",
              "QueueUrl",
              url,
              "Attributes",
              map("MaximumMessageSize", "2048"));
          // Recorded: each entry within the queue's limit, the batch over it, is accepted.
          r.match(
              "send_oversized_message_batch",
              r.ok(
                  "SendMessageBatch",
                  "QueueUrl",
                  url,
                  "Entries",
                  List.of(
                      map("Id", "1", "MessageBody", "a".repeat(2048 - 8), "MessageAttributes", K),
                      map("Id", "2", "MessageBody", "a"))));
        });
    cases.put(
        "test_send_batch_message_size",
        r -> {
          // Source not in the copy we could read: inferred from the answer (a body of 1024 bytes
          // accepted, a longer one refused per entry, on a queue limited to 1024 bytes).
          String url = r.createQueue("queue-1", "MaximumMessageSize", "1024");
          r.match(
              "send-message-batch-result",
              r.ok(
                  "SendMessageBatch",
                  "QueueUrl",
                  url,
                  "Entries",
                  List.of(
                      map(
                          "Id",
                          "c1b7f1ae-7cb1-4b4a-9b55-1c1f9e3c2d10",
                          "MessageBody",
                          "a".repeat(1025)),
                      map(
                          "Id",
                          "5d0e3b7a-2f4c-4e8b-a1d2-8c9f0b1e2a33",
                          "MessageBody",
                          "a".repeat(1024)))));
        });
    cases.put(
        "test_change_message_visibility_after_visibility_timeout_expiration",
        r -> {
          String url = r.createQueue("queue-1");
          r.send(url, "test");
          String receipt = handle(r.receive(url, "VisibilityTimeout", 1), 0);
          r.advance(2);
          r.step(
              "visibility_timeout_expired",
              "ChangeMessageVisibility",
              "QueueUrl",
              url,
              "ReceiptHandle",
              receipt,
              "VisibilityTimeout",
              1);
        });
    cases.put(
        "test_too_many_entries_in_batch_request",
        r -> {
          String url = r.createQueue("queue-1");
          r.step(
              "test_too_many_entries_in_batch_request",
              "SendMessageBatch",
              "QueueUrl",
              url,
              "Entries",
              entries(20));
        });
    cases.put(
        "test_invalid_batch_id",
        r -> {
          String url = r.createQueue("queue-1");
          r.step(
              "test_invalid_batch_id",
              "SendMessageBatch",
              "QueueUrl",
              url,
              "Entries",
              List.of(map("Id", "message:abc123", "MessageBody", "messageBody-abc123")));
        });
    cases.put(
        "test_delete_message_batch_invalid_msg_id",
        r -> {
          String url = r.createQueue("queue-1");
          r.step(
              "error_response",
              "DeleteMessageBatch",
              "QueueUrl",
              url,
              "Entries",
              List.of(map("Id", r.param, "ReceiptHandle", "testHandle1")));
        });
    cases.put(
        "test_delete_message_batch_with_too_large_batch",
        r -> {
          String url = r.createQueue("queue-1");
          List<Object> entries = twentyReceived(r, url, false);
          r.step("error_response", "DeleteMessageBatch", "QueueUrl", url, "Entries", entries);
        });
    cases.put(
        "test_change_message_visibility_batch_with_too_large_batch",
        r -> {
          String url = r.createQueue("queue-1");
          List<Object> entries = twentyReceived(r, url, true);
          r.step(
              "error_response",
              "ChangeMessageVisibilityBatch",
              "QueueUrl",
              url,
              "Entries",
              entries);
        });
    cases.put(
        "test_send_message_with_binary_attributes",
        r -> {
          String url = r.createQueue("queue-1");
          byte[] value =
              "traceparent\u001e00-774062d6c37081a5a0b9b5b88e30627c-2d2482211f6489da-01"
                  .getBytes(StandardCharsets.UTF_8);
          Map<String, Object> sent =
              r.send(
                  url,
                  "test",
                  "MessageAttributes",
                  map("attr1", map("BinaryValue", value, "DataType", "Binary")));
          Map<String, Object> got = r.receive(url, "MessageAttributeNames", List.of("All"));
          r.match("binary-attrs-msg", got);
          assertThat(messages(got).get(0).get("MessageId")).isEqualTo(sent.get("MessageId"));
          assertThat(messages(got).get(0).get("MD5OfMessageAttributes"))
              .isEqualTo(sent.get("MD5OfMessageAttributes"));
        });
    cases.put(
        "test_send_message_with_empty_string_attribute",
        r -> {
          String url = r.createQueue("queue-1");
          r.step(
              "empty-string-attr",
              "SendMessage",
              "QueueUrl",
              url,
              "MessageBody",
              "test",
              "MessageAttributes",
              map("ErrorDetails", text("")));
        });
    cases.put(
        "test_dead_letter_queue_message_attributes",
        r -> {
          // Source not in the copy we could read: inferred from the steps (two messages, one with
          // a message attribute and a trace header, received once, then found in the DLQ with
          // DeadLetterQueueSourceArn).
          String dlq = r.createQueue("queue-dlq");
          String dlqArn = r.arn(dlq);
          r.match("dlq-arn", dlqArn);
          String source =
              r.createQueue(
                  "queue-source",
                  "VisibilityTimeout",
                  "1",
                  "RedrivePolicy",
                  "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":1}");
          r.match("sourcen-arn", r.arn(source));
          r.send(
              source,
              "message-1",
              "MessageAttributes",
              map("MyAttribute", text("foobar")),
              "MessageSystemAttributes",
              map("AWSTraceHeader", text(TRACE)));
          r.send(source, "message-2");
          List<String> names =
              List.of(
                  "ApproximateFirstReceiveTimestamp",
                  "ApproximateReceiveCount",
                  "SentTimestamp",
                  "AWSTraceHeader",
                  "DeadLetterQueueSourceArn");
          Object[] ask = {
            "MaxNumberOfMessages",
            10,
            "AttributeNames",
            names,
            "MessageAttributeNames",
            List.of("All")
          };
          // A standard queue keeps no order: the recorded lists are in the order of their bodies.
          r.match("rec-pre-dlq", byBody(messages(r.receive(source, ask))));
          r.advance(2);
          assertThat(messages(r.receive(source, ask))).isEmpty(); // both move to the DLQ
          r.match("dlq-messages", byBody(messages(r.receive(dlq, ask))));
        });
    cases.put(
        "test_receive_message_message_attribute_names_filters",
        r -> {
          String url = r.createQueue("queue-1", "VisibilityTimeout", "0");
          r.match(
              "send_message_response",
              r.send(
                  url,
                  "msg",
                  "MessageAttributes",
                  map(
                      "Help.Me", text("Me"),
                      "Hello", text("There"),
                      "General", text("Kenobi"))));
          Object[][] steps = {
            {"empty_filter", List.of(), true},
            {"all_name", List.of("All"), true},
            {"all_wildcard_asterisk", List.of("*"), false},
            {"all_wildcard", List.of(".*"), false},
            {"only_non_existing_names", List.of("Foo", "Help"), false},
            {"only_existing", List.of("Hello", "General"), false},
            {"existing_and_non_existing", List.of("Foo", "Hello"), false},
            {"prefix_filter", List.of("Hel.*"), false},
            {"illegal_name_1", List.of("AWS."), true},
            {"illegal_name_2", List.of("..foo"), true},
          };
          for (Object[] s : steps) {
            Map<String, Object> out =
                r.receive(url, "WaitTimeSeconds", 5, "MessageAttributeNames", s[1]);
            r.match((String) s[0], (Boolean) s[2] ? out : messages(out).get(0));
          }
        });
    cases.put(
        "test_receive_message_attribute_names_filters", r -> attributeFilters(r, "AttributeNames"));
    cases.put(
        "test_receive_message_message_system_attribute_names_filters",
        r -> attributeFilters(r, "MessageSystemAttributeNames"));
    cases.put(
        "test_message_system_attribute_names_with_attribute_names",
        r -> {
          // Source not in the copy we could read: both lists given, with the same and with
          // different values; the answer holds the union.
          String url = r.createQueue("queue-1", "VisibilityTimeout", "0");
          r.send(url, "msg");
          r.match(
              "same_values",
              r.receive(
                  url,
                  "AttributeNames",
                  List.of("All"),
                  "MessageSystemAttributeNames",
                  List.of("All")));
          r.match(
              "different_values",
              r.receive(
                  url,
                  "AttributeNames",
                  List.of("SenderId"),
                  "MessageSystemAttributeNames",
                  List.of("All")));
        });
    cases.put(
        "test_send_receive_wait_time_seconds",
        r -> {
          String url = r.createQueue("queue-1");
          r.step(
              "recieve_message_error_too_large",
              "ReceiveMessage",
              "QueueUrl",
              url,
              "WaitTimeSeconds",
              21);
          r.step(
              "recieve_message_error_too_small",
              "ReceiveMessage",
              "QueueUrl",
              url,
              "WaitTimeSeconds",
              -1);
          r.send(url, "message");
          r.match("empty_short_poll_by_default_resp", r.receive(url));
          r.send(url, "message");
          r.match("empty_short_poll_explicit_resp", r.receive(url, "WaitTimeSeconds", 0));
        });
    cases.put(
        "test_receive_empty_queue",
        r -> {
          String url = r.createQueue("queue-1");
          r.match("empty_short_poll_resp_no_param", r.receive(url));
          r.match("empty_short_poll_resp", r.receive(url, "WaitTimeSeconds", 0));
          Map<String, Object> waited =
              r.afterWaiting(url, 1, "ReceiveMessage", "QueueUrl", url, "WaitTimeSeconds", 1);
          r.match("empty_long_poll_resp", waited);
        });
    cases.put(
        "test_send_empty_message",
        r -> {
          String url = r.createQueue("queue-1");
          r.step("send_empty_message", "SendMessage", "QueueUrl", url, "MessageBody", "");
        });
    cases.put(
        "test_delete_after_visibility_timeout",
        r -> {
          String url = r.createQueue("queue-1");
          r.send(url, "foobar");
          String receipt = handle(r.receive(url, "VisibilityTimeout", 1), 0);
          r.advance(2);
          r.step(
              "delete_after_timeout_queue_empty",
              "DeleteMessage",
              "QueueUrl",
              url,
              "ReceiptHandle",
              receipt);
          assertThat(messages(r.receive(url))).isEmpty();
        });
    cases.put(
        "test_aws_trace_header_propagation",
        r -> {
          // Source not in the copy we could read. The trace header travels as the AWSTraceHeader
          // message system attribute; the message attribute "timestamp" is the one of LocalStack's
          // test_system_attributes_have_no_effect_on_attr_md5 (its MD5 is the recorded one).
          String url = r.createQueue("queue-1");
          String trace =
              "Root=1-3152b799-8954dae64eda91bc9a23a7e8;Parent=7fa8c0f79203be72;Sampled=1";
          r.send(
              url,
              "test",
              "MessageAttributes",
              map("timestamp", map("StringValue", "1493147359900", "DataType", "Number")),
              "MessageSystemAttributes",
              map("AWSTraceHeader", text(trace)));
          Map<String, Object> got =
              r.receive(
                  url,
                  "AttributeNames",
                  List.of("AWSTraceHeader", "SentTimestamp"),
                  "MessageAttributeNames",
                  List.of("All"));
          r.match("xray-msg", messages(got).get(0));
        });
    cases.put(
        "test_fair_queue_with_message_group_id",
        r -> {
          // A standard queue takes a MessageGroupId (fair queues) and reports it back.
          String url = r.createQueue("queue-1");
          r.match("send_message", r.send(url, "message", "MessageGroupId", "test"));
          r.match(
              "get-message-with-deduplication-id",
              r.receive(url, "AttributeNames", List.of("All")));
        });
    cases.put(
        "test_send_message_to_standard_queue_with_invalid_message_group_id",
        r -> {
          String url = r.createQueue("queue-1");
          r.step(
              "error-response",
              "SendMessage",
              "QueueUrl",
              url,
              "MessageBody",
              "message",
              "MessageGroupId",
              invalidId(r.param));
        });
    cases.put(
        "test_invalid_dead_letter_arn_rejected_before_lookup",
        r -> {
          // Nothing recorded (LocalStack marks the case xfail); its assertion: the CreateQueue
          // fails.
          Map<String, Object> out =
              r.fails(
                  "CreateQueue",
                  "QueueName",
                  "queue-1",
                  "Attributes",
                  map(
                      "RedrivePolicy",
                      "{\"deadLetterTargetArn\":\"dummy\",\"maxReceiveCount\":42}"));
          assertThat(Replay.status(out)).isEqualTo(400);
        });
    cases.put(
        "test_set_empty_redrive_policy",
        r -> {
          // Nothing recorded; the case sets an empty RedrivePolicy, which removes the policy.
          String dlq = r.createQueue("queue-dlq");
          String url =
              r.createQueue(
                  "queue-1",
                  "RedrivePolicy",
                  "{\"deadLetterTargetArn\":\"" + r.arn(dlq) + "\",\"maxReceiveCount\":1}");
          r.ok("SetQueueAttributes", "QueueUrl", url, "Attributes", map("RedrivePolicy", ""));
          assertThat(attributes(QueueScenarios.all(r, url))).doesNotContainKey("RedrivePolicy");
        });
    cases.put(
        "test_approximate_number_of_messages_not_visible",
        r -> {
          // Nothing recorded; the case counts in-flight messages as they are received and deleted.
          String url = r.createQueue("queue-1");
          for (int i = 0; i < 3; i++) {
            r.send(url, "message-" + i);
          }
          Map<String, Object> got = r.receive(url, "MaxNumberOfMessages", 2);
          assertThat(messages(got)).hasSize(2);
          assertThat(counts(r, url)).containsExactly("1", "2");
          r.ok("DeleteMessage", "QueueUrl", url, "ReceiptHandle", handle(got, 0));
          assertThat(counts(r, url)).containsExactly("1", "1");
        });
  }

  static List<Map<String, Object>> byBody(List<Map<String, Object>> messages) {
    List<Map<String, Object>> out = new ArrayList<>(messages);
    out.sort(java.util.Comparator.comparing(m -> (String) m.get("Body")));
    return out;
  }

  /** ApproximateNumberOfMessages and ApproximateNumberOfMessagesNotVisible. */
  static List<String> counts(Replay r, String url) {
    Map<String, String> a =
        attributes(
            r.ok(
                "GetQueueAttributes",
                "QueueUrl",
                url,
                "AttributeNames",
                List.of("ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible")));
    return List.of(
        a.get("ApproximateNumberOfMessages"), a.get("ApproximateNumberOfMessagesNotVisible"));
  }

  static String invalidId(String param) {
    return switch (param) {
      case "empty" -> "";
      case "too_long" -> "a".repeat(129);
      case "spaces" -> "group 123";
      default -> throw new IllegalArgumentException(param);
    };
  }

  private static void attributeFilters(Replay r, String member) {
    String url = r.createQueue("queue-1", "VisibilityTimeout", "0");
    r.send(url, "msg", "MessageAttributes", map("Foo", text("Bar")));
    r.match(
        "all_attributes",
        r.receive(
            url, "WaitTimeSeconds", 5, member, List.of("All"), "MessageAttributeNames", List.of()));
    r.match(
        "all_system_and_message_attributes",
        r.receive(
            url,
            "WaitTimeSeconds",
            5,
            member,
            List.of("All"),
            "MessageAttributeNames",
            List.of("All")));
    r.match(
        "single_attribute",
        r.receive(
            url,
            "WaitTimeSeconds",
            5,
            member,
            List.of("SenderId"),
            "MessageAttributeNames",
            List.of()));
    r.match(
        "multiple_attributes",
        r.receive(
            url,
            "WaitTimeSeconds",
            5,
            member,
            List.of("SenderId", "SequenceNumber"),
            "MessageAttributeNames",
            List.of()));
  }

  static List<Object> entries(int n) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(map("Id", "message-" + i, "MessageBody", "messageBody-" + i));
    }
    return out;
  }

  /** Sends 20 messages in two batches, receives them, and returns 20 batch entries for them. */
  static List<Object> twentyReceived(Replay r, String url, boolean visibility) {
    for (int b = 0; b < 2; b++) {
      Map<String, Object> sent = r.ok("SendMessageBatch", "QueueUrl", url, "Entries", entries(10));
      assertThat((List<?>) sent.get("Successful")).hasSize(10);
    }
    List<Map<String, Object>> received = new ArrayList<>();
    while (received.size() < 20) {
      received.addAll(messages(r.receive(url, "MaxNumberOfMessages", 10)));
    }
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < received.size(); i++) {
      Map<String, Object> e =
          map("Id", Integer.toString(i), "ReceiptHandle", received.get(i).get("ReceiptHandle"));
      if (visibility) {
        e.put("VisibilityTimeout", 123);
      }
      out.add(e);
    }
    return out;
  }
}

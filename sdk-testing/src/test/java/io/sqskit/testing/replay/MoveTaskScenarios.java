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
import static io.sqskit.testing.replay.Replay.messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Recorded cases of test_sqs_move_task.py (JSON only). A move task limited to n messages a second
 * moves them as the fake's clock advances, so waits of seconds are clock moves here.
 */
final class MoveTaskScenarios {
  private MoveTaskScenarios() {}

  /** Queues of one case: a source with a redrive policy, its DLQ, and a destination. */
  private record Pipe(
      String queue, String dlq, String dlqArn, String destination, String destinationArn) {}

  private static Pipe pipe(Replay r) {
    String dlq = r.createQueue("queue-dlq");
    String dlqArn = r.arn(dlq);
    String queue =
        r.createQueue(
            "queue-source",
            "RedrivePolicy",
            "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":1}");
    String destination = r.createQueue("queue-destination");
    return new Pipe(queue, dlq, dlqArn, destination, r.arn(destination));
  }

  /** Sends n messages to the source and receives each twice, which moves them to the DLQ. */
  private static void intoDlq(Replay r, Pipe p, int n) {
    for (int i = 0; i < n; i++) {
      r.send(p.queue, "message-" + i);
    }
    for (int i = 0; i < n * 2; i++) {
      r.receive(p.queue, "VisibilityTimeout", 0);
    }
    assertThat(approximate(r, p.dlq)).isEqualTo(n);
  }

  private static int approximate(Replay r, String url) {
    return Integer.parseInt(
        Replay.attributes(
                r.ok(
                    "GetQueueAttributes",
                    "QueueUrl",
                    url,
                    "AttributeNames",
                    List.of("ApproximateNumberOfMessages")))
            .get("ApproximateNumberOfMessages"));
  }

  private static String taskHandle(String taskId, String sourceArn) {
    String raw = "{\"taskId\":\"" + taskId + "\",\"sourceArn\":\"" + sourceArn + "\"}";
    return Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Receives and deletes messages of {@code url} until {@code n} arrived. */
  private static List<String> collect(Replay r, String url, int n, int maxSeconds) {
    List<String> out = new ArrayList<>();
    for (int second = 0; out.size() < n && second <= maxSeconds; second++) {
      Map<String, Object> got = r.receive(url, "MaxNumberOfMessages", 10);
      for (int i = 0; i < messages(got).size(); i++) {
        r.ok("DeleteMessage", "QueueUrl", url, "ReceiptHandle", handle(got, i));
      }
      out.addAll(bodies(got));
      if (out.size() < n) {
        r.advance(1);
      }
    }
    assertThat(out).as("messages collected from %s", url).hasSize(n);
    return out;
  }

  static void register(Map<String, Scenario> cases) {
    cases.put(
        "test_cancel_with_invalid_task_handle",
        r -> r.step("error", "CancelMessageMoveTask", "TaskHandle", "foobared"));
    cases.put(
        "test_cancel_with_invalid_source_arn_in_task_handle",
        r ->
            r.step(
                "error",
                "CancelMessageMoveTask",
                "TaskHandle",
                taskHandle(
                    "10f57157-fc38-4da9-a113-4de7e12d05dd",
                    "arn:aws:sqs:us-east-1:878966065785:test-queue-doesnt-exist-123456")));
    cases.put(
        "test_cancel_with_invalid_task_id_in_task_handle",
        r -> {
          String source = r.arn(r.createQueue("queue-source"));
          r.step(
              "error",
              "CancelMessageMoveTask",
              "TaskHandle",
              taskHandle("10f57157-fc38-4da9-a113-4de7e12d05aa", source));
        });
    cases.put(
        "test_source_needs_redrive_policy",
        r -> {
          String source = r.arn(r.createQueue("queue-source"));
          String destination = r.arn(r.createQueue("queue-destination"));
          r.step(
              "error", "StartMessageMoveTask", "SourceArn", source, "DestinationArn", destination);
        });
    cases.put(
        "test_destination_needs_to_exist",
        r -> {
          Pipe p = pipe(r);
          r.step(
              "error",
              "StartMessageMoveTask",
              "SourceArn",
              p.dlqArn,
              "DestinationArn",
              p.destinationArn + "doesntexist");
        });
    cases.put(
        "test_basic_move_task_workflow",
        r -> {
          Pipe p = pipe(r);
          intoDlq(r, p, 2);
          Map<String, Object> started =
              r.ok(
                  "StartMessageMoveTask",
                  "SourceArn",
                  p.dlqArn,
                  "DestinationArn",
                  p.destinationArn);
          r.match("start-message-move-task-response", started);
          String decoded =
              new String(
                  Base64.getDecoder().decode((String) started.get("TaskHandle")),
                  StandardCharsets.UTF_8);
          assertThat(decoded).contains("\"sourceArn\":\"" + p.dlqArn + "\"");
          assertThat(collect(r, p.destination, 2, 10))
              .containsExactlyInAnyOrder("message-0", "message-1");
          r.match(
              "list-message-move-task-response",
              r.ok("ListMessageMoveTasks", "SourceArn", p.dlqArn));
          assertThat(messages(r.receive(p.dlq))).isEmpty();
        });
    cases.put(
        "test_move_task_with_throughput_limit",
        r -> {
          Pipe p = pipe(r);
          intoDlq(r, p, 4);
          r.match(
              "start-message-move-task-response",
              r.ok(
                  "StartMessageMoveTask",
                  "SourceArn",
                  p.dlqArn,
                  "DestinationArn",
                  p.destinationArn,
                  "MaxNumberOfMessagesPerSecond",
                  1));
          long start = r.clock.millis();
          assertThat(collect(r, p.destination, 4, 60))
              .containsExactlyInAnyOrder("message-0", "message-1", "message-2", "message-3");
          // One message a second: four take at least three seconds of the clock.
          assertThat(r.clock.millis() - start).isGreaterThanOrEqualTo(3000);
        });
    cases.put(
        "test_move_task_cancel",
        r -> {
          // The case's snapshot does not verify ApproximateNumberOfMessagesMoved (it varies on
          // AWS).
          r.bindings.unverified("ApproximateNumberOfMessagesMoved");
          Pipe p = pipe(r);
          intoDlq(r, p, 10);
          Map<String, Object> started =
              r.ok(
                  "StartMessageMoveTask",
                  "SourceArn",
                  p.dlqArn,
                  "DestinationArn",
                  p.destinationArn,
                  "MaxNumberOfMessagesPerSecond",
                  1);
          assertThat(collect(r, p.destination, 2, 60)).hasSize(2);
          r.match("list-while", r.ok("ListMessageMoveTasks", "SourceArn", p.dlqArn));
          r.match("cancel", r.ok("CancelMessageMoveTask", "TaskHandle", started.get("TaskHandle")));
          r.match("list-after", r.ok("ListMessageMoveTasks", "SourceArn", p.dlqArn));
          assertThat(messages(r.receive(p.dlq))).isNotEmpty();
        });
    cases.put(
        "test_move_task_delete_destination_queue_while_running",
        r -> {
          r.bindings.unverified("ApproximateNumberOfMessagesMoved");
          Pipe p = pipe(r);
          intoDlq(r, p, 10);
          r.ok(
              "StartMessageMoveTask",
              "SourceArn",
              p.dlqArn,
              "DestinationArn",
              p.destinationArn,
              "MaxNumberOfMessagesPerSecond",
              1);
          r.ok("DeleteQueue", "QueueUrl", p.destination);
          r.advance(1);
          r.match("list", r.ok("ListMessageMoveTasks", "SourceArn", p.dlqArn));
          assertThat(messages(r.receive(p.dlq))).isNotEmpty();
        });
    cases.put(
        "test_start_multiple_move_tasks",
        r -> {
          Pipe p = pipe(r);
          intoDlq(r, p, 10);
          Object[] start = {
            "SourceArn",
            p.dlqArn,
            "DestinationArn",
            p.destinationArn,
            "MaxNumberOfMessagesPerSecond",
            1
          };
          r.ok("StartMessageMoveTask", start);
          r.step("error", "StartMessageMoveTask", start);
        });
    cases.put(
        "test_move_task_workflow_with_default_destination",
        r -> {
          // Not in the copy of the source we could read: without a DestinationArn the messages go
          // back to the queue they came from.
          Pipe p = pipe(r);
          r.match("source-arn", p.dlqArn);
          r.match("original-source", r.arn(p.queue));
          intoDlq(r, p, 2);
          r.match(
              "start-message-move-task-response",
              r.ok("StartMessageMoveTask", "SourceArn", p.dlqArn));
          assertThat(collect(r, p.queue, 2, 10))
              .containsExactlyInAnyOrder("message-0", "message-1");
          r.match(
              "list-message-move-task-response",
              r.ok("ListMessageMoveTasks", "SourceArn", p.dlqArn));
        });
    cases.put(
        "test_move_task_workflow_with_multiple_sources_as_default_destination",
        r -> {
          Pipe p = pipe(r);
          String redrive = "{\"deadLetterTargetArn\":\"" + p.dlqArn + "\",\"maxReceiveCount\":1}";
          String second = r.createQueue("queue-source-2", "RedrivePolicy", redrive);
          r.match("source-arn", p.dlqArn);
          r.match("original-source-1", r.arn(p.queue));
          r.match("original-source-2", r.arn(second));
          for (String q : List.of(p.queue, second)) {
            for (int i = 0; i < 2; i++) {
              r.send(q, q.endsWith("-2") ? "second-" + i : "first-" + i);
            }
            for (int i = 0; i < 4; i++) {
              r.receive(q, "VisibilityTimeout", 0);
            }
          }
          assertThat(approximate(r, p.dlq)).isEqualTo(4);
          r.match(
              "start-message-move-task-response",
              r.ok("StartMessageMoveTask", "SourceArn", p.dlqArn));
          assertThat(collect(r, p.queue, 2, 10)).containsExactlyInAnyOrder("first-0", "first-1");
          assertThat(collect(r, second, 2, 10)).containsExactlyInAnyOrder("second-0", "second-1");
          r.match(
              "list-message-move-task-response",
              r.ok("ListMessageMoveTasks", "SourceArn", p.dlqArn));
        });
  }
}

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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Random sequences over a source queue and its dead-letter queue (maxReceiveCount 2): sends to
 * either, receives, deletes, clock moves and move tasks, checked against a reference model of where
 * every message is, whether it is visible and how often it was received. Queues stay at ten
 * messages or fewer, so a receive of ten sees every visible message and the outcome does not depend
 * on the order the engine keeps them in.
 */
class RandomRedriveOperationsTest extends EngineTestSupport {
  private static final String SRC = "src";
  private static final String DLQ = "dlq";
  private static final int MAX_RECEIVES = 2;

  /** The model's view of one message; the map of them is keyed by body, which never changes. */
  private static final class Model {
    String id; // null right after a move task, which gives moved messages new ids
    String previousId;
    String queue;
    long visibleAt;
    int receives;
    boolean fromSource; // dead-lettered from SRC, so a move task without destination returns it
    String handle;

    Model(String id, String queue, long visibleAt) {
      this.id = id;
      this.queue = queue;
      this.visibleAt = visibleAt;
    }
  }

  private static int movedInAllRuns;
  private static int failedTasksInAllRuns;

  private final Map<String, Model> model = new LinkedHashMap<>(); // insertion order: runs repeat
  private final Map<String, String> urls = new HashMap<>();

  @RepeatedTest(5)
  void engineAgreesWithReferenceModel(RepetitionInfo info) {
    Random random = new Random(7000 + info.getCurrentRepetition());
    urls.put(DLQ, createQueue(DLQ, "MessageRetentionPeriod", "1209600"));
    urls.put(
        SRC,
        createQueue(
            SRC,
            "VisibilityTimeout",
            "5",
            "MessageRetentionPeriod",
            "1209600",
            "RedrivePolicy",
            "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:123456789012:dlq\","
                + "\"maxReceiveCount\":"
                + MAX_RECEIVES
                + "}"));
    int sent = 0;
    int moved = 0;
    int failedTasks = 0;
    for (int step = 0; step < 2_000; step++) {
      int op = random.nextInt(20);
      String queue = random.nextInt(4) == 0 ? DLQ : SRC;
      if (op < 6) {
        if (inQueue(SRC).size() + inQueue(DLQ).size() < 10) {
          String body = "m" + sent++;
          String id = send(urls.get(queue), body);
          model.put(body, new Model(id, queue, clock.millis()));
        }
      } else if (op < 12) {
        receiveAll(queue, random.nextInt(3) == 0 ? random.nextInt(3) : 5);
      } else if (op < 14) {
        List<String> held = new ArrayList<>();
        model.forEach(
            (body, m) -> {
              if (m.handle != null) {
                held.add(body);
              }
            });
        if (!held.isEmpty()) {
          Model m = model.remove(held.get(random.nextInt(held.size())));
          call("DeleteMessage", "QueueUrl", urls.get(m.queue), "ReceiptHandle", m.handle);
        }
      } else if (op < 17) {
        advance(random.nextInt(4));
      } else {
        int outcome = moveTask();
        if (outcome > 0) {
          moved += outcome;
        } else if (outcome < 0) {
          failedTasks++;
        }
      }
      check();
    }
    assertThat(sent).isGreaterThan(100);
    movedInAllRuns += moved;
    failedTasksInAllRuns += failedTasks;
  }

  /** The runs together reach every branch the model knows. */
  @AfterAll
  static void everyKindOfMoveTaskRan() {
    assertThat(movedInAllRuns).as("messages moved back by move tasks").isGreaterThan(10);
    assertThat(failedTasksInAllRuns)
        .as("move tasks failed on messages with no source")
        .isPositive();
  }

  private List<Model> inQueue(String queue) {
    List<Model> out = new ArrayList<>();
    for (Model m : model.values()) {
      if (m.queue.equals(queue)) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Receives ten from {@code queue}. Expected: every visible message of the source received {@value
   * #MAX_RECEIVES} times already goes to the DLQ, visible there at once with its count; every other
   * visible message is received.
   */
  private void receiveAll(String queue, int visibility) {
    long now = clock.millis();
    Set<String> expected = new HashSet<>();
    model.forEach(
        (body, m) -> {
          if (m.queue.equals(queue) && m.visibleAt <= now) {
            if (queue.equals(SRC) && m.receives >= MAX_RECEIVES) {
              m.queue = DLQ;
              m.fromSource = true;
              m.handle = null;
            } else {
              expected.add(body);
            }
          }
        });
    List<Map<String, Object>> got =
        receive(
            urls.get(queue),
            "MaxNumberOfMessages",
            10,
            "VisibilityTimeout",
            visibility,
            "AttributeNames",
            List.of("ApproximateReceiveCount"));
    Set<String> bodies = new HashSet<>();
    for (Map<String, Object> message : got) {
      String body = (String) message.get("Body");
      bodies.add(body);
      Model m = model.get(body);
      assertThat(m).as("received %s exists in the model", body).isNotNull();
      m.receives++;
      m.visibleAt = now + visibility * 1000L;
      m.handle = (String) message.get("ReceiptHandle");
      assertThat(message.get("MessageId")).isEqualTo(m.id);
      assertThat(systemAttributes(message))
          .containsEntry("ApproximateReceiveCount", Integer.toString(m.receives));
    }
    assertThat(bodies).as("received from %s", queue).isEqualTo(expected);
  }

  /**
   * Starts a move task out of the DLQ when the model can tell its outcome: every message there
   * visible, and either all dead-lettered from the source (all go back as new messages: new ids, no
   * receives) or none (nothing moves, the task fails). Returns how many moved, -1 for a failed
   * task, 0 if not run.
   */
  private int moveTask() {
    long now = clock.millis();
    List<Model> dead = inQueue(DLQ);
    if (dead.isEmpty() || dead.stream().anyMatch(m -> m.visibleAt > now)) {
      return 0;
    }
    boolean allFromSource = dead.stream().allMatch(m -> m.fromSource);
    boolean noneFromSource = dead.stream().noneMatch(m -> m.fromSource);
    if (!allFromSource && !noneFromSource) {
      return 0;
    }
    call("StartMessageMoveTask", "SourceArn", "arn:aws:sqs:us-east-1:123456789012:dlq");
    @SuppressWarnings("unchecked")
    Map<String, Object> task =
        ((List<Map<String, Object>>)
                call("ListMessageMoveTasks", "SourceArn", "arn:aws:sqs:us-east-1:123456789012:dlq")
                    .get("Results"))
            .get(0);
    if (noneFromSource) {
      assertThat(task)
          .containsEntry("Status", "FAILED")
          .containsEntry("ApproximateNumberOfMessagesMoved", 0L);
      return -1;
    }
    assertThat(task)
        .containsEntry("Status", "COMPLETED")
        .containsEntry("ApproximateNumberOfMessagesMoved", (long) dead.size());
    for (Model m : dead) {
      m.queue = SRC;
      m.previousId = m.id;
      m.id = null;
      m.receives = 0;
      m.fromSource = false;
      m.handle = null;
    }
    return dead.size();
  }

  /**
   * Each queue holds exactly the model's messages, in the model's states, counts and ids; the new
   * id of a message a move task just moved is learnt here, and must differ from its old one.
   */
  private void check() {
    long now = clock.millis();
    for (String queue : List.of(SRC, DLQ)) {
      Map<String, String> expected = new TreeMap<>();
      model.forEach(
          (body, m) -> {
            if (m.queue.equals(queue)) {
              expected.put(
                  body,
                  (m.visibleAt <= now ? MessageState.VISIBLE : MessageState.IN_FLIGHT)
                      + "/"
                      + m.receives);
            }
          });
      Map<String, String> actual = new TreeMap<>();
      for (MessageSnapshot s : engine.inspect(urls.get(queue))) {
        actual.put(s.body(), s.state() + "/" + s.receiveCount());
        Model m = model.get(s.body());
        if (m != null && m.id == null) {
          assertThat(s.messageId()).as("new id of %s", s.body()).isNotEqualTo(m.previousId);
          m.id = s.messageId();
        } else if (m != null) {
          assertThat(s.messageId()).as("id of %s", s.body()).isEqualTo(m.id);
        }
      }
      assertThat(actual).as("messages of %s", queue).isEqualTo(expected);
    }
  }
}

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
package io.sqskit.testing.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.testing.engine.ManualClock;
import io.sqskit.testing.engine.RequestContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Messages cross queues in two steps: a receive takes messages past maxReceiveCount out of their
 * queue under that queue's lock and hands them to the dead-letter queue after releasing it; a move
 * task takes a message out of the DLQ, then locks its destination. These tests delete the receiving
 * queue in between, as a concurrent DeleteQueue can, and check that the message goes back.
 */
class DeadLetterRaceTest {
  private static final String ACCOUNT = "123456789012";

  private final ManualClock clock = ManualClock.create(Instant.parse("2026-01-01T00:00:00Z"));
  private final EngineCore core = new EngineCore(clock, ACCOUNT, "us-east-1");
  private final RequestContext ctx = new RequestContext(null, "http://127.0.0.1:9324", null);

  private Map<String, Object> call(String action, Object... keyValues) {
    Map<String, Object> in = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      in.put((String) keyValues[i], keyValues[i + 1]);
    }
    return core.execute(ctx, action, in);
  }

  private String create(String name, Map<String, Object> attributes) {
    return (String)
        call("CreateQueue", "QueueName", name, "Attributes", attributes).get("QueueUrl");
  }

  private static String arn(String name) {
    return "arn:aws:sqs:us-east-1:" + ACCOUNT + ":" + name;
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> receive(String url) {
    Map<String, Object> out =
        call(
            "ReceiveMessage",
            "QueueUrl",
            url,
            "MaxNumberOfMessages",
            10,
            "VisibilityTimeout",
            0,
            "AttributeNames",
            List.of("All"));
    return (List<Map<String, Object>>) out.getOrDefault("Messages", List.of());
  }

  /** Receives everything once (visible again at once), then takes it all for the DLQ by hand. */
  private List<StoredMessage> takeForDeadLetterQueue(String url, int expected) {
    assertThat(receive(url)).hasSize(expected);
    QueueState q = core.resolve(url);
    List<StoredMessage> dead = new ArrayList<>();
    q.lock.lock();
    try {
      long now = core.now();
      q.refresh(now);
      assertThat(q.take(10, 30_000, now, true, dead)).isEmpty();
    } finally {
      q.lock.unlock();
    }
    assertThat(dead).hasSize(expected);
    return dead;
  }

  private static String redrive(String dlqName) {
    return "{\"deadLetterTargetArn\":\"" + arn(dlqName) + "\",\"maxReceiveCount\":1}";
  }

  @Test
  void messagesGoBackWhereTheyWereWhenTheDeadLetterQueueIsDeletedMeanwhile() {
    String dlq = create("dlq", Map.of());
    String src = create("src", Map.of("RedrivePolicy", redrive("dlq")));
    List<String> ids = new ArrayList<>();
    for (String body : List.of("a", "b", "c")) {
      ids.add((String) call("SendMessage", "QueueUrl", src, "MessageBody", body).get("MessageId"));
    }
    List<StoredMessage> dead = takeForDeadLetterQueue(src, 3);

    call("DeleteQueue", "QueueUrl", dlq);
    core.receiveActions.moveToDeadLetterQueue(core.resolve(src), arn("dlq"), dead);

    // A standard queue promises no order, but the messages go back where they were: the next
    // receive sees them in the order the interrupted one took them.
    List<Object> taken = new ArrayList<>();
    dead.forEach(m -> taken.add(m.body));
    List<Map<String, Object>> back = receive(src);
    assertThat(back).extracting(m -> m.get("Body")).containsExactlyElementsOf(taken);
    assertThat(back).extracting(m -> m.get("MessageId")).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(back)
        .extracting(m -> (Object) ((Map<?, ?>) m.get("Attributes")).get("ApproximateReceiveCount"))
        .containsOnly("2");
  }

  @Test
  void aFifoGroupKeepsItsOrderAndSequenceNumbers() {
    Map<String, Object> fifo = Map.of("FifoQueue", "true", "ContentBasedDeduplication", "true");
    String dlq = create("dlq.fifo", fifo);
    Map<String, Object> attrs = new HashMap<>(fifo);
    attrs.put("RedrivePolicy", redrive("dlq.fifo"));
    String src = create("src.fifo", attrs);
    List<String> sequence = new ArrayList<>();
    for (String body : List.of("a", "b")) {
      sequence.add(
          (String)
              call("SendMessage", "QueueUrl", src, "MessageBody", body, "MessageGroupId", "g")
                  .get("SequenceNumber"));
    }
    List<StoredMessage> dead = takeForDeadLetterQueue(src, 2);

    call("DeleteQueue", "QueueUrl", dlq);
    core.receiveActions.moveToDeadLetterQueue(core.resolve(src), arn("dlq.fifo"), dead);

    List<Map<String, Object>> back = receive(src);
    assertThat(back).extracting(m -> m.get("Body")).containsExactly("a", "b");
    assertThat(back)
        .extracting(m -> (Object) ((Map<?, ?>) m.get("Attributes")).get("SequenceNumber"))
        .containsExactlyElementsOf(sequence);
  }

  @Test
  void aLiveDeadLetterQueueStillGetsThem() {
    String dlq = create("dlq", Map.of());
    String src = create("src", Map.of("RedrivePolicy", redrive("dlq")));
    call("SendMessage", "QueueUrl", src, "MessageBody", "a");
    List<StoredMessage> dead = takeForDeadLetterQueue(src, 1);

    core.receiveActions.moveToDeadLetterQueue(core.resolve(src), arn("dlq"), dead);

    assertThat(receive(src)).isEmpty();
    assertThat(receive(dlq)).extracting(m -> m.get("Body")).containsExactly("a");
  }

  @Test
  void aMoveTaskWhoseDestinationIsDeletedMidMoveLeavesTheMessageInTheDlq() throws Exception {
    String dlq = create("dlq", Map.of());
    String src = create("src", Map.of("RedrivePolicy", redrive("dlq")));
    create("other", Map.of());
    call("SendMessage", "QueueUrl", src, "MessageBody", "a");
    assertThat(receive(src)).hasSize(1);
    assertThat(receive(src)).isEmpty(); // the second receive dead-letters it
    call(
        "StartMessageMoveTask",
        "SourceArn",
        arn("dlq"),
        "DestinationArn",
        arn("other"),
        "MaxNumberOfMessagesPerSecond",
        1);
    QueueState other = core.byArn(arn("other"));

    Thread mover;
    other.lock.lock();
    try {
      // One second later the task may move one message: it takes it out of the DLQ, then waits
      // here for the destination's lock.
      mover = new Thread(() -> clock.advance(Duration.ofSeconds(1)));
      mover.start();
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (!other.lock.hasQueuedThread(mover)) {
        assertThat(System.nanoTime())
            .as("the move task reached the destination")
            .isLessThan(deadline);
        Thread.onSpinWait();
      }
      other.deleted = true; // what DeleteQueue does under this lock
    } finally {
      other.lock.unlock();
    }
    mover.join(10_000);

    @SuppressWarnings("unchecked")
    Map<String, Object> task =
        ((List<Map<String, Object>>)
                call("ListMessageMoveTasks", "SourceArn", arn("dlq")).get("Results"))
            .get(0);
    assertThat(task)
        .containsEntry("Status", "FAILED")
        .containsEntry("FailureReason", "AWS.SimpleQueueService.NonExistentQueue")
        .containsEntry("ApproximateNumberOfMessagesMoved", 0L);
    assertThat(receive(dlq)).extracting(m -> m.get("Body")).containsExactly("a");
  }
}

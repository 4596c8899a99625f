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
package io.sqskit.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.junit.QueueMessage;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** The helpers' waiting and reporting, over a scripted queue: no engine, no socket. */
class DefaultTestQueueTest {

  /** Answers receives from a script (then stops the caller) and remembers every call. */
  static final class RecordingQueueOps implements QueueOps {
    final Deque<List<Received>> answers = new ArrayDeque<>();
    final List<String> calls = new ArrayList<>();
    Map<String, String> counts = Map.of("ApproximateNumberOfMessages", "0");

    @Override
    public String createQueue(String name, Map<String, String> attributes) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, String> attributes(String queueUrl, List<String> names) {
      calls.add("GetQueueAttributes " + names);
      return names.contains("QueueArn")
          ? Map.of("QueueArn", "arn:aws:sqs:us-east-1:123456789012:q")
          : counts;
    }

    @Override
    public List<Received> receive(String queueUrl, int maxMessages, int waitSeconds) {
      calls.add("ReceiveMessage max=" + maxMessages + " wait=" + waitSeconds);
      if (answers.isEmpty()) {
        // A real long poll would block here; the script stops the helper instead of spinning.
        throw new IllegalStateException("script ended");
      }
      return answers.poll();
    }

    @Override
    public void delete(String queueUrl, String receiptHandle) {
      calls.add("DeleteMessage " + receiptHandle);
    }

    @Override
    public void deleteQueue(String queueUrl) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<String> listQueues(String prefix) {
      throw new UnsupportedOperationException();
    }
  }

  /** An inspector for an endpoint that cannot look into queues, like a contract endpoint. */
  static final class Blind implements DefaultTestQueue.Inspector {
    @Override
    public Optional<List<QueueMessage>> peek(String queueUrl) {
      return Optional.empty();
    }

    @Override
    public Optional<String> describeHeld(String queueUrl) {
      return Optional.empty();
    }

    @Override
    public String unavailableReason() {
      return "needs the in-JVM fake: skipped against the contract endpoint http://example";
    }
  }

  private final RecordingQueueOps ops = new RecordingQueueOps();
  private final DefaultTestQueue queue =
      new DefaultTestQueue("q", "http://example/123456789012/q", ops, new Blind(), null);

  private static QueueOps.Received message(String id, String body) {
    return new QueueOps.Received(new QueueMessage(id, body, Map.of(), Map.of()), "rh-" + id);
  }

  @Test
  void waitsWithLongPollsAndAsksOnlyForWhatIsStillMissing() {
    ops.answers.add(List.of());
    ops.answers.add(List.of(message("m1", "a")));
    ops.answers.add(List.of(message("m2", "b"), message("m3", "c")));

    List<QueueMessage> got = queue.awaitMessages(3, Duration.ofSeconds(60));

    assertThat(got).extracting(QueueMessage::body).containsExactly("a", "b", "c");
    assertThat(ops.calls)
        .containsExactly(
            "ReceiveMessage max=3 wait=20",
            "ReceiveMessage max=3 wait=20",
            "DeleteMessage rh-m1",
            "ReceiveMessage max=2 wait=20",
            "DeleteMessage rh-m2",
            "DeleteMessage rh-m3");
  }

  @Test
  void longPollsNeverOutlastTheTimeoutByMoreThanTheirOneSecondMinimum() {
    assertThatThrownBy(() -> queue.awaitMessages(1, Duration.ofMillis(1500)))
        .hasMessage("script ended");

    assertThat(ops.calls).first().isEqualTo("ReceiveMessage max=1 wait=1");
  }

  @Test
  void withoutAPeekTheFailureShowsTheQueuesCounts() {
    ops.counts =
        Map.of("ApproximateNumberOfMessages", "0", "ApproximateNumberOfMessagesNotVisible", "2");

    assertThatThrownBy(() -> queue.awaitMessages(1, Duration.ZERO))
        .hasMessage(
            "Expected 1 message(s) on queue q within PT0S but received 0; the queue reported "
                + ops.counts);
    assertThatThrownBy(queue::assertEmpty)
        .hasMessage("Expected queue q to be empty but it held " + ops.counts);
  }

  @Test
  void peekWithoutTheFakeAbortsTheTestWithTheReason() {
    assertThatThrownBy(queue::peek)
        .isInstanceOf(TestAbortedException.class)
        .hasMessage(
            "TestQueue.peek() needs the in-JVM fake: skipped against the contract endpoint"
                + " http://example");
  }

  @Test
  void theArnIsLookedUpOnceWhenFirstAskedFor() {
    assertThat(ops.calls).isEmpty();

    assertThat(queue.arn()).isEqualTo("arn:aws:sqs:us-east-1:123456789012:q");
    assertThat(queue.arn()).isEqualTo("arn:aws:sqs:us-east-1:123456789012:q");

    assertThat(ops.calls).containsExactly("GetQueueAttributes [QueueArn]");
  }
}

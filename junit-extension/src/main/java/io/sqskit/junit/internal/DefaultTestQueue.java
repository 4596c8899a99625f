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

import io.sqskit.junit.QueueMessage;
import io.sqskit.junit.TestQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.opentest4j.TestAbortedException;

/**
 * A {@link TestQueue} over {@link QueueOps}: the engine for the fake, a client for a contract run.
 */
public final class DefaultTestQueue implements TestQueue {

  /** How much of each message body a failure message shows. */
  private static final int BODY_PREVIEW = 120;

  private final String name;
  private final String url;
  private volatile @Nullable String arn; // looked up on first use
  private final QueueOps ops;
  private final Inspector inspector;
  private final @Nullable TestQueue deadLetterQueue;

  /** Looks at a queue without receiving from it; only the fake can. */
  public interface Inspector {
    /** The messages the queue holds, or empty when this backend cannot look. */
    Optional<List<QueueMessage>> peek(String queueUrl);

    /**
     * What the queue holds, with each message's state, for failure messages; empty when unknown.
     */
    Optional<String> describeHeld(String queueUrl);

    /** Why {@link #peek} is empty: shown when a test is skipped for it. */
    String unavailableReason();
  }

  /** A queue whose ARN is looked up on first use (most tests never ask). */
  public DefaultTestQueue(
      String name,
      String url,
      QueueOps ops,
      Inspector inspector,
      @Nullable TestQueue deadLetterQueue) {
    this.name = Objects.requireNonNull(name, "name");
    this.url = Objects.requireNonNull(url, "url");
    this.ops = Objects.requireNonNull(ops, "ops");
    this.inspector = Objects.requireNonNull(inspector, "inspector");
    this.deadLetterQueue = deadLetterQueue;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String url() {
    return url;
  }

  @Override
  public String arn() {
    String known = arn;
    if (known == null) {
      // GetQueueAttributes answers every attribute asked for by name; QueueArn is always set.
      known = Objects.requireNonNull(ops.attributes(url, List.of("QueueArn")).get("QueueArn"));
      arn = known;
    }
    return known;
  }

  @Override
  public Optional<TestQueue> deadLetterQueue() {
    return Optional.ofNullable(deadLetterQueue);
  }

  @Override
  public Map<String, String> attributes() {
    return ops.attributes(url, List.of("All"));
  }

  @Override
  public List<QueueMessage> awaitMessages(int count, Duration timeout) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1 but was " + count);
    }
    return await(received -> received.size() >= count, count, timeout, count + " message(s)");
  }

  @Override
  public List<QueueMessage> awaitMessages(
      Predicate<? super List<QueueMessage>> until, Duration timeout) {
    Objects.requireNonNull(until, "until");
    return await(until, Integer.MAX_VALUE, timeout, "messages matching the condition");
  }

  private List<QueueMessage> await(
      Predicate<? super List<QueueMessage>> until, int limit, Duration timeout, String wanted) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative but was " + timeout);
    }
    List<QueueMessage> received = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!until.test(List.copyOf(received))) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "Expected "
                + wanted
                + " on queue "
                + name
                + " within "
                + timeout
                + " but received "
                + received.size()
                + describe(received)
                + "; "
                + holdings());
      }
      // Long polls of at most the time left: ReceiveMessage returns as soon as a message arrives.
      int wait = (int) Math.min(20, Math.max(1, Duration.ofNanos(left).toSeconds()));
      int max = Math.max(1, Math.min(10, limit - received.size()));
      for (QueueOps.Received message : ops.receive(url, max, wait)) {
        ops.delete(url, message.receiptHandle());
        received.add(message.message());
      }
    }
    return List.copyOf(received);
  }

  @Override
  public List<QueueMessage> peek() {
    return inspector
        .peek(url)
        .orElseThrow(
            () -> new TestAbortedException("TestQueue.peek() " + inspector.unavailableReason()));
  }

  @Override
  public void assertEmpty() {
    Optional<List<QueueMessage>> held = inspector.peek(url);
    if (held.isPresent()) {
      if (!held.get().isEmpty()) {
        throw new AssertionError(
            "Expected queue "
                + name
                + " to be empty but it held "
                + inspector.describeHeld(url).orElse(""));
      }
      return;
    }
    Map<String, String> counts = counts();
    if (counts.values().stream().anyMatch(v -> !"0".equals(v))) {
      throw new AssertionError("Expected queue " + name + " to be empty but it held " + counts);
    }
  }

  private String holdings() {
    return inspector
        .describeHeld(url)
        .map(held -> "the queue held " + held)
        .orElseGet(() -> "the queue reported " + counts());
  }

  private Map<String, String> counts() {
    return ops.attributes(
        url,
        List.of(
            "ApproximateNumberOfMessages",
            "ApproximateNumberOfMessagesNotVisible",
            "ApproximateNumberOfMessagesDelayed"));
  }

  private static String describe(List<QueueMessage> messages) {
    if (messages.isEmpty()) {
      return "";
    }
    return messages.stream()
        .map(m -> "\n  " + m.messageId() + ": " + preview(m.body()))
        .collect(Collectors.joining("", ":", ""));
  }

  static String preview(String body) {
    String oneLine = body.replace("\n", "\\n");
    return oneLine.length() <= BODY_PREVIEW
        ? '"' + oneLine + '"'
        : '"' + oneLine.substring(0, BODY_PREVIEW) + "\"... (" + body.length() + " chars)";
  }

  @Override
  public String toString() {
    return "TestQueue[" + url + "]";
  }
}

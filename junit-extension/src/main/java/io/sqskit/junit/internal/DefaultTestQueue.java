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
import io.sqskit.testing.engine.MessageEvent;
import io.sqskit.testing.engine.MessageEvent.Kind;
import io.sqskit.testing.engine.MessageHistory;
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

    /** The recorded history of every message of the queue, or empty when this backend has none. */
    default Optional<List<MessageHistory>> history(String queueUrl) {
      return Optional.empty();
    }

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

  // ---------------------------------------------------------------- lifecycle assertions

  private List<MessageHistory> histories(String assertion) {
    return inspector
        .history(url)
        .orElseThrow(
            () ->
                new TestAbortedException(
                    "TestQueue." + assertion + "() " + inspector.unavailableReason()));
  }

  @Override
  public Optional<MessageHistory> history(String messageId) {
    Objects.requireNonNull(messageId, "messageId");
    return histories("history").stream().filter(h -> h.messageId().equals(messageId)).findFirst();
  }

  @Override
  public void assertNothingInFlight() {
    fail(
        "Expected no message of queue "
            + name
            + " to be in flight (received, neither deleted nor released)",
        histories("assertNothingInFlight").stream().filter(DefaultTestQueue::inFlight).toList());
  }

  /** Whether a message's latest move put it in flight: received, or its timeout changed. */
  static boolean inFlight(MessageHistory h) {
    boolean in = false;
    for (MessageEvent e : h.events()) {
      switch (e.kind()) {
        case RECEIVED, VISIBILITY_CHANGED -> in = true;
        case VISIBILITY_EXPIRED,
            DELETED,
            DEAD_LETTERED,
            MOVED_OUT,
            PURGED,
            RETENTION_EXPIRED,
            RETURNED,
            DUPLICATE_DELIVERY ->
            in = false;
        default -> {}
      }
    }
    return in;
  }

  @Override
  public void assertAllDeletedOnce() {
    fail(
        "Expected every message sent to queue "
            + name
            + " to be deleted exactly once, with the handle of its latest receive",
        histories("assertAllDeletedOnce").stream()
            .filter(
                h ->
                    // An injected duplicate is one more delivery, to be deleted once too.
                    h.count(Kind.DELETED) != 1 + h.count(Kind.DUPLICATE_DELIVERY)
                        || h.count(Kind.DELETE_WITH_STALE_HANDLE) > 0
                        || h.count(Kind.DELETED_AGAIN) > 0
                        || h.count(Kind.DELETE_REFUSED) > 0)
            .toList());
  }

  @Override
  public void assertNeverRedelivered() {
    fail(
        "Expected no message of queue " + name + " to become visible again after a receive",
        histories("assertNeverRedelivered").stream()
            .filter(h -> h.count(Kind.VISIBILITY_EXPIRED) > 0)
            .toList());
  }

  @Override
  public void assertDeadLettered(String messageId, int afterReceives) {
    Objects.requireNonNull(messageId, "messageId");
    List<MessageHistory> all = histories("assertDeadLettered");
    Optional<MessageHistory> found =
        all.stream().filter(h -> h.messageId().equals(messageId)).findFirst();
    if (found.isEmpty()) {
      throw new AssertionError(
          "Expected message "
              + messageId
              + " to be dead-lettered from queue "
              + name
              + " but the queue never held it");
    }
    fail(
        "Expected message "
            + messageId
            + " to be dead-lettered after "
            + afterReceives
            + " receives",
        found.stream().filter(h -> !deadLettered(h, afterReceives)).toList());
  }

  @Override
  public void assertDeadLettered(Predicate<? super MessageHistory> which, int afterReceives) {
    Objects.requireNonNull(which, "which");
    List<MessageHistory> matching = histories("assertDeadLettered").stream().filter(which).toList();

    if (matching.isEmpty()) {
      throw new AssertionError(
          "Expected messages of queue " + name + " matching the condition, but none matched");
    }
    fail(
        "Expected every message of queue "
            + name
            + " matching the condition to be dead-lettered after "
            + afterReceives
            + " receives",
        matching.stream().filter(h -> !deadLettered(h, afterReceives)).toList());
  }

  private static boolean deadLettered(MessageHistory h, int afterReceives) {
    return h.events().stream()
        .anyMatch(e -> e.kind() == Kind.DEAD_LETTERED && e.receiveCount() == afterReceives);
  }

  /** Throws an AssertionError telling the story of each offending message, if there is one. */
  private static void fail(String expectation, List<MessageHistory> offending) {
    if (offending.isEmpty()) {
      return;
    }
    StringBuilder text =
        new StringBuilder(expectation)
            .append(", but ")
            .append(offending.size())
            .append(offending.size() == 1 ? " message was not:" : " messages were not:");
    for (MessageHistory h : offending) {
      text.append('\n').append(h.story());
    }
    throw new AssertionError(text.toString());
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

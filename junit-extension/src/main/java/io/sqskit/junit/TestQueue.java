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
package io.sqskit.junit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A queue created for one test by {@link SqsQueue}, with helpers to wait for and inspect messages.
 *
 * <pre>{@code
 * @Test
 * void worker(@SqsQueue(name = "out") TestQueue out) {
 *   startWorker();
 *   List<QueueMessage> got = out.awaitMessages(2, Duration.ofSeconds(5));
 *   out.assertEmpty();
 * }
 * }</pre>
 *
 * <p>Helpers wait with long polls, never by sleeping. Instances are thread-safe.
 *
 * @since 0.1
 */
public interface TestQueue {

  /** {@return the queue's name as SQS knows it (with the run's prefix in a contract run)} */
  String name();

  /** {@return the queue URL} */
  String url();

  /** {@return the queue ARN} */
  String arn();

  /** {@return the dead-letter queue named by {@link SqsQueue#deadLetterQueue}, if any} */
  Optional<TestQueue> deadLetterQueue();

  /**
   * {@return all of the queue's attributes, as {@code GetQueueAttributes} with {@code All} returns
   * them}
   */
  Map<String, String> attributes();

  /**
   * Receives and deletes messages until {@code count} have arrived, waiting with long polls.
   *
   * @param count how many messages to wait for
   * @param timeout how long to wait for them in all
   * @return the messages in the order they were received
   * @throws AssertionError when fewer arrive within {@code timeout}; the message lists what arrived
   *     and what the queue still held
   */
  List<QueueMessage> awaitMessages(int count, Duration timeout);

  /**
   * Receives and deletes messages until the messages received so far satisfy {@code until}.
   *
   * @param until the condition on every message received so far
   * @param timeout how long to wait for it in all
   * @return the messages in the order they were received
   * @throws AssertionError when {@code until} does not hold within {@code timeout}
   */
  List<QueueMessage> awaitMessages(Predicate<? super List<QueueMessage>> until, Duration timeout);

  /**
   * {@return the messages the queue holds (visible, in flight and delayed) without receiving them:
   * no receive count or visibility changes} Each shows every system and message attribute a receive
   * asking for {@code All} would. Needs the fake; a contract run skips the calling test.
   */
  List<QueueMessage> peek();

  /**
   * Asserts that the queue holds no message, visible, in flight or delayed.
   *
   * @throws AssertionError naming what the queue held
   */
  void assertEmpty();
}

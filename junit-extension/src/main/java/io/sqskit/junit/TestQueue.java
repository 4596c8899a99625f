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

import io.sqskit.testing.engine.MessageHistory;
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

  /**
   * {@return the recorded life of one message of this queue (sent, received, released, deleted,
   * dead-lettered...), or empty when the queue never held it} For custom checks; needs the fake (a
   * contract run skips the calling test).
   *
   * @param messageId the message id SendMessage answered
   */
  Optional<MessageHistory> history(String messageId);

  /**
   * Asserts that no message of the queue is in flight: each one received was deleted or released
   * (its visibility timeout changed to 0, or run out). Needs the fake (a contract run skips the
   * calling test).
   *
   * @throws AssertionError telling the story of each message still in flight
   */
  void assertNothingInFlight();

  /**
   * Asserts that every message the queue received was deleted exactly once, with the handle of its
   * latest receive: none left undeleted, none deleted again, none deleted with the stale handle of
   * a receive before a redelivery (which SQS answers with success, leaving the message). A message
   * delivered once more by an injected duplicate ({@code Fault.duplicateDelivery()}) must be
   * deleted once per delivery. Needs the fake (a contract run skips the calling test).
   *
   * @throws AssertionError telling the story of each offending message
   */
  void assertAllDeletedOnce();

  /**
   * Asserts that no message became visible again after a receive (its visibility timeout ran out or
   * was released), so none was delivered twice. Needs the fake (a contract run skips the calling
   * test).
   *
   * @throws AssertionError telling the story of each message that became visible again
   */
  void assertNeverRedelivered();

  /**
   * Asserts that a message was moved to the dead-letter queue by the receive after its {@code
   * afterReceives}-th (the redrive policy's maxReceiveCount). Needs the fake (a contract run skips
   * the calling test).
   *
   * @param messageId the message id SendMessage answered
   * @param afterReceives how many receives it had when it was dead-lettered
   * @throws AssertionError telling the message's story when it was not dead-lettered so
   */
  void assertDeadLettered(String messageId, int afterReceives);

  /**
   * Asserts that every message whose history matches {@code which} (at least one) was moved to the
   * dead-letter queue after {@code afterReceives} receives. Needs the fake (a contract run skips
   * the calling test).
   *
   * @param which selects the messages, e.g. {@code h -> h.messageId().equals(id)}
   * @param afterReceives how many receives each had when it was dead-lettered
   * @throws AssertionError telling the story of each offending message
   */
  void assertDeadLettered(Predicate<? super MessageHistory> which, int afterReceives);
}

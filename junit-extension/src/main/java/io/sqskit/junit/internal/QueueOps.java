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
import java.util.List;
import java.util.Map;

/** The few SQS calls the extension itself makes: against the engine directly or over a client. */
public interface QueueOps {

  /** Creates a queue (or returns the existing one with the same attributes) and returns its URL. */
  String createQueue(String name, Map<String, String> attributes);

  /** GetQueueAttributes for the given names ({@code All} for every one). */
  Map<String, String> attributes(String queueUrl, List<String> names);

  /**
   * ReceiveMessage with all system and message attributes.
   *
   * @param waitSeconds the long-poll wait, 0 to 20
   */
  List<Received> receive(String queueUrl, int maxMessages, int waitSeconds);

  /** DeleteMessage. */
  void delete(String queueUrl, String receiptHandle);

  /** DeleteQueue. */
  void deleteQueue(String queueUrl);

  /** ListQueues with a name prefix, following every page. */
  List<String> listQueues(String prefix);

  /** A received message and the handle that deletes it. */
  record Received(QueueMessage message, String receiptHandle) {}
}

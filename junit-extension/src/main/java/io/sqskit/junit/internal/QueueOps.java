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

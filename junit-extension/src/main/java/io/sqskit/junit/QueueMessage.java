package io.sqskit.junit;

import java.util.Map;
import java.util.Objects;

/**
 * A message as a {@link TestQueue} helper saw it.
 *
 * @param messageId the id SQS gave the message
 * @param body the message body
 * @param attributes system attributes such as {@code ApproximateReceiveCount} or {@code
 *     MessageGroupId}
 * @param messageAttributes message attributes: string and number values as sent, binary values in
 *     base64
 * @since 0.1.0
 */
public record QueueMessage(
    String messageId,
    String body,
    Map<String, String> attributes,
    Map<String, String> messageAttributes) {

  /** Checks for nulls and copies the maps. */
  public QueueMessage {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(body, "body");
    attributes = Map.copyOf(attributes);
    messageAttributes = Map.copyOf(messageAttributes);
  }
}

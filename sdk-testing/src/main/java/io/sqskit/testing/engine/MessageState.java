package io.sqskit.testing.engine;

/**
 * Where a message stands in its queue, as seen by {@link SqsEngine#inspect}.
 *
 * @since 0.1.0
 */
public enum MessageState {
  /** Ready to be received. */
  VISIBLE,
  /** Received and not yet deleted; hidden until its visibility timeout ends. */
  IN_FLIGHT,
  /** Sent with a delay that has not ended yet. */
  DELAYED
}

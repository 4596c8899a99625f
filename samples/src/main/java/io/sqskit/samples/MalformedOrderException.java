package io.sqskit.samples;

/**
 * A message body that is not an order: retrying cannot help, so it goes to the dead-letter queue.
 */
public final class MalformedOrderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;

  public MalformedOrderException(String reason) {
    super(reason);
    this.reason = reason;
  }

  /** What is wrong with the body, as the dead-letter queue records it. */
  public String reason() {
    return reason;
  }
}

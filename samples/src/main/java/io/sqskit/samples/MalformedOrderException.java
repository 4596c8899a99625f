package io.sqskit.samples;

/**
 * A message body that is not an order: retrying cannot help, so it goes to the dead-letter queue.
 */
public final class MalformedOrderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MalformedOrderException(String message) {
    super(message);
  }
}

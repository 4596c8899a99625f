package io.sqskit.exception;

/**
 * Root of every exception the client throws for a failed call. Unchecked.
 *
 * @since 0.1
 */
public class SqsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SqsException(String message) {
    super(message);
  }

  public SqsException(String message, Throwable cause) {
    super(message, cause);
  }
}

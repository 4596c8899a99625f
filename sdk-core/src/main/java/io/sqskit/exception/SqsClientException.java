package io.sqskit.exception;

/**
 * The call failed without an answer from the service: I/O error, timeout, signing failure,
 * unreadable response, or a checksum (MD5) mismatch.
 *
 * @since 0.1
 */
public class SqsClientException extends SqsException {
  private static final long serialVersionUID = 1L;

  public SqsClientException(String message) {
    super(message);
  }

  public SqsClientException(String message, Throwable cause) {
    super(message, cause);
  }
}

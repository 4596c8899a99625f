package io.sqskit.exception;

/**
 * SQS error {@code InvalidMessageContents}: the message contains characters outside the allowed
 * set.
 *
 * @since 0.1
 */
public final class InvalidMessageContentsException extends SqsServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * See {@link SqsServiceException#SqsServiceException(String, String, int, String, boolean,
   * boolean, boolean)}.
   */
  public InvalidMessageContentsException(
      String errorMessage,
      String errorCode,
      int statusCode,
      String requestId,
      boolean senderFault,
      boolean retryable,
      boolean throttling) {
    super(errorMessage, errorCode, statusCode, requestId, senderFault, retryable, throttling);
  }
}

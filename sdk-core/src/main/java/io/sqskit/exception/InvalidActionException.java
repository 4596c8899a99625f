package io.sqskit.exception;

import org.jspecify.annotations.Nullable;

/**
 * SQS error {@code InvalidAction}: the action is unknown.
 *
 * @since 0.1
 */
public final class InvalidActionException extends SqsServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * See {@link SqsServiceException#SqsServiceException(String, String, int, String, boolean,
   * boolean, boolean)}.
   */
  public InvalidActionException(
      String errorMessage,
      String errorCode,
      int statusCode,
      @Nullable String requestId,
      boolean senderFault,
      boolean retryable,
      boolean throttling) {
    super(errorMessage, errorCode, statusCode, requestId, senderFault, retryable, throttling);
  }
}

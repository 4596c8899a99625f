package io.sqskit.exception;

import org.jspecify.annotations.Nullable;

/**
 * SQS error {@code AWS.SimpleQueueService.UnsupportedOperation}: the operation is not supported
 * (named so as not to clash with {@code java.lang.UnsupportedOperationException}).
 *
 * @since 0.1
 */
public final class SqsUnsupportedOperationException extends SqsServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * See {@link SqsServiceException#SqsServiceException(String, String, int, String, boolean,
   * boolean, boolean)}.
   */
  public SqsUnsupportedOperationException(
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

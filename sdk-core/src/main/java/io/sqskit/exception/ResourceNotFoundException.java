package io.sqskit.exception;

import org.jspecify.annotations.Nullable;

/**
 * SQS error {@code ResourceNotFoundException}: a specified resource, e.g. a message move task, does
 * not exist.
 *
 * @since 0.1
 */
public final class ResourceNotFoundException extends SqsServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * See {@link SqsServiceException#SqsServiceException(String, String, int, String, boolean,
   * boolean, boolean)}.
   */
  public ResourceNotFoundException(
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

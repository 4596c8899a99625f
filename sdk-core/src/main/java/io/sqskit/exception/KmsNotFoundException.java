package io.sqskit.exception;

import org.jspecify.annotations.Nullable;

/**
 * SQS error {@code KMS.NotFoundException}: the KMS key was not found.
 *
 * @since 0.1
 */
public final class KmsNotFoundException extends SqsServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * See {@link SqsServiceException#SqsServiceException(String, String, int, String, boolean,
   * boolean, boolean)}.
   */
  public KmsNotFoundException(
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

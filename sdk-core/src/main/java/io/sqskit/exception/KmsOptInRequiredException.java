package io.sqskit.exception;

import org.jspecify.annotations.Nullable;

/**
 * SQS error {@code KMS.OptInRequired}: the KMS key policy is not correct or an opt-in is required.
 *
 * @since 0.1
 */
public final class KmsOptInRequiredException extends SqsServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * See {@link SqsServiceException#SqsServiceException(String, String, int, String, boolean,
   * boolean, boolean)}.
   */
  public KmsOptInRequiredException(
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

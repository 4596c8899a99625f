package io.sqskit.exception;

import org.jspecify.annotations.Nullable;

/**
 * SQS error {@code AWS.SimpleQueueService.InvalidBatchEntryId}: the {@code Id} of a batch entry
 * does not follow the rules (up to 80 of {@code A-Z a-z 0-9 - _}).
 *
 * @since 0.1
 */
public final class InvalidBatchEntryIdException extends SqsServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * See {@link SqsServiceException#SqsServiceException(String, String, int, String, boolean,
   * boolean, boolean)}.
   */
  public InvalidBatchEntryIdException(
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

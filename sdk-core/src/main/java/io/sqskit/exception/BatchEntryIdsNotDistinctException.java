package io.sqskit.exception;

import org.jspecify.annotations.Nullable;

/**
 * SQS error {@code AWS.SimpleQueueService.BatchEntryIdsNotDistinct}: two or more entries of a batch
 * request have the same {@code Id}.
 *
 * @since 0.1
 */
public final class BatchEntryIdsNotDistinctException extends SqsServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * See {@link SqsServiceException#SqsServiceException(String, String, int, String, boolean,
   * boolean, boolean)}.
   */
  public BatchEntryIdsNotDistinctException(
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

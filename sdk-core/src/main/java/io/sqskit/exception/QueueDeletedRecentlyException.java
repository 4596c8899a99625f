package io.sqskit.exception;

import org.jspecify.annotations.Nullable;

/**
 * SQS error {@code AWS.SimpleQueueService.QueueDeletedRecently}: a queue of that name was deleted
 * less than 60 seconds ago.
 *
 * @since 0.1
 */
public final class QueueDeletedRecentlyException extends SqsServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * See {@link SqsServiceException#SqsServiceException(String, String, int, String, boolean,
   * boolean, boolean)}.
   */
  public QueueDeletedRecentlyException(
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

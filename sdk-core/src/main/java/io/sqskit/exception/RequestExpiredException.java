package io.sqskit.exception;

import org.jspecify.annotations.Nullable;

/**
 * SQS error {@code RequestExpired}: the request's date is more than 15 minutes off the service's
 * clock.
 *
 * @since 0.1
 */
public final class RequestExpiredException extends SqsServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * See {@link SqsServiceException#SqsServiceException(String, String, int, String, boolean,
   * boolean, boolean)}.
   */
  public RequestExpiredException(
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

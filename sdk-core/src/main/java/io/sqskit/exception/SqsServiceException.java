/*
 * Copyright 2026 The sqskit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.sqskit.exception;

import org.jspecify.annotations.Nullable;

/**
 * The service answered with an error. Subclasses name the well-known codes; an unknown code stays
 * an {@code SqsServiceException} with the raw code kept in {@link #errorCode()}.
 *
 * <p>The message ends with {@code (code, status, request id)} so that logs are useful on their own.
 *
 * @since 0.1
 */
public class SqsServiceException extends SqsException {
  private static final long serialVersionUID = 1L;

  /** The code the service sent. */
  private final String errorCode;

  /** The HTTP status of the answer. */
  private final int statusCode;

  /** The service's request id, or null. */
  private final @Nullable String requestId;

  /** True for a sender (client) fault. */
  private final boolean senderFault;

  /** Whether the retry loop may try again. */
  private final boolean retryable;

  /** Whether the error is a throttling error. */
  private final boolean throttling;

  /**
   * An error the service answered with; {@link ErrorCode#from} picks the subclass for a code.
   *
   * @param errorMessage the service's own message
   * @param errorCode the code the service sent (Query code, e.g. {@code
   *     AWS.SimpleQueueService.NonExistentQueue})
   * @param statusCode the HTTP status
   * @param requestId the request id, or null when the response had none
   * @param senderFault true for {@code Sender} (client) faults, false for {@code Receiver}
   * @param retryable whether the retry loop may try the call again
   * @param throttling whether the error is a throttling error (longer backoff)
   */
  public SqsServiceException(
      String errorMessage,
      String errorCode,
      int statusCode,
      @Nullable String requestId,
      boolean senderFault,
      boolean retryable,
      boolean throttling) {
    super(errorMessage + " (" + errorCode + ", " + statusCode + ", " + requestId + ")");
    this.errorCode = errorCode;
    this.statusCode = statusCode;
    this.requestId = requestId;
    this.senderFault = senderFault;
    this.retryable = retryable;
    this.throttling = throttling;
  }

  /**
   * {@return the code the service sent} Over Query and over JSON it is SQS's Query code, e.g.
   * {@code AWS.SimpleQueueService.NonExistentQueue}; an unknown code is kept as sent.
   */
  public String errorCode() {
    return errorCode;
  }

  /** {@return the HTTP status of the answer, e.g. 400 or 403} */
  public int statusCode() {
    return statusCode;
  }

  /** {@return the request id the service gave the call, or null when the answer had none} */
  public @Nullable String requestId() {
    return requestId;
  }

  /** {@return true when the caller was at fault ({@code Sender}), false for the service} */
  public boolean senderFault() {
    return senderFault;
  }

  /** {@return whether the client's retry loop may try the call again} */
  public boolean retryable() {
    return retryable;
  }

  /** {@return whether the service asks the caller to slow down (retried with a longer backoff)} */
  public boolean isThrottling() {
    return throttling;
  }
}

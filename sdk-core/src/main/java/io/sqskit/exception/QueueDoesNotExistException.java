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
 * SQS error {@code AWS.SimpleQueueService.NonExistentQueue}: the queue does not exist.
 *
 * @since 0.1
 */
public final class QueueDoesNotExistException extends SqsServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * See {@link SqsServiceException#SqsServiceException(String, String, int, String, boolean,
   * boolean, boolean)}.
   *
   * @param errorMessage the service's own message
   * @param errorCode the code the service sent (Query code)
   * @param statusCode the HTTP status
   * @param requestId the request id, or null when the response had none
   * @param senderFault true for {@code Sender} (client) faults, false for {@code Receiver}
   * @param retryable whether the retry loop may try the call again
   * @param throttling whether the error is a throttling error (longer backoff)
   */
  public QueueDoesNotExistException(
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

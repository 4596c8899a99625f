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
package io.sqskit.model;

import org.jspecify.annotations.Nullable;

/**
 * One message move task as {@code ListMessageMoveTasks} describes it (SQS's {@code
 * ListMessageMoveTasksResultEntry}).
 *
 * @param taskHandle the handle, only for tasks in status {@code RUNNING}, else null
 * @param status {@code RUNNING}, {@code COMPLETED}, {@code CANCELLING}, {@code CANCELLED} or {@code
 *     FAILED}, kept as a string so that new states are not rejected
 * @param sourceArn the ARN of the queue messages are moved from
 * @param destinationArn the ARN of the destination, or null when messages go back to their sources
 * @param maxNumberOfMessagesPerSecond the rate limit given at start, or null
 * @param approximateNumberOfMessagesMoved how many messages were moved so far, or null
 * @param approximateNumberOfMessagesToMove how many messages the task will move, or null
 * @param failureReason why the task failed, only for status {@code FAILED}
 * @param startedTimestamp when the task started, epoch milliseconds, or null
 * @since 0.1
 */
public record MessageMoveTask(
    @Nullable String taskHandle,
    @Nullable String status,
    @Nullable String sourceArn,
    @Nullable String destinationArn,
    @Nullable Integer maxNumberOfMessagesPerSecond,
    @Nullable Long approximateNumberOfMessagesMoved,
    @Nullable Long approximateNumberOfMessagesToMove,
    @Nullable String failureReason,
    @Nullable Long startedTimestamp) {

  /** The status as a known constant, or null for a state this client does not know. */
  public @Nullable MessageMoveTaskStatus knownStatus() {
    return status == null ? null : MessageMoveTaskStatus.fromValue(status);
  }
}

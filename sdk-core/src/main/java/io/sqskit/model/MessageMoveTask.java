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

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One message move task as {@code ListMessageMoveTasks} describes it (SQS's {@code
 * ListMessageMoveTasksResultEntry}). Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class MessageMoveTask {
  private final @Nullable String taskHandle;
  private final @Nullable String status;
  private final @Nullable String sourceArn;
  private final @Nullable String destinationArn;
  private final @Nullable Integer maxNumberOfMessagesPerSecond;
  private final @Nullable Long approximateNumberOfMessagesMoved;
  private final @Nullable Long approximateNumberOfMessagesToMove;
  private final @Nullable String failureReason;
  private final @Nullable Long startedTimestamp;

  private MessageMoveTask(Builder builder) {
    this.taskHandle = builder.taskHandle;
    this.status = builder.status;
    this.sourceArn = builder.sourceArn;
    this.destinationArn = builder.destinationArn;
    this.maxNumberOfMessagesPerSecond = builder.maxNumberOfMessagesPerSecond;
    this.approximateNumberOfMessagesMoved = builder.approximateNumberOfMessagesMoved;
    this.approximateNumberOfMessagesToMove = builder.approximateNumberOfMessagesToMove;
    this.failureReason = builder.failureReason;
    this.startedTimestamp = builder.startedTimestamp;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this object's values} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return the handle, only for tasks in status {@code RUNNING}, else null} */
  public @Nullable String taskHandle() {
    return taskHandle;
  }

  /**
   * {@return the status ({@code RUNNING}, {@code COMPLETED}, {@code CANCELLING}, {@code CANCELLED}
   * or {@code FAILED}) as a string, so that new states are not rejected; or null}
   */
  public @Nullable String status() {
    return status;
  }

  /** {@return the ARN of the queue messages are moved from, or null when absent} */
  public @Nullable String sourceArn() {
    return sourceArn;
  }

  /** {@return the ARN of the destination, or null when messages go back to their sources} */
  public @Nullable String destinationArn() {
    return destinationArn;
  }

  /** {@return the rate limit given at start, or null} */
  public @Nullable Integer maxNumberOfMessagesPerSecond() {
    return maxNumberOfMessagesPerSecond;
  }

  /** {@return how many messages were moved so far, or null} */
  public @Nullable Long approximateNumberOfMessagesMoved() {
    return approximateNumberOfMessagesMoved;
  }

  /** {@return how many messages the task will move, or null} */
  public @Nullable Long approximateNumberOfMessagesToMove() {
    return approximateNumberOfMessagesToMove;
  }

  /** {@return why the task failed, only for status {@code FAILED}, else null} */
  public @Nullable String failureReason() {
    return failureReason;
  }

  /** {@return when the task started, epoch milliseconds, or null} */
  public @Nullable Long startedTimestamp() {
    return startedTimestamp;
  }

  /** {@return the status as a known constant, or null for a state this client does not know} */
  public @Nullable MessageMoveTaskStatus knownStatus() {
    return status == null ? null : MessageMoveTaskStatus.fromValue(status);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof MessageMoveTask that)) {
      return false;
    }
    return Objects.equals(taskHandle, that.taskHandle)
        && Objects.equals(status, that.status)
        && Objects.equals(sourceArn, that.sourceArn)
        && Objects.equals(destinationArn, that.destinationArn)
        && Objects.equals(maxNumberOfMessagesPerSecond, that.maxNumberOfMessagesPerSecond)
        && Objects.equals(approximateNumberOfMessagesMoved, that.approximateNumberOfMessagesMoved)
        && Objects.equals(approximateNumberOfMessagesToMove, that.approximateNumberOfMessagesToMove)
        && Objects.equals(failureReason, that.failureReason)
        && Objects.equals(startedTimestamp, that.startedTimestamp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        taskHandle,
        status,
        sourceArn,
        destinationArn,
        maxNumberOfMessagesPerSecond,
        approximateNumberOfMessagesMoved,
        approximateNumberOfMessagesToMove,
        failureReason,
        startedTimestamp);
  }

  @Override
  public String toString() {
    return "MessageMoveTask{"
        + "taskHandle="
        + taskHandle
        + ", status="
        + status
        + ", sourceArn="
        + sourceArn
        + ", destinationArn="
        + destinationArn
        + ", maxNumberOfMessagesPerSecond="
        + maxNumberOfMessagesPerSecond
        + ", approximateNumberOfMessagesMoved="
        + approximateNumberOfMessagesMoved
        + ", approximateNumberOfMessagesToMove="
        + approximateNumberOfMessagesToMove
        + ", failureReason="
        + failureReason
        + ", startedTimestamp="
        + startedTimestamp
        + "}";
  }

  /** Collects the values of a {@link MessageMoveTask}; not thread-safe. */
  public static final class Builder {
    private @Nullable String taskHandle;
    private @Nullable String status;
    private @Nullable String sourceArn;
    private @Nullable String destinationArn;
    private @Nullable Integer maxNumberOfMessagesPerSecond;
    private @Nullable Long approximateNumberOfMessagesMoved;
    private @Nullable Long approximateNumberOfMessagesToMove;
    private @Nullable String failureReason;
    private @Nullable Long startedTimestamp;

    private Builder() {}

    private Builder(MessageMoveTask source) {
      this.taskHandle = source.taskHandle;
      this.status = source.status;
      this.sourceArn = source.sourceArn;
      this.destinationArn = source.destinationArn;
      this.maxNumberOfMessagesPerSecond = source.maxNumberOfMessagesPerSecond;
      this.approximateNumberOfMessagesMoved = source.approximateNumberOfMessagesMoved;
      this.approximateNumberOfMessagesToMove = source.approximateNumberOfMessagesToMove;
      this.failureReason = source.failureReason;
      this.startedTimestamp = source.startedTimestamp;
    }

    /**
     * Sets the handle of a running task.
     *
     * @param taskHandle the handle of a running task
     * @return this builder
     */
    public Builder taskHandle(@Nullable String taskHandle) {
      this.taskHandle = taskHandle;
      return this;
    }

    /**
     * Sets the status as SQS spells it.
     *
     * @param status the status as SQS spells it
     * @return this builder
     */
    public Builder status(@Nullable String status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the ARN of the source queue.
     *
     * @param sourceArn the ARN of the source queue
     * @return this builder
     */
    public Builder sourceArn(@Nullable String sourceArn) {
      this.sourceArn = sourceArn;
      return this;
    }

    /**
     * Sets the ARN of the destination queue.
     *
     * @param destinationArn the ARN of the destination queue
     * @return this builder
     */
    public Builder destinationArn(@Nullable String destinationArn) {
      this.destinationArn = destinationArn;
      return this;
    }

    /**
     * Sets the rate limit given at start.
     *
     * @param maxNumberOfMessagesPerSecond the rate limit given at start
     * @return this builder
     */
    public Builder maxNumberOfMessagesPerSecond(@Nullable Integer maxNumberOfMessagesPerSecond) {
      this.maxNumberOfMessagesPerSecond = maxNumberOfMessagesPerSecond;
      return this;
    }

    /**
     * Sets how many messages were moved so far.
     *
     * @param approximateNumberOfMessagesMoved how many messages were moved so far
     * @return this builder
     */
    public Builder approximateNumberOfMessagesMoved(
        @Nullable Long approximateNumberOfMessagesMoved) {
      this.approximateNumberOfMessagesMoved = approximateNumberOfMessagesMoved;
      return this;
    }

    /**
     * Sets how many messages the task will move.
     *
     * @param approximateNumberOfMessagesToMove how many messages the task will move
     * @return this builder
     */
    public Builder approximateNumberOfMessagesToMove(
        @Nullable Long approximateNumberOfMessagesToMove) {
      this.approximateNumberOfMessagesToMove = approximateNumberOfMessagesToMove;
      return this;
    }

    /**
     * Sets why the task failed.
     *
     * @param failureReason why the task failed
     * @return this builder
     */
    public Builder failureReason(@Nullable String failureReason) {
      this.failureReason = failureReason;
      return this;
    }

    /**
     * Sets when the task started, epoch milliseconds.
     *
     * @param startedTimestamp when the task started, epoch milliseconds
     * @return this builder
     */
    public Builder startedTimestamp(@Nullable Long startedTimestamp) {
      this.startedTimestamp = startedTimestamp;
      return this;
    }

    /** {@return the immutable object} */
    public MessageMoveTask build() {
      return new MessageMoveTask(this);
    }
  }
}

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
 * Starts moving messages out of a dead-letter queue ({@code StartMessageMoveTask}).
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class StartMessageMoveTaskRequest {
  private final @Nullable String sourceArn;
  private final @Nullable String destinationArn;
  private final @Nullable Integer maxNumberOfMessagesPerSecond;

  private StartMessageMoveTaskRequest(Builder builder) {
    this.sourceArn = builder.sourceArn;
    this.destinationArn = builder.destinationArn;
    this.maxNumberOfMessagesPerSecond = builder.maxNumberOfMessagesPerSecond;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this object's values} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return the ARN of the dead-letter queue to move messages from, or null when absent} */
  public @Nullable String sourceArn() {
    return sourceArn;
  }

  /**
   * {@return the ARN of the queue to move them to; null moves them back to their source queues, or
   * null when absent}
   */
  public @Nullable String destinationArn() {
    return destinationArn;
  }

  /** {@return the highest move rate, 1 to 500 messages per second, or null when absent} */
  public @Nullable Integer maxNumberOfMessagesPerSecond() {
    return maxNumberOfMessagesPerSecond;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof StartMessageMoveTaskRequest that)) {
      return false;
    }

    return Objects.equals(sourceArn, that.sourceArn)
        && Objects.equals(destinationArn, that.destinationArn)
        && Objects.equals(maxNumberOfMessagesPerSecond, that.maxNumberOfMessagesPerSecond);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourceArn, destinationArn, maxNumberOfMessagesPerSecond);
  }

  @Override
  public String toString() {
    return "StartMessageMoveTaskRequest{"
        + "sourceArn="
        + sourceArn
        + ", destinationArn="
        + destinationArn
        + ", maxNumberOfMessagesPerSecond="
        + maxNumberOfMessagesPerSecond
        + "}";
  }

  /** Collects the values of a {@link StartMessageMoveTaskRequest}; not thread-safe. */
  public static final class Builder {
    private @Nullable String sourceArn;
    private @Nullable String destinationArn;
    private @Nullable Integer maxNumberOfMessagesPerSecond;

    private Builder() {}

    private Builder(StartMessageMoveTaskRequest source) {
      this.sourceArn = source.sourceArn;
      this.destinationArn = source.destinationArn;
      this.maxNumberOfMessagesPerSecond = source.maxNumberOfMessagesPerSecond;
    }

    /**
     * Sets the ARN of the dead-letter queue to move messages from.
     *
     * @param sourceArn the ARN of the dead-letter queue to move messages from
     * @return this builder
     */
    public Builder sourceArn(@Nullable String sourceArn) {
      this.sourceArn = sourceArn;
      return this;
    }

    /**
     * Sets the ARN of the queue to move them to; null moves them back to their source queues.
     *
     * @param destinationArn the ARN of the queue to move them to; null moves them back to their
     *     source queues
     * @return this builder
     */
    public Builder destinationArn(@Nullable String destinationArn) {
      this.destinationArn = destinationArn;
      return this;
    }

    /**
     * Sets the highest move rate, 1 to 500 messages per second.
     *
     * @param maxNumberOfMessagesPerSecond the highest move rate, 1 to 500 messages per second
     * @return this builder
     */
    public Builder maxNumberOfMessagesPerSecond(@Nullable Integer maxNumberOfMessagesPerSecond) {
      this.maxNumberOfMessagesPerSecond = maxNumberOfMessagesPerSecond;
      return this;
    }

    /** {@return the immutable object} */
    public StartMessageMoveTaskRequest build() {
      return new StartMessageMoveTaskRequest(this);
    }
  }
}

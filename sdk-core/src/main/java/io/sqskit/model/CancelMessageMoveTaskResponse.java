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
 * The answer to {@code CancelMessageMoveTask}.
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class CancelMessageMoveTaskResponse {
  private final @Nullable Long approximateNumberOfMessagesMoved;

  private CancelMessageMoveTaskResponse(Builder builder) {
    this.approximateNumberOfMessagesMoved = builder.approximateNumberOfMessagesMoved;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this object's values} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return how many messages were moved before the task was cancelled, or null when absent} */
  public @Nullable Long approximateNumberOfMessagesMoved() {
    return approximateNumberOfMessagesMoved;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CancelMessageMoveTaskResponse that)) {
      return false;
    }

    return Objects.equals(approximateNumberOfMessagesMoved, that.approximateNumberOfMessagesMoved);
  }

  @Override
  public int hashCode() {
    return Objects.hash(approximateNumberOfMessagesMoved);
  }

  @Override
  public String toString() {
    return "CancelMessageMoveTaskResponse{"
        + "approximateNumberOfMessagesMoved="
        + approximateNumberOfMessagesMoved
        + "}";
  }

  /** Collects the values of a {@link CancelMessageMoveTaskResponse}; not thread-safe. */
  public static final class Builder {
    private @Nullable Long approximateNumberOfMessagesMoved;

    private Builder() {}

    private Builder(CancelMessageMoveTaskResponse source) {
      this.approximateNumberOfMessagesMoved = source.approximateNumberOfMessagesMoved;
    }

    /**
     * Sets how many messages were moved before the task was cancelled.
     *
     * @param approximateNumberOfMessagesMoved how many messages were moved before the task was
     *     cancelled
     * @return this builder
     */
    public Builder approximateNumberOfMessagesMoved(
        @Nullable Long approximateNumberOfMessagesMoved) {
      this.approximateNumberOfMessagesMoved = approximateNumberOfMessagesMoved;
      return this;
    }

    /** {@return the immutable object} */
    public CancelMessageMoveTaskResponse build() {
      return new CancelMessageMoveTaskResponse(this);
    }
  }
}

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
 * The answer to {@code StartMessageMoveTask}.
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class StartMessageMoveTaskResponse {
  private final @Nullable String taskHandle;

  private StartMessageMoveTaskResponse(Builder builder) {
    this.taskHandle = builder.taskHandle;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this object's values} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return the handle of the task, for {@code CancelMessageMoveTask}, or null when absent} */
  public @Nullable String taskHandle() {
    return taskHandle;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof StartMessageMoveTaskResponse that)) {
      return false;
    }

    return Objects.equals(taskHandle, that.taskHandle);
  }

  @Override
  public int hashCode() {
    return Objects.hash(taskHandle);
  }

  @Override
  public String toString() {
    return "StartMessageMoveTaskResponse{" + "taskHandle=" + taskHandle + "}";
  }

  /** Collects the values of a {@link StartMessageMoveTaskResponse}; not thread-safe. */
  public static final class Builder {
    private @Nullable String taskHandle;

    private Builder() {}

    private Builder(StartMessageMoveTaskResponse source) {
      this.taskHandle = source.taskHandle;
    }

    /**
     * Sets the handle of the task, for {@code CancelMessageMoveTask}.
     *
     * @param taskHandle the handle of the task, for {@code CancelMessageMoveTask}
     * @return this builder
     */
    public Builder taskHandle(@Nullable String taskHandle) {
      this.taskHandle = taskHandle;
      return this;
    }

    /** {@return the immutable object} */
    public StartMessageMoveTaskResponse build() {
      return new StartMessageMoveTaskResponse(this);
    }
  }
}

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
 * Lists the most recent message move tasks of a source queue ({@code ListMessageMoveTasks}).
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class ListMessageMoveTasksRequest {
  private final @Nullable String sourceArn;
  private final @Nullable Integer maxResults;

  private ListMessageMoveTasksRequest(Builder builder) {
    this.sourceArn = builder.sourceArn;
    this.maxResults = builder.maxResults;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this object's values} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return the ARN of the source queue, or null when absent} */
  public @Nullable String sourceArn() {
    return sourceArn;
  }

  /** {@return how many tasks to list, 1 to 10, or null when absent} */
  public @Nullable Integer maxResults() {
    return maxResults;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ListMessageMoveTasksRequest that)) {
      return false;
    }

    return Objects.equals(sourceArn, that.sourceArn) && Objects.equals(maxResults, that.maxResults);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourceArn, maxResults);
  }

  @Override
  public String toString() {
    return "ListMessageMoveTasksRequest{"
        + "sourceArn="
        + sourceArn
        + ", maxResults="
        + maxResults
        + "}";
  }

  /** Collects the values of a {@link ListMessageMoveTasksRequest}; not thread-safe. */
  public static final class Builder {
    private @Nullable String sourceArn;
    private @Nullable Integer maxResults;

    private Builder() {}

    private Builder(ListMessageMoveTasksRequest source) {
      this.sourceArn = source.sourceArn;
      this.maxResults = source.maxResults;
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
     * Sets how many tasks to list, 1 to 10.
     *
     * @param maxResults how many tasks to list, 1 to 10
     * @return this builder
     */
    public Builder maxResults(@Nullable Integer maxResults) {
      this.maxResults = maxResults;
      return this;
    }

    /** {@return the immutable object} */
    public ListMessageMoveTasksRequest build() {
      return new ListMessageMoveTasksRequest(this);
    }
  }
}

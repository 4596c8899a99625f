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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to {@code ListMessageMoveTasks}.
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class ListMessageMoveTasksResponse {
  private final List<MessageMoveTask> results;

  private ListMessageMoveTasksResponse(Builder builder) {
    this.results = Collections.unmodifiableList(new ArrayList<>(builder.results));
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this object's values} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return the tasks, most recent first, never null} */
  public List<MessageMoveTask> results() {
    return results;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ListMessageMoveTasksResponse that)) {
      return false;
    }

    return Objects.equals(results, that.results);
  }

  @Override
  public int hashCode() {
    return Objects.hash(results);
  }

  @Override
  public String toString() {
    return "ListMessageMoveTasksResponse{" + "results=" + results + "}";
  }

  /** Collects the values of a {@link ListMessageMoveTasksResponse}; not thread-safe. */
  public static final class Builder {
    private List<MessageMoveTask> results = new ArrayList<>();

    private Builder() {}

    private Builder(ListMessageMoveTasksResponse source) {
      this.results = new ArrayList<>(source.results);
    }

    /**
     * Sets the tasks, most recent first, replacing earlier ones.
     *
     * @param results the tasks, most recent first, replacing earlier ones
     * @return this builder
     */
    public Builder results(Collection<MessageMoveTask> results) {
      this.results = new ArrayList<>(Objects.requireNonNull(results, "results"));
      return this;
    }

    /**
     * Sets the tasks, most recent first, replacing earlier ones.
     *
     * @param results the tasks, most recent first, replacing earlier ones
     * @return this builder
     */
    public Builder results(MessageMoveTask... results) {
      return results(Arrays.asList(results));
    }

    /** {@return the immutable object} */
    public ListMessageMoveTasksResponse build() {
      return new ListMessageMoveTasksResponse(this);
    }
  }
}

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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to {@code ListQueueTags}.
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class ListQueueTagsResponse {
  private final Map<String, String> tags;

  private ListQueueTagsResponse(Builder builder) {
    this.tags = Collections.unmodifiableMap(new LinkedHashMap<>(builder.tags));
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this object's values} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return the tags by key, in insertion order, never null} */
  public Map<String, String> tags() {
    return tags;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ListQueueTagsResponse that)) {
      return false;
    }

    return Objects.equals(tags, that.tags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tags);
  }

  @Override
  public String toString() {
    return "ListQueueTagsResponse{" + "tags=" + tags + "}";
  }

  /** Collects the values of a {@link ListQueueTagsResponse}; not thread-safe. */
  public static final class Builder {
    private Map<String, String> tags = new LinkedHashMap<>();

    private Builder() {}

    private Builder(ListQueueTagsResponse source) {
      this.tags = new LinkedHashMap<>(source.tags);
    }

    /**
     * Sets the tags by key, replacing earlier ones.
     *
     * @param tags the tags by key, replacing earlier ones
     * @return this builder
     */
    public Builder tags(Map<String, String> tags) {
      this.tags = new LinkedHashMap<>(Objects.requireNonNull(tags, "tags"));
      return this;
    }

    /** {@return the immutable object} */
    public ListQueueTagsResponse build() {
      return new ListQueueTagsResponse(this);
    }
  }
}

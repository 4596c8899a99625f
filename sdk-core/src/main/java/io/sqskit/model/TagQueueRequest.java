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
import org.jspecify.annotations.Nullable;

/**
 * Adds or replaces tags of a queue ({@code TagQueue}).
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class TagQueueRequest {
  private final @Nullable String queueUrl;
  private final Map<String, String> tags;

  private TagQueueRequest(Builder builder) {
    this.queueUrl = builder.queueUrl;
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

  /** {@return the URL of the queue, or null when absent} */
  public @Nullable String queueUrl() {
    return queueUrl;
  }

  /** {@return the tags to set by key, in insertion order, never null} */
  public Map<String, String> tags() {
    return tags;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TagQueueRequest that)) {
      return false;
    }

    return Objects.equals(queueUrl, that.queueUrl) && Objects.equals(tags, that.tags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queueUrl, tags);
  }

  @Override
  public String toString() {
    return "TagQueueRequest{" + "queueUrl=" + queueUrl + ", tags=" + tags + "}";
  }

  /** Collects the values of a {@link TagQueueRequest}; not thread-safe. */
  public static final class Builder {
    private @Nullable String queueUrl;
    private Map<String, String> tags = new LinkedHashMap<>();

    private Builder() {}

    private Builder(TagQueueRequest source) {
      this.queueUrl = source.queueUrl;
      this.tags = new LinkedHashMap<>(source.tags);
    }

    /**
     * Sets the URL of the queue.
     *
     * @param queueUrl the URL of the queue
     * @return this builder
     */
    public Builder queueUrl(@Nullable String queueUrl) {
      this.queueUrl = queueUrl;
      return this;
    }

    /**
     * Sets the tags to set by key, replacing earlier ones.
     *
     * @param tags the tags to set by key, replacing earlier ones
     * @return this builder
     */
    public Builder tags(Map<String, String> tags) {
      this.tags = new LinkedHashMap<>(Objects.requireNonNull(tags, "tags"));
      return this;
    }

    /**
     * Adds or replaces one entry of the tags to set by key.
     *
     * @param name the tag's key
     * @param value the tag's value
     * @return this builder
     */
    public Builder tag(String name, String value) {
      this.tags.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** {@return the immutable object} */
    public TagQueueRequest build() {
      return new TagQueueRequest(this);
    }
  }
}

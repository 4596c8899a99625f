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
import org.jspecify.annotations.Nullable;

/**
 * Removes tags from a queue ({@code UntagQueue}).
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class UntagQueueRequest {
  private final @Nullable String queueUrl;
  private final List<String> tagKeys;

  private UntagQueueRequest(Builder builder) {
    this.queueUrl = builder.queueUrl;
    this.tagKeys = Collections.unmodifiableList(new ArrayList<>(builder.tagKeys));
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

  /** {@return the keys of the tags to remove, never null} */
  public List<String> tagKeys() {
    return tagKeys;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof UntagQueueRequest that)) {
      return false;
    }

    return Objects.equals(queueUrl, that.queueUrl) && Objects.equals(tagKeys, that.tagKeys);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queueUrl, tagKeys);
  }

  @Override
  public String toString() {
    return "UntagQueueRequest{" + "queueUrl=" + queueUrl + ", tagKeys=" + tagKeys + "}";
  }

  /** Collects the values of a {@link UntagQueueRequest}; not thread-safe. */
  public static final class Builder {
    private @Nullable String queueUrl;
    private List<String> tagKeys = new ArrayList<>();

    private Builder() {}

    private Builder(UntagQueueRequest source) {
      this.queueUrl = source.queueUrl;
      this.tagKeys = new ArrayList<>(source.tagKeys);
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
     * Sets the keys of the tags to remove, replacing earlier ones.
     *
     * @param tagKeys the keys of the tags to remove, replacing earlier ones
     * @return this builder
     */
    public Builder tagKeys(Collection<String> tagKeys) {
      this.tagKeys = new ArrayList<>(Objects.requireNonNull(tagKeys, "tagKeys"));
      return this;
    }

    /**
     * Sets the keys of the tags to remove, replacing earlier ones.
     *
     * @param tagKeys the keys of the tags to remove, replacing earlier ones
     * @return this builder
     */
    public Builder tagKeys(String... tagKeys) {
      return tagKeys(Arrays.asList(tagKeys));
    }

    /** {@return the immutable object} */
    public UntagQueueRequest build() {
      return new UntagQueueRequest(this);
    }
  }
}

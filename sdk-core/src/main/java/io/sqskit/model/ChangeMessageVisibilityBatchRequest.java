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
 * Changes the visibility timeout of up to ten messages ({@code ChangeMessageVisibilityBatch}).
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class ChangeMessageVisibilityBatchRequest {
  private final @Nullable String queueUrl;
  private final List<ChangeMessageVisibilityBatchRequestEntry> entries;

  private ChangeMessageVisibilityBatchRequest(Builder builder) {
    this.queueUrl = builder.queueUrl;
    this.entries = Collections.unmodifiableList(new ArrayList<>(builder.entries));
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

  /** {@return the entries, 1 to 10 with distinct ids, never null} */
  public List<ChangeMessageVisibilityBatchRequestEntry> entries() {
    return entries;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ChangeMessageVisibilityBatchRequest that)) {
      return false;
    }

    return Objects.equals(queueUrl, that.queueUrl) && Objects.equals(entries, that.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queueUrl, entries);
  }

  @Override
  public String toString() {
    return "ChangeMessageVisibilityBatchRequest{"
        + "queueUrl="
        + queueUrl
        + ", entries="
        + entries
        + "}";
  }

  /** Collects the values of a {@link ChangeMessageVisibilityBatchRequest}; not thread-safe. */
  public static final class Builder {
    private @Nullable String queueUrl;
    private List<ChangeMessageVisibilityBatchRequestEntry> entries = new ArrayList<>();

    private Builder() {}

    private Builder(ChangeMessageVisibilityBatchRequest source) {
      this.queueUrl = source.queueUrl;
      this.entries = new ArrayList<>(source.entries);
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
     * Sets the entries, 1 to 10 with distinct ids, replacing earlier ones.
     *
     * @param entries the entries, 1 to 10 with distinct ids, replacing earlier ones
     * @return this builder
     */
    public Builder entries(Collection<ChangeMessageVisibilityBatchRequestEntry> entries) {
      this.entries = new ArrayList<>(Objects.requireNonNull(entries, "entries"));
      return this;
    }

    /**
     * Sets the entries, 1 to 10 with distinct ids, replacing earlier ones.
     *
     * @param entries the entries, 1 to 10 with distinct ids, replacing earlier ones
     * @return this builder
     */
    public Builder entries(ChangeMessageVisibilityBatchRequestEntry... entries) {
      return entries(Arrays.asList(entries));
    }

    /** {@return the immutable object} */
    public ChangeMessageVisibilityBatchRequest build() {
      return new ChangeMessageVisibilityBatchRequest(this);
    }
  }
}

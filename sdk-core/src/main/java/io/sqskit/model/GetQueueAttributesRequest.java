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
 * Reads attributes of a queue ({@code GetQueueAttributes}).
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class GetQueueAttributesRequest {
  private final @Nullable String queueUrl;
  private final List<String> attributeNames;

  private GetQueueAttributesRequest(Builder builder) {
    this.queueUrl = builder.queueUrl;
    this.attributeNames = Collections.unmodifiableList(new ArrayList<>(builder.attributeNames));
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

  /** {@return the attributes to read; {@code All} for every one, none for none, never null} */
  public List<String> attributeNames() {
    return attributeNames;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GetQueueAttributesRequest that)) {
      return false;
    }

    return Objects.equals(queueUrl, that.queueUrl)
        && Objects.equals(attributeNames, that.attributeNames);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queueUrl, attributeNames);
  }

  @Override
  public String toString() {
    return "GetQueueAttributesRequest{"
        + "queueUrl="
        + queueUrl
        + ", attributeNames="
        + attributeNames
        + "}";
  }

  /** Collects the values of a {@link GetQueueAttributesRequest}; not thread-safe. */
  public static final class Builder {
    private @Nullable String queueUrl;
    private List<String> attributeNames = new ArrayList<>();

    private Builder() {}

    private Builder(GetQueueAttributesRequest source) {
      this.queueUrl = source.queueUrl;
      this.attributeNames = new ArrayList<>(source.attributeNames);
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
     * Sets the attributes to read; {@code All} for every one, none for none, replacing earlier
     * ones.
     *
     * @param attributeNames the attributes to read; {@code All} for every one, none for none,
     *     replacing earlier ones
     * @return this builder
     */
    public Builder attributeNames(Collection<String> attributeNames) {
      this.attributeNames =
          new ArrayList<>(Objects.requireNonNull(attributeNames, "attributeNames"));
      return this;
    }

    /**
     * Sets the attributes to read; {@code All} for every one, none for none, replacing earlier
     * ones.
     *
     * @param attributeNames the attributes to read; {@code All} for every one, none for none,
     *     replacing earlier ones
     * @return this builder
     */
    public Builder attributeNames(String... attributeNames) {
      return attributeNames(Arrays.asList(attributeNames));
    }

    /**
     * Sets the attributes to read; {@code All} for every one, none for none from the known names,
     * replacing earlier ones.
     *
     * @param attributeNames the attributes to read; {@code All} for every one, none for none from
     *     the known names, replacing earlier ones
     * @return this builder
     */
    public Builder attributeNames(QueueAttributeName... attributeNames) {
      List<String> names = new ArrayList<>(attributeNames.length);
      for (QueueAttributeName name : attributeNames) {
        names.add(name.value());
      }
      this.attributeNames = names;
      return this;
    }

    /** {@return the immutable object} */
    public GetQueueAttributesRequest build() {
      return new GetQueueAttributesRequest(this);
    }
  }
}

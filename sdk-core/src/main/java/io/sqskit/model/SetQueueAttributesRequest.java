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
 * Changes attributes of a queue ({@code SetQueueAttributes}).
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class SetQueueAttributesRequest {
  private final @Nullable String queueUrl;
  private final Map<String, String> attributes;

  private SetQueueAttributesRequest(Builder builder) {
    this.queueUrl = builder.queueUrl;
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(builder.attributes));
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

  /** {@return the attributes to set by name, values as strings, in insertion order, never null} */
  public Map<String, String> attributes() {
    return attributes;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SetQueueAttributesRequest that)) {
      return false;
    }

    return Objects.equals(queueUrl, that.queueUrl) && Objects.equals(attributes, that.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queueUrl, attributes);
  }

  @Override
  public String toString() {
    return "SetQueueAttributesRequest{"
        + "queueUrl="
        + queueUrl
        + ", attributes="
        + attributes
        + "}";
  }

  /** Collects the values of a {@link SetQueueAttributesRequest}; not thread-safe. */
  public static final class Builder {
    private @Nullable String queueUrl;
    private Map<String, String> attributes = new LinkedHashMap<>();

    private Builder() {}

    private Builder(SetQueueAttributesRequest source) {
      this.queueUrl = source.queueUrl;
      this.attributes = new LinkedHashMap<>(source.attributes);
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
     * Sets the attributes to set by name, values as strings, replacing earlier ones.
     *
     * @param attributes the attributes to set by name, values as strings, replacing earlier ones
     * @return this builder
     */
    public Builder attributes(Map<String, String> attributes) {
      this.attributes = new LinkedHashMap<>(Objects.requireNonNull(attributes, "attributes"));
      return this;
    }

    /**
     * Adds or replaces one entry of the attributes to set by name, values as strings.
     *
     * @param name the attribute's name
     * @param value the attribute's value
     * @return this builder
     */
    public Builder attribute(String name, String value) {
      this.attributes.put(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds or replaces one entry of the attributes to set by name, values as strings.
     *
     * @param name the attribute's name
     * @param value the attribute's value
     * @return this builder
     */
    public Builder attribute(QueueAttributeName name, String value) {
      return attribute(name.value(), value);
    }

    /** {@return the immutable object} */
    public SetQueueAttributesRequest build() {
      return new SetQueueAttributesRequest(this);
    }
  }
}

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
 * Creates a queue or returns the URL of an identical existing one ({@code CreateQueue}).
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class CreateQueueRequest {
  private final @Nullable String queueName;
  private final Map<String, String> attributes;
  private final Map<String, String> tags;

  private CreateQueueRequest(Builder builder) {
    this.queueName = builder.queueName;
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(builder.attributes));
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

  /**
   * {@return the queue name: 1 to 80 of {@code A-Z a-z 0-9 - _}, ending in {@code .fifo} for FIFO
   * queues, or null when absent}
   */
  public @Nullable String queueName() {
    return queueName;
  }

  /** {@return the queue attributes by name, values as strings, in insertion order, never null} */
  public Map<String, String> attributes() {
    return attributes;
  }

  /** {@return the cost allocation tags of the new queue, in insertion order, never null} */
  public Map<String, String> tags() {
    return tags;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CreateQueueRequest that)) {
      return false;
    }

    return Objects.equals(queueName, that.queueName)
        && Objects.equals(attributes, that.attributes)
        && Objects.equals(tags, that.tags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queueName, attributes, tags);
  }

  @Override
  public String toString() {
    return "CreateQueueRequest{"
        + "queueName="
        + queueName
        + ", attributes="
        + attributes
        + ", tags="
        + tags
        + "}";
  }

  /** Collects the values of a {@link CreateQueueRequest}; not thread-safe. */
  public static final class Builder {
    private @Nullable String queueName;
    private Map<String, String> attributes = new LinkedHashMap<>();
    private Map<String, String> tags = new LinkedHashMap<>();

    private Builder() {}

    private Builder(CreateQueueRequest source) {
      this.queueName = source.queueName;
      this.attributes = new LinkedHashMap<>(source.attributes);
      this.tags = new LinkedHashMap<>(source.tags);
    }

    /**
     * Sets the queue name: 1 to 80 of {@code A-Z a-z 0-9 - _}, ending in {@code .fifo} for FIFO
     * queues.
     *
     * @param queueName the queue name: 1 to 80 of {@code A-Z a-z 0-9 - _}, ending in {@code .fifo}
     *     for FIFO queues
     * @return this builder
     */
    public Builder queueName(@Nullable String queueName) {
      this.queueName = queueName;
      return this;
    }

    /**
     * Sets the queue attributes by name, values as strings, replacing earlier ones.
     *
     * @param attributes the queue attributes by name, values as strings, replacing earlier ones
     * @return this builder
     */
    public Builder attributes(Map<String, String> attributes) {
      this.attributes = new LinkedHashMap<>(Objects.requireNonNull(attributes, "attributes"));
      return this;
    }

    /**
     * Adds or replaces one entry of the queue attributes by name, values as strings.
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
     * Adds or replaces one entry of the queue attributes by name, values as strings.
     *
     * @param name the attribute's name
     * @param value the attribute's value
     * @return this builder
     */
    public Builder attribute(QueueAttributeName name, String value) {
      return attribute(name.value(), value);
    }

    /**
     * Sets the cost allocation tags of the new queue, replacing earlier ones.
     *
     * @param tags the cost allocation tags of the new queue, replacing earlier ones
     * @return this builder
     */
    public Builder tags(Map<String, String> tags) {
      this.tags = new LinkedHashMap<>(Objects.requireNonNull(tags, "tags"));
      return this;
    }

    /**
     * Adds or replaces one entry of the cost allocation tags of the new queue.
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
    public CreateQueueRequest build() {
      return new CreateQueueRequest(this);
    }
  }
}

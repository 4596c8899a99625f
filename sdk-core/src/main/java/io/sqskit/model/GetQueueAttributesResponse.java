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
 * The answer to {@code GetQueueAttributes}: attribute names to values, as SQS sent them.
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class GetQueueAttributesResponse {
  private final Map<String, String> attributes;

  private GetQueueAttributesResponse(Builder builder) {
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

  /** {@return the attributes by name, values as strings, in insertion order, never null} */
  public Map<String, String> attributes() {
    return attributes;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GetQueueAttributesResponse that)) {
      return false;
    }

    return Objects.equals(attributes, that.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attributes);
  }

  @Override
  public String toString() {
    return "GetQueueAttributesResponse{" + "attributes=" + attributes + "}";
  }

  /** Collects the values of a {@link GetQueueAttributesResponse}; not thread-safe. */
  public static final class Builder {
    private Map<String, String> attributes = new LinkedHashMap<>();

    private Builder() {}

    private Builder(GetQueueAttributesResponse source) {
      this.attributes = new LinkedHashMap<>(source.attributes);
    }

    /**
     * Sets the attributes by name, values as strings, replacing earlier ones.
     *
     * @param attributes the attributes by name, values as strings, replacing earlier ones
     * @return this builder
     */
    public Builder attributes(Map<String, String> attributes) {
      this.attributes = new LinkedHashMap<>(Objects.requireNonNull(attributes, "attributes"));
      return this;
    }

    /** {@return the immutable object} */
    public GetQueueAttributesResponse build() {
      return new GetQueueAttributesResponse(this);
    }
  }
}

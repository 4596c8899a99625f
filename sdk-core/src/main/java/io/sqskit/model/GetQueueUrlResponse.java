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
 * The answer to {@code GetQueueUrl}.
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class GetQueueUrlResponse {
  private final @Nullable String queueUrl;

  private GetQueueUrlResponse(Builder builder) {
    this.queueUrl = builder.queueUrl;
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

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GetQueueUrlResponse that)) {
      return false;
    }

    return Objects.equals(queueUrl, that.queueUrl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queueUrl);
  }

  @Override
  public String toString() {
    return "GetQueueUrlResponse{" + "queueUrl=" + queueUrl + "}";
  }

  /** Collects the values of a {@link GetQueueUrlResponse}; not thread-safe. */
  public static final class Builder {
    private @Nullable String queueUrl;

    private Builder() {}

    private Builder(GetQueueUrlResponse source) {
      this.queueUrl = source.queueUrl;
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

    /** {@return the immutable object} */
    public GetQueueUrlResponse build() {
      return new GetQueueUrlResponse(this);
    }
  }
}

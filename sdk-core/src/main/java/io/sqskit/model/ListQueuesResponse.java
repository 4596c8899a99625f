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
 * One page of {@code ListQueues}.
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class ListQueuesResponse {
  private final List<String> queueUrls;
  private final @Nullable String nextToken;

  private ListQueuesResponse(Builder builder) {
    this.queueUrls = Collections.unmodifiableList(new ArrayList<>(builder.queueUrls));
    this.nextToken = builder.nextToken;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this object's values} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return the queue URLs, never null} */
  public List<String> queueUrls() {
    return queueUrls;
  }

  /** {@return the token of the next page, null on the last one, or null when absent} */
  public @Nullable String nextToken() {
    return nextToken;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ListQueuesResponse that)) {
      return false;
    }

    return Objects.equals(queueUrls, that.queueUrls) && Objects.equals(nextToken, that.nextToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queueUrls, nextToken);
  }

  @Override
  public String toString() {
    return "ListQueuesResponse{" + "queueUrls=" + queueUrls + ", nextToken=" + nextToken + "}";
  }

  /** Collects the values of a {@link ListQueuesResponse}; not thread-safe. */
  public static final class Builder {
    private List<String> queueUrls = new ArrayList<>();
    private @Nullable String nextToken;

    private Builder() {}

    private Builder(ListQueuesResponse source) {
      this.queueUrls = new ArrayList<>(source.queueUrls);
      this.nextToken = source.nextToken;
    }

    /**
     * Sets the queue URLs, replacing earlier ones.
     *
     * @param queueUrls the queue URLs, replacing earlier ones
     * @return this builder
     */
    public Builder queueUrls(Collection<String> queueUrls) {
      this.queueUrls = new ArrayList<>(Objects.requireNonNull(queueUrls, "queueUrls"));
      return this;
    }

    /**
     * Sets the queue URLs, replacing earlier ones.
     *
     * @param queueUrls the queue URLs, replacing earlier ones
     * @return this builder
     */
    public Builder queueUrls(String... queueUrls) {
      return queueUrls(Arrays.asList(queueUrls));
    }

    /**
     * Sets the token of the next page, null on the last one.
     *
     * @param nextToken the token of the next page, null on the last one
     * @return this builder
     */
    public Builder nextToken(@Nullable String nextToken) {
      this.nextToken = nextToken;
      return this;
    }

    /** {@return the immutable object} */
    public ListQueuesResponse build() {
      return new ListQueuesResponse(this);
    }
  }
}

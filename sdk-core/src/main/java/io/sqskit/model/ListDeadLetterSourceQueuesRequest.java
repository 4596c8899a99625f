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
 * Lists the queues whose redrive policy targets a dead-letter queue ({@code
 * ListDeadLetterSourceQueues}).
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class ListDeadLetterSourceQueuesRequest {
  private final @Nullable String queueUrl;
  private final @Nullable String nextToken;
  private final @Nullable Integer maxResults;

  private ListDeadLetterSourceQueuesRequest(Builder builder) {
    this.queueUrl = builder.queueUrl;
    this.nextToken = builder.nextToken;
    this.maxResults = builder.maxResults;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this object's values} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return the URL of the dead-letter queue, or null when absent} */
  public @Nullable String queueUrl() {
    return queueUrl;
  }

  /** {@return the token of the page to read, from the previous response, or null when absent} */
  public @Nullable String nextToken() {
    return nextToken;
  }

  /** {@return the page size, 1 to 1,000; enables paging, or null when absent} */
  public @Nullable Integer maxResults() {
    return maxResults;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ListDeadLetterSourceQueuesRequest that)) {
      return false;
    }

    return Objects.equals(queueUrl, that.queueUrl)
        && Objects.equals(nextToken, that.nextToken)
        && Objects.equals(maxResults, that.maxResults);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queueUrl, nextToken, maxResults);
  }

  @Override
  public String toString() {
    return "ListDeadLetterSourceQueuesRequest{"
        + "queueUrl="
        + queueUrl
        + ", nextToken="
        + nextToken
        + ", maxResults="
        + maxResults
        + "}";
  }

  /** Collects the values of a {@link ListDeadLetterSourceQueuesRequest}; not thread-safe. */
  public static final class Builder {
    private @Nullable String queueUrl;
    private @Nullable String nextToken;
    private @Nullable Integer maxResults;

    private Builder() {}

    private Builder(ListDeadLetterSourceQueuesRequest source) {
      this.queueUrl = source.queueUrl;
      this.nextToken = source.nextToken;
      this.maxResults = source.maxResults;
    }

    /**
     * Sets the URL of the dead-letter queue.
     *
     * @param queueUrl the URL of the dead-letter queue
     * @return this builder
     */
    public Builder queueUrl(@Nullable String queueUrl) {
      this.queueUrl = queueUrl;
      return this;
    }

    /**
     * Sets the token of the page to read, from the previous response.
     *
     * @param nextToken the token of the page to read, from the previous response
     * @return this builder
     */
    public Builder nextToken(@Nullable String nextToken) {
      this.nextToken = nextToken;
      return this;
    }

    /**
     * Sets the page size, 1 to 1,000; enables paging.
     *
     * @param maxResults the page size, 1 to 1,000; enables paging
     * @return this builder
     */
    public Builder maxResults(@Nullable Integer maxResults) {
      this.maxResults = maxResults;
      return this;
    }

    /** {@return the immutable object} */
    public ListDeadLetterSourceQueuesRequest build() {
      return new ListDeadLetterSourceQueuesRequest(this);
    }
  }
}

package io.sqskit.model;

import java.util.Objects;

/**
 * Lists the caller's queues, optionally by name prefix ({@code ListQueues}).
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class ListQueuesRequest {
  private final String queueNamePrefix;
  private final String nextToken;
  private final Integer maxResults;

  private ListQueuesRequest(Builder builder) {
    this.queueNamePrefix = builder.queueNamePrefix;
    this.nextToken = builder.nextToken;
    this.maxResults = builder.maxResults;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns only queues whose name starts with this prefix, or null when absent. */
  public String queueNamePrefix() {
    return queueNamePrefix;
  }

  /** Returns the token of the page to read, from the previous response, or null when absent. */
  public String nextToken() {
    return nextToken;
  }

  /** Returns the page size, 1 to 1,000; enables paging, or null when absent. */
  public Integer maxResults() {
    return maxResults;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ListQueuesRequest that)) {
      return false;
    }

    return Objects.equals(queueNamePrefix, that.queueNamePrefix)
        && Objects.equals(nextToken, that.nextToken)
        && Objects.equals(maxResults, that.maxResults);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queueNamePrefix, nextToken, maxResults);
  }

  @Override
  public String toString() {
    return "ListQueuesRequest{"
        + "queueNamePrefix="
        + queueNamePrefix
        + ", nextToken="
        + nextToken
        + ", maxResults="
        + maxResults
        + "}";
  }

  /** Collects the values of a {@link ListQueuesRequest}; not thread-safe. */
  public static final class Builder {
    private String queueNamePrefix;
    private String nextToken;
    private Integer maxResults;

    private Builder() {}

    private Builder(ListQueuesRequest source) {
      this.queueNamePrefix = source.queueNamePrefix;
      this.nextToken = source.nextToken;
      this.maxResults = source.maxResults;
    }

    /** Sets only queues whose name starts with this prefix. */
    public Builder queueNamePrefix(String queueNamePrefix) {
      this.queueNamePrefix = queueNamePrefix;
      return this;
    }

    /** Sets the token of the page to read, from the previous response. */
    public Builder nextToken(String nextToken) {
      this.nextToken = nextToken;
      return this;
    }

    /** Sets the page size, 1 to 1,000; enables paging. */
    public Builder maxResults(Integer maxResults) {
      this.maxResults = maxResults;
      return this;
    }

    /** The immutable object. */
    public ListQueuesRequest build() {
      return new ListQueuesRequest(this);
    }
  }
}

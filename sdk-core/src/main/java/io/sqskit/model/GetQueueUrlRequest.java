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
 * Looks up the URL of a queue by name ({@code GetQueueUrl}).
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class GetQueueUrlRequest {
  private final @Nullable String queueName;
  private final @Nullable String queueOwnerAwsAccountId;

  private GetQueueUrlRequest(Builder builder) {
    this.queueName = builder.queueName;
    this.queueOwnerAwsAccountId = builder.queueOwnerAwsAccountId;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this object's values} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return the queue name, or null when absent} */
  public @Nullable String queueName() {
    return queueName;
  }

  /** {@return the account that owns the queue, when it is not the caller's, or null when absent} */
  public @Nullable String queueOwnerAwsAccountId() {
    return queueOwnerAwsAccountId;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GetQueueUrlRequest that)) {
      return false;
    }

    return Objects.equals(queueName, that.queueName)
        && Objects.equals(queueOwnerAwsAccountId, that.queueOwnerAwsAccountId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queueName, queueOwnerAwsAccountId);
  }

  @Override
  public String toString() {
    return "GetQueueUrlRequest{"
        + "queueName="
        + queueName
        + ", queueOwnerAwsAccountId="
        + queueOwnerAwsAccountId
        + "}";
  }

  /** Collects the values of a {@link GetQueueUrlRequest}; not thread-safe. */
  public static final class Builder {
    private @Nullable String queueName;
    private @Nullable String queueOwnerAwsAccountId;

    private Builder() {}

    private Builder(GetQueueUrlRequest source) {
      this.queueName = source.queueName;
      this.queueOwnerAwsAccountId = source.queueOwnerAwsAccountId;
    }

    /**
     * Sets the queue name.
     *
     * @param queueName the queue name
     * @return this builder
     */
    public Builder queueName(@Nullable String queueName) {
      this.queueName = queueName;
      return this;
    }

    /**
     * Sets the account that owns the queue, when it is not the caller's.
     *
     * @param queueOwnerAwsAccountId the account that owns the queue, when it is not the caller's
     * @return this builder
     */
    public Builder queueOwnerAwsAccountId(@Nullable String queueOwnerAwsAccountId) {
      this.queueOwnerAwsAccountId = queueOwnerAwsAccountId;
      return this;
    }

    /** {@return the immutable object} */
    public GetQueueUrlRequest build() {
      return new GetQueueUrlRequest(this);
    }
  }
}

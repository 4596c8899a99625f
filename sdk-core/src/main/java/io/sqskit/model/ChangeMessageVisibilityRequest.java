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
 * Changes how long a received message stays hidden ({@code ChangeMessageVisibility}).
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class ChangeMessageVisibilityRequest {
  private final @Nullable String queueUrl;
  private final @Nullable String receiptHandle;
  private final @Nullable Integer visibilityTimeout;

  private ChangeMessageVisibilityRequest(Builder builder) {
    this.queueUrl = builder.queueUrl;
    this.receiptHandle = builder.receiptHandle;
    this.visibilityTimeout = builder.visibilityTimeout;
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

  /** {@return the receipt handle from the receive of the message, or null when absent} */
  public @Nullable String receiptHandle() {
    return receiptHandle;
  }

  /** {@return the new visibility timeout in seconds, 0 to 43,200, or null when absent} */
  public @Nullable Integer visibilityTimeout() {
    return visibilityTimeout;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ChangeMessageVisibilityRequest that)) {
      return false;
    }

    return Objects.equals(queueUrl, that.queueUrl)
        && Objects.equals(receiptHandle, that.receiptHandle)
        && Objects.equals(visibilityTimeout, that.visibilityTimeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queueUrl, receiptHandle, visibilityTimeout);
  }

  @Override
  public String toString() {
    return "ChangeMessageVisibilityRequest{"
        + "queueUrl="
        + queueUrl
        + ", receiptHandle="
        + receiptHandle
        + ", visibilityTimeout="
        + visibilityTimeout
        + "}";
  }

  /** Collects the values of a {@link ChangeMessageVisibilityRequest}; not thread-safe. */
  public static final class Builder {
    private @Nullable String queueUrl;
    private @Nullable String receiptHandle;
    private @Nullable Integer visibilityTimeout;

    private Builder() {}

    private Builder(ChangeMessageVisibilityRequest source) {
      this.queueUrl = source.queueUrl;
      this.receiptHandle = source.receiptHandle;
      this.visibilityTimeout = source.visibilityTimeout;
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
     * Sets the receipt handle from the receive of the message.
     *
     * @param receiptHandle the receipt handle from the receive of the message
     * @return this builder
     */
    public Builder receiptHandle(@Nullable String receiptHandle) {
      this.receiptHandle = receiptHandle;
      return this;
    }

    /**
     * Sets the new visibility timeout in seconds, 0 to 43,200.
     *
     * @param visibilityTimeout the new visibility timeout in seconds, 0 to 43,200
     * @return this builder
     */
    public Builder visibilityTimeout(@Nullable Integer visibilityTimeout) {
      this.visibilityTimeout = visibilityTimeout;
      return this;
    }

    /** {@return the immutable object} */
    public ChangeMessageVisibilityRequest build() {
      return new ChangeMessageVisibilityRequest(this);
    }
  }
}

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
 * Deletes one received message ({@code DeleteMessage}).
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class DeleteMessageRequest {
  private final @Nullable String queueUrl;
  private final @Nullable String receiptHandle;

  private DeleteMessageRequest(Builder builder) {
    this.queueUrl = builder.queueUrl;
    this.receiptHandle = builder.receiptHandle;
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

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof DeleteMessageRequest that)) {
      return false;
    }

    return Objects.equals(queueUrl, that.queueUrl)
        && Objects.equals(receiptHandle, that.receiptHandle);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queueUrl, receiptHandle);
  }

  @Override
  public String toString() {
    return "DeleteMessageRequest{"
        + "queueUrl="
        + queueUrl
        + ", receiptHandle="
        + receiptHandle
        + "}";
  }

  /** Collects the values of a {@link DeleteMessageRequest}; not thread-safe. */
  public static final class Builder {
    private @Nullable String queueUrl;
    private @Nullable String receiptHandle;

    private Builder() {}

    private Builder(DeleteMessageRequest source) {
      this.queueUrl = source.queueUrl;
      this.receiptHandle = source.receiptHandle;
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

    /** {@return the immutable object} */
    public DeleteMessageRequest build() {
      return new DeleteMessageRequest(this);
    }
  }
}

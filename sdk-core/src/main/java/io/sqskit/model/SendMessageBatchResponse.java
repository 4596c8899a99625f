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

/**
 * The answer to {@code SendMessageBatch}: which entries succeeded and which failed.
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class SendMessageBatchResponse {
  private final List<SendMessageBatchResultEntry> successful;
  private final List<BatchEntryError> failed;

  private SendMessageBatchResponse(Builder builder) {
    this.successful = Collections.unmodifiableList(new ArrayList<>(builder.successful));
    this.failed = Collections.unmodifiableList(new ArrayList<>(builder.failed));
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this object's values} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return the entries that were sent, never null} */
  public List<SendMessageBatchResultEntry> successful() {
    return successful;
  }

  /** {@return the entries that failed, never null} */
  public List<BatchEntryError> failed() {
    return failed;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SendMessageBatchResponse that)) {
      return false;
    }

    return Objects.equals(successful, that.successful) && Objects.equals(failed, that.failed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(successful, failed);
  }

  @Override
  public String toString() {
    return "SendMessageBatchResponse{" + "successful=" + successful + ", failed=" + failed + "}";
  }

  /** Collects the values of a {@link SendMessageBatchResponse}; not thread-safe. */
  public static final class Builder {
    private List<SendMessageBatchResultEntry> successful = new ArrayList<>();
    private List<BatchEntryError> failed = new ArrayList<>();

    private Builder() {}

    private Builder(SendMessageBatchResponse source) {
      this.successful = new ArrayList<>(source.successful);
      this.failed = new ArrayList<>(source.failed);
    }

    /**
     * Sets the entries that were sent, replacing earlier ones.
     *
     * @param successful the entries that were sent, replacing earlier ones
     * @return this builder
     */
    public Builder successful(Collection<SendMessageBatchResultEntry> successful) {
      this.successful = new ArrayList<>(Objects.requireNonNull(successful, "successful"));
      return this;
    }

    /**
     * Sets the entries that were sent, replacing earlier ones.
     *
     * @param successful the entries that were sent, replacing earlier ones
     * @return this builder
     */
    public Builder successful(SendMessageBatchResultEntry... successful) {
      return successful(Arrays.asList(successful));
    }

    /**
     * Sets the entries that failed, replacing earlier ones.
     *
     * @param failed the entries that failed, replacing earlier ones
     * @return this builder
     */
    public Builder failed(Collection<BatchEntryError> failed) {
      this.failed = new ArrayList<>(Objects.requireNonNull(failed, "failed"));
      return this;
    }

    /**
     * Sets the entries that failed, replacing earlier ones.
     *
     * @param failed the entries that failed, replacing earlier ones
     * @return this builder
     */
    public Builder failed(BatchEntryError... failed) {
      return failed(Arrays.asList(failed));
    }

    /** {@return the immutable object} */
    public SendMessageBatchResponse build() {
      return new SendMessageBatchResponse(this);
    }
  }
}

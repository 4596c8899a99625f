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

/**
 * The answer to {@code DeleteMessage}, which carries no data.
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class DeleteMessageResponse {
  @SuppressWarnings("unused") // an answer without data: nothing to copy
  private DeleteMessageResponse(Builder builder) {}

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this object's values} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeleteMessageResponse;
  }

  @Override
  public int hashCode() {
    return DeleteMessageResponse.class.hashCode();
  }

  @Override
  public String toString() {
    return "DeleteMessageResponse{}";
  }

  /** Collects the values of a {@link DeleteMessageResponse}; not thread-safe. */
  public static final class Builder {
    private Builder() {}

    @SuppressWarnings("unused") // an answer without data: nothing to copy
    private Builder(DeleteMessageResponse source) {}

    /** {@return the immutable object} */
    public DeleteMessageResponse build() {
      return new DeleteMessageResponse(this);
    }
  }
}

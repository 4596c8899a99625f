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
 * The answer to {@code ReceiveMessage}.
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class ReceiveMessageResponse {
  private final List<Message> messages;

  private ReceiveMessageResponse(Builder builder) {
    this.messages = Collections.unmodifiableList(new ArrayList<>(builder.messages));
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this object's values} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return the messages received, possibly none, never null} */
  public List<Message> messages() {
    return messages;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ReceiveMessageResponse that)) {
      return false;
    }

    return Objects.equals(messages, that.messages);
  }

  @Override
  public int hashCode() {
    return Objects.hash(messages);
  }

  @Override
  public String toString() {
    return "ReceiveMessageResponse{" + "messages=" + messages + "}";
  }

  /** Collects the values of a {@link ReceiveMessageResponse}; not thread-safe. */
  public static final class Builder {
    private List<Message> messages = new ArrayList<>();

    private Builder() {}

    private Builder(ReceiveMessageResponse source) {
      this.messages = new ArrayList<>(source.messages);
    }

    /**
     * Sets the messages received, possibly none, replacing earlier ones.
     *
     * @param messages the messages received, possibly none, replacing earlier ones
     * @return this builder
     */
    public Builder messages(Collection<Message> messages) {
      this.messages = new ArrayList<>(Objects.requireNonNull(messages, "messages"));
      return this;
    }

    /**
     * Sets the messages received, possibly none, replacing earlier ones.
     *
     * @param messages the messages received, possibly none, replacing earlier ones
     * @return this builder
     */
    public Builder messages(Message... messages) {
      return messages(Arrays.asList(messages));
    }

    /** {@return the immutable object} */
    public ReceiveMessageResponse build() {
      return new ReceiveMessageResponse(this);
    }
  }
}

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

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns the messages received, possibly none, never null. */
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

    /** Sets the messages received, possibly none, replacing earlier ones. */
    public Builder messages(Collection<Message> messages) {
      this.messages = new ArrayList<>(Objects.requireNonNull(messages, "messages"));
      return this;
    }

    /** Sets the messages received, possibly none, replacing earlier ones. */
    public Builder messages(Message... messages) {
      return messages(Arrays.asList(messages));
    }

    /** The immutable object. */
    public ReceiveMessageResponse build() {
      return new ReceiveMessageResponse(this);
    }
  }
}

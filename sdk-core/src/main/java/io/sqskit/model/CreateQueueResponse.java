package io.sqskit.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The answer to {@code CreateQueue}.
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class CreateQueueResponse {
  private final @Nullable String queueUrl;

  private CreateQueueResponse(Builder builder) {
    this.queueUrl = builder.queueUrl;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns the URL of the queue, or null when absent. */
  public @Nullable String queueUrl() {
    return queueUrl;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CreateQueueResponse that)) {
      return false;
    }

    return Objects.equals(queueUrl, that.queueUrl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queueUrl);
  }

  @Override
  public String toString() {
    return "CreateQueueResponse{" + "queueUrl=" + queueUrl + "}";
  }

  /** Collects the values of a {@link CreateQueueResponse}; not thread-safe. */
  public static final class Builder {
    private @Nullable String queueUrl;

    private Builder() {}

    private Builder(CreateQueueResponse source) {
      this.queueUrl = source.queueUrl;
    }

    /** Sets the URL of the queue. */
    public Builder queueUrl(@Nullable String queueUrl) {
      this.queueUrl = queueUrl;
      return this;
    }

    /** The immutable object. */
    public CreateQueueResponse build() {
      return new CreateQueueResponse(this);
    }
  }
}

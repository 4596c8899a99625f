package io.sqskit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to {@code ListQueueTags}.
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class ListQueueTagsResponse {
  private final Map<String, String> tags;

  private ListQueueTagsResponse(Builder builder) {
    this.tags = Collections.unmodifiableMap(new LinkedHashMap<>(builder.tags));
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns the tags by key, in insertion order, never null. */
  public Map<String, String> tags() {
    return tags;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ListQueueTagsResponse that)) {
      return false;
    }

    return Objects.equals(tags, that.tags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tags);
  }

  @Override
  public String toString() {
    return "ListQueueTagsResponse{" + "tags=" + tags + "}";
  }

  /** Collects the values of a {@link ListQueueTagsResponse}; not thread-safe. */
  public static final class Builder {
    private Map<String, String> tags = new LinkedHashMap<>();

    private Builder() {}

    private Builder(ListQueueTagsResponse source) {
      this.tags = new LinkedHashMap<>(source.tags);
    }

    /** Sets the tags by key, replacing earlier ones. */
    public Builder tags(Map<String, String> tags) {
      this.tags = new LinkedHashMap<>(Objects.requireNonNull(tags, "tags"));
      return this;
    }

    /** The immutable object. */
    public ListQueueTagsResponse build() {
      return new ListQueueTagsResponse(this);
    }
  }
}

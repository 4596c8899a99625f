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
import org.jspecify.annotations.Nullable;

/**
 * Grants other AWS accounts access to a queue ({@code AddPermission}).
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class AddPermissionRequest {
  private final @Nullable String queueUrl;
  private final @Nullable String label;
  private final List<String> awsAccountIds;
  private final List<String> actions;

  private AddPermissionRequest(Builder builder) {
    this.queueUrl = builder.queueUrl;
    this.label = builder.label;
    this.awsAccountIds = Collections.unmodifiableList(new ArrayList<>(builder.awsAccountIds));
    this.actions = Collections.unmodifiableList(new ArrayList<>(builder.actions));
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

  /** {@return the unique identification of the permission, or null when absent} */
  public @Nullable String label() {
    return label;
  }

  /** {@return the AWS account numbers of the principals who are given permission, never null} */
  public List<String> awsAccountIds() {
    return awsAccountIds;
  }

  /** {@return the actions the principals may use, e.g. {@code SendMessage}, never null} */
  public List<String> actions() {
    return actions;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AddPermissionRequest that)) {
      return false;
    }

    return Objects.equals(queueUrl, that.queueUrl)
        && Objects.equals(label, that.label)
        && Objects.equals(awsAccountIds, that.awsAccountIds)
        && Objects.equals(actions, that.actions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queueUrl, label, awsAccountIds, actions);
  }

  @Override
  public String toString() {
    return "AddPermissionRequest{"
        + "queueUrl="
        + queueUrl
        + ", label="
        + label
        + ", awsAccountIds="
        + awsAccountIds
        + ", actions="
        + actions
        + "}";
  }

  /** Collects the values of a {@link AddPermissionRequest}; not thread-safe. */
  public static final class Builder {
    private @Nullable String queueUrl;
    private @Nullable String label;
    private List<String> awsAccountIds = new ArrayList<>();
    private List<String> actions = new ArrayList<>();

    private Builder() {}

    private Builder(AddPermissionRequest source) {
      this.queueUrl = source.queueUrl;
      this.label = source.label;
      this.awsAccountIds = new ArrayList<>(source.awsAccountIds);
      this.actions = new ArrayList<>(source.actions);
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
     * Sets the unique identification of the permission.
     *
     * @param label the unique identification of the permission
     * @return this builder
     */
    public Builder label(@Nullable String label) {
      this.label = label;
      return this;
    }

    /**
     * Sets the AWS account numbers of the principals who are given permission, replacing earlier
     * ones.
     *
     * @param awsAccountIds the AWS account numbers of the principals who are given permission,
     *     replacing earlier ones
     * @return this builder
     */
    public Builder awsAccountIds(Collection<String> awsAccountIds) {
      this.awsAccountIds = new ArrayList<>(Objects.requireNonNull(awsAccountIds, "awsAccountIds"));
      return this;
    }

    /**
     * Sets the AWS account numbers of the principals who are given permission, replacing earlier
     * ones.
     *
     * @param awsAccountIds the AWS account numbers of the principals who are given permission,
     *     replacing earlier ones
     * @return this builder
     */
    public Builder awsAccountIds(String... awsAccountIds) {
      return awsAccountIds(Arrays.asList(awsAccountIds));
    }

    /**
     * Sets the actions the principals may use, e.g. {@code SendMessage}, replacing earlier ones.
     *
     * @param actions the actions the principals may use, e.g. {@code SendMessage}
     * @return this builder
     */
    public Builder actions(Collection<String> actions) {
      this.actions = new ArrayList<>(Objects.requireNonNull(actions, "actions"));
      return this;
    }

    /**
     * Sets the actions the principals may use, e.g. {@code SendMessage}, replacing earlier ones.
     *
     * @param actions the actions the principals may use, e.g. {@code SendMessage}
     * @return this builder
     */
    public Builder actions(String... actions) {
      return actions(Arrays.asList(actions));
    }

    /** {@return the immutable object} */
    public AddPermissionRequest build() {
      return new AddPermissionRequest(this);
    }
  }
}

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
 * Receives up to ten messages, waiting up to 20 seconds for one ({@code ReceiveMessage}).
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class ReceiveMessageRequest {
  private final @Nullable String queueUrl;
  private final List<String> attributeNames;
  private final List<String> messageSystemAttributeNames;
  private final List<String> messageAttributeNames;
  private final @Nullable Integer maxNumberOfMessages;
  private final @Nullable Integer visibilityTimeout;
  private final @Nullable Integer waitTimeSeconds;
  private final @Nullable String receiveRequestAttemptId;

  private ReceiveMessageRequest(Builder builder) {
    this.queueUrl = builder.queueUrl;
    this.attributeNames = Collections.unmodifiableList(new ArrayList<>(builder.attributeNames));
    this.messageSystemAttributeNames =
        Collections.unmodifiableList(new ArrayList<>(builder.messageSystemAttributeNames));
    this.messageAttributeNames =
        Collections.unmodifiableList(new ArrayList<>(builder.messageAttributeNames));
    this.maxNumberOfMessages = builder.maxNumberOfMessages;
    this.visibilityTimeout = builder.visibilityTimeout;
    this.waitTimeSeconds = builder.waitTimeSeconds;
    this.receiveRequestAttemptId = builder.receiveRequestAttemptId;
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

  /**
   * {@return the system attributes to return with each message (the Query-era name of {@link
   * #messageSystemAttributeNames()}), never null}
   */
  public List<String> attributeNames() {
    return attributeNames;
  }

  /**
   * {@return the system attributes to return with each message, {@code All} for every one, never
   * null}
   */
  public List<String> messageSystemAttributeNames() {
    return messageSystemAttributeNames;
  }

  /**
   * {@return the message attributes to return: names, {@code prefix.*} or {@code All}, never null}
   */
  public List<String> messageAttributeNames() {
    return messageAttributeNames;
  }

  /** {@return the most messages to return, 1 to 10 (SQS default 1), or null when absent} */
  public @Nullable Integer maxNumberOfMessages() {
    return maxNumberOfMessages;
  }

  /**
   * {@return how long the received messages stay hidden, 0 to 43,200 seconds, or null when absent}
   */
  public @Nullable Integer visibilityTimeout() {
    return visibilityTimeout;
  }

  /**
   * {@return how long to wait for a message, 0 to 20 seconds (default: the queue's), or null when
   * absent}
   */
  public @Nullable Integer waitTimeSeconds() {
    return waitTimeSeconds;
  }

  /** {@return the FIFO deduplication token of this receive attempt, or null when absent} */
  public @Nullable String receiveRequestAttemptId() {
    return receiveRequestAttemptId;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ReceiveMessageRequest that)) {
      return false;
    }

    return Objects.equals(queueUrl, that.queueUrl)
        && Objects.equals(attributeNames, that.attributeNames)
        && Objects.equals(messageSystemAttributeNames, that.messageSystemAttributeNames)
        && Objects.equals(messageAttributeNames, that.messageAttributeNames)
        && Objects.equals(maxNumberOfMessages, that.maxNumberOfMessages)
        && Objects.equals(visibilityTimeout, that.visibilityTimeout)
        && Objects.equals(waitTimeSeconds, that.waitTimeSeconds)
        && Objects.equals(receiveRequestAttemptId, that.receiveRequestAttemptId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        queueUrl,
        attributeNames,
        messageSystemAttributeNames,
        messageAttributeNames,
        maxNumberOfMessages,
        visibilityTimeout,
        waitTimeSeconds,
        receiveRequestAttemptId);
  }

  @Override
  public String toString() {
    return "ReceiveMessageRequest{"
        + "queueUrl="
        + queueUrl
        + ", attributeNames="
        + attributeNames
        + ", messageSystemAttributeNames="
        + messageSystemAttributeNames
        + ", messageAttributeNames="
        + messageAttributeNames
        + ", maxNumberOfMessages="
        + maxNumberOfMessages
        + ", visibilityTimeout="
        + visibilityTimeout
        + ", waitTimeSeconds="
        + waitTimeSeconds
        + ", receiveRequestAttemptId="
        + receiveRequestAttemptId
        + "}";
  }

  /** Collects the values of a {@link ReceiveMessageRequest}; not thread-safe. */
  public static final class Builder {
    private @Nullable String queueUrl;
    private List<String> attributeNames = new ArrayList<>();
    private List<String> messageSystemAttributeNames = new ArrayList<>();
    private List<String> messageAttributeNames = new ArrayList<>();
    private @Nullable Integer maxNumberOfMessages;
    private @Nullable Integer visibilityTimeout;
    private @Nullable Integer waitTimeSeconds;
    private @Nullable String receiveRequestAttemptId;

    private Builder() {}

    private Builder(ReceiveMessageRequest source) {
      this.queueUrl = source.queueUrl;
      this.attributeNames = new ArrayList<>(source.attributeNames);
      this.messageSystemAttributeNames = new ArrayList<>(source.messageSystemAttributeNames);
      this.messageAttributeNames = new ArrayList<>(source.messageAttributeNames);
      this.maxNumberOfMessages = source.maxNumberOfMessages;
      this.visibilityTimeout = source.visibilityTimeout;
      this.waitTimeSeconds = source.waitTimeSeconds;
      this.receiveRequestAttemptId = source.receiveRequestAttemptId;
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
     * Sets the system attributes to return with each message (the Query-era name of {@link
     * #messageSystemAttributeNames()}), replacing earlier ones.
     *
     * @param attributeNames the system attributes to return with each message (the Query-era name
     *     of {@link #messageSystemAttributeNames()}), replacing earlier ones
     * @return this builder
     */
    public Builder attributeNames(Collection<String> attributeNames) {
      this.attributeNames =
          new ArrayList<>(Objects.requireNonNull(attributeNames, "attributeNames"));
      return this;
    }

    /**
     * Sets the system attributes to return with each message (the Query-era name of {@link
     * #messageSystemAttributeNames()}), replacing earlier ones.
     *
     * @param attributeNames the system attributes to return with each message (the Query-era name
     *     of {@link #messageSystemAttributeNames()}), replacing earlier ones
     * @return this builder
     */
    public Builder attributeNames(String... attributeNames) {
      return attributeNames(Arrays.asList(attributeNames));
    }

    /**
     * Sets the system attributes to return with each message (the Query-era name of {@link
     * #messageSystemAttributeNames()}) from the known names, replacing earlier ones.
     *
     * @param attributeNames the system attributes to return with each message (the Query-era name
     *     of {@link #messageSystemAttributeNames()}) from the known names, replacing earlier ones
     * @return this builder
     */
    public Builder attributeNames(MessageSystemAttributeName... attributeNames) {
      List<String> names = new ArrayList<>(attributeNames.length);
      for (MessageSystemAttributeName name : attributeNames) {
        names.add(name.value());
      }
      this.attributeNames = names;
      return this;
    }

    /**
     * Sets the system attributes to return with each message, {@code All} for every one, replacing
     * earlier ones.
     *
     * @param messageSystemAttributeNames the system attributes to return with each message, {@code
     *     All} for every one, replacing earlier ones
     * @return this builder
     */
    public Builder messageSystemAttributeNames(Collection<String> messageSystemAttributeNames) {
      this.messageSystemAttributeNames =
          new ArrayList<>(
              Objects.requireNonNull(messageSystemAttributeNames, "messageSystemAttributeNames"));
      return this;
    }

    /**
     * Sets the system attributes to return with each message, {@code All} for every one, replacing
     * earlier ones.
     *
     * @param messageSystemAttributeNames the system attributes to return with each message, {@code
     *     All} for every one, replacing earlier ones
     * @return this builder
     */
    public Builder messageSystemAttributeNames(String... messageSystemAttributeNames) {
      return messageSystemAttributeNames(Arrays.asList(messageSystemAttributeNames));
    }

    /**
     * Sets the system attributes to return with each message, {@code All} for every one from the
     * known names, replacing earlier ones.
     *
     * @param messageSystemAttributeNames the system attributes to return with each message, {@code
     *     All} for every one from the known names, replacing earlier ones
     * @return this builder
     */
    public Builder messageSystemAttributeNames(
        MessageSystemAttributeName... messageSystemAttributeNames) {
      List<String> names = new ArrayList<>(messageSystemAttributeNames.length);
      for (MessageSystemAttributeName name : messageSystemAttributeNames) {
        names.add(name.value());
      }
      this.messageSystemAttributeNames = names;
      return this;
    }

    /**
     * Sets the message attributes to return: names, {@code prefix.*} or {@code All}, replacing
     * earlier ones.
     *
     * @param messageAttributeNames the message attributes to return: names, {@code prefix.*} or
     *     {@code All}
     * @return this builder
     */
    public Builder messageAttributeNames(Collection<String> messageAttributeNames) {
      this.messageAttributeNames =
          new ArrayList<>(Objects.requireNonNull(messageAttributeNames, "messageAttributeNames"));
      return this;
    }

    /**
     * Sets the message attributes to return: names, {@code prefix.*} or {@code All}, replacing
     * earlier ones.
     *
     * @param messageAttributeNames the message attributes to return: names, {@code prefix.*} or
     *     {@code All}
     * @return this builder
     */
    public Builder messageAttributeNames(String... messageAttributeNames) {
      return messageAttributeNames(Arrays.asList(messageAttributeNames));
    }

    /**
     * Sets the most messages to return, 1 to 10 (SQS default 1).
     *
     * @param maxNumberOfMessages the most messages to return, 1 to 10 (SQS default 1)
     * @return this builder
     */
    public Builder maxNumberOfMessages(@Nullable Integer maxNumberOfMessages) {
      this.maxNumberOfMessages = maxNumberOfMessages;
      return this;
    }

    /**
     * Sets how long the received messages stay hidden, 0 to 43,200 seconds.
     *
     * @param visibilityTimeout how long the received messages stay hidden, 0 to 43,200 seconds
     * @return this builder
     */
    public Builder visibilityTimeout(@Nullable Integer visibilityTimeout) {
      this.visibilityTimeout = visibilityTimeout;
      return this;
    }

    /**
     * Sets how long to wait for a message, 0 to 20 seconds (default: the queue's).
     *
     * @param waitTimeSeconds how long to wait for a message, 0 to 20 seconds (default: the queue's)
     * @return this builder
     */
    public Builder waitTimeSeconds(@Nullable Integer waitTimeSeconds) {
      this.waitTimeSeconds = waitTimeSeconds;
      return this;
    }

    /**
     * Sets the FIFO deduplication token of this receive attempt.
     *
     * @param receiveRequestAttemptId the FIFO deduplication token of this receive attempt
     * @return this builder
     */
    public Builder receiveRequestAttemptId(@Nullable String receiveRequestAttemptId) {
      this.receiveRequestAttemptId = receiveRequestAttemptId;
      return this;
    }

    /** {@return the immutable object} */
    public ReceiveMessageRequest build() {
      return new ReceiveMessageRequest(this);
    }
  }
}

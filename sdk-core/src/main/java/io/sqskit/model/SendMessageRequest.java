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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Sends one message ({@code SendMessage}).
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class SendMessageRequest {
  private final @Nullable String queueUrl;
  private final @Nullable String messageBody;
  private final @Nullable Integer delaySeconds;
  private final Map<String, MessageAttributeValue> messageAttributes;
  private final Map<String, MessageAttributeValue> messageSystemAttributes;
  private final @Nullable String messageDeduplicationId;
  private final @Nullable String messageGroupId;

  private SendMessageRequest(Builder builder) {
    this.queueUrl = builder.queueUrl;
    this.messageBody = builder.messageBody;
    this.delaySeconds = builder.delaySeconds;
    this.messageAttributes =
        Collections.unmodifiableMap(new LinkedHashMap<>(builder.messageAttributes));
    this.messageSystemAttributes =
        Collections.unmodifiableMap(new LinkedHashMap<>(builder.messageSystemAttributes));
    this.messageDeduplicationId = builder.messageDeduplicationId;
    this.messageGroupId = builder.messageGroupId;
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

  /** {@return the message body, at least one character, or null when absent} */
  public @Nullable String messageBody() {
    return messageBody;
  }

  /**
   * {@return how long the message stays invisible after sending, 0 to 900 seconds, or null when
   * absent}
   */
  public @Nullable Integer delaySeconds() {
    return delaySeconds;
  }

  /** {@return the message attributes by name, at most 10, in insertion order, never null} */
  public Map<String, MessageAttributeValue> messageAttributes() {
    return messageAttributes;
  }

  /**
   * {@return the message system attributes by name (today only {@code AWSTraceHeader}), in
   * insertion order, never null}
   */
  public Map<String, MessageAttributeValue> messageSystemAttributes() {
    return messageSystemAttributes;
  }

  /** {@return the FIFO deduplication id, or null when absent} */
  public @Nullable String messageDeduplicationId() {
    return messageDeduplicationId;
  }

  /** {@return the FIFO message group id, or null when absent} */
  public @Nullable String messageGroupId() {
    return messageGroupId;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SendMessageRequest that)) {
      return false;
    }

    return Objects.equals(queueUrl, that.queueUrl)
        && Objects.equals(messageBody, that.messageBody)
        && Objects.equals(delaySeconds, that.delaySeconds)
        && Objects.equals(messageAttributes, that.messageAttributes)
        && Objects.equals(messageSystemAttributes, that.messageSystemAttributes)
        && Objects.equals(messageDeduplicationId, that.messageDeduplicationId)
        && Objects.equals(messageGroupId, that.messageGroupId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        queueUrl,
        messageBody,
        delaySeconds,
        messageAttributes,
        messageSystemAttributes,
        messageDeduplicationId,
        messageGroupId);
  }

  @Override
  public String toString() {
    return "SendMessageRequest{"
        + "queueUrl="
        + queueUrl
        + ", messageBody="
        + messageBody
        + ", delaySeconds="
        + delaySeconds
        + ", messageAttributes="
        + messageAttributes
        + ", messageSystemAttributes="
        + messageSystemAttributes
        + ", messageDeduplicationId="
        + messageDeduplicationId
        + ", messageGroupId="
        + messageGroupId
        + "}";
  }

  /** Collects the values of a {@link SendMessageRequest}; not thread-safe. */
  public static final class Builder {
    private @Nullable String queueUrl;
    private @Nullable String messageBody;
    private @Nullable Integer delaySeconds;
    private Map<String, MessageAttributeValue> messageAttributes = new LinkedHashMap<>();
    private Map<String, MessageAttributeValue> messageSystemAttributes = new LinkedHashMap<>();
    private @Nullable String messageDeduplicationId;
    private @Nullable String messageGroupId;

    private Builder() {}

    private Builder(SendMessageRequest source) {
      this.queueUrl = source.queueUrl;
      this.messageBody = source.messageBody;
      this.delaySeconds = source.delaySeconds;
      this.messageAttributes = new LinkedHashMap<>(source.messageAttributes);
      this.messageSystemAttributes = new LinkedHashMap<>(source.messageSystemAttributes);
      this.messageDeduplicationId = source.messageDeduplicationId;
      this.messageGroupId = source.messageGroupId;
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
     * Sets the message body, at least one character.
     *
     * @param messageBody the message body, at least one character
     * @return this builder
     */
    public Builder messageBody(@Nullable String messageBody) {
      this.messageBody = messageBody;
      return this;
    }

    /**
     * Sets how long the message stays invisible after sending, 0 to 900 seconds.
     *
     * @param delaySeconds how long the message stays invisible after sending, 0 to 900 seconds
     * @return this builder
     */
    public Builder delaySeconds(@Nullable Integer delaySeconds) {
      this.delaySeconds = delaySeconds;
      return this;
    }

    /**
     * Sets the message attributes by name, at most 10, replacing earlier ones.
     *
     * @param messageAttributes the message attributes by name, at most 10, replacing earlier ones
     * @return this builder
     */
    public Builder messageAttributes(Map<String, MessageAttributeValue> messageAttributes) {
      this.messageAttributes =
          new LinkedHashMap<>(Objects.requireNonNull(messageAttributes, "messageAttributes"));
      return this;
    }

    /**
     * Adds or replaces one entry of the message attributes by name, at most 10.
     *
     * @param name the attribute's name
     * @param value the attribute's value
     * @return this builder
     */
    public Builder messageAttribute(String name, MessageAttributeValue value) {
      this.messageAttributes.put(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets the message system attributes by name (today only {@code AWSTraceHeader}), replacing
     * earlier ones.
     *
     * @param messageSystemAttributes the message system attributes by name (today only {@code
     *     AWSTraceHeader}), replacing earlier ones
     * @return this builder
     */
    public Builder messageSystemAttributes(
        Map<String, MessageAttributeValue> messageSystemAttributes) {
      this.messageSystemAttributes =
          new LinkedHashMap<>(
              Objects.requireNonNull(messageSystemAttributes, "messageSystemAttributes"));
      return this;
    }

    /**
     * Adds or replaces one entry of the message system attributes by name (today only {@code
     * AWSTraceHeader}).
     *
     * @param name the attribute's name
     * @param value the attribute's value
     * @return this builder
     */
    public Builder messageSystemAttribute(String name, MessageAttributeValue value) {
      this.messageSystemAttributes.put(
          Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds or replaces one entry of the message system attributes by name (today only {@code
     * AWSTraceHeader}).
     *
     * @param name the attribute's name
     * @param value the attribute's value
     * @return this builder
     */
    public Builder messageSystemAttribute(
        MessageSystemAttributeNameForSends name, MessageAttributeValue value) {
      return messageSystemAttribute(name.value(), value);
    }

    /**
     * Sets the FIFO deduplication id.
     *
     * @param messageDeduplicationId the FIFO deduplication id
     * @return this builder
     */
    public Builder messageDeduplicationId(@Nullable String messageDeduplicationId) {
      this.messageDeduplicationId = messageDeduplicationId;
      return this;
    }

    /**
     * Sets the FIFO message group id.
     *
     * @param messageGroupId the FIFO message group id
     * @return this builder
     */
    public Builder messageGroupId(@Nullable String messageGroupId) {
      this.messageGroupId = messageGroupId;
      return this;
    }

    /** {@return the immutable object} */
    public SendMessageRequest build() {
      return new SendMessageRequest(this);
    }
  }
}

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
 * The answer to {@code SendMessage}.
 *
 * <p>Immutable and thread-safe; its {@link Builder} is not.
 *
 * @since 0.1
 */
public final class SendMessageResponse {
  private final @Nullable String messageId;
  private final @Nullable String md5OfMessageBody;
  private final @Nullable String md5OfMessageAttributes;
  private final @Nullable String md5OfMessageSystemAttributes;
  private final @Nullable String sequenceNumber;

  private SendMessageResponse(Builder builder) {
    this.messageId = builder.messageId;
    this.md5OfMessageBody = builder.md5OfMessageBody;
    this.md5OfMessageAttributes = builder.md5OfMessageAttributes;
    this.md5OfMessageSystemAttributes = builder.md5OfMessageSystemAttributes;
    this.sequenceNumber = builder.sequenceNumber;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this object's values} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return the id SQS gave the message, or null when absent} */
  public @Nullable String messageId() {
    return messageId;
  }

  /** {@return the MD5 of the body as SQS received it, or null when absent} */
  public @Nullable String md5OfMessageBody() {
    return md5OfMessageBody;
  }

  /** {@return the MD5 of the message attributes as SQS received them, or null when absent} */
  public @Nullable String md5OfMessageAttributes() {
    return md5OfMessageAttributes;
  }

  /**
   * {@return the MD5 of the message system attributes as SQS received them, or null when absent}
   */
  public @Nullable String md5OfMessageSystemAttributes() {
    return md5OfMessageSystemAttributes;
  }

  /** {@return the FIFO sequence number, or null when absent} */
  public @Nullable String sequenceNumber() {
    return sequenceNumber;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SendMessageResponse that)) {
      return false;
    }

    return Objects.equals(messageId, that.messageId)
        && Objects.equals(md5OfMessageBody, that.md5OfMessageBody)
        && Objects.equals(md5OfMessageAttributes, that.md5OfMessageAttributes)
        && Objects.equals(md5OfMessageSystemAttributes, that.md5OfMessageSystemAttributes)
        && Objects.equals(sequenceNumber, that.sequenceNumber);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        messageId,
        md5OfMessageBody,
        md5OfMessageAttributes,
        md5OfMessageSystemAttributes,
        sequenceNumber);
  }

  @Override
  public String toString() {
    return "SendMessageResponse{"
        + "messageId="
        + messageId
        + ", md5OfMessageBody="
        + md5OfMessageBody
        + ", md5OfMessageAttributes="
        + md5OfMessageAttributes
        + ", md5OfMessageSystemAttributes="
        + md5OfMessageSystemAttributes
        + ", sequenceNumber="
        + sequenceNumber
        + "}";
  }

  /** Collects the values of a {@link SendMessageResponse}; not thread-safe. */
  public static final class Builder {
    private @Nullable String messageId;
    private @Nullable String md5OfMessageBody;
    private @Nullable String md5OfMessageAttributes;
    private @Nullable String md5OfMessageSystemAttributes;
    private @Nullable String sequenceNumber;

    private Builder() {}

    private Builder(SendMessageResponse source) {
      this.messageId = source.messageId;
      this.md5OfMessageBody = source.md5OfMessageBody;
      this.md5OfMessageAttributes = source.md5OfMessageAttributes;
      this.md5OfMessageSystemAttributes = source.md5OfMessageSystemAttributes;
      this.sequenceNumber = source.sequenceNumber;
    }

    /**
     * Sets the id SQS gave the message.
     *
     * @param messageId the id SQS gave the message
     * @return this builder
     */
    public Builder messageId(@Nullable String messageId) {
      this.messageId = messageId;
      return this;
    }

    /**
     * Sets the MD5 of the body as SQS received it.
     *
     * @param md5OfMessageBody the MD5 of the body as SQS received it
     * @return this builder
     */
    public Builder md5OfMessageBody(@Nullable String md5OfMessageBody) {
      this.md5OfMessageBody = md5OfMessageBody;
      return this;
    }

    /**
     * Sets the MD5 of the message attributes as SQS received them.
     *
     * @param md5OfMessageAttributes the MD5 of the message attributes as SQS received them
     * @return this builder
     */
    public Builder md5OfMessageAttributes(@Nullable String md5OfMessageAttributes) {
      this.md5OfMessageAttributes = md5OfMessageAttributes;
      return this;
    }

    /**
     * Sets the MD5 of the message system attributes as SQS received them.
     *
     * @param md5OfMessageSystemAttributes the MD5 of the message system attributes as SQS received
     *     them
     * @return this builder
     */
    public Builder md5OfMessageSystemAttributes(@Nullable String md5OfMessageSystemAttributes) {
      this.md5OfMessageSystemAttributes = md5OfMessageSystemAttributes;
      return this;
    }

    /**
     * Sets the FIFO sequence number.
     *
     * @param sequenceNumber the FIFO sequence number
     * @return this builder
     */
    public Builder sequenceNumber(@Nullable String sequenceNumber) {
      this.sequenceNumber = sequenceNumber;
      return this;
    }

    /** {@return the immutable object} */
    public SendMessageResponse build() {
      return new SendMessageResponse(this);
    }
  }
}

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
 * A message as {@code ReceiveMessage} returns it.
 *
 * <p>{@link #attributes()} holds the system attributes SQS sent (names as strings, so names this
 * client does not know yet are kept); {@link #attribute(MessageSystemAttributeName)} reads one by
 * its known name. Immutable and thread-safe; its {@link Builder} is not.
 *
 * <pre>{@code
 * Message m = Message.builder().messageId("id").receiptHandle("rh").body("hello").build();
 * }</pre>
 *
 * @since 0.1
 */
public final class Message {
  private final @Nullable String messageId;
  private final @Nullable String receiptHandle;
  private final @Nullable String md5OfBody;
  private final @Nullable String body;
  private final Map<String, String> attributes;
  private final @Nullable String md5OfMessageAttributes;
  private final Map<String, MessageAttributeValue> messageAttributes;

  private Message(Builder builder) {
    this.messageId = builder.messageId;
    this.receiptHandle = builder.receiptHandle;
    this.md5OfBody = builder.md5OfBody;
    this.body = builder.body;
    this.attributes = copy(builder.attributes);
    this.md5OfMessageAttributes = builder.md5OfMessageAttributes;
    this.messageAttributes = copy(builder.messageAttributes);
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

  /**
   * {@return the handle of this receive, for delete and visibility changes, or null when absent}
   */
  public @Nullable String receiptHandle() {
    return receiptHandle;
  }

  /** {@return the MD5 of the body as SQS computed it, or null when absent} */
  public @Nullable String md5OfBody() {
    return md5OfBody;
  }

  /** {@return the body, or null when absent} */
  public @Nullable String body() {
    return body;
  }

  /** {@return the system attributes that were asked for, by name; never null} */
  public Map<String, String> attributes() {
    return attributes;
  }

  /** {@return the MD5 of the message attributes, or null when there are none} */
  public @Nullable String md5OfMessageAttributes() {
    return md5OfMessageAttributes;
  }

  /** {@return the message attributes that were asked for, by name; never null} */
  public Map<String, MessageAttributeValue> messageAttributes() {
    return messageAttributes;
  }

  /**
   * The value of one system attribute.
   *
   * @param name the name of the system attribute
   * @return its value, or null when SQS did not send it
   */
  public @Nullable String attribute(MessageSystemAttributeName name) {
    return attributes.get(name.value());
  }

  /** Most received messages carry no message attributes: the shared empty map costs nothing. */
  private static <V> Map<String, V> copy(@Nullable Map<String, V> map) {
    return map == null || map.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Message that)) {
      return false;
    }
    return Objects.equals(messageId, that.messageId)
        && Objects.equals(receiptHandle, that.receiptHandle)
        && Objects.equals(md5OfBody, that.md5OfBody)
        && Objects.equals(body, that.body)
        && Objects.equals(attributes, that.attributes)
        && Objects.equals(md5OfMessageAttributes, that.md5OfMessageAttributes)
        && Objects.equals(messageAttributes, that.messageAttributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        messageId,
        receiptHandle,
        md5OfBody,
        body,
        attributes,
        md5OfMessageAttributes,
        messageAttributes);
  }

  @Override
  public String toString() {
    return "Message{"
        + "messageId="
        + messageId
        + ", receiptHandle="
        + receiptHandle
        + ", md5OfBody="
        + md5OfBody
        + ", body="
        + body
        + ", attributes="
        + attributes
        + ", md5OfMessageAttributes="
        + md5OfMessageAttributes
        + ", messageAttributes="
        + messageAttributes
        + "}";
  }

  /** Collects the values of a {@link Message}; not thread-safe. */
  public static final class Builder {
    private @Nullable String messageId;
    private @Nullable String receiptHandle;
    private @Nullable String md5OfBody;
    private @Nullable String body;
    private @Nullable Map<String, String> attributes;
    private @Nullable String md5OfMessageAttributes;
    private @Nullable Map<String, MessageAttributeValue> messageAttributes;

    private Builder() {}

    private Builder(Message source) {
      this.messageId = source.messageId;
      this.receiptHandle = source.receiptHandle;
      this.md5OfBody = source.md5OfBody;
      this.body = source.body;
      this.attributes = source.attributes;
      this.md5OfMessageAttributes = source.md5OfMessageAttributes;
      this.messageAttributes = source.messageAttributes;
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
     * Sets the handle of this receive.
     *
     * @param receiptHandle the handle of this receive
     * @return this builder
     */
    public Builder receiptHandle(@Nullable String receiptHandle) {
      this.receiptHandle = receiptHandle;
      return this;
    }

    /**
     * Sets the MD5 of the body as SQS computed it.
     *
     * @param md5OfBody the MD5 of the body as SQS computed it
     * @return this builder
     */
    public Builder md5OfBody(@Nullable String md5OfBody) {
      this.md5OfBody = md5OfBody;
      return this;
    }

    /**
     * Sets the body.
     *
     * @param body the body
     * @return this builder
     */
    public Builder body(@Nullable String body) {
      this.body = body;
      return this;
    }

    /**
     * Sets the system attributes by name; null for none.
     *
     * @param attributes the system attributes by name; null for none
     * @return this builder
     */
    public Builder attributes(@Nullable Map<String, String> attributes) {
      this.attributes = attributes;
      return this;
    }

    /**
     * Sets the MD5 of the message attributes.
     *
     * @param md5OfMessageAttributes the MD5 of the message attributes
     * @return this builder
     */
    public Builder md5OfMessageAttributes(@Nullable String md5OfMessageAttributes) {
      this.md5OfMessageAttributes = md5OfMessageAttributes;
      return this;
    }

    /**
     * Sets the message attributes by name; null for none.
     *
     * @param messageAttributes the message attributes by name; null for none
     * @return this builder
     */
    public Builder messageAttributes(
        @Nullable Map<String, MessageAttributeValue> messageAttributes) {
      this.messageAttributes = messageAttributes;
      return this;
    }

    /** {@return the immutable object} */
    public Message build() {
      return new Message(this);
    }
  }
}

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
import org.jspecify.annotations.Nullable;

/**
 * A message as {@code ReceiveMessage} returns it.
 *
 * <p>{@link #attributes()} holds the system attributes SQS sent (names as strings, so names this
 * client does not know yet are kept); {@link #attribute(MessageSystemAttributeName)} reads one by
 * its known name.
 *
 * @param messageId the id SQS gave the message
 * @param receiptHandle the handle of this receive, for delete and visibility changes
 * @param md5OfBody the MD5 of the body, as SQS computed it
 * @param body the body
 * @param attributes the system attributes that were asked for, by name, never null
 * @param md5OfMessageAttributes the MD5 of the message attributes, or null when there are none
 * @param messageAttributes the message attributes that were asked for, by name, never null
 * @since 0.1
 */
public record Message(
    @Nullable String messageId,
    @Nullable String receiptHandle,
    @Nullable String md5OfBody,
    @Nullable String body,
    Map<String, String> attributes,
    @Nullable String md5OfMessageAttributes,
    Map<String, MessageAttributeValue> messageAttributes) {

  public Message {
    // Most received messages carry no message attributes: the shared empty map costs nothing.
    attributes =
        attributes == null || attributes.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    messageAttributes =
        messageAttributes == null || messageAttributes.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(messageAttributes));
  }

  /** The value of one system attribute, or null when SQS did not send it. */
  public @Nullable String attribute(MessageSystemAttributeName name) {
    return attributes.get(name.value());
  }
}

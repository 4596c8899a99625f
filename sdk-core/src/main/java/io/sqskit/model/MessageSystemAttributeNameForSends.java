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

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The names of the system attributes a message may carry when it is sent.
 *
 * <p>Responses keep names as strings, so a name SQS adds later is never rejected; {@link
 * #fromValue(String)} returns null for it.
 *
 * @since 0.1
 */
public enum MessageSystemAttributeNameForSends {
  /**
   * {@code AWSTraceHeader}: an AWS X-Ray trace header, the one system attribute a sender may set.
   */
  AWS_TRACE_HEADER("AWSTraceHeader");

  private static final Map<String, MessageSystemAttributeNameForSends> BY_VALUE = new HashMap<>();

  static {
    for (MessageSystemAttributeNameForSends name : values()) {
      BY_VALUE.put(name.value, name);
    }
  }

  private final String value;

  MessageSystemAttributeNameForSends(String value) {
    this.value = value;
  }

  /** {@return the name as SQS spells it on the wire} */
  public String value() {
    return value;
  }

  /**
   * {@return the constant for a wire name, or null when this client does not know the name}
   *
   * @param value the name as SQS writes it
   */
  public static @Nullable MessageSystemAttributeNameForSends fromValue(String value) {
    return BY_VALUE.get(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

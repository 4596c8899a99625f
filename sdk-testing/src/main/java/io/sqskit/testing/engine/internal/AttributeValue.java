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
package io.sqskit.testing.engine.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One message attribute (user or system) as stored: its data type and either a text or a binary
 * value.
 *
 * @param dataType {@code String}, {@code Number} or {@code Binary}, optionally with a custom suffix
 *     such as {@code Number.float}
 * @param stringValue the value of a String or Number attribute, else null
 * @param binaryValue the value of a Binary attribute, else null
 */
@SuppressWarnings("ArrayRecordComponent") // bytes held as they are; see the Javadoc
record AttributeValue(
    String dataType, @Nullable String stringValue, byte @Nullable [] binaryValue) {

  /** Approximate bytes counted against the message size: type plus value. */
  int size() {
    // Non-null: an attribute without a binary value has a text one (Outgoing.attributeValue).
    int valueSize =
        binaryValue != null
            ? binaryValue.length
            : Texts.utf8Length(Objects.requireNonNull(stringValue));
    return Texts.utf8Length(dataType) + valueSize;
  }
}

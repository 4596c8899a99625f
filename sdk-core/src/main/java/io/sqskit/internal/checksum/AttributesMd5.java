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
package io.sqskit.internal.checksum;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * SQS's MD5OfMessageAttributes / MD5OfMessageSystemAttributes encoding; thread-safe.
 *
 * <p>For each attribute in ascending order of name (Java {@code String} order, as the AWS SDKs
 * sort): the 4-byte big-endian length and UTF-8 bytes of the name, the same for the data type, one
 * byte {@code 1} for String and Number types or {@code 2} for Binary types, then the length and the
 * bytes of the value (UTF-8 text, or the raw binary). The MD5 of that concatenation is the checksum
 * (sqs-reference/semantics.md). The bytes are streamed into the hash ({@link Md5#sink()}), never
 * built whole.
 */
public final class AttributesMd5 {
  private static final byte STRING_TRANSPORT = 1;
  private static final byte BINARY_TRANSPORT = 2;
  private static final Comparator<Entry> BY_NAME = Comparator.comparing(Entry::name);

  private AttributesMd5() {}

  /**
   * One attribute as the checksum sees it.
   *
   * @param name attribute name
   * @param dataType full data type, e.g. {@code Number.float}
   * @param stringValue the value of String and Number types, else null
   * @param binaryValue the value of Binary types, else null
   */
  @SuppressWarnings("ArrayRecordComponent") // bytes held as they are; see the Javadoc
  public record Entry(
      String name, String dataType, @Nullable String stringValue, byte @Nullable [] binaryValue) {}

  /**
   * Lowercase hex MD5 over the entries sorted by name; null when there are none.
   *
   * @throws IllegalArgumentException when an entry lacks its name, type, or the value its type
   *     needs
   */
  public static @Nullable String of(@Nullable Collection<Entry> entries) {
    if (entries == null || entries.isEmpty()) {
      return null;
    }
    Entry[] sorted = entries.toArray(new Entry[0]);
    if (sorted.length > 1) {
      Arrays.sort(sorted, BY_NAME);
    }
    Md5.Sink hasher = Md5.sink();
    for (Entry entry : sorted) {
      if (entry == null || entry.name() == null || entry.dataType() == null) {
        throw new IllegalArgumentException("attribute without name or data type: " + entry);
      }
      text(hasher, entry.name());
      text(hasher, entry.dataType());
      if (entry.dataType().startsWith("Binary")) {
        byte[] value = entry.binaryValue();
        if (value == null) {
          throw new IllegalArgumentException(
              "binary attribute " + entry.name() + " has no binary value");
        }
        hasher.update(BINARY_TRANSPORT);
        hasher.updateInt(value.length);
        hasher.update(value, 0, value.length);
      } else {
        String value = entry.stringValue();
        if (value == null) {
          throw new IllegalArgumentException(
              "attribute "
                  + entry.name()
                  + " of type "
                  + entry.dataType()
                  + " has no string value");
        }
        hasher.update(STRING_TRANSPORT);
        text(hasher, value);
      }
    }
    return hasher.hex();
  }

  private static void text(Md5.Sink hasher, String text) {
    hasher.updateInt(Md5.utf8Length(text));
    hasher.updateUtf8(text);
  }
}

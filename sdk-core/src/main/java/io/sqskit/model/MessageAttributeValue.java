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

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A typed message attribute value: {@code String}, {@code Number} or {@code Binary}, each with an
 * optional custom suffix such as {@code Number.float}.
 *
 * <p>Exactly the value that matches the data type is set: {@code stringValue} for String and Number
 * types, {@code binaryValue} for Binary types. SQS's reserved list members ({@code
 * StringListValues}, {@code BinaryListValues}) are documented as not implemented and are left out.
 *
 * <pre>{@code
 * MessageAttributeValue.ofString("red");
 * MessageAttributeValue.ofNumber("42");
 * MessageAttributeValue.ofBinary(new byte[] {0, 1, 2});
 * new MessageAttributeValue("Number.float", "3.14", null);
 * }</pre>
 *
 * @param dataType the data type, e.g. {@code String}, {@code Number.int}, {@code Binary.gif}
 * @param stringValue the value of String and Number types, else null
 * @param binaryValue the value of Binary types, else null (copied in and out)
 * @since 0.1
 */
@SuppressWarnings("ArrayRecordComponent") // bytes held as they are; see the Javadoc
public record MessageAttributeValue(
    String dataType, @Nullable String stringValue, byte @Nullable [] binaryValue) {

  // Written out rather than compact: NullAway does not see the @Nullable of an array component on
  // the parameters of a compact constructor.
  /**
   * Checks the data type and copies the bytes.
   *
   * @param dataType the data type, e.g. {@code String}, {@code Number.int}, {@code Binary.gif}
   * @param stringValue the value of String and Number types, else null
   * @param binaryValue the value of Binary types, else null
   */
  public MessageAttributeValue(
      String dataType, @Nullable String stringValue, byte @Nullable [] binaryValue) {
    this.dataType = Objects.requireNonNull(dataType, "dataType");
    this.stringValue = stringValue;
    this.binaryValue = binaryValue == null ? null : binaryValue.clone();
  }

  /**
   * {@return a {@code String} attribute}
   *
   * @param value the attribute's value
   */
  public static MessageAttributeValue ofString(String value) {
    return new MessageAttributeValue("String", Objects.requireNonNull(value, "value"), null);
  }

  /**
   * {@return a {@code Number} attribute; SQS keeps the digits as sent}
   *
   * @param value the attribute's value
   */
  public static MessageAttributeValue ofNumber(String value) {
    return new MessageAttributeValue("Number", Objects.requireNonNull(value, "value"), null);
  }

  /**
   * {@return a {@code Number} attribute from a Java number}
   *
   * @param value the attribute's value
   */
  public static MessageAttributeValue ofNumber(long value) {
    return ofNumber(Long.toString(value));
  }

  /**
   * {@return a {@code Binary} attribute}
   *
   * @param value the attribute's value
   */
  public static MessageAttributeValue ofBinary(byte[] value) {
    return new MessageAttributeValue("Binary", null, Objects.requireNonNull(value, "value"));
  }

  /** {@return a copy of the binary value, or null for String and Number types} */
  @Override
  public byte @Nullable [] binaryValue() {
    return binaryValue == null ? null : binaryValue.clone();
  }

  /** {@return whether the data type is {@code Binary} or {@code Binary.<custom>}} */
  public boolean isBinary() {
    return dataType.startsWith("Binary");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MessageAttributeValue that
        && dataType.equals(that.dataType)
        && Objects.equals(stringValue, that.stringValue)
        && Arrays.equals(binaryValue, that.binaryValue);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hash(dataType, stringValue) + Arrays.hashCode(binaryValue);
  }

  @Override
  public String toString() {
    String value =
        binaryValue != null
            ? "binaryValue=" + Base64.getEncoder().encodeToString(binaryValue)
            : "stringValue=" + stringValue;
    return "MessageAttributeValue{dataType=" + dataType + ", " + value + "}";
  }
}

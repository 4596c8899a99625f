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
package io.sqskit.benchmarks.client;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The MD5 checksums SQS puts in its answers, computed here so the fixture server's prebuilt answers
 * pass both clients' checks. The algorithm is the one in sqs-reference/semantics.md ("MD5s"); this
 * is the benchmark module's own implementation, checked against its test vectors.
 */
public final class AttributeChecksums {
  private AttributeChecksums() {}

  /** A message attribute as sent on the wire: String and Number carry text, Binary bytes. */
  @SuppressWarnings("ArrayRecordComponent") // bytes held as they are
  public record Attribute(
      String dataType, @Nullable String stringValue, byte @Nullable [] binaryValue) {

    /** A String attribute. */
    public static Attribute string(String value) {
      return new Attribute("String", value, null);
    }

    /** A Number attribute. */
    public static Attribute number(String value) {
      return new Attribute("Number", value, null);
    }

    /** A Binary attribute. */
    public static Attribute binary(byte[] value) {
      return new Attribute("Binary", null, value.clone());
    }

    boolean isBinary() {
      return dataType.startsWith("Binary");
    }
  }

  /** Lowercase hex MD5 of the body's UTF-8 bytes (MD5OfMessageBody / MD5OfBody). */
  public static String ofBody(String body) {
    return hex(body.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * MD5OfMessageAttributes: for each attribute in ascending name order, the length-prefixed name,
   * the length-prefixed data type, one transport byte (1 text, 2 binary) and the length-prefixed
   * value.
   */
  public static String ofAttributes(Map<String, Attribute> attributes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<String, Attribute> entry : new TreeMap<>(attributes).entrySet()) {
      Attribute value = entry.getValue();
      lengthPrefixed(out, entry.getKey().getBytes(StandardCharsets.UTF_8));
      lengthPrefixed(out, value.dataType().getBytes(StandardCharsets.UTF_8));
      // The factories give Binary attributes bytes and the others text.
      if (value.isBinary()) {
        out.write(2);
        lengthPrefixed(out, Objects.requireNonNull(value.binaryValue()));
      } else {
        out.write(1);
        lengthPrefixed(
            out, Objects.requireNonNull(value.stringValue()).getBytes(StandardCharsets.UTF_8));
      }
    }
    return hex(out.toByteArray());
  }

  private static void lengthPrefixed(ByteArrayOutputStream out, byte[] bytes) {
    out.write(bytes.length >>> 24);
    out.write(bytes.length >>> 16);
    out.write(bytes.length >>> 8);
    out.write(bytes.length);
    out.writeBytes(bytes);
  }

  private static String hex(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM offers no MD5", e);
    }
  }
}

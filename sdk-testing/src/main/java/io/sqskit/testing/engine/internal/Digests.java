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

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * The digests SQS computes: MD5 of bodies and of (system) message attributes, SHA-256 for
 * content-based deduplication. Encodings from sqs-reference/semantics.md ("MD5s").
 */
final class Digests {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> get("MD5"));
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(() -> get("SHA-256"));

  private Digests() {}

  private static MessageDigest get(String name) {
    try {
      return MessageDigest.getInstance(name);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("JDK without " + name, e);
    }
  }

  /** The raw 16-byte MD5 of the UTF-8 bytes of {@code text}. */
  static byte[] md5(String text) {
    MessageDigest md = MD5.get();
    md.reset();
    return md.digest(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Lowercase hex MD5 of the UTF-8 bytes of {@code text}. */
  static String md5Hex(String text) {
    return hex(md5(text));
  }

  /** Lowercase hex SHA-256 of the UTF-8 bytes of {@code text}. */
  static String sha256Hex(String text) {
    MessageDigest md = SHA256.get();
    md.reset();
    return hex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * MD5 of message attributes: for each attribute in ascending name order, length-prefixed name,
   * length-prefixed data type, a transport byte (1 text, 2 binary) and the length-prefixed value.
   * List values (StringListValues, BinaryListValues) are reserved by SQS and never accepted, so
   * they are not encoded.
   */
  static String attributesMd5Hex(SortedMap<String, AttributeValue> attributes) {
    MessageDigest md = MD5.get();
    md.reset();
    for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
      AttributeValue v = e.getValue();
      putLengthPrefixed(md, e.getKey().getBytes(StandardCharsets.UTF_8));
      putLengthPrefixed(md, v.dataType().getBytes(StandardCharsets.UTF_8));
      byte[] binary = v.binaryValue();
      if (binary != null) {
        md.update((byte) 2);
        putLengthPrefixed(md, binary);
      } else {
        md.update((byte) 1);
        // Non-null: an attribute without a binary value has a text one (Outgoing.attributeValue).
        String text = Objects.requireNonNull(v.stringValue());
        putLengthPrefixed(md, text.getBytes(StandardCharsets.UTF_8));
      }
    }
    return hex(md.digest());
  }

  private static void putLengthPrefixed(MessageDigest md, byte[] bytes) {
    md.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    md.update(bytes);
  }

  /** Two hex digits for every byte value, packed as a char pair (high << 8 | low). */
  private static final short[] PAIRS = new short[256];

  static {
    for (int i = 0; i < 256; i++) {
      PAIRS[i] = (short) (HEX[i >> 4] << 8 | HEX[i & 0xf]);
    }
  }

  /** Lowercase hex of {@code bytes}. */
  static String hex(byte[] bytes) {
    byte[] out = new byte[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      short p = PAIRS[bytes[i] & 0xff];
      out[2 * i] = (byte) (p >> 8);
      out[2 * i + 1] = (byte) p;
    }
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  /** Lowercase hex of the 16 bytes held in two longs (big-endian). */
  static String hex(long hi, long lo) {
    byte[] out = new byte[32];
    put(out, 0, hi);
    put(out, 16, lo);
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  /** Writes the 16 hex digits of {@code v} at {@code at}. */
  static void put(byte[] out, int at, long v) {
    for (int i = 7; i >= 0; i--) {
      short p = PAIRS[(int) (v >>> (8 * i)) & 0xff];
      int k = at + 2 * (7 - i);
      out[k] = (byte) (p >> 8);
      out[k + 1] = (byte) p;
    }
  }

  /** The first eight bytes of {@code b} as a big-endian long. */
  static long high(byte[] b) {
    return ByteBuffer.wrap(b).getLong(0);
  }

  /** Bytes eight to fifteen of {@code b} as a big-endian long. */
  static long low(byte[] b) {
    return ByteBuffer.wrap(b).getLong(8);
  }
}

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

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/** Message ids, receipt handles and task handles. */
final class Ids {
  private static final byte HANDLE_VERSION = 0x5a;
  private static final int HANDLE_BYTES = 30;

  private Ids() {}

  /** A random version-4 UUID, as two longs. */
  static long[] randomUuid() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
    long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new long[] {hi, lo};
  }

  /** The canonical 36-character form of a UUID. */
  static String uuid(long hi, long lo) {
    byte[] hex = new byte[32];
    Digests.put(hex, 0, hi);
    Digests.put(hex, 16, lo);
    byte[] out = new byte[36];
    System.arraycopy(hex, 0, out, 0, 8);
    out[8] = '-';
    System.arraycopy(hex, 8, out, 9, 4);
    out[13] = '-';
    System.arraycopy(hex, 12, out, 14, 4);
    out[18] = '-';
    System.arraycopy(hex, 16, out, 19, 4);
    out[23] = '-';
    System.arraycopy(hex, 20, out, 24, 12);
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  private static final byte[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
          .getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] VALUES = new byte[128];

  static {
    Arrays.fill(VALUES, (byte) -1);
    for (int i = 0; i < ALPHABET.length; i++) {
      VALUES[ALPHABET[i]] = (byte) i;
    }
  }

  /**
   * A receipt handle: the queue's serial, the message id and the receive it stems from, with a
   * check byte, base64url-encoded (40 characters). Each receive of a message yields a different
   * handle. Encoded by hand: handles are made and read on every receive and delete.
   */
  static String receiptHandle(long queueSerial, StoredMessage m) {
    return receiptHandle(queueSerial, m.idHi, m.idLo, m.receiveCount);
  }

  /** The receipt handle of receive {@code count} of the message {@code idHi, idLo}. */
  static String receiptHandle(long queueSerial, long idHi, long idLo, int count) {
    byte[] raw = new byte[HANDLE_BYTES];
    raw[0] = HANDLE_VERSION;
    putLong(raw, 1, queueSerial);
    putLong(raw, 9, idHi);
    putLong(raw, 17, idLo);
    raw[25] = (byte) (count >>> 24);
    raw[26] = (byte) (count >>> 16);
    raw[27] = (byte) (count >>> 8);
    raw[28] = (byte) count;
    byte check = 0;
    for (int i = 0; i < HANDLE_BYTES - 1; i++) {
      check ^= raw[i];
    }
    raw[HANDLE_BYTES - 1] = check;
    byte[] out = new byte[HANDLE_BYTES / 3 * 4];
    for (int i = 0, o = 0; i < HANDLE_BYTES; i += 3, o += 4) {
      int v = (raw[i] & 0xff) << 16 | (raw[i + 1] & 0xff) << 8 | (raw[i + 2] & 0xff);
      out[o] = ALPHABET[v >>> 18];
      out[o + 1] = ALPHABET[(v >>> 12) & 0x3f];
      out[o + 2] = ALPHABET[(v >>> 6) & 0x3f];
      out[o + 3] = ALPHABET[v & 0x3f];
    }
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  private static void putLong(byte[] b, int at, long v) {
    for (int i = 7; i >= 0; i--) {
      b[at + 7 - i] = (byte) (v >>> (8 * i));
    }
  }

  private static long getLong(byte[] b, int at) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = v << 8 | (b[at + i] & 0xff);
    }
    return v;
  }

  /** A decoded receipt handle. */
  record Handle(long queueSerial, long idHi, long idLo, int receiveCount) {}

  /** Decodes a handle made by {@link #receiptHandle}, or returns null when it is not one. */
  static @Nullable Handle parseHandle(String handle) {
    if (handle == null || handle.length() != HANDLE_BYTES / 3 * 4) {
      return null;
    }
    byte[] raw = new byte[HANDLE_BYTES];
    for (int i = 0, o = 0; o < HANDLE_BYTES; i += 4, o += 3) {
      int v = 0;
      for (int k = 0; k < 4; k++) {
        char c = handle.charAt(i + k);
        int d = c < 128 ? VALUES[c] : -1;
        if (d < 0) {
          return null;
        }
        v = v << 6 | d;
      }
      raw[o] = (byte) (v >>> 16);
      raw[o + 1] = (byte) (v >>> 8);
      raw[o + 2] = (byte) v;
    }
    if (raw[0] != HANDLE_VERSION) {
      return null;
    }
    byte check = 0;
    for (int i = 0; i < HANDLE_BYTES - 1; i++) {
      check ^= raw[i];
    }
    if (check != raw[HANDLE_BYTES - 1]) {
      return null;
    }
    int count =
        (raw[25] & 0xff) << 24 | (raw[26] & 0xff) << 16 | (raw[27] & 0xff) << 8 | (raw[28] & 0xff);
    return new Handle(getLong(raw, 1), getLong(raw, 9), getLong(raw, 17), count);
  }
}

package io.sqskit.testing.engine.internal;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/** Message ids, receipt handles and task handles. */
public final class Ids {
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
  public static String uuid(long hi, long lo) {
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
    return new String(out, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /**
   * A receipt handle: the queue's serial, the message id and the receive it stems from, with a
   * check byte, base64url-encoded. Each receive of a message yields a different handle.
   */
  static String receiptHandle(long queueSerial, StoredMessage m) {
    ByteBuffer b = ByteBuffer.allocate(HANDLE_BYTES);
    b.put(HANDLE_VERSION).putLong(queueSerial).putLong(m.idHi).putLong(m.idLo).putInt(m.receiveCount);
    byte check = 0;
    for (int i = 0; i < HANDLE_BYTES - 1; i++) {
      check ^= b.get(i);
    }
    b.put(check);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
  }

  /** A decoded receipt handle. */
  record Handle(long queueSerial, long idHi, long idLo, int receiveCount) {}

  /** Decodes a handle made by {@link #receiptHandle}, or returns null when it is not one. */
  static Handle parseHandle(String handle) {
    if (handle == null || handle.length() != 40) {
      return null;
    }
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(handle);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (raw.length != HANDLE_BYTES || raw[0] != HANDLE_VERSION) {
      return null;
    }
    byte check = 0;
    for (int i = 0; i < HANDLE_BYTES - 1; i++) {
      check ^= raw[i];
    }
    if (check != raw[HANDLE_BYTES - 1]) {
      return null;
    }
    ByteBuffer b = ByteBuffer.wrap(raw, 1, HANDLE_BYTES - 1);
    return new Handle(b.getLong(), b.getLong(), b.getLong(), b.getInt());
  }
}

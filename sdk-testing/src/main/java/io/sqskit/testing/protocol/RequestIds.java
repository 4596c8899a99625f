package io.sqskit.testing.protocol;

import java.util.concurrent.ThreadLocalRandom;

/** Request ids in SQS's UUID form, made without the contention of {@code UUID.randomUUID()}. */
public final class RequestIds {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private RequestIds() {}

  /** A fresh random version-4 UUID string; not for security, only to label answers. */
  public static String next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    char[] out = new char[36];
    int pos = 0;
    for (int i = 0; i < 32; i++) {
      if (i == 8 || i == 12 || i == 16 || i == 20) {
        out[pos++] = '-';
      }
      long word = i < 16 ? high : low;
      int shift = (15 - (i % 16)) * 4;
      out[pos++] = HEX[(int) (word >>> shift) & 0xF];
    }
    return new String(out);
  }
}

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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * MD5 (RFC 1321) that works on every JVM, FIPS ones included.
 *
 * <p>The one-shot methods ({@link #digest}, {@link #hex}, {@link #ofText}) and the attribute
 * checksums' {@link #sink()} use the JVM's own MD5 when its security providers offer one: HotSpot
 * compiles that to a hand-written intrinsic, well ahead of any Java code (benchmarks/README.md has
 * the figures). Where the providers refuse MD5, as FIPS-configured JVMs do, they fall back to the
 * pure-Java {@link Hasher}. Both give the same digests; the tests check one against the other.
 *
 * <p>The static methods are thread-safe. A {@link Sink} digests data fed piece by piece (bytes,
 * big-endian ints, the UTF-8 encoding of text) without allocating per block or per character.
 */
public final class Md5 {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  /** The JVM's MD5; null when no provider offers one. */
  private static final @Nullable MessageDigest PLATFORM = platformMd5();

  /** Per thread: a clone of {@link #PLATFORM} and a buffer for the UTF-8 encoding of text. */
  private static final ThreadLocal<PlatformHasher> PLATFORM_HASHER =
      ThreadLocal.withInitial(PlatformHasher::new);

  private Md5() {}

  private static @Nullable MessageDigest platformMd5() {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      Object unused = md5.clone(); // a provider whose digests cannot be cloned is not used
      return md5;
    } catch (NoSuchAlgorithmException | CloneNotSupportedException | RuntimeException e) {
      return null;
    }
  }

  /** True when the one-shot methods use the JVM's MD5 rather than the pure-Java one. */
  public static boolean usesPlatformDigest() {
    return PLATFORM != null;
  }

  /**
   * What the attribute checksums feed: bytes, big-endian ints and the UTF-8 encoding of text, then
   * the hex digest. {@link #sink()} gives the fastest one this JVM has.
   */
  public interface Sink {
    /** Adds one byte. */
    Sink update(byte value);

    /** Adds four bytes: {@code value} big-endian. */
    Sink updateInt(int value);

    /** Adds {@code length} bytes of {@code data} from {@code offset}. */
    Sink update(byte[] data, int offset, int length);

    /** Adds the UTF-8 encoding of {@code text}; a lone surrogate is {@code '?'}. */
    Sink updateUtf8(CharSequence text);

    /** Finishes the computation and returns the lowercase hex digest. */
    String hex();
  }

  /**
   * A sink ready for a new digest: this thread's {@link PlatformHasher} (the JVM's MD5 behind a 4
   * KiB buffer) when the JVM offers MD5, else a new pure-Java {@link Hasher}. Use it before the
   * next call into this class on the same thread.
   */
  public static Sink sink() {
    if (PLATFORM != null) {
      return PLATFORM_HASHER.get().reset();
    }
    return new Hasher();
  }

  /**
   * The JVM's MD5 fed through a reused 4 KiB buffer, so that text is hashed without a UTF-8 copy of
   * all of it and small pieces do not each call into the digest. One per thread.
   */
  private static final class PlatformHasher implements Sink {
    private static final int CHUNK = 4096;

    /** Characters copied out of a String at a time; at most 3 UTF-8 bytes each fit the buffer. */
    private static final int CHARS = 1024;

    private final MessageDigest md5;
    private final byte[] buffer = new byte[CHUNK];
    private final char[] chars = new char[CHARS];
    private int pos;

    PlatformHasher() {
      try {
        // made only after a check that PLATFORM is set (digest, ofText, sink)
        md5 = (MessageDigest) Objects.requireNonNull(PLATFORM).clone();
      } catch (CloneNotSupportedException e) {
        throw new IllegalStateException("the MD5 digest could be cloned once and now cannot", e);
      }
    }

    PlatformHasher reset() {
      md5.reset();
      pos = 0;
      return this;
    }

    byte[] digest(byte[] data) {
      reset();
      return md5.digest(data);
    }

    byte[] digestUtf8(String text) {
      reset().updateUtf8(text);
      return finish();
    }

    private void flush() {
      md5.update(buffer, 0, pos);
      pos = 0;
    }

    private byte[] finish() {
      flush();
      return md5.digest();
    }

    @Override
    public Sink update(byte value) {
      if (pos == CHUNK) {
        flush();
      }
      buffer[pos++] = value;
      return this;
    }

    @Override
    public Sink updateInt(int value) {
      if (pos > CHUNK - 4) {
        flush();
      }
      buffer[pos++] = (byte) (value >>> 24);
      buffer[pos++] = (byte) (value >>> 16);
      buffer[pos++] = (byte) (value >>> 8);
      buffer[pos++] = (byte) value;
      return this;
    }

    @Override
    public Sink update(byte[] data, int offset, int length) {
      Objects.checkFromIndexSize(offset, length, data.length);
      if (length > CHUNK - pos) {
        flush();
        if (length > CHUNK) {
          md5.update(data, offset, length);
          return this;
        }
      }
      System.arraycopy(data, offset, buffer, pos, length);
      pos += length;
      return this;
    }

    /**
     * UTF-8 as {@link Hasher#updateUtf8} encodes it: a lone surrogate is {@code '?'}. A String is
     * copied out {@link #CHARS} characters at a time ({@code getChars} is a plain array copy),
     * which is faster than {@code charAt} per character.
     */
    @Override
    public Sink updateUtf8(CharSequence text) {
      int n = text.length();
      int start = 0;
      while (start < n) {
        int end = Math.min(n, start + CHARS);
        if (end < n && Character.isHighSurrogate(text.charAt(end - 1))) {
          end--; // keep a surrogate pair in one piece; CHARS > 1, so end > start
        }
        int length = end - start;
        if (text instanceof String string) {
          string.getChars(start, end, chars, 0);
        } else {
          for (int i = 0; i < length; i++) {
            chars[i] = text.charAt(start + i);
          }
        }
        if (pos > CHUNK - 3 * length) {
          flush();
        }
        pos = encode(chars, length, buffer, pos);
        start = end;
      }
      return this;
    }

    @Override
    public String hex() {
      return toHex(finish());
    }
  }

  /**
   * Writes the UTF-8 encoding of {@code in[0, length)} into {@code out} from {@code pos}, which has
   * room for three bytes per character; returns the position after it. A lone surrogate (also one
   * at the end of {@code in}) is {@code '?'}, as {@code String.getBytes(UTF_8)} does.
   */
  private static int encode(char[] in, int length, byte[] out, int pos) {
    for (int i = 0; i < length; i++) {
      char ch = in[i];
      if (ch < 0x80) {
        out[pos++] = (byte) ch;
      } else if (ch < 0x800) {
        out[pos++] = (byte) (0xc0 | (ch >> 6));
        out[pos++] = (byte) (0x80 | (ch & 0x3f));
      } else if (!Character.isSurrogate(ch)) {
        out[pos++] = (byte) (0xe0 | (ch >> 12));
        out[pos++] = (byte) (0x80 | ((ch >> 6) & 0x3f));
        out[pos++] = (byte) (0x80 | (ch & 0x3f));
      } else if (Character.isHighSurrogate(ch)
          && i + 1 < length
          && Character.isLowSurrogate(in[i + 1])) {
        int cp = Character.toCodePoint(ch, in[++i]);
        out[pos++] = (byte) (0xf0 | (cp >> 18));
        out[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
        out[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
        out[pos++] = (byte) (0x80 | (cp & 0x3f));
      } else {
        out[pos++] = '?';
      }
    }
    return pos;
  }

  /** The 16-byte digest of {@code data}. */
  public static byte[] digest(byte[] data) {
    if (PLATFORM != null) {
      return PLATFORM_HASHER.get().digest(data);
    }
    return pureJavaDigest(data);
  }

  /** The 16-byte digest of {@code data}, always computed by the pure-Java {@link Hasher}. */
  public static byte[] pureJavaDigest(byte[] data) {
    Hasher hasher = new Hasher();
    hasher.update(data, 0, data.length);
    return hasher.digest();
  }

  /** Lowercase hex MD5 of {@code data}. */
  public static String hex(byte[] data) {
    return toHex(digest(data));
  }

  /** Lowercase hex MD5 of the UTF-8 bytes of {@code text} (SQS's MD5OfMessageBody). */
  public static String ofText(String text) {
    if (PLATFORM != null) {
      return toHex(PLATFORM_HASHER.get().digestUtf8(text));
    }
    return pureJavaOfText(text);
  }

  /** Like {@link #ofText}, always computed by the pure-Java {@link Hasher}. */
  public static String pureJavaOfText(String text) {
    Hasher hasher = new Hasher();
    hasher.updateUtf8(text);
    return hasher.hex();
  }

  private static String toHex(byte[] digest) {
    byte[] out = new byte[digest.length * 2];
    for (int i = 0; i < digest.length; i++) {
      out[2 * i] = HEX[(digest[i] >>> 4) & 0xf];
      out[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  /** The number of bytes the UTF-8 encoding of {@code text} takes (lone surrogates count as 1). */
  public static int utf8Length(CharSequence text) {
    int n = text.length();
    int length = n;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        if (c < 0x800) {
          length += 1;
        } else if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          length += 2; // 4 bytes for 2 chars
          i++;
        } else if (Character.isSurrogate(c)) {
          // a lone surrogate is encoded as '?', like String.getBytes(UTF_8)
        } else {
          length += 2;
        }
      }
    }
    return length;
  }

  /**
   * An MD5 computation fed piece by piece; not thread-safe, one use (call {@link #reset()} to start
   * again).
   */
  public static final class Hasher implements Sink {
    private final byte[] buffer = new byte[64];
    private int buffered;
    private long total;
    private int a;
    private int b;
    private int c;
    private int d;

    public Hasher() {
      reset();
    }

    /** Starts a new digest. */
    public Hasher reset() {
      a = 0x67452301;
      b = 0xefcdab89;
      c = 0x98badcfe;
      d = 0x10325476;
      buffered = 0;
      total = 0;
      return this;
    }

    /** Adds one byte. */
    @Override
    public Hasher update(byte value) {
      buffer[buffered++] = value;
      total++;
      if (buffered == 64) {
        block(buffer, 0);
        buffered = 0;
      }
      return this;
    }

    /** Adds four bytes: {@code value} big-endian. */
    @Override
    public Hasher updateInt(int value) {
      update((byte) (value >>> 24));
      update((byte) (value >>> 16));
      update((byte) (value >>> 8));
      return update((byte) value);
    }

    /** Adds {@code length} bytes of {@code data} from {@code offset}. */
    @Override
    public Hasher update(byte[] data, int offset, int length) {
      if (offset < 0 || length < 0 || offset > data.length - length) {
        throw new IndexOutOfBoundsException(
            "offset " + offset + ", length " + length + ", array " + data.length);
      }
      total += length;
      int i = offset;
      int end = offset + length;
      if (buffered > 0) {
        int take = Math.min(64 - buffered, length);
        System.arraycopy(data, i, buffer, buffered, take);
        buffered += take;
        i += take;
        if (buffered < 64) {
          return this;
        }
        block(buffer, 0);
        buffered = 0;
      }
      for (; end - i >= 64; i += 64) {
        block(data, i);
      }
      int rest = end - i;
      if (rest > 0) {
        System.arraycopy(data, i, buffer, 0, rest);
        buffered = rest;
      }
      return this;
    }

    /**
     * Adds the UTF-8 encoding of {@code text} without building it; a lone surrogate is encoded as
     * {@code '?'}, as {@code String.getBytes(UTF_8)} does.
     */
    @Override
    public Hasher updateUtf8(CharSequence text) {
      int n = text.length();
      int pos = buffered;
      long added = 0;
      for (int i = 0; i < n; i++) {
        char ch = text.charAt(i);
        if (ch < 0x80) {
          pos = put(pos, ch);
          added++;
        } else if (ch < 0x800) {
          pos = put(pos, 0xc0 | (ch >> 6));
          pos = put(pos, 0x80 | (ch & 0x3f));
          added += 2;
        } else if (!Character.isSurrogate(ch)) {
          pos = put(pos, 0xe0 | (ch >> 12));
          pos = put(pos, 0x80 | ((ch >> 6) & 0x3f));
          pos = put(pos, 0x80 | (ch & 0x3f));
          added += 3;
        } else if (Character.isHighSurrogate(ch)
            && i + 1 < n
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          int cp = Character.toCodePoint(ch, text.charAt(++i));
          pos = put(pos, 0xf0 | (cp >> 18));
          pos = put(pos, 0x80 | ((cp >> 12) & 0x3f));
          pos = put(pos, 0x80 | ((cp >> 6) & 0x3f));
          pos = put(pos, 0x80 | (cp & 0x3f));
          added += 4;
        } else {
          pos = put(pos, '?');
          added++;
        }
      }
      buffered = pos;
      total += added;
      return this;
    }

    /** Stores one byte at {@code pos} of the block buffer, hashing the block when it is full. */
    private int put(int pos, int value) {
      buffer[pos] = (byte) value;
      if (pos == 63) {
        block(buffer, 0);
        return 0;
      }
      return pos + 1;
    }

    /** Finishes the computation and returns the 16-byte digest. */
    public byte[] digest() {
      finish();
      byte[] out = new byte[16];
      putLe(out, 0, a);
      putLe(out, 4, b);
      putLe(out, 8, c);
      putLe(out, 12, d);
      return out;
    }

    /** Finishes the computation and returns the lowercase hex digest. */
    @Override
    public String hex() {
      finish();
      byte[] out = new byte[32];
      hexLe(out, 0, a);
      hexLe(out, 8, b);
      hexLe(out, 16, c);
      hexLe(out, 24, d);
      return new String(out, StandardCharsets.ISO_8859_1);
    }

    private void finish() {
      long bits = total << 3;
      buffer[buffered++] = (byte) 0x80;
      if (buffered > 56) {
        java.util.Arrays.fill(buffer, buffered, 64, (byte) 0);
        block(buffer, 0);
        buffered = 0;
      }
      java.util.Arrays.fill(buffer, buffered, 56, (byte) 0);
      for (int i = 0; i < 8; i++) {
        buffer[56 + i] = (byte) (bits >>> (8 * i));
      }
      block(buffer, 0);
      buffered = 0;
    }

    private static void putLe(byte[] out, int at, int v) {
      out[at] = (byte) v;
      out[at + 1] = (byte) (v >>> 8);
      out[at + 2] = (byte) (v >>> 16);
      out[at + 3] = (byte) (v >>> 24);
    }

    private static void hexLe(byte[] out, int at, int v) {
      for (int i = 0; i < 4; i++) {
        int x = (v >>> (8 * i)) & 0xff;
        out[at + 2 * i] = HEX[x >>> 4];
        out[at + 2 * i + 1] = HEX[x & 0xf];
      }
    }

    private static int le(byte[] p, int i) {
      // Plain shifts rather than a byte-array VarHandle: inside this large method the VarHandle's
      // call chain is not always inlined, and then it cost more than the rounds themselves.
      return (p[i] & 0xff) | (p[i + 1] & 0xff) << 8 | (p[i + 2] & 0xff) << 16 | p[i + 3] << 24;
    }

    /** One 64-byte block; the four rounds of RFC 1321 section 3.4, unrolled. */
    private void block(byte[] p, int o) {
      int x0 = le(p, o);
      int x1 = le(p, o + 4);
      int x2 = le(p, o + 8);
      int x3 = le(p, o + 12);
      int x4 = le(p, o + 16);
      int x5 = le(p, o + 20);
      int x6 = le(p, o + 24);
      int x7 = le(p, o + 28);
      int x8 = le(p, o + 32);
      int x9 = le(p, o + 36);
      int x10 = le(p, o + 40);
      int x11 = le(p, o + 44);
      int x12 = le(p, o + 48);
      int x13 = le(p, o + 52);
      int x14 = le(p, o + 56);
      int x15 = le(p, o + 60);
      int aa = a;
      int bb = b;
      int cc = c;
      int dd = d;

      // Round 1: F(x, y, z) = (x & y) | (~x & z), written as z ^ (x & (y ^ z))
      aa = bb + Integer.rotateLeft(aa + (dd ^ (bb & (cc ^ dd))) + x0 + 0xd76aa478, 7);
      dd = aa + Integer.rotateLeft(dd + (cc ^ (aa & (bb ^ cc))) + x1 + 0xe8c7b756, 12);
      cc = dd + Integer.rotateLeft(cc + (bb ^ (dd & (aa ^ bb))) + x2 + 0x242070db, 17);
      bb = cc + Integer.rotateLeft(bb + (aa ^ (cc & (dd ^ aa))) + x3 + 0xc1bdceee, 22);
      aa = bb + Integer.rotateLeft(aa + (dd ^ (bb & (cc ^ dd))) + x4 + 0xf57c0faf, 7);
      dd = aa + Integer.rotateLeft(dd + (cc ^ (aa & (bb ^ cc))) + x5 + 0x4787c62a, 12);
      cc = dd + Integer.rotateLeft(cc + (bb ^ (dd & (aa ^ bb))) + x6 + 0xa8304613, 17);
      bb = cc + Integer.rotateLeft(bb + (aa ^ (cc & (dd ^ aa))) + x7 + 0xfd469501, 22);
      aa = bb + Integer.rotateLeft(aa + (dd ^ (bb & (cc ^ dd))) + x8 + 0x698098d8, 7);
      dd = aa + Integer.rotateLeft(dd + (cc ^ (aa & (bb ^ cc))) + x9 + 0x8b44f7af, 12);
      cc = dd + Integer.rotateLeft(cc + (bb ^ (dd & (aa ^ bb))) + x10 + 0xffff5bb1, 17);
      bb = cc + Integer.rotateLeft(bb + (aa ^ (cc & (dd ^ aa))) + x11 + 0x895cd7be, 22);
      aa = bb + Integer.rotateLeft(aa + (dd ^ (bb & (cc ^ dd))) + x12 + 0x6b901122, 7);
      dd = aa + Integer.rotateLeft(dd + (cc ^ (aa & (bb ^ cc))) + x13 + 0xfd987193, 12);
      cc = dd + Integer.rotateLeft(cc + (bb ^ (dd & (aa ^ bb))) + x14 + 0xa679438e, 17);
      bb = cc + Integer.rotateLeft(bb + (aa ^ (cc & (dd ^ aa))) + x15 + 0x49b40821, 22);

      // Round 2: G(x, y, z) = (x & z) | (y & ~z), written as y ^ (z & (x ^ y))
      aa = bb + Integer.rotateLeft(aa + (cc ^ (dd & (bb ^ cc))) + x1 + 0xf61e2562, 5);
      dd = aa + Integer.rotateLeft(dd + (bb ^ (cc & (aa ^ bb))) + x6 + 0xc040b340, 9);
      cc = dd + Integer.rotateLeft(cc + (aa ^ (bb & (dd ^ aa))) + x11 + 0x265e5a51, 14);
      bb = cc + Integer.rotateLeft(bb + (dd ^ (aa & (cc ^ dd))) + x0 + 0xe9b6c7aa, 20);
      aa = bb + Integer.rotateLeft(aa + (cc ^ (dd & (bb ^ cc))) + x5 + 0xd62f105d, 5);
      dd = aa + Integer.rotateLeft(dd + (bb ^ (cc & (aa ^ bb))) + x10 + 0x02441453, 9);
      cc = dd + Integer.rotateLeft(cc + (aa ^ (bb & (dd ^ aa))) + x15 + 0xd8a1e681, 14);
      bb = cc + Integer.rotateLeft(bb + (dd ^ (aa & (cc ^ dd))) + x4 + 0xe7d3fbc8, 20);
      aa = bb + Integer.rotateLeft(aa + (cc ^ (dd & (bb ^ cc))) + x9 + 0x21e1cde6, 5);
      dd = aa + Integer.rotateLeft(dd + (bb ^ (cc & (aa ^ bb))) + x14 + 0xc33707d6, 9);
      cc = dd + Integer.rotateLeft(cc + (aa ^ (bb & (dd ^ aa))) + x3 + 0xf4d50d87, 14);
      bb = cc + Integer.rotateLeft(bb + (dd ^ (aa & (cc ^ dd))) + x8 + 0x455a14ed, 20);
      aa = bb + Integer.rotateLeft(aa + (cc ^ (dd & (bb ^ cc))) + x13 + 0xa9e3e905, 5);
      dd = aa + Integer.rotateLeft(dd + (bb ^ (cc & (aa ^ bb))) + x2 + 0xfcefa3f8, 9);
      cc = dd + Integer.rotateLeft(cc + (aa ^ (bb & (dd ^ aa))) + x7 + 0x676f02d9, 14);
      bb = cc + Integer.rotateLeft(bb + (dd ^ (aa & (cc ^ dd))) + x12 + 0x8d2a4c8a, 20);

      // Round 3: H(x, y, z) = x ^ y ^ z
      aa = bb + Integer.rotateLeft(aa + (bb ^ cc ^ dd) + x5 + 0xfffa3942, 4);
      dd = aa + Integer.rotateLeft(dd + (aa ^ bb ^ cc) + x8 + 0x8771f681, 11);
      cc = dd + Integer.rotateLeft(cc + (dd ^ aa ^ bb) + x11 + 0x6d9d6122, 16);
      bb = cc + Integer.rotateLeft(bb + (cc ^ dd ^ aa) + x14 + 0xfde5380c, 23);
      aa = bb + Integer.rotateLeft(aa + (bb ^ cc ^ dd) + x1 + 0xa4beea44, 4);
      dd = aa + Integer.rotateLeft(dd + (aa ^ bb ^ cc) + x4 + 0x4bdecfa9, 11);
      cc = dd + Integer.rotateLeft(cc + (dd ^ aa ^ bb) + x7 + 0xf6bb4b60, 16);
      bb = cc + Integer.rotateLeft(bb + (cc ^ dd ^ aa) + x10 + 0xbebfbc70, 23);
      aa = bb + Integer.rotateLeft(aa + (bb ^ cc ^ dd) + x13 + 0x289b7ec6, 4);
      dd = aa + Integer.rotateLeft(dd + (aa ^ bb ^ cc) + x0 + 0xeaa127fa, 11);
      cc = dd + Integer.rotateLeft(cc + (dd ^ aa ^ bb) + x3 + 0xd4ef3085, 16);
      bb = cc + Integer.rotateLeft(bb + (cc ^ dd ^ aa) + x6 + 0x04881d05, 23);
      aa = bb + Integer.rotateLeft(aa + (bb ^ cc ^ dd) + x9 + 0xd9d4d039, 4);
      dd = aa + Integer.rotateLeft(dd + (aa ^ bb ^ cc) + x12 + 0xe6db99e5, 11);
      cc = dd + Integer.rotateLeft(cc + (dd ^ aa ^ bb) + x15 + 0x1fa27cf8, 16);
      bb = cc + Integer.rotateLeft(bb + (cc ^ dd ^ aa) + x2 + 0xc4ac5665, 23);

      // Round 4: I(x, y, z) = y ^ (x | ~z)
      aa = bb + Integer.rotateLeft(aa + (cc ^ (bb | ~dd)) + x0 + 0xf4292244, 6);
      dd = aa + Integer.rotateLeft(dd + (bb ^ (aa | ~cc)) + x7 + 0x432aff97, 10);
      cc = dd + Integer.rotateLeft(cc + (aa ^ (dd | ~bb)) + x14 + 0xab9423a7, 15);
      bb = cc + Integer.rotateLeft(bb + (dd ^ (cc | ~aa)) + x5 + 0xfc93a039, 21);
      aa = bb + Integer.rotateLeft(aa + (cc ^ (bb | ~dd)) + x12 + 0x655b59c3, 6);
      dd = aa + Integer.rotateLeft(dd + (bb ^ (aa | ~cc)) + x3 + 0x8f0ccc92, 10);
      cc = dd + Integer.rotateLeft(cc + (aa ^ (dd | ~bb)) + x10 + 0xffeff47d, 15);
      bb = cc + Integer.rotateLeft(bb + (dd ^ (cc | ~aa)) + x1 + 0x85845dd1, 21);
      aa = bb + Integer.rotateLeft(aa + (cc ^ (bb | ~dd)) + x8 + 0x6fa87e4f, 6);
      dd = aa + Integer.rotateLeft(dd + (bb ^ (aa | ~cc)) + x15 + 0xfe2ce6e0, 10);
      cc = dd + Integer.rotateLeft(cc + (aa ^ (dd | ~bb)) + x6 + 0xa3014314, 15);
      bb = cc + Integer.rotateLeft(bb + (dd ^ (cc | ~aa)) + x13 + 0x4e0811a1, 21);
      aa = bb + Integer.rotateLeft(aa + (cc ^ (bb | ~dd)) + x4 + 0xf7537e82, 6);
      dd = aa + Integer.rotateLeft(dd + (bb ^ (aa | ~cc)) + x11 + 0xbd3af235, 10);
      cc = dd + Integer.rotateLeft(cc + (aa ^ (dd | ~bb)) + x2 + 0x2ad7d2bb, 15);
      bb = cc + Integer.rotateLeft(bb + (dd ^ (cc | ~aa)) + x9 + 0xeb86d391, 21);

      a += aa;
      b += bb;
      c += cc;
      d += dd;
    }
  }
}

package io.sqskit.internal.protocol.query;

import java.util.Base64;

/**
 * Builds one {@code application/x-www-form-urlencoded} Query body in a single {@link
 * StringBuilder}.
 *
 * <p>Values are percent-encoded as SigV4 expects (RFC 3986): the unreserved characters {@code A-Z
 * a-z 0-9 - _ . ~} stay as they are, every other UTF-8 byte becomes {@code %XX} with upper-case
 * hex, so a space is {@code %20}, never {@code +}. Parameter names are written as given: every name
 * the client uses is made of unreserved characters and digits.
 */
public final class FormBody {
  /** The one Query API version SQS speaks. */
  public static final String VERSION = "2012-11-05";

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final boolean[] UNRESERVED = new boolean[128];

  static {
    for (char c = 'A'; c <= 'Z'; c++) {
      UNRESERVED[c] = true;
      UNRESERVED[c + ('a' - 'A')] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      UNRESERVED[c] = true;
    }
    UNRESERVED['-'] = true;
    UNRESERVED['_'] = true;
    UNRESERVED['.'] = true;
    UNRESERVED['~'] = true;
  }

  private final StringBuilder out;

  private FormBody(String action, int sizeHint) {
    out = new StringBuilder(sizeHint);
    out.append("Action=").append(action).append("&Version=").append(VERSION);
  }

  /** A body that starts with {@code Action=<action>&Version=2012-11-05}. */
  public static FormBody of(String action) {
    return new FormBody(action, 128);
  }

  /** Like {@link #of(String)}, with room for about {@code sizeHint} characters. */
  public static FormBody of(String action, int sizeHint) {
    return new FormBody(action, Math.max(64, sizeHint));
  }

  /** Appends {@code name=value}; does nothing when the value is null. */
  public FormBody add(String name, String value) {
    if (value != null) {
      out.append('&').append(name).append('=');
      encode(value, out);
    }
    return this;
  }

  /** Appends {@code name=value}; does nothing when the value is null. */
  public FormBody add(String name, Number value) {
    if (value != null) {
      out.append('&').append(name).append('=').append(value);
    }
    return this;
  }

  /** Appends {@code <prefix>.<index>.<suffix>=value}; does nothing when the value is null. */
  public FormBody add(String prefix, int index, String suffix, String value) {
    if (value != null) {
      name(prefix, index, suffix);
      encode(value, out);
    }
    return this;
  }

  /** Appends {@code <prefix>.<index>.<suffix>=value}; does nothing when the value is null. */
  public FormBody add(String prefix, int index, String suffix, Number value) {
    if (value != null) {
      name(prefix, index, suffix);
      out.append(value);
    }
    return this;
  }

  /** Appends {@code <prefix>.<index>.<suffix>=<base64 of value>}; does nothing for null. */
  public FormBody addBase64(String prefix, int index, String suffix, byte[] value) {
    if (value != null) {
      name(prefix, index, suffix);
      encode(Base64.getEncoder().encodeToString(value), out);
    }
    return this;
  }

  /** Appends {@code <prefix>.<index>=value}; does nothing when the value is null. */
  public FormBody add(String prefix, int index, String value) {
    if (value != null) {
      out.append('&').append(prefix).append('.').append(index).append('=');
      encode(value, out);
    }
    return this;
  }

  private void name(String prefix, int index, String suffix) {
    out.append('&').append(prefix).append('.').append(index).append('.').append(suffix).append('=');
  }

  /** The encoded body. */
  @Override
  public String toString() {
    return out.toString();
  }

  /** Percent-encodes {@code value} per RFC 3986 into {@code out}. */
  public static void encode(String value, StringBuilder out) {
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 128) {
        if (UNRESERVED[c]) {
          out.append(c);
        } else {
          percent(c, out);
        }
      } else if (c < 0x800) {
        percent(0xC0 | (c >> 6), out);
        percent(0x80 | (c & 0x3F), out);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, value.charAt(++i));
        percent(0xF0 | (cp >> 18), out);
        percent(0x80 | ((cp >> 12) & 0x3F), out);
        percent(0x80 | ((cp >> 6) & 0x3F), out);
        percent(0x80 | (cp & 0x3F), out);
      } else {
        // A lone surrogate cannot be encoded in UTF-8; like String.getBytes, send '?'.
        int unit = Character.isSurrogate(c) ? '?' : c;
        if (unit == '?') {
          percent('?', out);
        } else {
          percent(0xE0 | (unit >> 12), out);
          percent(0x80 | ((unit >> 6) & 0x3F), out);
          percent(0x80 | (unit & 0x3F), out);
        }
      }
    }
  }

  /** Percent-encodes {@code value} per RFC 3986. */
  public static String encode(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    encode(value, out);
    return out.toString();
  }

  private static void percent(int b, StringBuilder out) {
    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
  }
}

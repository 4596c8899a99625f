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

/** Character-level checks on names, ids and bodies. */
final class Texts {
  private Texts() {}

  /**
   * Number of bytes {@code s} takes in UTF-8, without encoding it. A lone surrogate counts three
   * bytes; such text is rejected before its size matters.
   */
  static int utf8Length(String s) {
    int n = s.length();
    int bytes = n;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        if (c < 0x800) {
          bytes += 1;
        } else if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          bytes += 2; // four bytes for the pair's two chars
          i++;
        } else {
          bytes += 2;
        }
      }
    }
    return bytes;
  }

  /**
   * The first code point of {@code s} that SQS does not allow in a message body, or -1. Allowed:
   * #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF (semantics.md).
   */
  static int firstInvalidBodyChar(String s) {
    int n = s.length();
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0xD800) {
        i++;
        continue;
      }
      int cp = s.codePointAt(i);
      boolean ok =
          cp == 0x9
              || cp == 0xA
              || cp == 0xD
              || (cp >= 0xE000 && cp <= 0xFFFD)
              || (cp >= 0x10000 && cp <= 0x10FFFF);
      if (!ok) {
        return cp;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /** True when every char is A-Z, a-z, 0-9, '-' or '_'. */
  static boolean isWordChars(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAlnum(c) && c != '-' && c != '_') {
        return false;
      }
    }
    return true;
  }

  static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * True for a valid MessageGroupId or MessageDeduplicationId: 1 to 128 alphanumeric or punctuation
   * characters ({@code !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~}), per the SendMessage API reference.
   */
  static boolean isGroupOrDedupId(String s) {
    if (s.isEmpty() || s.length() > 128) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 0x21 && c <= 0x7e)) {
        return false;
      }
    }
    return true;
  }
}

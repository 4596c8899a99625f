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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Md5Test {

  /** The test suite of RFC 1321, appendix A.5. */
  @ParameterizedTest(name = "MD5(\"{0}\")")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      value = {
        "''|d41d8cd98f00b204e9800998ecf8427e",
        "a|0cc175b9c0f1b6a831c399e269772661",
        "abc|900150983cd24fb0d6963f7d28e17f72",
        "message digest|f96b697d7cb7938d525a2f31aaf161d0",
        "abcdefghijklmnopqrstuvwxyz|c3fcd3d76192e4007dfb496cca67e13b",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789|d174ab98d277d9f5a5611c2c9f419d9f",
        "12345678901234567890123456789012345678901234567890123456789012345678901234567890|57edf4a22be3c955ac49da2e2107b67a"
      })
  void rfc1321TestSuite(String input, String expected) {
    byte[] bytes = input.getBytes(StandardCharsets.US_ASCII);
    assertThat(Md5.hex(bytes)).isEqualTo(expected);
    assertThat(HexFormat.of().formatHex(Md5.digest(bytes))).isEqualTo(expected);
    assertThat(Md5.ofText(input)).isEqualTo(expected);
    assertThat(HexFormat.of().formatHex(Md5.pureJavaDigest(bytes))).isEqualTo(expected);
    assertThat(Md5.pureJavaOfText(input)).isEqualTo(expected);
  }

  @Test
  void theJvmsOwnMd5IsUsedWhereItsProvidersOfferOne() {
    // this build runs on a JVM with MD5 available; the pure-Java path is checked directly above
    assertThat(Md5.usesPlatformDigest()).isTrue();
  }

  @Test
  void textAcrossTheChunkBoundaryOfThePlatformPathIsHashedAsItsUtf8Bytes() throws Exception {
    for (int ascii = 4_080; ascii < 4_100; ascii++) {
      String text =
          "a".repeat(ascii) + "\u00e9\u20ac\ud83d\ude00 lone \ud800 end" + "b".repeat(ascii);
      String expected =
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
      assertThat(Md5.ofText(text)).as("%d ASCII characters first", ascii).isEqualTo(expected);
      assertThat(Md5.pureJavaOfText(text)).isEqualTo(expected);
    }
  }

  @Test
  void textWithPairsAndLoneSurrogatesAtEveryCopyBoundaryIsHashedAsItsUtf8Bytes() throws Exception {
    // the platform path copies 1,024 characters at a time: a pair must not be split, a lone
    // surrogate at a copy's end must still be '?'
    for (int ascii = 1_018; ascii < 1_030; ascii++) {
      for (String tail :
          List.of(
              "\ud83d\ude00\ud83d\ude00", "\ud800x", "\udc00\ud800", "\ud83d", "\u20ac\u00e9")) {
        String text = "a".repeat(ascii) + tail + "b".repeat(ascii) + tail;
        String expected =
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(Md5.ofText(text)).as("%d, %s", ascii, tail).isEqualTo(expected);
        assertThat(Md5.sink().updateUtf8(java.nio.CharBuffer.wrap(text)).hex()).isEqualTo(expected);
      }
    }
  }

  @Test
  void theSinkGivesThePureJavaDigestForTheSamePieces() {
    SplittableRandom random = new SplittableRandom(2027);
    String[] texts = {"", "k\u00e9y", "\ud83d\ude00", "lone \ud800", "x".repeat(5_000)};
    for (int round = 0; round < 300; round++) {
      Md5.Sink sink = Md5.sink();
      Md5.Hasher hasher = new Md5.Hasher();
      int pieces = random.nextInt(12);
      for (int p = 0; p < pieces; p++) {
        switch (random.nextInt(4)) {
          case 0 -> {
            byte b = (byte) random.nextInt(256);
            sink.update(b);
            hasher.update(b);
          }
          case 1 -> {
            int v = random.nextInt();
            sink.updateInt(v);
            hasher.updateInt(v);
          }
          case 2 -> {
            byte[] data = new byte[random.nextInt(10_000)];
            random.nextBytes(data);
            int offset = data.length == 0 ? 0 : random.nextInt(data.length);
            sink.update(data, offset, data.length - offset);
            hasher.update(data, offset, data.length - offset);
          }
          default -> {
            String text = texts[random.nextInt(texts.length)];
            sink.updateUtf8(text);
            hasher.updateUtf8(text);
          }
        }
      }
      assertThat(sink.hex()).as("round %d", round).isEqualTo(hasher.hex());
    }
  }

  @Test
  void bodyVectorFromSemantics() {
    assertThat(Md5.ofText("hello")).isEqualTo("5d41402abc4b2a76b9719d911017c592");
  }

  @ParameterizedTest(name = "length {0}")
  @ValueSource(ints = {55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 65_537, 1_048_576})
  void lengthsAroundBlockAndPaddingBoundariesMatchMessageDigest(int length) throws Exception {
    byte[] data = new byte[length];
    new SplittableRandom(length).nextBytes(data);
    assertThat(Md5.digest(data)).isEqualTo(MessageDigest.getInstance("MD5").digest(data));
    assertThat(Md5.pureJavaDigest(data)).isEqualTo(MessageDigest.getInstance("MD5").digest(data));
  }

  @Test
  void randomInputsFedInRandomPiecesMatchMessageDigest() throws Exception {
    SplittableRandom random = new SplittableRandom(2026);
    for (int round = 0; round < 200; round++) {
      byte[] data = new byte[random.nextInt(5_000)];
      random.nextBytes(data);
      Md5.Hasher hasher = new Md5.Hasher();
      int at = 0;
      while (at < data.length) {
        int piece = Math.min(data.length - at, random.nextInt(150));
        if (piece == 1) {
          hasher.update(data[at]);
        } else {
          hasher.update(data, at, piece);
        }
        at += piece;
      }
      assertThat(hasher.digest())
          .as("round %d, %d bytes", round, data.length)
          .isEqualTo(MessageDigest.getInstance("MD5").digest(data));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain ascii",
        "caf\u00e9 \u00fcber",
        "\u20ac \u4e2d\u6587 \uffff",
        "emoji \ud83d\ude00 and \ud834\udd1e",
        "lone high \ud800 and low \udc00 surrogates",
        "ends with high \ud83d"
      })
  void textIsHashedAsItsUtf8Bytes(String text) throws Exception {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    assertThat(Md5.ofText(text))
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(utf8)));
    assertThat(Md5.pureJavaOfText(text)).isEqualTo(Md5.ofText(text));
    assertThat(Md5.utf8Length(text)).isEqualTo(utf8.length);
  }

  @Test
  void updateIntIsBigEndian() {
    Md5.Hasher viaInt = new Md5.Hasher().updateInt(0x01020304);
    assertThat(viaInt.hex()).isEqualTo(Md5.hex(new byte[] {1, 2, 3, 4}));
  }

  @Test
  void resetStartsAgain() {
    Md5.Hasher hasher = new Md5.Hasher();
    hasher.updateUtf8("something else").hex();
    assertThat(hasher.reset().updateUtf8("abc").hex())
        .isEqualTo("900150983cd24fb0d6963f7d28e17f72");
  }

  @Test
  void badRangeIsRejected() {
    assertThatThrownBy(() -> new Md5.Hasher().update(new byte[4], 2, 3))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}

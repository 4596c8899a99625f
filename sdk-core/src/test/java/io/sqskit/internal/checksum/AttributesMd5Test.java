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

import io.sqskit.internal.checksum.AttributesMd5.Entry;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributesMd5Test {

  @Test
  void singleStringAttribute() {
    assertThat(AttributesMd5.of(List.of(new Entry("color", "String", "red", null))))
        .isEqualTo("20ca9041878c8c65d5a4bf6eaf446c21");
  }

  @Test
  void stringNumberAndBinaryInAnyInputOrder() {
    List<Entry> entries =
        List.of(
            new Entry("count", "Number", "42", null),
            new Entry("color", "String", "red", null),
            new Entry("blob", "Binary", null, new byte[] {0, 1, 2}));
    assertThat(AttributesMd5.of(entries)).isEqualTo("2c3ddf1cb261b7c3801a87741554c57d");
    assertThat(AttributesMd5.of(List.of(entries.get(2), entries.get(1), entries.get(0))))
        .isEqualTo("2c3ddf1cb261b7c3801a87741554c57d");
  }

  @Test
  void systemAttributeTraceHeader() {
    assertThat(
            AttributesMd5.of(
                List.of(
                    new Entry(
                        "AWSTraceHeader",
                        "String",
                        "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1",
                        null))))
        .isEqualTo("5f48eef650c1d0207456969c85af2fdd");
  }

  @Test
  void customTypesAndNonAsciiFollowTheEncoding() throws Exception {
    List<Entry> entries =
        List.of(
            new Entry("\u00e9t\u00e9", "String.fr", "chaud \u2600", null),
            new Entry("raw", "Binary.gzip", null, new byte[] {(byte) 0xff, 0}),
            new Entry("n", "Number.float", "1.5", null));
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    // sorted by name: "n" < "raw" < "été"
    encode(expected, "n", "Number.float", 1, "1.5".getBytes(StandardCharsets.UTF_8));
    encode(expected, "raw", "Binary.gzip", 2, new byte[] {(byte) 0xff, 0});
    encode(
        expected, "\u00e9t\u00e9", "String.fr", 1, "chaud \u2600".getBytes(StandardCharsets.UTF_8));
    String md5 =
        HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(expected.toByteArray()));
    assertThat(AttributesMd5.of(entries)).isEqualTo(md5);
  }

  @Test
  void noAttributesHaveNoChecksum() {
    assertThat(AttributesMd5.of(List.of())).isNull();
    assertThat(AttributesMd5.of(null)).isNull();
  }

  @Test
  void missingValueIsRejected() {
    assertThatThrownBy(() -> AttributesMd5.of(List.of(new Entry("b", "Binary", "x", null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("b");
  }

  private static void encode(
      ByteArrayOutputStream out, String name, String type, int transport, byte[] value) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    byte[] t = type.getBytes(StandardCharsets.UTF_8);
    out.writeBytes(ByteBuffer.allocate(4).putInt(n.length).array());
    out.writeBytes(n);
    out.writeBytes(ByteBuffer.allocate(4).putInt(t.length).array());
    out.writeBytes(t);
    out.write(transport);
    out.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
    out.writeBytes(value);
  }
}

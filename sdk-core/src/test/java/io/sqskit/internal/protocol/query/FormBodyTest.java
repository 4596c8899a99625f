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
package io.sqskit.internal.protocol.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormBodyTest {

  @Test
  void startsWithActionAndVersion() {
    assertThat(FormBody.of("ListQueues").toString())
        .isEqualTo("Action=ListQueues&Version=2012-11-05");
  }

  @Test
  void keepsUnreservedCharacters() {
    assertThat(FormBody.encode("AZaz09-_.~")).isEqualTo("AZaz09-_.~");
  }

  @Test
  void encodesSpaceAsPercent20NeverPlus() {
    assertThat(FormBody.encode("a b+c")).isEqualTo("a%20b%2Bc");
  }

  @Test
  void encodesReservedAsciiWithUpperCaseHex() {
    assertThat(FormBody.encode("/:?&=*!'()\"%#\n"))
        .isEqualTo("%2F%3A%3F%26%3D%2A%21%27%28%29%22%25%23%0A");
  }

  @Test
  void encodesTwoThreeAndFourByteUtf8() {
    // é U+00E9, € U+20AC, 😀 U+1F600 (a surrogate pair in Java)
    assertThat(FormBody.encode("é€😀")).isEqualTo("%C3%A9%E2%82%AC%F0%9F%98%80");
  }

  @Test
  void encodesALoneSurrogateAsQuestionMarkLikeStringGetBytes() {
    assertThat(FormBody.encode("a\uD800b")).isEqualTo("a%3Fb");
  }

  @Test
  void skipsNullValuesAndWritesIndexedNames() {
    String body =
        FormBody.of("X")
            .add("A", (String) null)
            .add("B", (Integer) null)
            .add("C", 0)
            .add("List", 1, "v 1")
            .add("Map", 2, "Name", "n")
            .add("Map", 2, "Value", 7)
            .addBase64("Bin", 1, "Value", new byte[] {(byte) 0xfb, (byte) 0xff})
            .toString();
    assertThat(body)
        .isEqualTo(
            "Action=X&Version=2012-11-05&C=0&List.1=v%201&Map.2.Name=n&Map.2.Value=7&Bin.1.Value=%2B%2F8%3D");
  }
}

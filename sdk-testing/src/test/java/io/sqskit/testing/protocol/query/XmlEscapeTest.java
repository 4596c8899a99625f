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
package io.sqskit.testing.protocol.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlEscapeTest {

  private static String escape(String text) {
    StringBuilder xml = new StringBuilder();
    QueryResponseWriter.escape(xml, text);
    return xml.toString();
  }

  @Test
  void escapesMarkupAndCarriageReturnAndKeepsTabAndNewline() {
    assertThat(escape("a<b>&\"c\"\r\n\t")).isEqualTo("a&lt;b&gt;&amp;&quot;c&quot;&#xD;\n\t");
  }

  @Test
  void keepsPairedSurrogatesAndPrivateUseCharacters() {
    assertThat(escape("\ud83d\ude00\ue000\ufffd\u00e9"))
        .isEqualTo("\ud83d\ude00\ue000\ufffd\u00e9");
  }

  @Test
  void replacesCharactersXmlCannotCarry() {
    assertThat(escape("a\u0001b\u0000c\ud800d\udc00e\ufffe"))
        .isEqualTo("a\ufffdb\ufffdc\ufffdd\ufffde\ufffd");
  }

  @Test
  void plainTextIsUnchanged() {
    assertThat(escape("plain text 123")).isEqualTo("plain text 123");
  }
}

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormDecoderTest {

  private static Map<String, String> decode(String form) {
    Map<String, String> params = new LinkedHashMap<>();
    FormDecoder.decode(form, params);
    return params;
  }

  @Test
  void decodesPlusPercentAndUtf8() {
    assertThat(decode("a=x+y&b=%C3%A9%F0%9F%98%80&c=%2B%26%3D"))
        .containsExactly(
            Map.entry("a", "x y"), Map.entry("b", "\u00e9\ud83d\ude00"), Map.entry("c", "+&="));
  }

  @Test
  void keepsEmptyValuesAndSkipsEmptyPairs() {
    assertThat(decode("&a=&b&&c=1&"))
        .containsExactly(Map.entry("a", ""), Map.entry("b", ""), Map.entry("c", "1"));
  }

  @Test
  void keepsRawNonAsciiText() {
    assertThat(decode("a=\u00e9t\u00e9")).containsExactly(Map.entry("a", "\u00e9t\u00e9"));
  }

  @Test
  void laterValueOfARepeatedNameWins() {
    assertThat(decode("a=1&a=2")).containsExactly(Map.entry("a", "2"));
  }

  @Test
  void truncatedEscapeIsMalformedQueryString() {
    assertThatThrownBy(() -> decode("a=%4"))
        .isInstanceOfSatisfying(
            SqsError.class,
            e -> assertThat(e.code()).isEqualTo(SqsErrorCode.MALFORMED_QUERY_STRING));
  }

  @Test
  void invalidUtf8IsMalformedQueryString() {
    assertThatThrownBy(() -> decode("a=%C3%28"))
        .isInstanceOfSatisfying(
            SqsError.class,
            e -> assertThat(e.code()).isEqualTo(SqsErrorCode.MALFORMED_QUERY_STRING));
  }

  @Test
  void nullOrEmptyFormAddsNothing() {
    assertThat(decode(null)).isEmpty();
    assertThat(decode("")).isEmpty();
  }
}

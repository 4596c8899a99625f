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
package io.sqskit.benchmarks.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.benchmarks.client.AttributeChecksums.Attribute;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fixture's checksums against the vectors of sqs-reference/semantics.md. */
class AttributeChecksumsTest {

  @Test
  void bodyChecksumMatchesTheReferenceVector() {
    assertThat(AttributeChecksums.ofBody("hello")).isEqualTo("5d41402abc4b2a76b9719d911017c592");
  }

  @Test
  void singleStringAttributeMatchesTheReferenceVector() {
    assertThat(AttributeChecksums.ofAttributes(Map.of("color", Attribute.string("red"))))
        .isEqualTo("20ca9041878c8c65d5a4bf6eaf446c21");
  }

  @Test
  void mixedAttributesAreHashedInNameOrderWhateverTheMapOrder() {
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    attributes.put("color", Attribute.string("red"));
    attributes.put("count", Attribute.number("42"));
    attributes.put("blob", Attribute.binary(new byte[] {0, 1, 2}));
    assertThat(AttributeChecksums.ofAttributes(attributes))
        .isEqualTo("2c3ddf1cb261b7c3801a87741554c57d");
  }

  @Test
  void systemAttributeEncodingMatchesTheTraceHeaderVector() {
    assertThat(
            AttributeChecksums.ofAttributes(
                Map.of(
                    "AWSTraceHeader",
                    Attribute.string("Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1"))))
        .isEqualTo("5f48eef650c1d0207456969c85af2fdd");
  }
}

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

import io.sqskit.benchmarks.support.Comparison;
import io.sqskit.benchmarks.support.Profile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the client harness for a fraction of a second: it must complete, not be fast. */
class ClientBenchmarkSmokeTest {

  @Test
  void clientHarnessMeasuresEveryContenderOnEveryScenario() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    List<String> notes = new ArrayList<>();
    List<Comparison> rows =
        ClientBenchmark.run(
            Profile.SMOKE, new PrintStream(log, true, StandardCharsets.UTF_8), notes);
    // four throughput scenarios, each sqskit and sqskit over JSON against the AWS SDK and sqskit
    // against the prescribed parts; two CPU-per-call scenarios, each sqskit against the AWS SDK
    // and against the parts; four allocation rows (Query, JSON)
    assertThat(rows).hasSize(20);
    assertThat(rows)
        .filteredOn(row -> row.benchmark().endsWith("against the prescribed parts alone"))
        .hasSize(6);
    assertThat(rows)
        .filteredOn(row -> row.benchmark().contains("CPU per call"))
        .hasSize(4)
        .allSatisfy(row -> assertThat(row.sqskit().unit()).isEqualTo("us CPU/call"));
    assertThat(rows).filteredOn(row -> row.benchmark().contains("sqskit over JSON")).hasSize(6);
    assertThat(notes)
        .hasSize(4)
        .allSatisfy(note -> assertThat(note).contains("the prescribed parts alone"));
    assertThat(rows)
        .allSatisfy(
            row -> {
              assertThat(row.sqskit().isMeasured())
                  .as("%s: %s", row.benchmark(), row.sqskit().failure())
                  .isTrue();
              assertThat(row.other().isMeasured())
                  .as("%s: %s", row.benchmark(), row.other().failure())
                  .isTrue();
            });
    String text = log.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("rejected 0").doesNotContain(" 0 Query", " 0 JSON");
  }
}

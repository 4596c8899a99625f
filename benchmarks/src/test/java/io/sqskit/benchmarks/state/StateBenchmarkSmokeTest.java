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
package io.sqskit.benchmarks.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.benchmarks.support.Comparison;
import io.sqskit.benchmarks.support.Profile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateBenchmarkSmokeTest {

  @Test
  void stateHarnessStartsFromAFileAndStopsWritingIt() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    List<String> notes = new ArrayList<>();
    List<Comparison> rows =
        StateBenchmark.run(
            Profile.SMOKE, new PrintStream(log, true, StandardCharsets.UTF_8), notes);

    assertThat(rows)
        .extracting(Comparison::benchmark)
        .containsExactly(
            "state start to first answer, 1,000 messages, ms",
            "state file size, 1,000 messages, MiB",
            "state SIGTERM to exit (writes the file), 1,000 messages, ms");
    // Each start answered with all 1,000 messages (checked inside the harness); figures unchecked.
    assertThat(rows).allSatisfy(row -> assertThat(row.sqskit().isMeasured()).isTrue());
    assertThat(rows.get(1).sqskit().median()).isGreaterThan(0.25); // 1,000 x 256-byte bodies
    assertThat(notes).singleElement().asString().contains("without --state");
  }
}

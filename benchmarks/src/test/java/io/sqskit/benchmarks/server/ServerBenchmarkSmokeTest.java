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
package io.sqskit.benchmarks.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.benchmarks.support.Comparison;
import io.sqskit.benchmarks.support.Profile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the server harness for a fraction of a second: it must complete, not be fast. */
class ServerBenchmarkSmokeTest {

  @Test
  void serverHarnessDrivesEveryServerThroughEveryScenario() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    List<String> notes = new ArrayList<>();
    List<Comparison> rows =
        ServerBenchmark.run(
            Profile.SMOKE, new PrintStream(log, true, StandardCharsets.UTF_8), notes);
    assertThat(rows)
        .extracting(Comparison::benchmark)
        .containsExactly(
            "server SendMessage 1 KiB, AWS SDK, 4 threads",
            "server SendMessage 1 KiB, server CPU/op",
            "server SendMessage 1 KiB, AWS SDK, 4 threads, against the bare JDK HttpServer",
            "server send+receive+delete 1 KiB, AWS SDK, 4 threads",
            "server send+receive+delete 1 KiB, server CPU/op",
            "server send+receive+delete 1 KiB, AWS SDK, 4 threads, against the bare JDK"
                + " HttpServer");
    assertThat(notes)
        .hasSize(2)
        .allSatisfy(note -> assertThat(note).contains("the bare JDK HttpServer"));
    assertThat(rows)
        .filteredOn(row -> row.benchmark().endsWith("against the bare JDK HttpServer"))
        .allSatisfy(
            row -> {
              assertThat(row.sqskit().isMeasured()).isTrue();
              assertThat(row.other().contender()).isEqualTo("bare-jdk-httpserver");
              assertThat(row.other().isMeasured())
                  .as("%s: %s", row.benchmark(), row.other().failure())
                  .isTrue();
            });
    assertThat(rows)
        .filteredOn(row -> !row.benchmark().endsWith("against the bare JDK HttpServer"))
        .allSatisfy(
            row -> {
              assertThat(row.sqskit().isMeasured())
                  .as("%s: %s", row.benchmark(), row.sqskit().failure())
                  .isTrue();
              assertThat(row.other().contender()).isEqualTo("elasticmq");
              assertThat(row.other().isMeasured())
                  .as("%s: %s", row.benchmark(), row.other().failure())
                  .isTrue();
              assertThat(row.sqskit().median()).isPositive();
              assertThat(row.other().median()).isPositive();
            });
  }
}

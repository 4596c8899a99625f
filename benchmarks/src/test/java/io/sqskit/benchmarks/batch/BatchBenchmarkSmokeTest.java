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
package io.sqskit.benchmarks.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.benchmarks.support.Comparison;
import io.sqskit.benchmarks.support.Profile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchBenchmarkSmokeTest {

  @Test
  void batchHarnessMeasuresBothContendersAtEveryThreadCountTheFloorAndBothLatencies() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    List<String> notes = new ArrayList<>();
    List<Comparison> rows =
        BatchBenchmark.run(
            Profile.SMOKE, new PrintStream(log, true, StandardCharsets.UTF_8), notes);

    assertThat(rows)
        .extracting(Comparison::benchmark)
        .containsExactly(
            "batch SendMessage 1 KiB, 1 thread(s), messages/s",
            "batch SendMessage 1 KiB, 1 thread(s), entries/batch",
            "batch SendMessage 1 KiB, 4 thread(s), messages/s",
            "batch SendMessage 1 KiB, 4 thread(s), entries/batch",
            "batch SendMessage 1 KiB, 16 thread(s), messages/s",
            "batch SendMessage 1 KiB, 16 thread(s), entries/batch",
            "batch SendMessage 1 KiB, 16 thread(s), messages/s against the floor",
            "batch latency per send, 1 thread, maxLinger=0, asClient()",
            "batch latency per send, 1 thread, maxLinger=0, sendMessage().join()");
    // Smoke rounds last 100 ms on a busy machine: a side may complete nothing in one, so only
    // that both sides were measured and the counts are sane is checked, never a figure.
    assertThat(rows)
        .allSatisfy(
            row -> {
              assertThat(row.sqskit().isMeasured()).as(row.benchmark()).isTrue();
              assertThat(row.other().isMeasured()).as(row.benchmark()).isTrue();
            });
    assertThat(rows)
        .filteredOn(row -> row.benchmark().endsWith("entries/batch"))
        .allSatisfy(
            row -> {
              assertThat(row.sqskit().median()).isBetween(0.0, 10.0);
              assertThat(row.other().median()).isBetween(0.0, 10.0);
            });
    assertThat(notes)
        .hasSize(2)
        .anySatisfy(note -> assertThat(note).contains("floor = sqskit's client"))
        .anySatisfy(note -> assertThat(note).contains("entries per SendMessageBatch"));
  }
}

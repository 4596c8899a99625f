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
package io.sqskit.benchmarks.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.benchmarks.support.Comparison;
import io.sqskit.benchmarks.support.Profile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsumerBenchmarkSmokeTest {

  @Test
  void consumerHarnessMeasuresAllThreeContendersAtEveryConcurrency() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    List<String> notes = new ArrayList<>();
    List<Comparison> rows =
        ConsumerBenchmark.run(
            Profile.SMOKE, new PrintStream(log, true, StandardCharsets.UTF_8), notes);

    List<String> expected = new ArrayList<>();
    for (int concurrency : List.of(1, 10, 50)) {
      String scenario = "consumer no-op handler, concurrency " + concurrency;
      expected.add(scenario + ", messages/s");
      expected.add(scenario + ", messages/s vs Spring");
      expected.add(scenario + ", receive calls/message");
      expected.add(scenario + ", delete calls/message");
    }
    assertThat(rows).extracting(Comparison::benchmark).containsExactlyElementsOf(expected);
    // figures of a smoke run mean nothing; that both sides ran and the counts are sane does
    assertThat(rows)
        .allSatisfy(
            row -> {
              assertThat(row.sqskit().isMeasured()).as(row.benchmark()).isTrue();
              assertThat(row.other().isMeasured()).as(row.benchmark()).isTrue();
            });
    assertThat(rows)
        .filteredOn(row -> row.benchmark().endsWith("calls/message"))
        .allSatisfy(
            row -> {
              // every message needs part of a receive and of a delete: between 1/10 and a few
              assertThat(row.sqskit().median()).as(row.benchmark()).isBetween(0.1, 5.0);
              assertThat(row.other().median()).as(row.benchmark()).isBetween(0.1, 5.0);
            });
    assertThat(rows)
        .filteredOn(row -> row.benchmark().endsWith("vs Spring"))
        .allSatisfy(
            row -> {
              assertThat(row.other().contender()).isEqualTo("spring-cloud-aws");
              assertThat(row.other().median()).as(row.benchmark()).isPositive();
            });
    assertThat(notes)
        .anySatisfy(n -> assertThat(n).contains("receive calls"))
        .anySatisfy(n -> assertThat(n).contains("Spring's container makes"))
        .anySatisfy(n -> assertThat(n).contains("ChangeMessageVisibilityBatch calls"));
  }
}

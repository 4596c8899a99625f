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
package io.sqskit.benchmarks.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTableTest {

  private static Comparison throughput(double sqskit, double other) {
    return new Comparison(
        "client SendMessage, 1 thread(s)",
        Measurement.of("sqskit", "calls/s", List.of(sqskit, sqskit + 10, sqskit - 10)),
        Measurement.of("aws-sdk-v2", "calls/s", List.of(other)),
        Target.atLeast(2.0));
  }

  @Test
  void ratioIsSqskitMedianOverOtherMedianAndJudgedAgainstTheTarget() {
    assertThat(throughput(300, 100).ratio()).isEqualTo(3.0);
    assertThat(throughput(300, 100).verdict()).isEqualTo("met");
    assertThat(throughput(150, 100).verdict()).isEqualTo("MISSED");
  }

  @Test
  void ratioOfEqualRoundCountsIsTheMedianOfBackToBackPairs() {
    Comparison paired =
        new Comparison(
            "x",
            Measurement.of("sqskit", "calls/s", List.of(200.0, 90.0, 400.0)),
            Measurement.of("aws-sdk-v2", "calls/s", List.of(100.0, 30.0, 100.0)),
            null);
    // pairs 2.0, 3.0, 4.0; the ratio of the medians would be 200 / 100 = 2.0
    assertThat(paired.ratio()).isEqualTo(3.0);
  }

  @Test
  void atMostTargetsAreMetByRatiosAtOrBelowTheBound() {
    assertThat(Target.atMost(0.5).isMetBy(0.5)).isTrue();
    assertThat(Target.atMost(0.5).isMetBy(0.51)).isFalse();
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleValues() {
    assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    assertThat(Stats.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
  }

  @Test
  void printedTableShowsRatiosAndSaysOnceWhyASideWasNotMeasured() {
    SummaryTable table = new SummaryTable();
    table.add(throughput(300, 100));
    Comparison missing =
        new Comparison(
            "server SendMessage",
            Measurement.notMeasured("sqskit", "calls/s", "SqsServer is not compiled"),
            Measurement.of("elasticmq", "calls/s", List.of(1000.0)),
            Target.atLeast(5.0));
    table.add(missing);
    table.add(missing);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("3.00x", ">= 2.00", "met", "not measured");
    assertThat(text.split("not measured: sqskit: SqsServer is not compiled", -1)).hasSize(2);
  }

  @Test
  void resultsFileCarriesRowsAndNotesToAnotherJvmUnchanged(@TempDir Path dir) throws Exception {
    SummaryTable written = new SummaryTable();
    written.add(throughput(300, 100));
    written.add(
        new Comparison(
            "cold start",
            Measurement.notMeasured("sqskit", "ms", "absent\tclass"),
            Measurement.of("aws-sdk-v2", "ms", List.of(812.0, 799.5)),
            null));
    written.note("reference: 40 ms");
    Path file = dir.resolve("results.tsv");
    ResultsFile.write(written, file);
    SummaryTable read = new SummaryTable();
    ResultsFile.read(file, read);
    assertThat(read.rows()).hasSize(2);
    assertThat(read.rows().get(0)).isEqualTo(written.rows().get(0));
    assertThat(read.rows().get(1).sqskit().failure()).isEqualTo("absent class");
    assertThat(read.rows().get(1).other().rounds()).containsExactly(812.0, 799.5);
    assertThat(read.rows().get(1).target()).isNull();
    assertThat(read.notes()).containsExactly("reference: 40 ms");
    assertThat(Files.size(file)).isPositive();
  }
}

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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Hands a harness's comparisons from the JVM that measured them to the JVM that prints the summary:
 * one tab-separated line per comparison or note.
 */
public final class ResultsFile {
  private ResultsFile() {}

  /** Writes the table's comparisons and notes. */
  public static void write(SummaryTable table, Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Comparison c : table.rows()) {
      lines.add(
          String.join(
              "\t",
              "ROW",
              clean(c.benchmark()),
              c.target() == null ? "" : (c.target().atLeast() ? ">=" : "<=") + c.target().bound(),
              side(c.sqskit()),
              side(c.other())));
    }
    for (String note : table.notes()) {
      lines.add("NOTE\t" + clean(note));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** Adds what {@link #write} wrote to {@code table}. */
  public static void read(Path file, SummaryTable table) throws IOException {
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f[0].equals("NOTE")) {
        table.note(f[1]);
      } else if (f[0].equals("ROW")) {
        Target target =
            f[2].isEmpty()
                ? null
                : new Target(f[2].startsWith(">="), Double.parseDouble(f[2].substring(2)));
        table.add(new Comparison(f[1], side(f, 3), side(f, 7), target));
      }
    }
  }

  private static String side(Measurement m) {
    StringBuilder values = new StringBuilder();
    for (double v : m.rounds()) {
      values.append(values.length() == 0 ? "" : ",").append(v);
    }
    return String.join(
        "\t",
        clean(m.contender()),
        clean(m.unit()),
        m.failure() == null ? "" : clean(m.failure()),
        values);
  }

  private static Measurement side(String[] f, int at) {
    if (!f[at + 2].isEmpty()) {
      return Measurement.notMeasured(f[at], f[at + 1], f[at + 2]);
    }
    List<Double> values = new ArrayList<>();
    for (String v : f[at + 3].split(",")) {
      values.add(Double.parseDouble(v));
    }
    return Measurement.of(f[at], f[at + 1], values);
  }

  private static String clean(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}

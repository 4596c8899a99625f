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

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Collects comparisons from every harness and prints them as one aligned table. */
public final class SummaryTable {
  private final List<Comparison> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /** Adds a line. */
  public void add(Comparison comparison) {
    rows.add(comparison);
  }

  /** A line of text printed under the table. */
  public void note(String note) {
    notes.add(note);
  }

  /** The notes added so far, as a list harnesses may append to. */
  public List<String> notes() {
    return notes;
  }

  /** The lines added so far. */
  public List<Comparison> rows() {
    return List.copyOf(rows);
  }

  /** Prints the table, then the reason for every side that could not be measured. */
  public void print(PrintStream out) {
    List<String[]> cells = new ArrayList<>();
    cells.add(
        new String[] {
          "benchmark", "unit", "sqskit", "other", "other value", "ratio", "target", "result"
        });
    for (Comparison row : rows) {
      cells.add(
          new String[] {
            row.benchmark(),
            row.sqskit().unit(),
            value(row.sqskit()),
            row.other().contender(),
            value(row.other()),
            row.hasRatio() ? Format.ratio(row.ratio()) : "-",
            row.target() == null ? "-" : row.target().toString(),
            row.verdict()
          });
    }
    int[] widths = new int[cells.get(0).length];
    for (String[] line : cells) {
      for (int i = 0; i < line.length; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    out.println();
    out.println("=== summary (medians; ratio = sqskit / other, median of back-to-back pairs) ===");
    for (int r = 0; r < cells.size(); r++) {
      StringBuilder text = new StringBuilder();
      String[] line = cells.get(r);
      for (int i = 0; i < line.length; i++) {
        boolean numeric = i == 2 || i == 4 || i == 5;
        String cell = line[i];
        String pad = " ".repeat(widths[i] - cell.length());
        text.append(numeric ? pad + cell : cell + pad).append(i + 1 < line.length ? "  " : "");
      }
      out.println(text.toString().stripTrailing());
      if (r == 0) {
        out.println("-".repeat(text.toString().stripTrailing().length()));
      }
    }
    java.util.Set<String> reasons = new java.util.LinkedHashSet<>();
    for (Comparison row : rows) {
      for (Measurement side : List.of(row.sqskit(), row.other())) {
        if (!side.isMeasured()) {
          reasons.add("not measured: " + side.contender() + ": " + side.failure());
        }
      }
    }
    reasons.forEach(out::println);
    notes.forEach(out::println);
  }

  private static String value(Measurement measurement) {
    return measurement.isMeasured() ? Format.number(measurement.median()) : "n/a";
  }
}

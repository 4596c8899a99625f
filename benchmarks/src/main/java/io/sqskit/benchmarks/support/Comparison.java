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

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of the summary: sqskit beside another implementation on one metric.
 *
 * @param benchmark which harness and scenario, e.g. {@code client SendMessage, 4 threads}
 * @param sqskit sqskit's measurement
 * @param other the other implementation's measurement
 * @param target what sqskit / other should be, or null when the line is informative only
 */
public record Comparison(
    String benchmark, Measurement sqskit, Measurement other, @Nullable Target target) {

  /** True when both sides were measured, so a ratio exists. */
  public boolean hasRatio() {
    return sqskit.isMeasured() && other.isMeasured() && other.median() != 0;
  }

  /**
   * sqskit / other. When both sides have the same number of rounds, which the harnesses run back to
   * back in alternating order, it is the median of the per-round ratios: a pair shares the
   * machine's load at that moment, so this cancels more noise than a ratio of medians. Otherwise,
   * sqskit's median divided by the other's.
   */
  public double ratio() {
    List<Double> a = sqskit.rounds();
    List<Double> b = other.rounds();
    if (a.size() != b.size() || b.contains(0.0)) {
      return sqskit.median() / other.median();
    }
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      ratios.add(a.get(i) / b.get(i));
    }
    return Stats.median(ratios);
  }

  /** {@code met}, {@code MISSED}, {@code -} (no target) or {@code not measured}. */
  public String verdict() {
    if (!hasRatio()) {
      return "not measured";
    }
    if (target == null) {
      return "-";
    }
    return target.isMetBy(ratio()) ? "met" : "MISSED";
  }
}

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

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One measured quantity of one contender: the value of every round, summarised by the median.
 *
 * @param contender who was measured, e.g. {@code sqskit} or {@code aws-sdk-v2}
 * @param unit what the value counts, e.g. {@code calls/s}
 * @param rounds the value of each measured round
 * @param failure why nothing could be measured, or null when {@code rounds} holds values
 */
public record Measurement(
    String contender, String unit, List<Double> rounds, @Nullable String failure) {

  public Measurement {
    rounds = List.copyOf(rounds);
    if (failure == null && rounds.isEmpty()) {
      throw new IllegalArgumentException("a measurement needs rounds or a failure");
    }
  }

  /** A measurement of the given rounds. */
  public static Measurement of(String contender, String unit, List<Double> rounds) {
    return new Measurement(contender, unit, rounds, null);
  }

  /** A contender that could not be measured, with the reason. */
  public static Measurement notMeasured(String contender, String unit, String failure) {
    return new Measurement(contender, unit, List.of(), failure);
  }

  /** True when there are values. */
  public boolean isMeasured() {
    return failure == null;
  }

  /** The median of the rounds. */
  public double median() {
    if (!isMeasured()) {
      throw new IllegalStateException(contender + " was not measured: " + failure);
    }
    return Stats.median(rounds);
  }

  /** {@link #describe()} of each, joined with {@code "; "}, for one log line of a scenario. */
  public static String describeAll(List<Measurement> measurements) {
    StringBuilder out = new StringBuilder();
    for (Measurement measurement : measurements) {
      if (out.length() > 0) {
        out.append("; ");
      }
      out.append(measurement.describe());
    }
    return out.toString();
  }

  /** The median with its unit, and the spread of the rounds, for the log. */
  public String describe() {
    if (!isMeasured()) {
      return contender + ": not measured (" + failure + ")";
    }
    return String.format(
        Locale.ROOT,
        "%s: median %s %s over %d rounds (spread %.0f%%)",
        contender,
        Format.number(median()),
        unit,
        rounds.size(),
        Stats.spreadPercent(rounds));
  }
}

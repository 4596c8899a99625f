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

import java.util.Locale;

/**
 * What the ratio sqskit / other should be: at least a bound (throughput) or at most one (time,
 * allocation, classes).
 *
 * @param atLeast true for "ratio >= bound", false for "ratio <= bound"
 * @param bound the bound on sqskit / other
 */
public record Target(boolean atLeast, double bound) {

  /** sqskit / other must be at least {@code bound}. */
  public static Target atLeast(double bound) {
    return new Target(true, bound);
  }

  /** sqskit / other must be at most {@code bound}. */
  public static Target atMost(double bound) {
    return new Target(false, bound);
  }

  /** Whether the ratio meets the target. */
  public boolean isMetBy(double ratio) {
    return atLeast ? ratio >= bound : ratio <= bound;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %.2f", atLeast ? ">=" : "<=", bound);
  }
}

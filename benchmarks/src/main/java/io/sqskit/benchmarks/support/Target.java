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

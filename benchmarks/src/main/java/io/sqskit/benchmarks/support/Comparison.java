package io.sqskit.benchmarks.support;

/**
 * One line of the summary: sqskit beside another implementation on one metric.
 *
 * @param benchmark which harness and scenario, e.g. {@code client SendMessage, 4 threads}
 * @param sqskit sqskit's measurement
 * @param other the other implementation's measurement
 * @param target what sqskit / other should be, or null when the line is informative only
 */
public record Comparison(String benchmark, Measurement sqskit, Measurement other, Target target) {

  /** True when both sides were measured, so a ratio exists. */
  public boolean hasRatio() {
    return sqskit.isMeasured() && other.isMeasured() && other.median() != 0;
  }

  /** sqskit's median divided by the other's median. */
  public double ratio() {
    return sqskit.median() / other.median();
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

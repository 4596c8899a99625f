package io.sqskit.benchmarks.support;

import java.util.Arrays;
import java.util.List;

/** Small statistics helpers: the benchmarks report medians because this machine is noisy. */
public final class Stats {
  private Stats() {}

  /** The median of the values; the mean of the two middle values for an even count. */
  public static double median(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** The spread of the values around their median as a percentage: (max - min) / median. */
  public static double spreadPercent(List<Double> values) {
    double median = median(values);
    if (median == 0) {
      return 0;
    }
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    return (max - min) / median * 100;
  }
}

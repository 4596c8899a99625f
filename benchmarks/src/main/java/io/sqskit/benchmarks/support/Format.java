package io.sqskit.benchmarks.support;

import java.util.Locale;

/** Number formatting for the summary table. */
public final class Format {
  private Format() {}

  /** A value with a precision that suits its size: 12,345 or 123.4 or 1.23. */
  public static String number(double value) {
    double abs = Math.abs(value);
    if (abs >= 1000 || value == Math.rint(value)) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (abs >= 100) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A ratio such as {@code 2.31x}. */
  public static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2fx", value);
  }
}

package io.sqskit.benchmarks.coldstart;

import io.sqskit.benchmarks.support.ChildReport;

/** Child JVM that does nothing: the JVM's own start time and classes, for reading the others. */
public final class BaselineColdStart {
  private BaselineColdStart() {}

  /** Entry point of the child. */
  public static void main(String[] args) {
    ChildReport.print(System.currentTimeMillis());
    System.exit(0);
  }
}

package io.sqskit.benchmarks.support;

/** A workload whose contender could not be made: every round fails with the reason. */
public record Unavailable(String name, String reason) implements Workload {

  @Override
  public Call call(int thread) {
    throw new IllegalStateException(reason);
  }
}

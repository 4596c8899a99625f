package io.sqskit.benchmarks.support;

/**
 * Something to measure: one named contender performing one kind of call, possibly from several
 * threads at once.
 */
public interface Workload {

  /** The contender's name, e.g. {@code sqskit} or {@code aws-sdk-v2}. */
  String name();

  /**
   * The call that thread number {@code thread} repeats; called once per thread and round, before
   * the clock starts.
   */
  Call call(int thread) throws Exception;

  /** Runs before each round (warm-up rounds included), e.g. to create a fresh queue. */
  default void beforeRound() throws Exception {}

  /** Runs after each round, e.g. to delete the round's queue. */
  default void afterRound() throws Exception {}

  /** One repeated call; it throws when the answer is wrong, which ends the measurement. */
  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }
}

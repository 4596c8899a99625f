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

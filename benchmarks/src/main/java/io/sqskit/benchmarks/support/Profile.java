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

import java.time.Duration;

/**
 * How long the harnesses measure: {@link #FULL} for figures, {@link #SMOKE} to prove in a fraction
 * of the time that every harness runs end to end (its figures mean nothing).
 *
 * @param preheat unmeasured running time of every workload of a harness, before its first
 *     measurement: the JIT needs over ten seconds on a busy 2-core machine to reach steady state
 * @param warmup unmeasured running time per contender before the rounds
 * @param round length of one measured throughput round
 * @param rounds measured rounds per contender
 * @param allocationCalls calls per allocation round
 * @param childRuns child JVMs per contender for the cold start and server start harnesses
 */
public record Profile(
    Duration preheat,
    Duration warmup,
    Duration round,
    int rounds,
    int allocationCalls,
    int childRuns) {

  /** The settings behind the published figures: about four minutes for everything. */
  public static final Profile FULL =
      new Profile(Duration.ofSeconds(6), Duration.ofSeconds(3), Duration.ofMillis(600), 9, 2000, 5);

  /** A smoke run: every code path once, figures meaningless. */
  public static final Profile SMOKE =
      new Profile(Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMillis(100), 1, 20, 1);

  /** A runner with this profile's warm-up and rounds. */
  public Runner runner() {
    return new Runner(warmup, round, rounds);
  }
}

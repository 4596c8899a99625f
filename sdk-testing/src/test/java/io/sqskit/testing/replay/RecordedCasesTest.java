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
package io.sqskit.testing.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every case recorded from real Amazon SQS (LocalStack's AWS-validated suite,
 * tests/aws/services/sqs/test_sqs.py and test_sqs_move_task.py; the recordings are in
 * src/test/resources/recorded/) against the fake over HTTP, in the protocol the case was recorded
 * with: the whole step sequence, successful steps and errors alike, each answer compared with the
 * recorded one on every recorded member (see {@link Bindings}). The requests are rebuilt here from
 * what each case does; the scenarios are in {@link QueueScenarios}, {@link MessageScenarios},
 * {@link FifoScenarios} and {@link MoveTaskScenarios}. Cases that cannot be replayed here are in
 * {@link #NOT_REPLAYABLE}, each with the reason.
 */
class RecordedCasesTest {

  /** Scenarios by test function name. */
  static final Map<String, Scenario> SCENARIOS = new LinkedHashMap<>();

  /** Recorded test functions that are not replayed, with the reason; the only such list. */
  static final Map<String, String> NOT_REPLAYABLE = new LinkedHashMap<>();

  static {
    QueueScenarios.register(SCENARIOS);
    MessageScenarios.register(SCENARIOS);
    FifoScenarios.register(SCENARIOS);
    MoveTaskScenarios.register(SCENARIOS);
  }

  @TestFactory
  Stream<DynamicTest> recordedCasesAnswerAsRecorded() {
    return Recordings.all().stream()
        .filter(c -> SCENARIOS.containsKey(c.test()))
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name() + (c.name().contains("[sqs") ? "" : " [" + c.protocol() + "]"),
                    () -> {
                      try (Replay r =
                          new Replay(c.name(), c.protocol(), c.param(), c.steps())) {
                        SCENARIOS.get(c.test()).run(r);
                        r.assertAllStepsMatched();
                      }
                    }));
  }

  @Test
  void everyRecordedCaseIsReplayedOrListedAsNotReplayable() {
    Set<String> tests =
        Recordings.all().stream().map(Recordings.Case::test).collect(Collectors.toSet());
    Set<String> unknown = new TreeSet<>(tests);
    unknown.removeAll(SCENARIOS.keySet());
    unknown.removeAll(NOT_REPLAYABLE.keySet());
    assertThat(unknown).as("recorded tests with no scenario and no reason").isEmpty();
    assertThat(SCENARIOS.keySet()).as("scenarios of no recorded test").isSubsetOf(tests);
    assertThat(NOT_REPLAYABLE.keySet()).doesNotContainAnyElementsOf(SCENARIOS.keySet());
  }

  @Test
  void countsOfRecordedCases() {
    List<Recordings.Case> all = Recordings.all();
    long replayed = all.stream().filter(c -> SCENARIOS.containsKey(c.test())).count();
    // The figures README.md gives ("Fidelity"): 159 recorded cases (147 + 12 move-task cases).
    assertThat(all).hasSize(159);
    assertThat(replayed).isEqualTo(159 - NOT_REPLAYABLE_CASES);
  }

  /** How many recorded cases (test runs, both protocols counted) NOT_REPLAYABLE leaves out. */
  static final int NOT_REPLAYABLE_CASES = 0;
}

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * {@link #NOT_REPLAYABLE}, each with the reason (none so far: no case needs another AWS service, a
 * real KMS key or a second account, and every wait is a move of the fake's ManualClock).
 *
 * <p>The copy of test_sqs.py readable here predates some of the recorded cases; for those the
 * requests follow the step names and the recorded answers, and the scenario says so.
 */
class RecordedCasesTest {

  /** Scenarios by test function name. */
  static final Map<String, Scenario> SCENARIOS = new LinkedHashMap<>();

  /** Recorded test functions that are not replayed, with the reason; the only such list. */
  static final Map<String, String> NOT_REPLAYABLE = new LinkedHashMap<>();

  /**
   * Replayed cases where the fake still answers differently from the recording, by case or test
   * name, with the difference. They run, and must still differ: a fix makes them fail here until
   * they are taken off this list.
   */
  static final Map<String, String> KNOWN_DISAGREEMENTS = new LinkedHashMap<>();

  static {
    QueueScenarios.register(SCENARIOS);
    MessageScenarios.register(SCENARIOS);
    FifoScenarios.register(SCENARIOS);
    MoveTaskScenarios.register(SCENARIOS);
  }

  @TestFactory
  Stream<DynamicTest> recordedCasesAnswerAsRecorded() {
    return Recordings.all().stream()
        .filter(c -> SCENARIOS.containsKey(c.test()) && knownDisagreement(c) == null)
        .map(c -> DynamicTest.dynamicTest(display(c), () -> replay(c)));
  }

  /**
   * The cases recorded over JSON only, replayed over Query as well against the same recording: a
   * successful answer means the same in both protocols; an error is compared as Query carries it
   * (no {@code QueryErrorCode}, an empty {@code Detail}), with the recorded code and message. Not
   * the JSON-specific case, nor the one that used both protocols on purpose.
   */
  @TestFactory
  Stream<DynamicTest> jsonOnlyCasesAnswerAsRecordedOverQueryToo() {
    return Recordings.all().stream()
        .filter(c -> SCENARIOS.containsKey(c.test()) && knownDisagreement(c) == null)
        .filter(RecordedCasesTest::jsonOnly)
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name() + " [QUERY, recorded over JSON]", () -> replay(asQuery(c))));
  }

  static boolean jsonOnly(Recordings.Case c) {
    return !c.name().contains("[sqs")
        && !c.test().equals("test_send_message_via_queue_url_with_json_protocol")
        && !c.test().equals("test_non_existent_queue");
  }

  @SuppressWarnings("unchecked")
  private static Recordings.Case asQuery(Recordings.Case c) {
    Map<String, Object> steps = new LinkedHashMap<>();
    c.steps()
        .forEach(
            (name, content) -> {
              if (content instanceof Map<?, ?> m && m.get("Error") instanceof Map<?, ?> e) {
                Map<String, Object> error = new LinkedHashMap<>((Map<String, Object>) e);
                error.remove("QueryErrorCode");
                error.put("Detail", JsonTree.NULL);
                Map<String, Object> answer = new LinkedHashMap<>((Map<String, Object>) m);
                answer.remove("message");
                answer.put("Error", error);
                steps.put(name, answer);
              } else {
                steps.put(name, content);
              }
            });
    return new Recordings.Case(c.key(), steps, true);
  }

  @TestFactory
  Stream<DynamicTest> knownDisagreementsStillDiffer() {
    return Recordings.all().stream()
        .filter(c -> SCENARIOS.containsKey(c.test()) && knownDisagreement(c) != null)
        .map(
            c ->
                DynamicTest.dynamicTest(
                    display(c) + ": " + knownDisagreement(c),
                    () ->
                        assertThatThrownBy(() -> replay(c))
                            .as("fixed? then take %s off KNOWN_DISAGREEMENTS", c.name())
                            .isInstanceOf(AssertionError.class)));
  }

  private static String display(Recordings.Case c) {
    return c.name() + (c.name().contains("[sqs") ? "" : " [" + c.protocol() + "]");
  }

  static String knownDisagreement(Recordings.Case c) {
    String reason = KNOWN_DISAGREEMENTS.get(c.name());
    return reason != null ? reason : KNOWN_DISAGREEMENTS.get(c.test());
  }

  private static void replay(Recordings.Case c) throws Exception {
    String name = c.name() + (c.overQuery() ? " over Query" : "");
    try (Replay r = new Replay(name, c.protocol(), c.param(), c.steps())) {
      SCENARIOS.get(c.test()).run(r);
      r.assertAllStepsMatched();
    }
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
    // None of them a known disagreement; 23 recorded over JSON only are also replayed over Query.
    assertThat(all.stream().filter(c -> knownDisagreement(c) != null)).isEmpty();
    assertThat(all.stream().filter(RecordedCasesTest::jsonOnly)).hasSize(23);
  }

  /** How many recorded cases (test runs, both protocols counted) NOT_REPLAYABLE leaves out. */
  static final int NOT_REPLAYABLE_CASES = 0;
}

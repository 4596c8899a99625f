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
package io.sqskit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs nested test-case classes through the Jupiter engine, as a user's build would. */
final class Kit {

  private Kit() {}

  /** Runs against the fake, whatever the environment says. */
  static EngineExecutionResults run(Class<?>... testCases) {
    return run(Map.of(), testCases);
  }

  /** Runs with extra configuration parameters; {@code sqs.test.endpoint} defaults to the fake. */
  static EngineExecutionResults run(Map<String, String> parameters, Class<?>... testCases) {
    var request =
        EngineTestKit.engine("junit-jupiter").configurationParameter("sqs.test.endpoint", "");
    for (Class<?> testCase : testCases) {
      request.selectors(selectClass(testCase));
    }
    request.configurationParameters(parameters);
    return request.execute();
  }

  /** The test events of a run. */
  static Events tests(EngineExecutionResults results) {
    return results.testEvents();
  }

  /**
   * Asserts that all {@code tests} test cases started and succeeded, naming each failure with its
   * exception if not.
   */
  static void assertAllSucceeded(EngineExecutionResults results, int tests) {
    String failures =
        results.testEvents().failed().stream().map(Kit::describe).collect(Collectors.joining("\n"));
    assertThat(failures).as("failed test cases").isEmpty();
    results.testEvents().assertStatistics(s -> s.started(tests).succeeded(tests));
  }

  private static String describe(Event event) {
    return event.getTestDescriptor().getDisplayName()
        + ": "
        + event
            .getPayload(TestExecutionResult.class)
            .flatMap(TestExecutionResult::getThrowable)
            .map(Throwable::toString)
            .orElse("?");
  }
}

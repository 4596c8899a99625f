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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.benchmarks.coldstart.BaselineColdStart;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildJvmTest {

  @Test
  void childReportsTimeSinceJvmStartAndLoadedClasses() throws Exception {
    ChildJvm.Result result =
        ChildJvm.run(
            ChildJvm.currentClasspath(),
            List.of(),
            BaselineColdStart.class.getName(),
            List.of(),
            Duration.ofSeconds(60));
    assertThat(result.number("ms")).isNotNegative();
    assertThat(result.number("classes")).isPositive();
    assertThat(result.wallMillis()).isPositive();
  }

  @Test
  void probeKeepsOnlyTheClasspathEntriesTheChildLoadsFrom() throws Exception {
    List<String> full = ChildJvm.currentClasspath();
    List<String> used =
        ChildJvm.usedClasspath(
            full, BaselineColdStart.class.getName(), List.of(), Duration.ofSeconds(60));
    assertThat(full).hasSizeGreaterThan(10);
    assertThat(used).isNotEmpty().hasSizeLessThan(5);
    assertThat(used).noneMatch(entry -> entry.contains("awssdk") || entry.contains("elasticmq"));
  }

  @Test
  void childWithoutAResultLineIsAnErrorThatShowsItsStandardError() {
    assertThatThrownBy(
            () ->
                ChildJvm.run(
                    ChildJvm.currentClasspath(),
                    List.of(),
                    "no.such.Main",
                    List.of(),
                    Duration.ofSeconds(60)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ended without a result")
        .hasMessageContaining("no.such.Main");
  }
}

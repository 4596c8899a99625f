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

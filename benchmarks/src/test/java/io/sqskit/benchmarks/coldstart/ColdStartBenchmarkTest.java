package io.sqskit.benchmarks.coldstart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColdStartBenchmarkTest {

  @Test
  void clientChildrenAreNotOfferedScalaLibraries() {
    assertThat(ColdStartBenchmark.isJavaClientLibrary("/lib/scala-library-2.13.15.jar")).isFalse();
    assertThat(ColdStartBenchmark.isJavaClientLibrary("/lib/pekko-actor_2.13-1.1.5.jar")).isFalse();
    assertThat(ColdStartBenchmark.isJavaClientLibrary("/lib/elasticmq-core_2.13-1.6.14.jar"))
        .isFalse();
    assertThat(ColdStartBenchmark.isJavaClientLibrary("/lib/sqs-2.57.8.jar")).isTrue();
    assertThat(ColdStartBenchmark.isJavaClientLibrary("/work/benchmarks/target/classes")).isTrue();
  }
}

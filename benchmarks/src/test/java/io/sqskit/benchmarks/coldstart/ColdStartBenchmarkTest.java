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

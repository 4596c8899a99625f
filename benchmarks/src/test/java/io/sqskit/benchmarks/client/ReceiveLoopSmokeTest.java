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
package io.sqskit.benchmarks.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the receive loop of each contender for a second: it must complete and report. */
class ReceiveLoopSmokeTest {

  @Test
  void eachContenderReceivesAndReportsItsCpuPerCall() throws Exception {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      ReceiveLoop.main(new String[] {"sqskit", "1"});
      ReceiveLoop.main(new String[] {PrescribedPartsQueueCalls.NAME, "1"});
    } finally {
      System.setOut(out);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .containsPattern("sqskit: [0-9,]+ calls, [0-9.]+ us CPU per call")
        .containsPattern("prescribed-parts: [0-9,]+ calls, [0-9.]+ us CPU per call");
  }
}

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
package io.sqskit.testing.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.testing.engine.SqsEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link StateFile}: what a periodic write skips, and what stops a start. */
class StateFileTest {

  private static final PrintStream QUIET =
      new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  @TempDir Path dir;

  @Test
  void aPeriodicWriteIsSkippedWhileNothingChanged() throws Exception {
    SqsEngine engine = SqsEngine.create();
    Path file = dir.resolve("state.bin");
    StateFile state = new StateFile(file, Duration.ZERO, engine, QUIET);
    assertThat(state.load()).isEqualTo(-1); // no file yet
    assertThat(state.changed()).isTrue();
    String url = engine.createQueue("q", Map.of());
    state.write();
    assertThat(state.changed()).isFalse();

    engine.execute(
        new io.sqskit.testing.engine.RequestContext(null, "http://h", null),
        "GetQueueAttributes",
        Map.of("QueueUrl", url, "AttributeNames", java.util.List.of("All")));
    assertThat(state.changed()).as("after a read-only call").isFalse();

    engine.sendMessage(url, "x");
    assertThat(state.changed()).as("after a send").isTrue();
  }

  @Test
  void theLastWriteHappensEvenWithoutChanges() throws Exception {
    SqsEngine engine = SqsEngine.create();
    Path file = dir.resolve("state.bin");
    StateFile state = new StateFile(file, Duration.ZERO, engine, QUIET);
    state.load();
    state.write();
    Files.delete(file);

    state.finish();

    assertThat(file).isRegularFile();
  }

  @Test
  void aFileOfAnotherKindIsRefusedAndLeftAsItIs() throws Exception {
    Path file = dir.resolve("state.bin");
    Files.writeString(file, "queues { q {} }");
    StateFile state = new StateFile(file, Duration.ZERO, SqsEngine.create(), QUIET);

    assertThatThrownBy(state::load)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot start from the state file " + file.toAbsolutePath())
        .hasMessageContaining("not a sqskit state file");
    assertThat(Files.readString(file)).isEqualTo("queues { q {} }");
  }

  @Test
  void aMissingDirectoryStopsTheStart() {
    Path file = dir.resolve("missing").resolve("state.bin");
    StateFile state = new StateFile(file, Duration.ZERO, SqsEngine.create(), QUIET);

    assertThatThrownBy(state::load).hasMessageContaining("does not exist");
  }
}

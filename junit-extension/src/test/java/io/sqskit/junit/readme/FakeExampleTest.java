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
package io.sqskit.junit.readme;

import static io.sqskit.testing.engine.MessageState.VISIBLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.testing.engine.ManualClock;
import io.sqskit.testing.engine.MessageSnapshot;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.server.SqsServer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's example of the fake without JUnit: engine, manual clock and HTTP front. */
class FakeExampleTest {

  @Test
  void aMessageInFlightIsVisibleAgainAfterTheClockMoves() {
    // region fake
    ManualClock clock = ManualClock.create(Instant.parse("2026-01-01T00:00:00Z"));
    SqsEngine engine =
        SqsEngine.builder().clock(clock).accountId("000000000000").region("us-east-1").build();
    try (SqsServer server = SqsServer.builder().engine(engine).port(0).build().start()) {
      URI endpoint = server.endpoint(); // http://127.0.0.1:<free port>: give it to any SQS client
      assertThat(endpoint.getPort()).isPositive(); // readme-hide
      String queueUrl = engine.createQueue("orders", Map.of("VisibilityTimeout", "60"));
      engine.sendMessage(queueUrl, "o-1"); // or through any client at the endpoint
      engine.receiveMessages(queueUrl, 1, 0); // in flight for 60 seconds
      clock.advance(Duration.ofMinutes(5)); // visibility timeouts expire, long polls wake
      List<MessageSnapshot> messages = engine.inspect(queueUrl); // their states, nothing changed
      assertThat(messages)
          .extracting(MessageSnapshot::state)
          .containsExactly(VISIBLE); // readme-hide
    }
    // endregion fake
  }
}

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
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The server's life cycle and options. */
class SqsServerTest {

  @Test
  void bindsAFreeLoopbackPortByDefault() {
    try (SqsServer server = SqsServer.builder().build().start()) {
      assertThat(server.port()).isPositive();
      assertThat(server.endpoint().toString()).isEqualTo("http://127.0.0.1:" + server.port());
    }
  }

  @Test
  void exposesTheEngineItServes() {
    SqsEngine engine = SqsEngine.create();

    assertThat(SqsServer.builder().engine(engine).build().engine()).isSameAs(engine);
    assertThat(SqsServer.builder().build().engine()).isNotNull();
  }

  @Test
  void endpointBeforeStartIsAnError() {
    SqsServer server = SqsServer.builder().build();

    assertThatThrownBy(server::endpoint)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("SqsServer is not started");
  }

  @Test
  void startsOnceOnly() {
    try (SqsServer server = SqsServer.builder().build().start()) {
      assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aPortInUseIsReportedWithTheAddress() {
    try (SqsServer first = SqsServer.builder().build().start()) {
      SqsServer second = SqsServer.builder().port(first.port()).build();

      assertThatThrownBy(second::start)
          .isInstanceOf(UncheckedIOException.class)
          .hasMessage("Cannot bind 127.0.0.1:" + first.port());
    }
  }

  @Test
  void warmUpSendsTwoReadOnlyListQueuesRequests() throws Exception {
    List<String> actions = new CopyOnWriteArrayList<>();
    CountDownLatch done = new CountDownLatch(2);
    try (SqsServer server =
        SqsServer.builder()
            .dispatcher(
                (context, action, input) -> {
                  actions.add(action + " " + input);
                  done.countDown();
                  return Map.of();
                })
            .build()
            .start()) {

      assertThat(done.await(30, TimeUnit.SECONDS)).as("warm-up of " + server.endpoint()).isTrue();
      assertThat(actions).containsExactly("ListQueues {}", "ListQueues {}");
    }
  }

  @Test
  void builderRejectsBadOptions() {
    assertThatThrownBy(() -> SqsServer.builder().port(70000))
        .hasMessage("port must be 0..65535: 70000");
    assertThatThrownBy(() -> SqsServer.builder().maxRequestBytes(10))
        .hasMessage("maxRequestBytes must be at least 1024: 10");
  }
}

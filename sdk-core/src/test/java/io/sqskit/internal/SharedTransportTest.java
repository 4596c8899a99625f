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
package io.sqskit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.transport.HttpRequest;
import io.sqskit.transport.HttpTransport;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A pool shared by derived clients closes with the last of them, and only if the client made it.
 */
class SharedTransportTest {
  private static final HttpRequest REQUEST =
      new HttpRequest(
          "POST", URI.create("http://127.0.0.1:1"), Map.of(), new byte[0], Duration.ofSeconds(1));

  @Test
  void anOwnedTransportClosesWhenTheLastHandleCloses() throws Exception {
    FakeTransport fake = FakeTransport.answering("<x/>");
    SharedTransport shared = new SharedTransport(fake, true);
    HttpTransport first = shared.firstHandle();
    HttpTransport second = shared.handle();

    first.close();
    first.close();
    assertThat(fake.closed()).isFalse();
    assertThat(second.execute(REQUEST).statusCode()).isEqualTo(200);

    second.close();
    assertThat(fake.closed()).isTrue();
    assertThat(shared.handle()).as("no new handle on a closed transport").isNull();
  }

  @Test
  void aClosedHandleRefusesRequests() {
    SharedTransport shared = new SharedTransport(FakeTransport.answering("<x/>"), true);
    HttpTransport handle = shared.firstHandle();
    handle.close();
    assertThatThrownBy(() -> handle.execute(REQUEST))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the client is closed");
  }

  @Test
  void aTransportTheUserGaveIsNeverClosed() {
    FakeTransport fake = FakeTransport.answering("<x/>");
    SharedTransport shared = new SharedTransport(fake, false);
    shared.firstHandle().close();
    assertThat(fake.closed()).isFalse();
  }
}

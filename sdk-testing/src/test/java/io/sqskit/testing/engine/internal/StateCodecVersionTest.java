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
package io.sqskit.testing.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.testing.engine.ManualClock;
import io.sqskit.testing.engine.QueueCounters;
import io.sqskit.testing.engine.RequestContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Format versions of the state: version 2 keeps the counters, a version 1 file still reads. */
class StateCodecVersionTest {
  private static final String ACCOUNT = "123456789012";

  private final ManualClock clock = ManualClock.create(Instant.parse("2026-01-01T00:00:00Z"));
  private final EngineCore core = new EngineCore(clock, ACCOUNT, "us-east-1");
  private final RequestContext ctx = new RequestContext(null, "http://127.0.0.1:9324", null);

  private Map<String, Object> call(EngineCore on, String action, Object... keyValues) {
    Map<String, Object> in = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      in.put((String) keyValues[i], keyValues[i + 1]);
    }
    return on.execute(ctx, action, in);
  }

  /** Two sends, a receive of one, its delete and an empty receive on a second queue. */
  private String queueWithTraffic() {
    String url = (String) call(core, "CreateQueue", "QueueName", "q").get("QueueUrl");
    String quiet = (String) call(core, "CreateQueue", "QueueName", "quiet").get("QueueUrl");
    call(core, "SendMessage", "QueueUrl", url, "MessageBody", "one");
    call(core, "SendMessage", "QueueUrl", url, "MessageBody", "two");
    Object received = call(core, "ReceiveMessage", "QueueUrl", url).get("Messages");
    Object handle = ((Map<?, ?>) ((java.util.List<?>) received).get(0)).get("ReceiptHandle");
    call(core, "DeleteMessage", "QueueUrl", url, "ReceiptHandle", handle);
    call(core, "ReceiveMessage", "QueueUrl", quiet);
    return url;
  }

  private EngineCore restartedFrom(int version) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StateCodec.write(core, out, version);
    EngineCore after = new EngineCore(clock, ACCOUNT, "us-east-1");
    StateCodec.read(after, new ByteArrayInputStream(out.toByteArray()));
    return after;
  }

  @Test
  void theCountersComeBackWithTheMessages() throws IOException {
    String url = queueWithTraffic();
    EngineCore after = restartedFrom(StateCodec.VERSION);

    assertThat(after.counters(url)).isEqualTo(new QueueCounters(2, 1, 1, 0));
    assertThat(after.counters(url.replace("/q", "/quiet")))
        .isEqualTo(new QueueCounters(0, 0, 0, 1));
    assertThat(after.inspect(url)).hasSize(1);
  }

  @Test
  void aVersionOneStateReadsWithTheCountersAtZero() throws IOException {
    String url = queueWithTraffic();
    EngineCore after = restartedFrom(1);

    assertThat(after.counters(url)).isEqualTo(new QueueCounters(0, 0, 0, 0));
    assertThat(after.inspect(url)).hasSize(1);
  }
}

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
package io.sqskit.testing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Regression: on a FIFO queue with a queue-level DelaySeconds, messages of one group that become
 * due at the same instant keep their send order. Found by QueueModelPropertiesTest (jqwik shrank it
 * to this sequence); the delayed heap used to order by due time only.
 */
class FifoQueueDelayOrderTest {

  @Test
  @SuppressWarnings("unchecked")
  void messagesOfOneGroupDueAtTheSameInstantKeepSendOrder() {
    ManualClock clock = ManualClock.create(Instant.parse("2026-01-01T00:00:00Z"));
    SqsEngine engine = SqsEngine.builder().clock(clock).build();
    RequestContext ctx = new RequestContext(null, "http://127.0.0.1:9324", null);
    String url =
        (String)
            engine
                .execute(
                    ctx,
                    "CreateQueue",
                    Map.of(
                        "QueueName",
                        "q.fifo",
                        "Attributes",
                        Map.of("FifoQueue", "true", "DelaySeconds", "2")))
                .get("QueueUrl");
    for (String body : List.of("b0", "b1", "b2")) {
      engine.execute(
          ctx,
          "SendMessage",
          Map.of(
              "QueueUrl",
              url,
              "MessageBody",
              body,
              "MessageGroupId",
              "g0",
              "MessageDeduplicationId",
              body));
    }
    clock.advance(Duration.ofSeconds(2));

    List<Map<String, Object>> got =
        (List<Map<String, Object>>)
            engine
                .execute(ctx, "ReceiveMessage", Map.of("QueueUrl", url, "MaxNumberOfMessages", 10))
                .get("Messages");

    // semantics.md, FIFO: messages of one group are delivered in send order.
    assertThat(got).extracting(m -> m.get("Body")).containsExactly("b0", "b1", "b2");
  }
}

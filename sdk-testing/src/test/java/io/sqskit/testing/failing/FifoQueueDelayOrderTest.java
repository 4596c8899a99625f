package io.sqskit.testing.failing;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.testing.engine.ManualClock;
import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Known open bug, excluded from the default run (STYLE.md section 8): on a FIFO queue with a
 * queue-level DelaySeconds, messages of one group that become due at the same instant are handed
 * out out of send order. Found by QueueModelPropertiesTest (jqwik shrank it to this sequence). The
 * delayed heap (engine.internal.MessageHeap) orders by due time only, so equal due times leave the
 * heap in any order when they move to the group's lane.
 */
class FifoQueueDelayOrderTest {

  @Test
  @SuppressWarnings("unchecked")
  void messagesOfOneGroupDueAtTheSameInstantKeepSendOrder() {
    ManualClock clock = ManualClock.create(Instant.parse("2026-01-01T00:00:00Z"));
    SqsEngine engine = SqsEngine.builder().clock(clock).build();
    RequestContext ctx = new RequestContext(null, "http://127.0.0.1:9324", null);
    String url = (String) engine.execute(ctx, "CreateQueue", Map.of("QueueName", "q.fifo",
        "Attributes", Map.of("FifoQueue", "true", "DelaySeconds", "2"))).get("QueueUrl");
    for (String body : List.of("b0", "b1", "b2")) {
      engine.execute(ctx, "SendMessage", Map.of("QueueUrl", url, "MessageBody", body,
          "MessageGroupId", "g0", "MessageDeduplicationId", body));
    }
    clock.advance(Duration.ofSeconds(2));

    List<Map<String, Object>> got = (List<Map<String, Object>>) engine.execute(ctx, "ReceiveMessage",
        Map.of("QueueUrl", url, "MaxNumberOfMessages", 10)).get("Messages");

    // semantics.md, FIFO: messages of one group are delivered in send order.
    assertThat(got).extracting(m -> m.get("Body")).containsExactly("b0", "b1", "b2");
  }
}

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

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.client.SqsClient;
import io.sqskit.junit.SqsQueue;
import io.sqskit.junit.SqsTest;
import io.sqskit.junit.TestQueue;
import io.sqskit.model.Message;
import io.sqskit.testing.engine.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README's example of the lifecycle assertions. */
// region life
@SqsTest(virtualTime = true, verifyNothingInFlight = true)
class LifeExampleTest {
  @Test
  void everyOrderIsDeletedOnce(SqsClient sqs, @SqsQueue(name = "orders") TestQueue orders) {
    sqs.sendMessage(orders.url(), "order-1");
    for (Message m : sqs.receiveMessage(r -> r.queueUrl(orders.url())).messages()) {
      sqs.deleteMessage(orders.url(), m.receiptHandle());
    }
    orders.assertAllDeletedOnce(); // not forgotten, not deleted with a stale handle
    orders.assertNothingInFlight(); // nothing received and left neither deleted nor released
    orders.assertNeverRedelivered(); // no visibility timeout ran out
  }

  @Test
  void poisonGoesToTheDeadLetterQueue(
      SqsClient sqs,
      ManualClock clock,
      @SqsQueue(name = "orders", deadLetterQueue = "orders-dlq", maxReceiveCount = 2)
          TestQueue orders) {
    String id = sqs.sendMessage(orders.url(), "poison").messageId();
    for (int i = 0; i < 3; i++) {
      sqs.receiveMessage(r -> r.queueUrl(orders.url())); // the handler fails every time
      clock.advance(Duration.ofSeconds(30));
    }
    orders.assertDeadLettered(id, 2);
    assertThat(orders.history(id).orElseThrow().story()).contains("DEAD_LETTERED");
  }
}
// endregion life

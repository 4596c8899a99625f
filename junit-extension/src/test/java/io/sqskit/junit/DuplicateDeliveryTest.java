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
package io.sqskit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.client.SqsClient;
import io.sqskit.model.Message;
import io.sqskit.testing.server.Fault;
import io.sqskit.testing.server.FaultInjector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * One injected duplicate catches a consumer without an idempotency key (it charges an order twice)
 * and lets one with a key pass; both delete each delivery once.
 */
class DuplicateDeliveryTest {

  @Test
  void oneDuplicateCatchesTheConsumerWithoutAnIdempotencyKey() {
    EngineExecutionResults results = Kit.run(PaymentsTestCase.class);

    results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
    assertThat(results.testEvents().succeeded().stream())
        .extracting(e -> e.getTestDescriptor().getDisplayName())
        .containsExactly("consumerWithAKeyChargesOnce(SqsClient, FaultInjector, TestQueue)");
    Throwable failure =
        results.testEvents().failed().stream()
            .filter(
                e ->
                    e.getTestDescriptor()
                        .getDisplayName()
                        .startsWith("consumerWithoutAKeyChargesOnce"))
            .findFirst()
            .flatMap(e -> e.getPayload(TestExecutionResult.class))
            .flatMap(TestExecutionResult::getThrowable)
            .orElseThrow();
    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[charges]")
        .hasMessageContaining("\"order-1\"");
  }

  /** Receives until the queue answers nothing, handling and deleting each message. */
  static void drain(SqsClient sqs, String url, Consumer<Message> handler) {
    while (true) {
      List<Message> got =
          sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages();
      if (got.isEmpty()) {
        return;
      }
      for (Message m : got) {
        handler.accept(m);
        sqs.deleteMessage(url, m.receiptHandle());
      }
    }
  }

  @SqsTest
  static class PaymentsTestCase {
    @Test
    void consumerWithoutAKeyChargesOnce(
        SqsClient sqs, FaultInjector faults, @SqsQueue(name = "payments") TestQueue payments) {
      faults.add(Fault.duplicateDelivery().queue("payments").times(1));
      sqs.sendMessage(payments.url(), "order-1");
      List<String> charges = new ArrayList<>();

      drain(sqs, payments.url(), m -> charges.add(m.body()));

      payments.assertAllDeletedOnce(); // each delivery deleted once: the deletes are right
      assertThat(charges).as("charges").containsExactly("order-1"); // fails: charged twice
    }

    @Test
    void consumerWithAKeyChargesOnce(
        SqsClient sqs, FaultInjector faults, @SqsQueue(name = "payments") TestQueue payments) {
      faults.add(Fault.duplicateDelivery().queue("payments").times(1));
      sqs.sendMessage(payments.url(), "order-1");
      List<String> charges = new ArrayList<>();
      Set<String> seen = new HashSet<>(); // the idempotency key: the MessageId

      drain(
          sqs,
          payments.url(),
          m -> {
            if (seen.add(m.messageId())) {
              charges.add(m.body());
            }
          });

      payments.assertAllDeletedOnce();
      payments.assertNothingInFlight();
      assertThat(faults.injected(Fault.Kind.DUPLICATE_DELIVERY)).isEqualTo(1);
      assertThat(charges).as("charges").containsExactly("order-1");
    }
  }
}

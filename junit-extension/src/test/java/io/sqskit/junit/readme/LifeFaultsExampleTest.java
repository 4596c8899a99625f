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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.sqskit.client.SqsClient;
import io.sqskit.exception.ReceiptHandleIsInvalidException;
import io.sqskit.junit.SqsQueue;
import io.sqskit.junit.SqsTest;
import io.sqskit.junit.TestQueue;
import io.sqskit.model.BatchEntryError;
import io.sqskit.model.Message;
import io.sqskit.model.SendMessageBatchRequestEntry;
import io.sqskit.testing.engine.MessageEvent;
import io.sqskit.testing.server.Fault;
import io.sqskit.testing.server.FaultInjector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's examples of the faults of a message's life. */
@SqsTest
class LifeFaultsExampleTest {

  // region duplicate
  @Test
  void handlesAnOrderDeliveredTwiceOnce(
      SqsClient sqs, FaultInjector faults, @SqsQueue(name = "payments") TestQueue payments) {
    faults.add(Fault.duplicateDelivery().queue("payments").times(1)); // standard queues only
    sqs.sendMessage(payments.url(), "order-1");
    Set<String> handled = new HashSet<>(); // the idempotency key: the MessageId
    List<String> charged = new ArrayList<>();
    for (int delivery = 1; delivery <= 2; delivery++) { // the second comes after the delete
      Message m = sqs.receiveMessage(r -> r.queueUrl(payments.url())).messages().get(0);
      if (handled.add(m.messageId())) {
        charged.add(m.body()); // charge the order
      }
      sqs.deleteMessage(payments.url(), m.receiptHandle()); // a new handle each delivery
    }
    assertThat(charged).containsExactly("order-1");
    payments.assertAllDeletedOnce(); // once per delivery
  }

  // endregion duplicate

  // region partial-batch
  @Test
  void seesWhichEntriesOfABatchFailed(
      SqsClient sqs, FaultInjector faults, @SqsQueue(name = "orders") String url) {
    faults.add(Fault.partialBatchFailure(2).action("SendMessageBatch")); // entries 2, 4, ...
    var sent = sqs.sendMessageBatch(r -> r.queueUrl(url).entries(entry("a"), entry("b")));
    assertThat(sent.failed()) // the others were sent
        .extracting(BatchEntryError::id, BatchEntryError::code, BatchEntryError::senderFault)
        .containsExactly(tuple("b", "InternalError", false)); // a service fault: retry it
  }

  // endregion partial-batch

  // region invalid-handle
  @Test
  void aRefusedDeleteLeavesTheMessage(
      SqsClient sqs, FaultInjector faults, @SqsQueue(name = "orders") TestQueue orders) {
    faults.add(Fault.receiptHandleInvalid().action("DeleteMessage").times(1));
    sqs.sendMessage(orders.url(), "o-1");
    Message m = sqs.receiveMessage(r -> r.queueUrl(orders.url())).messages().get(0);
    assertThatThrownBy(() -> sqs.deleteMessage(orders.url(), m.receiptHandle()))
        .isInstanceOf(ReceiptHandleIsInvalidException.class); // 404, as SQS answers
    assertThat(orders.history(m.messageId()).orElseThrow().count(MessageEvent.Kind.DELETED))
        .isZero();
  }

  // endregion invalid-handle

  private static SendMessageBatchRequestEntry entry(String id) {
    return SendMessageBatchRequestEntry.builder().id(id).messageBody(id).build();
  }
}

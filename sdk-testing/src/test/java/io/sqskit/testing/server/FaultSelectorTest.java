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

import io.sqskit.testing.protocol.SqsShapes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A fault rule's action and queue are checked when the rule is made, not when it fails to fire. */
class FaultSelectorTest {

  @Test
  void theActionsAreSqssTwentyThreeAsTheServiceModelNamesThem() {
    assertThat(Fault.ACTIONS).hasSize(23).doesNotHaveDuplicates();
    assertThat(Fault.ACTIONS).allSatisfy(a -> assertThat(SqsShapes.operation(a)).isNotNull());
  }

  @Test
  void everySqsActionIsAccepted() {
    for (String action : Fault.ACTIONS) {
      assertThat(Fault.throttle().action(action).action()).isEqualTo(action);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "SendMesage, SendMessage",
    "sendMessage, SendMessage",
    "ReceiveMessages, ReceiveMessage",
    "DeleteMessageBatchs, DeleteMessageBatch",
    "ListQueue, ListQueues",
    "GetQueueURL, GetQueueUrl"
  })
  void aMisspelledActionIsRefusedNamingTheClosest(String typo, String meant) {
    assertThatThrownBy(() -> Fault.throttle().action(typo))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "action " + typo + " is not an SQS action; did you mean " + meant + "? The actions: ")
        .hasMessageContaining("AddPermission, CancelMessageMoveTask,")
        .hasMessageEndingWith("TagQueue, UntagQueue");
  }

  @Test
  void anEmptyActionIsRefused() {
    assertThatThrownBy(() -> Fault.throttle().action("")).hasMessage("action must not be empty");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "orders",
        "orders-dlq",
        "Orders_2",
        "jobs.fifo",
        "a",
        // 80 characters, and 75 plus .fifo
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.fifo"
      })
  void queueNamesSqsAllowsAreAccepted(String name) {
    assertThat(Fault.throttle().queue(name).queue()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:9324/000000000000/orders",
        "bad name",
        "orders.fifo.fifo",
        "orders.",
        "ördres",
        ".fifo",
        // 81 characters, and 76 plus .fifo
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.fifo"
      })
  void queueNamesSqsRefusesAreRefused(String name) {
    assertThatThrownBy(() -> Fault.throttle().queue(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "queue "
                + name
                + " is not a queue name SQS allows: 1 to 80 letters, digits, hyphens (-) and"
                + " underscores (_), a FIFO queue's ending in .fifo (give the name, not the URL)");
  }
}

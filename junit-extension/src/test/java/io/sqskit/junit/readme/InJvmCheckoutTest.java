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
import io.sqskit.junit.QueueMessage;
import io.sqskit.junit.SqsQueue;
import io.sqskit.junit.SqsTest;
import io.sqskit.junit.TestQueue;
import io.sqskit.junit.Transport;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@SqsTest(transport = Transport.IN_JVM) // the injected clients call the fake without a socket
class InJvmCheckoutTest {

  @Test
  void sendsTheOrder(SqsClient sqs, @SqsQueue(name = "orders") TestQueue orders) {
    new Checkout(sqs, orders.url()).placeOrder("o-1");

    assertThat(orders.awaitMessages(1, Duration.ofSeconds(5)))
        .extracting(QueueMessage::body)
        .containsExactly("o-1");
  }
}

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
package io.sqskit.samples;

import io.sqskit.client.SqsClient;
import java.util.Objects;

/**
 * Puts orders on the FIFO queue: the customer is the message group, so one customer's orders are
 * processed in the order they were placed, and the order id deduplicates a resubmitted order.
 */
public final class OrderProducer {

  private final SqsClient client;
  private final String ordersUrl;

  public OrderProducer(SqsClient client, String ordersUrl) {
    this.client = Objects.requireNonNull(client, "client");
    this.ordersUrl = Objects.requireNonNull(ordersUrl, "ordersUrl");
  }

  /** Submits an order and returns the SQS message id. */
  public String submit(Order order) {
    String messageId =
        client
            .sendMessage(
                r ->
                    r.queueUrl(ordersUrl)
                        .messageBody(order.toBody())
                        .messageGroupId(order.customerId())
                        .messageDeduplicationId(order.id()))
            .messageId();
    if (messageId == null) {
      throw new IllegalStateException("SQS accepted order " + order.id() + " without a message id");
    }
    return messageId;
  }
}

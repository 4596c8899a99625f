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
import io.sqskit.model.CreateQueueResponse;
import java.util.Map;
import java.util.Objects;

/**
 * The pipeline's three queues.
 *
 * @param orders the FIFO queue orders arrive on
 * @param deadLetters the FIFO dead-letter queue for orders that cannot be processed
 * @param confirmations the standard queue confirmations go out on
 */
public record OrderQueues(String orders, String deadLetters, String confirmations) {

  /** How many failed receives SQS allows before it moves an order to the dead-letter queue. */
  public static final int MAX_RECEIVES = 3;

  public OrderQueues {
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(deadLetters, "deadLetters");
    Objects.requireNonNull(confirmations, "confirmations");
  }

  /**
   * Creates (or finds) the queues, named after {@code prefix}: {@code <prefix>-orders.fifo} with a
   * redrive policy to {@code <prefix>-orders-dlq.fifo}, and {@code <prefix>-confirmations}.
   */
  public static OrderQueues create(SqsClient client, String prefix) {
    String deadLetters =
        urlOf(
            client.createQueue(
                r ->
                    r.queueName(prefix + "-orders-dlq.fifo")
                        .attributes(Map.of("FifoQueue", "true"))));
    String deadLetterArn =
        client
            .getQueueAttributes(r -> r.queueUrl(deadLetters).attributeNames("QueueArn"))
            .attributes()
            .get("QueueArn");
    String orders =
        urlOf(
            client.createQueue(
                r ->
                    r.queueName(prefix + "-orders.fifo")
                        .attributes(
                            Map.of(
                                "FifoQueue",
                                "true",
                                "RedrivePolicy",
                                "{\"deadLetterTargetArn\":\""
                                    + deadLetterArn
                                    + "\",\"maxReceiveCount\":\""
                                    + MAX_RECEIVES
                                    + "\"}"))));
    String confirmations = urlOf(client.createQueue(r -> r.queueName(prefix + "-confirmations")));
    return new OrderQueues(orders, deadLetters, confirmations);
  }

  private static String urlOf(CreateQueueResponse created) {
    String url = created.queueUrl();
    if (url == null) {
      throw new IllegalStateException("SQS created a queue without sending its URL");
    }
    return url;
  }
}

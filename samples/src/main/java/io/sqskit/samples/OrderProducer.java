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

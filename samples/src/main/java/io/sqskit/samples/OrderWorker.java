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
import io.sqskit.model.Message;
import io.sqskit.model.MessageAttributeValue;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Takes orders off the FIFO queue, charges them and confirms them.
 *
 * <ul>
 *   <li>Paid: a confirmation goes out and the order is deleted.
 *   <li>Payment service down: the order stays on the queue, hidden for {@code retryDelay}, and is
 *       tried again; after {@link OrderQueues#MAX_RECEIVES} receives SQS itself moves it to the
 *       dead-letter queue (the queue's redrive policy).
 *   <li>Poison (not an order, or a declined payment): retrying cannot help, so the worker moves it
 *       to the dead-letter queue at once, with the reason as a message attribute.
 * </ul>
 *
 * <p>A failed order holds back the later orders of the same customer: FIFO delivers nothing more of
 * a message group while one of its messages is in flight.
 */
public final class OrderWorker implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(OrderWorker.class.getName());

  /** The message attribute that says why an order was dead-lettered. */
  public static final String REASON = "reason";

  private final SqsClient client;
  private final OrderQueues queues;
  private final PaymentGateway payments;
  private final int retryDelaySeconds;
  private volatile boolean running;
  private @Nullable Thread thread; // set by start()

  /** What one poll did. */
  public record Outcome(int confirmed, int retried, int deadLettered) {}

  /**
   * @param retryDelay how long a failed order stays hidden before the next try; 0 to 12 hours, as
   *     SQS allows for a visibility timeout
   */
  public OrderWorker(
      SqsClient client, OrderQueues queues, PaymentGateway payments, Duration retryDelay) {
    this.client = Objects.requireNonNull(client, "client");
    this.queues = Objects.requireNonNull(queues, "queues");
    this.payments = Objects.requireNonNull(payments, "payments");
    long seconds = retryDelay.toSeconds();
    if (seconds < 0 || seconds > 43_200) {
      throw new IllegalArgumentException("retryDelay must be 0 to 12 hours but was " + retryDelay);
    }
    this.retryDelaySeconds = (int) seconds;
  }

  /**
   * Receives up to ten orders, waiting up to {@code waitSeconds} for the first, and handles them.
   */
  public Outcome pollOnce(int waitSeconds) {
    List<Message> messages =
        client
            .receiveMessage(
                r ->
                    r.queueUrl(queues.orders())
                        .maxNumberOfMessages(10)
                        .waitTimeSeconds(waitSeconds)
                        .messageSystemAttributeNames("MessageGroupId", "ApproximateReceiveCount"))
            .messages();
    int confirmed = 0;
    int retried = 0;
    int deadLettered = 0;
    Set<String> heldBack = new HashSet<>();
    for (Message message : messages) {
      String group = message.attributes().get("MessageGroupId");
      if (group != null && heldBack.contains(group)) {
        // An earlier order of this customer failed: keep the order, hand this one back untouched.
        release(message, 0);
        continue;
      }
      Order order;
      try {
        order = Order.fromBody(message.body());
      } catch (MalformedOrderException e) {
        deadLetter(message, group != null ? group : "malformed", e.reason());
        deadLettered++;
        continue;
      }
      try {
        payments.charge(order);
      } catch (PaymentGateway.PaymentDeclinedException e) {
        deadLetter(message, order.customerId(), "declined: " + e.getMessage());
        deadLettered++;
        continue;
      } catch (PaymentGateway.PaymentUnavailableException e) {
        release(message, retryDelaySeconds);
        heldBack.add(order.customerId());
        retried++;
        continue;
      }
      client.sendMessage(
          r ->
              r.queueUrl(queues.confirmations())
                  .messageBody("confirmed " + order.id())
                  .messageAttribute("customer", MessageAttributeValue.ofString(order.customerId()))
                  .messageAttribute("amount", MessageAttributeValue.ofNumber(order.amountCents())));
      delete(message);
      confirmed++;
    }
    return new Outcome(confirmed, retried, deadLettered);
  }

  /** Polls in a background thread, with 20-second long polls, until {@link #close()}. */
  public void start() {
    start(20);
  }

  /**
   * Polls in a background thread until {@link #close()}, which waits for the current poll: a
   * shorter {@code waitSeconds} stops sooner and costs more requests.
   */
  public synchronized void start(int waitSeconds) {
    if (thread != null) {
      throw new IllegalStateException("already started");
    }
    running = true;
    thread =
        new Thread(
            () -> {
              while (running) {
                try {
                  pollOnce(waitSeconds);
                } catch (RuntimeException e) {
                  LOG.log(System.Logger.Level.WARNING, "poll failed; trying again in a second", e);
                  pause();
                }
              }
            },
            "order-worker");
    thread.setDaemon(true);
    thread.start();
  }

  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void release(Message message, int visibilitySeconds) {
    client.changeMessageVisibility(
        r ->
            r.queueUrl(queues.orders())
                .receiptHandle(message.receiptHandle())
                .visibilityTimeout(visibilitySeconds));
  }

  private void deadLetter(Message message, String group, String reason) {
    client.sendMessage(
        r ->
            r.queueUrl(queues.deadLetters())
                .messageBody(message.body())
                .messageGroupId(group)
                .messageDeduplicationId(message.messageId())
                .messageAttribute(REASON, MessageAttributeValue.ofString(reason)));
    delete(message);
  }

  private void delete(Message message) {
    client.deleteMessage(r -> r.queueUrl(queues.orders()).receiptHandle(message.receiptHandle()));
  }

  /** Stops the background thread after its current poll. */
  @Override
  public void close() {
    Thread worker;
    synchronized (this) {
      running = false;
      worker = thread;
    }
    if (worker != null) {
      try {
        worker.join(Duration.ofSeconds(25).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

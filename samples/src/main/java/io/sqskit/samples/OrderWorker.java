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
import io.sqskit.consumer.MessageContext;
import io.sqskit.consumer.SqsConsumer;
import io.sqskit.model.Message;
import io.sqskit.model.MessageAttributeValue;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
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
 *
 * <p>{@link #start()} runs the worker on sqskit's {@link SqsConsumer}: orders of different
 * customers are charged in parallel (up to {@code concurrency}), one customer's orders one at a
 * time and in order; a slow payment keeps its order hidden by the consumer's heartbeat, however
 * short the queue's visibility timeout; {@link #stop(Duration)} drains (payments under way finish
 * and are confirmed, orders received but not started go back on the queue at once). {@link
 * #pollOnce(int)} does the same work one receive at a time, for scripts and step-by-step tests.
 */
public final class OrderWorker implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(OrderWorker.class.getName());

  /** The message attribute that says why an order was dead-lettered. */
  public static final String REASON = "reason";

  /** How many orders a started worker charges at once unless told otherwise. */
  public static final int DEFAULT_CONCURRENCY = 10;

  private final SqsClient client;
  private final OrderQueues queues;
  private final PaymentGateway payments;
  private final Duration retryDelay;
  private final int retryDelaySeconds;
  private final int concurrency;
  private final Clock clock;
  private final AtomicInteger confirmed = new AtomicInteger();
  private final AtomicInteger retried = new AtomicInteger();
  private final AtomicInteger deadLettered = new AtomicInteger();
  private @Nullable SqsConsumer consumer; // set by start()

  /**
   * What one poll did, or a started worker so far.
   *
   * @param confirmed orders charged and confirmed
   * @param retried orders left on the queue for a later try
   * @param deadLettered orders moved to the dead-letter queue
   */
  public record Outcome(int confirmed, int retried, int deadLettered) {}

  /**
   * A worker that charges up to {@value #DEFAULT_CONCURRENCY} orders at once when started.
   *
   * @param client the SQS client
   * @param queues the pipeline's queues
   * @param payments the payment gateway
   * @param retryDelay how long a failed order stays hidden before the next try; 0 to 12 hours, as
   *     SQS allows for a visibility timeout
   */
  public OrderWorker(
      SqsClient client, OrderQueues queues, PaymentGateway payments, Duration retryDelay) {
    this(client, queues, payments, retryDelay, DEFAULT_CONCURRENCY, Clock.systemUTC());
  }

  /**
   * A worker with its own concurrency and clock.
   *
   * @param client the SQS client
   * @param queues the pipeline's queues
   * @param payments the payment gateway
   * @param retryDelay how long a failed order stays hidden before the next try; 0 to 12 hours
   * @param concurrency how many orders a started worker charges at once (at least 1)
   * @param clock the clock the consumer's heartbeat follows (a test's virtual clock, or the
   *     system's)
   */
  public OrderWorker(
      SqsClient client,
      OrderQueues queues,
      PaymentGateway payments,
      Duration retryDelay,
      int concurrency,
      Clock clock) {
    this.client = Objects.requireNonNull(client, "client");
    this.queues = Objects.requireNonNull(queues, "queues");
    this.payments = Objects.requireNonNull(payments, "payments");
    long seconds = retryDelay.toSeconds();
    if (seconds < 0 || seconds > 43_200) {
      throw new IllegalArgumentException("retryDelay must be 0 to 12 hours but was " + retryDelay);
    }
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1 but was " + concurrency);
    }
    this.retryDelay = Duration.ofSeconds(seconds);
    this.retryDelaySeconds = (int) seconds;
    this.concurrency = concurrency;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Receives up to ten orders, waiting up to {@code waitSeconds} for the first, and handles them.
   *
   * @param waitSeconds the long poll's wait, 0 to 20
   * @return what the poll did
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
    int confirmedNow = 0;
    int retriedNow = 0;
    int deadLetteredNow = 0;
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
        deadLetteredNow++;
        continue;
      }
      try {
        payments.charge(order);
      } catch (PaymentGateway.PaymentDeclinedException e) {
        deadLetter(message, order.customerId(), "declined: " + e.getMessage());
        deadLetteredNow++;
        continue;
      } catch (PaymentGateway.PaymentUnavailableException e) {
        release(message, retryDelaySeconds);
        heldBack.add(order.customerId());
        retriedNow++;
        continue;
      }
      confirm(order);
      delete(message);
      confirmedNow++;
    }
    return new Outcome(confirmedNow, retriedNow, deadLetteredNow);
  }

  /** Starts handling orders on an {@link SqsConsumer}, with 20-second long polls. */
  public void start() {
    start(20);
  }

  /**
   * Starts handling orders on an {@link SqsConsumer} until {@link #stop(Duration)} or {@link
   * #close()}: a shorter {@code waitSeconds} notices new orders no sooner (a long poll answers as
   * soon as one arrives) but costs more requests on an idle queue. A stopped worker may be started
   * again.
   *
   * @param waitSeconds the long poll's wait, 0 to 20
   * @throws IllegalStateException when the worker is running
   */
  public synchronized void start(int waitSeconds) {
    if (consumer != null && consumer.isRunning()) {
      throw new IllegalStateException("already started");
    }
    if (consumer != null) {
      consumer.close();
    }
    SqsConsumer started =
        SqsConsumer.builder()
            .client(client)
            .queueUrl(queues.orders())
            .concurrency(concurrency)
            .waitTime(Duration.ofSeconds(waitSeconds))
            .clock(clock)
            .handler(this::handle)
            .errorHandler(
                (order, error) ->
                    LOG.log(
                        System.Logger.Level.INFO,
                        "order {0} will be tried again: {1}",
                        order.message().messageId(),
                        error.toString()))
            .build();
    consumer = started;
    started.start();
  }

  /**
   * Stops a started worker gracefully: no more orders are received; orders received but not started
   * go back on the queue at once; payments under way get up to {@code timeout} to finish, and are
   * confirmed and deleted before this returns. Does nothing when not started.
   *
   * @param timeout how long payments under way may take
   */
  public void stop(Duration timeout) {
    SqsConsumer running;
    synchronized (this) {
      running = consumer;
    }
    if (running != null) {
      running.stop(timeout);
    }
  }

  /**
   * What a started worker did so far, over all its starts.
   *
   * @return orders confirmed, retried and dead-lettered by the started worker
   */
  public Outcome totals() {
    return new Outcome(confirmed.get(), retried.get(), deadLettered.get());
  }

  /** One order on the consumer: returns normally to have it deleted. */
  private void handle(MessageContext context) {
    Message message = context.message();
    Order order;
    try {
      order = Order.fromBody(message.body());
    } catch (MalformedOrderException e) {
      moveToDeadLetters(context, e.reason());
      return;
    }
    try {
      payments.charge(order);
    } catch (PaymentGateway.PaymentDeclinedException e) {
      moveToDeadLetters(context, "declined: " + e.getMessage());
      return;
    } catch (PaymentGateway.PaymentUnavailableException e) {
      // hidden for the retry delay; thrown on, so the consumer hands the customer's later orders
      // it already holds back to the queue, and they wait behind this one
      context.release(retryDelay);
      retried.incrementAndGet();
      throw e;
    }
    confirm(order);
    confirmed.incrementAndGet();
  }

  private void moveToDeadLetters(MessageContext context, String reason) {
    if (context.moveTo(
        queues.deadLetters(), Map.of(REASON, MessageAttributeValue.ofString(reason)))) {
      deadLettered.incrementAndGet();
    }
  }

  private void confirm(Order order) {
    client.sendMessage(
        r ->
            r.queueUrl(queues.confirmations())
                .messageBody("confirmed " + order.id())
                .messageAttribute("customer", MessageAttributeValue.ofString(order.customerId()))
                .messageAttribute("amount", MessageAttributeValue.ofNumber(order.amountCents())));
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

  /** Stops a started worker (see {@link #stop(Duration)}, up to 25 seconds) and frees it. */
  @Override
  public void close() {
    SqsConsumer running;
    synchronized (this) {
      running = consumer;
      consumer = null;
    }
    if (running != null) {
      running.stop(Duration.ofSeconds(25));
      running.close();
    }
  }
}

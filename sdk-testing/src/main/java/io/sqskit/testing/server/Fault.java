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

import io.sqskit.testing.engine.SqsErrorCode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One fault rule for the fake's HTTP front: what to inject, for which action and queue, how often.
 *
 * <pre>{@code
 * server.faults().add(Fault.throttle().action("SendMessage").queue("orders").times(2));
 * server.faults().add(Fault.latency(Duration.ofMillis(200)).probability(0.3));
 * server.faults().add(Fault.error(SqsErrorCode.KMS_THROTTLED).action("SendMessage").times(1));
 * server.faults().add(Fault.duplicateDelivery().queue("orders").times(1));
 * server.faults().add(Fault.partialBatchFailure(2).action("SendMessageBatch"));
 * server.faults().add(Fault.receiptHandleInvalid().action("DeleteMessage").times(1));
 * }</pre>
 *
 * <p>Immutable and thread-safe: each option returns a copy. Without {@link #action}, {@link #queue}
 * or {@link #times} a rule matches every action, every queue, every time.
 *
 * @since 0.1
 */
public final class Fault {

  /** What a rule does to a matching call. */
  public enum Kind {
    /** 403 {@code RequestThrottled}; the engine does not see the call. */
    THROTTLE,
    /** 500 {@code InternalFailure}; the engine does not see the call. */
    INTERNAL_ERROR,
    /** 503 {@code ServiceUnavailable}; the engine does not see the call. */
    SERVICE_UNAVAILABLE,
    /** Waits before the call is answered normally. */
    LATENCY,
    /** Closes the connection without any response; the engine does not see the call. */
    DROP_CONNECTION,
    /**
     * Runs the call, then alters {@code MD5OfMessageBody}/{@code MD5OfBody} and {@code
     * MD5OfMessageAttributes} in the answer.
     */
    CORRUPT_MD5,
    /** Answers with the rule's {@link SqsErrorCode} and message; the engine does not see it. */
    ERROR,
    /**
     * ReceiveMessage on a standard queue: each message received is delivered once more after it is
     * deleted, with the same MessageId and a new receipt handle ({@link #duplicateDelivery()}).
     */
    DUPLICATE_DELIVERY,
    /**
     * SendMessageBatch, DeleteMessageBatch, ChangeMessageVisibilityBatch: every {@link #every()}-th
     * entry is answered in {@code Failed}, the others run ({@link #partialBatchFailure(int)}).
     */
    PARTIAL_BATCH_FAILURE,
    /**
     * DeleteMessage, ChangeMessageVisibility and every entry of their batches: {@code
     * ReceiptHandleIsInvalid}; the engine does not see the call ({@link #receiptHandleInvalid()}).
     */
    RECEIPT_HANDLE_INVALID
  }

  /**
   * The default Code of {@link #partialBatchFailure(int)}'s entries: a failure on the service's
   * side, which SQS reports with SenderFault false.
   */
  static final String INTERNAL_ERROR_CODE = "InternalError";

  /** The default Message of {@link #partialBatchFailure(int)}'s entries (the engine's wording). */
  static final String INTERNAL_ERROR_MESSAGE =
      "We encountered an internal error. Please try again.";

  /** SQS's rule for queue names: 1 to 80 characters, {@code .fifo} (for FIFO queues) included. */
  private static final Pattern QUEUE_NAME =
      Pattern.compile("[A-Za-z0-9_-]{1,75}(\\.fifo)?|[A-Za-z0-9_-]{76,80}");

  private final Kind kind;
  private final @Nullable String action;
  private final @Nullable String queue;
  private final @Nullable String accountId;
  private final int times;
  private final double probability;
  private final Duration delay;
  private final @Nullable SqsErrorCode errorCode;
  private final @Nullable String message;
  private final int every;
  private final @Nullable String entryCode;
  private final boolean senderFault;

  private Fault(
      Kind kind,
      @Nullable String action,
      @Nullable String queue,
      @Nullable String accountId,
      int times,
      double probability,
      Duration delay,
      @Nullable SqsErrorCode errorCode,
      @Nullable String message,
      int every,
      @Nullable String entryCode,
      boolean senderFault) {
    this.kind = kind;
    this.action = action;
    this.queue = queue;
    this.accountId = accountId;
    this.times = times;
    this.probability = probability;
    this.delay = delay;
    this.errorCode = errorCode;
    this.message = message;
    this.every = every;
    this.entryCode = entryCode;
    this.senderFault = senderFault;
  }

  private static Fault of(Kind kind) {
    return new Fault(kind, null, null, null, 0, 1.0, Duration.ZERO, null, null, 0, null, false);
  }

  /** A copy with other matching options; the kind and what it injects stay. */
  private Fault with(
      @Nullable String action,
      @Nullable String queue,
      @Nullable String accountId,
      int times,
      double probability) {
    return new Fault(
        kind,
        action,
        queue,
        accountId,
        times,
        probability,
        delay,
        errorCode,
        message,
        every,
        entryCode,
        senderFault);
  }

  /** {@return a rule that answers 403 {@code RequestThrottled}} */
  public static Fault throttle() {
    return of(Kind.THROTTLE);
  }

  /** {@return a rule that answers 500 {@code InternalFailure}} */
  public static Fault internalError() {
    return of(Kind.INTERNAL_ERROR);
  }

  /** {@return a rule that answers 503 {@code ServiceUnavailable}} */
  public static Fault serviceUnavailable() {
    return of(Kind.SERVICE_UNAVAILABLE);
  }

  /**
   * {@return a rule that waits {@code delay} (real time) before answering normally}
   *
   * @param delay the wait, more than zero
   */
  public static Fault latency(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative() || delay.isZero()) {
      throw new IllegalArgumentException("latency must be positive: " + delay);
    }
    return new Fault(Kind.LATENCY, null, null, null, 0, 1.0, delay, null, null, 0, null, false);
  }

  /** {@return a rule that closes the connection without writing a response} */
  public static Fault dropConnection() {
    return of(Kind.DROP_CONNECTION);
  }

  /**
   * {@return a rule that answers normally but with wrong MD5 digests of the message body and
   * attributes}
   */
  public static Fault corruptMd5() {
    return of(Kind.CORRUPT_MD5);
  }

  /**
   * Answers with any error SQS can give, with its HTTP status and codes in both protocols, for
   * errors the fake has no other way to produce, such as the {@code KMS.*} ones of a queue
   * encrypted with a KMS key. The message is the first sentence of the error's description in the
   * SQS service model, or the error's Query code for errors the model does not describe.
   *
   * @param code the error to answer with
   * @return the rule
   */
  public static Fault error(SqsErrorCode code) {
    Objects.requireNonNull(code, "code");
    return error(code, FaultCatalog.DESCRIPTIONS.getOrDefault(code, code.queryCode()));
  }

  /**
   * Answers with {@code code} and this message, as {@link #error(SqsErrorCode)}.
   *
   * @param code the error to answer with
   * @param message the error's message
   * @return the rule
   */
  public static Fault error(SqsErrorCode code, String message) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    return new Fault(
        Kind.ERROR, null, null, null, 0, 1.0, Duration.ZERO, code, message, 0, null, false);
  }

  /**
   * Delivers the messages of a matching ReceiveMessage once more, as SQS's at-least-once delivery
   * of standard queues allows: each message the call receives comes back after it is deleted (or,
   * if it is never deleted, stays pending), with the same MessageId, body and attributes, and its
   * next receive makes a new receipt handle; the handles given before do not delete the copy. The
   * message's history records the copy's return ({@code MessageEvent.Kind.DUPLICATE_DELIVERY}).
   *
   * <p>Applies to ReceiveMessage on standard queues only: a rule for no queue passes FIFO queues
   * by, and {@link #queue} refuses a FIFO queue's name. {@link #times} and {@link #probability}
   * count and draw per received message, so {@code times(1)} makes exactly one duplicate, and an
   * empty receive uses nothing up.
   *
   * @return the rule
   */
  public static Fault duplicateDelivery() {
    return of(Kind.DUPLICATE_DELIVERY);
  }

  /**
   * Fails part of a matching SendMessageBatch, DeleteMessageBatch or ChangeMessageVisibilityBatch:
   * the {@code every}-th entry, the {@code 2 * every}-th and so on, in request order, is answered
   * in {@code Failed} with Code {@code InternalError}, SenderFault false (a failure on the
   * service's side, which a client may retry); the other entries run and are answered as usual. So
   * {@code partialBatchFailure(2)} fails entries 2, 4, 6..., and {@code partialBatchFailure(1)}
   * every entry. A batch SQS would refuse as a whole (no entries, more than 10, an Id that is
   * missing, malformed or repeated) gets its usual error instead.
   *
   * @param every which entries fail: every {@code every}-th, at least 1
   * @return the rule
   */
  public static Fault partialBatchFailure(int every) {
    return partialBatchFailure(every, INTERNAL_ERROR_CODE, INTERNAL_ERROR_MESSAGE, false);
  }

  /**
   * Fails part of a matching batch call as {@link #partialBatchFailure(int)}, with this Code,
   * Message and SenderFault in each failed entry.
   *
   * @param every which entries fail: every {@code every}-th, at least 1
   * @param code the entry's Code, e.g. {@code InternalError} or {@code InvalidParameterValue}
   * @param message the entry's Message
   * @param senderFault true when the caller is at fault (do not retry as is), false for a failure
   *     on the service's side
   * @return the rule
   */
  public static Fault partialBatchFailure(
      int every, String code, String message, boolean senderFault) {
    if (every < 1) {
      throw new IllegalArgumentException("every must be at least 1: " + every);
    }
    requireText("code", code);
    Objects.requireNonNull(message, "message");
    return new Fault(
        Kind.PARTIAL_BATCH_FAILURE,
        null,
        null,
        null,
        0,
        1.0,
        Duration.ZERO,
        null,
        message,
        every,
        code,
        senderFault);
  }

  /**
   * Answers a matching DeleteMessage or ChangeMessageVisibility with 404 {@code
   * ReceiptHandleIsInvalid}, as SQS does for a receipt handle that is not valid, and a matching
   * DeleteMessageBatch or ChangeMessageVisibilityBatch with that error in {@code Failed} for every
   * entry (SenderFault true). The engine does not see the call: the message stays as it was.
   *
   * @return the rule
   */
  public static Fault receiptHandleInvalid() {
    return of(Kind.RECEIPT_HANDLE_INVALID);
  }

  /**
   * Only calls of this SQS action, e.g. {@code SendMessage}.
   *
   * @param action one of SQS's 23 action names, spelled as SQS spells it
   * @return a copy of this rule for that action only
   * @throws IllegalArgumentException for a name that is not an SQS action, naming the closest one,
   *     so that a typo fails here and not later as a fault that never happened
   */
  public Fault action(String action) {
    requireText("action", action);
    if (!ACTIONS.contains(action)) {
      throw new IllegalArgumentException(
          "action "
              + action
              + " is not an SQS action; did you mean "
              + FaultCatalog.closest(action)
              + "? The actions: "
              + String.join(", ", ACTIONS));
    }
    List<String> applicable = FaultCatalog.APPLIES_TO.get(kind);
    if (applicable != null && !applicable.contains(action)) {
      throw new IllegalArgumentException(
          "a "
              + kindName()
              + " rule cannot match "
              + action
              + "; it applies to "
              + String.join(", ", applicable));
    }
    return with(action, queue, accountId, times, probability);
  }

  /**
   * Only calls on the queue of this name: the last segment of {@code QueueUrl}, or {@code
   * QueueName} for CreateQueue and GetQueueUrl.
   *
   * @param queueName a queue name as SQS allows it: 1 to 80 letters, digits, hyphens and
   *     underscores, a FIFO queue's ending in {@code .fifo}
   * @return a copy of this rule for that queue only
   * @throws IllegalArgumentException for a name SQS would refuse (a URL, say), which no call could
   *     match
   */
  public Fault queue(String queueName) {
    requireText("queue", queueName);
    if (!QUEUE_NAME.matcher(queueName).matches()) {
      throw new IllegalArgumentException(
          "queue "
              + queueName
              + " is not a queue name SQS allows: 1 to 80 letters, digits, hyphens (-) and"
              + " underscores (_), a FIFO queue's ending in .fifo (give the name, not the URL)");
    }
    if (kind == Kind.DUPLICATE_DELIVERY && queueName.endsWith(".fifo")) {
      throw new IllegalArgumentException(
          "a duplicate delivery cannot be injected on FIFO queue "
              + queueName
              + ": SQS delivers a FIFO queue's messages exactly once (duplicates are for standard"
              + " queues, whose delivery is at least once)");
    }
    return with(action, queueName, accountId, times, probability);
  }

  /**
   * Only calls signed with this 12-digit account id as access key id.
   *
   * @param accountId the account id
   * @return a copy of this rule for that account only
   */
  public Fault accountId(String accountId) {
    requireText("accountId", accountId);
    return with(action, queue, accountId, times, probability);
  }

  /** SQS's 23 actions, the names {@link #action} accepts. */
  static final List<String> ACTIONS = FaultCatalog.ACTIONS;

  /** The kind as JSON rules spell it, e.g. {@code duplicate_delivery}. */
  private String kindName() {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the rule's kind can apply to a call of {@code action} on {@code queue}: a digest
   * corruption only to calls whose answers carry digests, a duplicate only to receives from
   * standard queues, and so on.
   */
  boolean appliesTo(String action, @Nullable String queue) {
    List<String> applicable = FaultCatalog.APPLIES_TO.get(kind);
    if (applicable != null && !applicable.contains(action)) {
      return false;
    }
    return kind != Kind.DUPLICATE_DELIVERY || queue == null || !queue.endsWith(".fifo");
  }

  /**
   * Injects into the next {@code times} matching calls only, then stops.
   *
   * @param times how many calls, at least 1
   * @return a copy of this rule with that limit
   */
  public Fault times(int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + times);
    }
    return with(action, queue, accountId, times, probability);
  }

  /**
   * Injects into a matching call with this probability, drawn from the injector's seed.
   *
   * @param probability more than 0, at most 1
   * @return a copy of this rule with that probability
   */
  public Fault probability(double probability) {
    if (!(probability > 0.0 && probability <= 1.0)) {
      throw new IllegalArgumentException("probability must be in (0, 1]: " + probability);
    }
    return with(action, queue, accountId, times, probability);
  }

  /** {@return what the rule does to a matching call} */
  public Kind kind() {
    return kind;
  }

  /** {@return the action matched, or null for any} */
  public @Nullable String action() {
    return action;
  }

  /** {@return the queue name matched, or null for any} */
  public @Nullable String queue() {
    return queue;
  }

  /** {@return the account matched, or null for any} */
  public @Nullable String accountId() {
    return accountId;
  }

  /** {@return how many calls get the fault, or 0 for no limit} */
  public int times() {
    return times;
  }

  /** {@return the probability a matching call gets the fault; 1 unless set} */
  public double probability() {
    return probability;
  }

  /** {@return the added latency; zero unless {@link Kind#LATENCY}} */
  public Duration delay() {
    return delay;
  }

  /** {@return the error answered; null unless {@link Kind#ERROR}} */
  public @Nullable SqsErrorCode errorCode() {
    return errorCode;
  }

  /**
   * {@return the error's message: of {@link Kind#ERROR}, or of each failed entry of {@link
   * Kind#PARTIAL_BATCH_FAILURE}; null for other kinds}
   */
  public @Nullable String message() {
    return message;
  }

  /**
   * {@return which batch entries fail: every so many; 0 unless {@link Kind#PARTIAL_BATCH_FAILURE}}
   */
  public int every() {
    return every;
  }

  /** {@return the Code of each failed entry; null unless {@link Kind#PARTIAL_BATCH_FAILURE}} */
  public @Nullable String entryCode() {
    return entryCode;
  }

  /**
   * {@return the SenderFault of each failed entry; false unless {@link Kind#PARTIAL_BATCH_FAILURE}}
   */
  public boolean senderFault() {
    return senderFault;
  }

  private static void requireText(String name, String value) {
    Objects.requireNonNull(value, name);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Fault f
        && kind == f.kind
        && Objects.equals(action, f.action)
        && Objects.equals(queue, f.queue)
        && Objects.equals(accountId, f.accountId)
        && times == f.times
        && Double.compare(probability, f.probability) == 0
        && delay.equals(f.delay)
        && errorCode == f.errorCode
        && Objects.equals(message, f.message)
        && every == f.every
        && Objects.equals(entryCode, f.entryCode)
        && senderFault == f.senderFault;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        kind,
        action,
        queue,
        accountId,
        times,
        probability,
        delay,
        errorCode,
        message,
        every,
        entryCode,
        senderFault);
  }

  @Override
  public String toString() {
    return "Fault{"
        + kind
        + (kind == Kind.LATENCY ? " " + delay : "")
        // errorCode is set exactly for Kind.ERROR
        + (errorCode != null ? " " + errorCode.queryCode() : "")
        + (kind == Kind.PARTIAL_BATCH_FAILURE
            ? " every " + every + " " + entryCode + (senderFault ? " sender" : " service")
            : "")
        + ", action="
        + (action == null ? "any" : action)
        + ", queue="
        + (queue == null ? "any" : queue)
        + (accountId == null ? "" : ", account=" + accountId)
        + (times == 0 ? "" : ", times=" + times)
        + (probability == 1.0 ? "" : ", probability=" + probability)
        + "}";
  }
}

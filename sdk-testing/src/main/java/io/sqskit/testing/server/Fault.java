package io.sqskit.testing.server;

import java.time.Duration;
import java.util.Objects;

/**
 * One fault rule for the fake's HTTP front: what to inject, for which action and queue, how often.
 *
 * <pre>{@code
 * server.faults().add(Fault.throttle().action("SendMessage").queue("orders").times(2));
 * server.faults().add(Fault.latency(Duration.ofMillis(200)).probability(0.3));
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
    CORRUPT_MD5
  }

  private final Kind kind;
  private final String action;
  private final String queue;
  private final String accountId;
  private final int times;
  private final double probability;
  private final Duration delay;

  private Fault(
      Kind kind,
      String action,
      String queue,
      String accountId,
      int times,
      double probability,
      Duration delay) {
    this.kind = kind;
    this.action = action;
    this.queue = queue;
    this.accountId = accountId;
    this.times = times;
    this.probability = probability;
    this.delay = delay;
  }

  private static Fault of(Kind kind) {
    return new Fault(kind, null, null, null, 0, 1.0, Duration.ZERO);
  }

  /** Answers 403 {@code RequestThrottled}. */
  public static Fault throttle() {
    return of(Kind.THROTTLE);
  }

  /** Answers 500 {@code InternalFailure}. */
  public static Fault internalError() {
    return of(Kind.INTERNAL_ERROR);
  }

  /** Answers 503 {@code ServiceUnavailable}. */
  public static Fault serviceUnavailable() {
    return of(Kind.SERVICE_UNAVAILABLE);
  }

  /** Waits {@code delay} (real time) before answering normally. */
  public static Fault latency(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative() || delay.isZero()) {
      throw new IllegalArgumentException("latency must be positive: " + delay);
    }
    return new Fault(Kind.LATENCY, null, null, null, 0, 1.0, delay);
  }

  /** Closes the connection without writing a response. */
  public static Fault dropConnection() {
    return of(Kind.DROP_CONNECTION);
  }

  /** Answers normally but with wrong MD5 digests of the message body and attributes. */
  public static Fault corruptMd5() {
    return of(Kind.CORRUPT_MD5);
  }

  /** Only calls of this SQS action, e.g. {@code SendMessage}. */
  public Fault action(String action) {
    requireText("action", action);
    return new Fault(kind, action, queue, accountId, times, probability, delay);
  }

  /**
   * Only calls on the queue of this name: the last segment of {@code QueueUrl}, or {@code
   * QueueName} for CreateQueue and GetQueueUrl.
   */
  public Fault queue(String queueName) {
    requireText("queue", queueName);
    return new Fault(kind, action, queueName, accountId, times, probability, delay);
  }

  /** Only calls signed with this 12-digit account id as access key id. */
  public Fault accountId(String accountId) {
    requireText("accountId", accountId);
    return new Fault(kind, action, queue, accountId, times, probability, delay);
  }

  /** Injects into the next {@code times} matching calls only, then stops; at least 1. */
  public Fault times(int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + times);
    }
    return new Fault(kind, action, queue, accountId, times, probability, delay);
  }

  /** Injects into a matching call with this probability, drawn from the injector's seed. */
  public Fault probability(double probability) {
    if (!(probability > 0.0 && probability <= 1.0)) {
      throw new IllegalArgumentException("probability must be in (0, 1]: " + probability);
    }
    return new Fault(kind, action, queue, accountId, times, probability, delay);
  }

  public Kind kind() {
    return kind;
  }

  /** The action matched, or null for any. */
  public String action() {
    return action;
  }

  /** The queue name matched, or null for any. */
  public String queue() {
    return queue;
  }

  /** The account matched, or null for any. */
  public String accountId() {
    return accountId;
  }

  /** How many calls get the fault, or 0 for no limit. */
  public int times() {
    return times;
  }

  public double probability() {
    return probability;
  }

  /** The added latency; zero unless {@link Kind#LATENCY}. */
  public Duration delay() {
    return delay;
  }

  private static void requireText(String name, String value) {
    Objects.requireNonNull(value, name);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fault f
        && kind == f.kind
        && Objects.equals(action, f.action)
        && Objects.equals(queue, f.queue)
        && Objects.equals(accountId, f.accountId)
        && times == f.times
        && Double.compare(probability, f.probability) == 0
        && delay.equals(f.delay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, action, queue, accountId, times, probability, delay);
  }

  @Override
  public String toString() {
    return "Fault{"
        + kind
        + (kind == Kind.LATENCY ? " " + delay : "")
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

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
package io.sqskit.testing.engine;

import io.sqskit.testing.engine.internal.EngineCore;
import io.sqskit.testing.engine.internal.StateCodec;
import io.sqskit.testing.engine.internal.UnreadableStateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The fake SQS engine: every queue and message rule of Amazon SQS, with no HTTP involved.
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.create(Instant.parse("2026-01-01T00:00:00Z"));
 * SqsEngine engine = SqsEngine.builder().clock(clock).accountId("000000000000").region("us-east-1").build();
 * RequestContext ctx = new RequestContext(null, "http://127.0.0.1:9324", null);
 * String url = (String) engine.execute(ctx, "CreateQueue", Map.of("QueueName", "q")).get("QueueUrl");
 * engine.execute(ctx, "SendMessage", Map.of("QueueUrl", url, "MessageBody", "hello"));
 * }</pre>
 *
 * <p>Thread-safe: queues are locked one by one, so different queues never contend. All time comes
 * from the builder's {@link Clock}; with a {@link ManualClock}, long polls wake when it moves.
 *
 * @since 0.1
 */
public final class SqsEngine {
  /** The account used when a request names none. */
  public static final String DEFAULT_ACCOUNT_ID = "000000000000";

  /** The region used in queue ARNs unless the builder sets another. */
  public static final String DEFAULT_REGION = "us-east-1";

  /**
   * How many messages of one queue may be in flight at once unless the builder sets another: SQS's
   * quota of about 120,000 for standard queues and 120,000 for FIFO queues (SQS Developer Guide,
   * queue quotas).
   */
  public static final int DEFAULT_IN_FLIGHT_LIMIT = 120_000;

  /** The typed calls' context: the engine's account, URLs on SQS's host, the account as sender. */
  private static final RequestContext IN_JVM = new RequestContext(null, "", null);

  /**
   * Looked up on first use only: the first System.getLogger call starts java.util.logging, which is
   * a visible part of a server's start (benchmarks/README.md, "What moved the figures"), and this
   * class rarely logs at all.
   */
  private static final class Log {
    static final System.Logger LOG = System.getLogger(SqsEngine.class.getName());
  }

  private final Clock clock;
  private final String accountId;
  private final String region;
  private final int inFlightLimit;
  private final boolean recordHistory;
  private final boolean deleteCooldown;
  private final boolean purgeCooldown;
  private final boolean autoCreate;
  private final EngineCore core;

  private SqsEngine(Builder b) {
    this.clock = b.clock;
    this.accountId = b.accountId;
    this.region = b.region;
    this.inFlightLimit = b.inFlightLimit;
    this.recordHistory = b.recordHistory;
    this.deleteCooldown = b.deleteCooldown;
    this.purgeCooldown = b.purgeCooldown;
    this.autoCreate = b.autoCreate;
    this.core = new EngineCore(clock, accountId, region, inFlightLimit, recordHistory);
    core.cooldowns(deleteCooldown, purgeCooldown);
    core.autoCreate(autoCreate);
  }

  /**
   * {@return an engine on the system clock, account {@value #DEFAULT_ACCOUNT_ID}, {@value
   * #DEFAULT_REGION}}
   */
  public static SqsEngine create() {
    return builder().build();
  }

  /** {@return a builder with the defaults: system clock, account 000000000000, us-east-1} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this engine's settings (not its queues)} */
  public Builder toBuilder() {
    return new Builder()
        .clock(clock)
        .accountId(accountId)
        .region(region)
        .inFlightLimit(inFlightLimit)
        .recordHistory(recordHistory)
        .deleteCooldown(deleteCooldown)
        .purgeCooldown(purgeCooldown)
        .autoCreate(autoCreate);
  }

  /**
   * Lets long polls on a {@link ManualClock} move it: when every call running in the engine is a
   * long poll parked on the clock and nothing else happened for {@code quietPeriod} of real time,
   * the clock jumps to the earliest deadline (a long poll's end, a delay or visibility timeout
   * ending), as the virtual-time schedulers of Reactor and kotlinx-coroutines do. For tests; {@link
   * Duration#ZERO} turns it off (the default). No effect on other clocks.
   *
   * @param quietPeriod the real time without activity before the clock jumps
   * @since 0.1
   */
  public void autoAdvance(Duration quietPeriod) {
    core.clockWaits(quietPeriod.toNanos(), 0);
  }

  /**
   * Makes a long poll on a {@link ManualClock} that nobody advances fail fast: after {@code grace}
   * of real time with the clock standing still, the receive answers InvalidParameterValue with a
   * message that names virtual time and {@link ManualClock#advance}. For tests; {@link
   * Duration#ZERO} turns it off (the default). No effect on other clocks.
   *
   * @param grace the real time a long poll may wait on a clock that does not move
   * @since 0.1
   */
  public void failStalledPolls(Duration grace) {
    core.clockWaits(0, grace.toNanos());
  }

  /** {@return whether the engine records each message's history (see {@link #history(String)})} */
  public boolean recordsHistory() {
    return recordHistory;
  }

  /**
   * {@return the recorded history of every message of a queue, in the order the messages arrived;
   * empty unless the engine was built with {@link Builder#recordHistory(boolean)} on}
   *
   * <p>For tests: it lets a test assert how a message was received, released, deleted or
   * dead-lettered. History is kept while the queue exists (for at most 100,000 messages per queue,
   * 1,000 events each); a message's history stays after the message is gone. Reading it applies the
   * time rules due on the engine's clock first, so a visibility timeout that ran out shows as an
   * event at the time it ran out.
   *
   * @param queueUrl the queue's URL
   * @throws SqsError QueueDoesNotExist when the URL names no queue
   */
  public List<MessageHistory> history(String queueUrl) {
    return guard("history", () -> core.history(queueUrl));
  }

  /**
   * {@return the recorded history of one message of a queue, or empty when none is recorded (the
   * engine records none, or the id names no message of that queue)}
   *
   * @param queueUrl the queue's URL
   * @param messageId the message id SendMessage answered
   * @throws SqsError QueueDoesNotExist when the URL names no queue
   */
  public Optional<MessageHistory> history(String queueUrl, String messageId) {
    return guard("history", () -> Optional.ofNullable(core.history(queueUrl, messageId)));
  }

  /**
   * Injects a duplicate delivery, as SQS's at-least-once delivery of standard queues allows: once
   * the message received with {@code receiptHandle} is deleted, it is delivered once more, with the
   * same MessageId, body and attributes and a new receipt handle; a receipt handle from before
   * stays stale for the copy. For tests, usually through the fault rule {@code
   * Fault.duplicateDelivery()} of the fake's server; the history records the copy's return as
   * {@link MessageEvent.Kind#DUPLICATE_DELIVERY}.
   *
   * @param queueUrl the queue's URL
   * @param receiptHandle the handle of the message's latest receive
   * @return true when the duplicate is scheduled; false when the handle is not the latest receive's
   *     or the message has left the queue
   * @throws IllegalArgumentException on a FIFO queue, which delivers each message exactly once
   * @throws SqsError QueueDoesNotExist when the URL names no queue, ReceiptHandleIsInvalid for a
   *     handle of no receive of this queue
   * @since 0.1
   */
  public boolean duplicateDelivery(String queueUrl, String receiptHandle) {
    Objects.requireNonNull(receiptHandle, "receiptHandle");
    // Not guarded: the IllegalArgumentException of a FIFO queue is the caller's to see.
    return core.duplicateDelivery(queueUrl, receiptHandle);
  }

  /** {@return the clock every deadline of this engine is measured on} */
  public Clock clock() {
    return clock;
  }

  /** {@return the account id of queues created without another account, 12 digits} */
  public String accountId() {
    return accountId;
  }

  /** {@return the region in the engine's queue ARNs} */
  public String region() {
    return region;
  }

  /** {@return how many messages of one queue may be in flight at once} */
  public int inFlightLimit() {
    return inFlightLimit;
  }

  /**
   * Runs one SQS action on a request tree and returns the response tree.
   *
   * <p>Trees use the member names of the AWS JSON 1.0 model ({@code
   * sqs-reference/models/sqs-json-botocore-1.43.11.json}): keys are member names such as {@code
   * QueueUrl}, {@code Attributes}, {@code Entries}; values are {@code String}, {@code Integer} (for
   * integer shapes), {@code Long}, {@code Boolean}, {@code byte[]} (blobs, already base64-decoded),
   * {@code List<Object>} and {@code Map<String, Object>} (structures and maps). Absent members are
   * absent keys. The response tree follows the action's output shape the same way; an action with
   * no output returns an empty map.
   *
   * <p>ReceiveMessage with a wait time blocks the calling thread until a message is ready or the
   * wait ends (measured on the engine's clock).
   *
   * @param context who calls and how URLs are spelled
   * @param action the action name, e.g. {@code SendMessage}
   * @param input the request tree
   * @return the response tree
   * @throws SqsError every failure, with SQS's code, status and message
   */
  public Map<String, Object> execute(
      RequestContext context, String action, Map<String, Object> input) {
    // A bug must not escape as a stack trace on the wire: guard reports it as SQS would, and logs
    // it.
    return guard(action, () -> core.execute(context, action, input));
  }

  /**
   * {@return the messages of a queue (visible, in flight, delayed) in arrival order, without
   * receiving or otherwise changing them}
   *
   * @throws SqsError QueueDoesNotExist when the URL names no queue
   * @param queueUrl the queue's URL, as CreateQueue or GetQueueUrl gave it
   */
  public List<MessageSnapshot> inspect(String queueUrl) {
    return core.inspect(queueUrl);
  }

  /**
   * {@return the messages of a queue (visible, in flight, delayed) in arrival order, each as
   * ReceiveMessage would answer it with every system and message attribute, without receiving it:
   * no receive is counted, no message is hidden, no receipt handle is made}
   *
   * @throws SqsError QueueDoesNotExist when the URL names no queue
   * @param queueUrl the queue's URL, as CreateQueue or GetQueueUrl gave it
   */
  public List<PeekedMessage> peek(String queueUrl) {
    return guard("peek", () -> core.peek(queueUrl));
  }

  /**
   * The counters of a queue since it was created, as SQS's CloudWatch metrics count them (see
   * {@link QueueCounters}); what the standalone server's {@code /_sqskit/metrics} serves.
   *
   * @param queueUrl the queue's URL
   * @return the queue's counters now
   * @throws SqsError QueueDoesNotExist when the URL names no queue
   * @since 0.1
   */
  public QueueCounters counters(String queueUrl) {
    return guard("counters", () -> core.counters(queueUrl));
  }

  /**
   * Removes one message by its id, whatever its state (visible, in flight or delayed): the
   * dashboard's delete, which has no receipt handle. Not a DeleteMessage, so not counted in {@link
   * QueueCounters#messagesDeleted()}.
   *
   * @param queueUrl the queue's URL
   * @param messageId the message's id
   * @return whether the queue held that message
   * @throws SqsError QueueDoesNotExist when the URL names no queue
   * @since 0.1
   */
  public boolean removeMessage(String queueUrl, String messageId) {
    return guard("removeMessage", () -> core.removeMessage(queueUrl, messageId));
  }

  /**
   * Creates a queue in the engine's account, or returns the one of that name when its attributes
   * are the same: {@code CreateQueue} without building a request tree, with the same validation and
   * errors (QueueNameExists for other attributes, QueueDeletedRecently within 60 seconds of
   * deleting it, InvalidAttributeValue, ...).
   *
   * @param queueName the queue's name: 1 to 80 letters, digits, hyphens and underscores, ending in
   *     {@code .fifo} for a FIFO queue
   * @param attributes queue attributes by name, such as {@code VisibilityTimeout} to {@code "60"};
   *     a name ending in {@code .fifo} needs {@code FifoQueue} to {@code "true"}, as in SQS
   * @return the queue URL, on SQS's host for the engine's region ({@code
   *     https://sqs.<region>.amazonaws.com/<account>/<name>}); the engine and its HTTP front find a
   *     queue by account and name, whatever the host of the URL
   */
  public String createQueue(String queueName, Map<String, String> attributes) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("QueueName", queueName);
    if (!attributes.isEmpty()) {
      input.put("Attributes", new LinkedHashMap<String, Object>(attributes));
    }
    Object url = execute(IN_JVM, "CreateQueue", input).get("QueueUrl");
    // CreateQueue's answer always holds the URL of the queue it created or found.
    return (String) Objects.requireNonNull(url, "QueueUrl");
  }

  /**
   * Sends a plain message (no attributes) without building request trees: the in-JVM fast path for
   * {@code SendMessage}, with the same validation and errors.
   *
   * @param queueUrl the queue's URL
   * @param body the message body
   * @return the message id
   */
  public String sendMessage(String queueUrl, String body) {
    return guard("SendMessage", () -> core.sendMessage(null, queueUrl, body));
  }

  /**
   * Receives up to {@code maxNumberOfMessages} messages (1 to 10), waiting up to {@code
   * waitTimeSeconds} (0 to 20) on the engine's clock: the in-JVM fast path for {@code
   * ReceiveMessage} with the queue's visibility timeout.
   *
   * @param queueUrl the queue's URL
   * @param maxNumberOfMessages the most messages to return, 1 to 10
   * @param waitTimeSeconds how long to wait for a message on the engine's clock, 0 to 20 seconds
   * @return the messages received, none when the wait ended empty
   */
  public List<ReceivedMessage> receiveMessages(
      String queueUrl, int maxNumberOfMessages, int waitTimeSeconds) {
    return guard(
        "ReceiveMessage",
        () -> core.receiveMessages(queueUrl, maxNumberOfMessages, waitTimeSeconds));
  }

  /**
   * Deletes by receipt handle: the in-JVM fast path for {@code DeleteMessage}.
   *
   * @param queueUrl the queue's URL
   * @param receiptHandle the handle from the receive of the message
   */
  public void deleteMessage(String queueUrl, String receiptHandle) {
    guard(
        "DeleteMessage",
        () -> {
          core.deleteMessage(queueUrl, receiptHandle);
          return null;
        });
  }

  private static <T> T guard(String action, java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (SqsError e) {
      throw e;
    } catch (RuntimeException e) {
      Log.LOG.log(System.Logger.Level.ERROR, "SqsEngine failed on " + action, e);
      throw new SqsError(
          SqsErrorCode.INTERNAL_FAILURE, "We encountered an internal error. Please try again.");
    }
  }

  /**
   * {@return how many ReceiveMessage calls are waiting (long polling) on a queue right now; lets
   * tests act once a poll is parked}
   *
   * @param queueUrl the queue's URL
   */
  public int waitingReceives(String queueUrl) {
    return core.waitingReceives(queueUrl);
  }

  /**
   * The URLs of every queue of every account, by account then name (for the standalone server's
   * admin API, which lists queues across accounts).
   *
   * @param baseUrl scheme, host and port of the URLs, e.g. {@code http://127.0.0.1:9324}
   * @return the queue URLs, empty when there are none
   */
  public List<String> queueUrls(String baseUrl) {
    return core.queueUrls(new RequestContext(null, baseUrl, null), null);
  }

  /**
   * The ARN of every queue of every account and region ({@code
   * arn:aws:sqs:<region>:<account>:<name>}), by account, region, then name: unlike a URL, an ARN
   * names the queue's region. The methods here that take a URL find a queue of another region than
   * the engine's when the URL's host names it as SQS's do ({@code
   * https://sqs.eu-west-1.amazonaws.com/<account>/<name>}).
   *
   * @return the ARNs, empty when there are no queues
   * @since 0.1
   */
  public List<String> queueArns() {
    return core.queueArns();
  }

  /**
   * Deletes every queue, or every queue of one account, as DeleteQueue does (waiting receives end,
   * messages are gone) but without SQS's 60-second wait before a name can be created again.
   *
   * @param accountId the 12-digit account whose queues go, or null for all accounts
   * @return how many queues were deleted
   */
  public int reset(@Nullable String accountId) {
    return core.reset(accountId);
  }

  /**
   * Ends every long poll now, each answered with what the queue holds (usually no messages), and
   * makes later receives answer at once instead of waiting: the first step of a server's graceful
   * stop, so that no poll in progress is cut. It cannot be undone.
   */
  public void drain() {
    core.drain();
  }

  /**
   * Writes every queue with its settings, tags and messages (bodies, attributes, receive counts,
   * visibility deadlines, delays, FIFO sequence numbers and deduplication window) to {@code out},
   * in a compact versioned binary format that {@link #readState} reads back; what a standalone
   * server's {@code --state} file holds. Each queue is written under its lock, so the engine may
   * keep serving meanwhile. Not written: move tasks in progress, FIFO receive-attempt ids, the
   * 60-second waits after DeleteQueue and PurgeQueue, message histories.
   *
   * @param out where the state goes; neither buffered nor closed here
   * @throws UncheckedIOException when writing fails
   * @since 0.1
   */
  public void writeState(OutputStream out) {
    Objects.requireNonNull(out, "out");
    try {
      StateCodec.write(core, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the engine's state: " + e.getMessage(), e);
    }
  }

  /**
   * {@return a number that grows with every call that may have changed a queue or a message (any
   * action but the read-only ones, a typed send, receive or delete, a reset); equal numbers mean no
   * such call came in between. A server's state file skips a periodic write when it did not grow}
   *
   * @since 0.1
   */
  public long changes() {
    return core.changes();
  }

  /**
   * Reads back what {@link #writeState} wrote, into this engine, which must not have any queue yet.
   * Times stay what they were (epoch milliseconds of the engine's clock): a message in flight
   * becomes visible when its deadline passes, even if that was while nothing ran, and a {@link
   * ManualClock} behind the written time is set forward to it. Receipt handles given out before
   * stay valid. The whole input is checked (header, format version, length, checksum) before
   * anything is added.
   *
   * @param in the state; read to its end, not closed
   * @return the number of messages read
   * @throws IllegalArgumentException when the input is not a complete state this version reads
   *     (empty, truncated, damaged, another kind of file, written by a newer sqskit); the message
   *     says which
   * @throws IllegalStateException when this engine already has queues
   * @throws UncheckedIOException when reading fails
   * @since 0.1
   */
  public long readState(InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      return StateCodec.read(core, in);
    } catch (UnreadableStateException e) {
      throw new IllegalArgumentException("the state cannot be read: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the engine's state: " + e.getMessage(), e);
    }
  }

  /** Options for an {@link SqsEngine}; not thread-safe. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private String accountId = DEFAULT_ACCOUNT_ID;
    private String region = DEFAULT_REGION;
    private int inFlightLimit = DEFAULT_IN_FLIGHT_LIMIT;
    private boolean recordHistory;
    private boolean deleteCooldown = true;
    private boolean purgeCooldown = true;
    private boolean autoCreate;

    private Builder() {}

    /**
     * Whether to record each message's history for {@link SqsEngine#history(String)}; off by
     * default. For tests: with it on, every event of a message's life costs a small object; with it
     * off, the engine does no work for history.
     *
     * @param on true to record history
     * @return this builder
     * @since 0.1
     */
    public Builder recordHistory(boolean on) {
      this.recordHistory = on;
      return this;
    }

    /**
     * The clock for every time rule; a {@link ManualClock} in tests.
     *
     * @param clock the clock for every time rule; a {@link ManualClock} in tests
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The account of requests that name none (12 digits, as AWS account ids).
     *
     * @param accountId the account of requests that name none (12 digits, as AWS account ids)
     * @return this builder
     */
    public Builder accountId(String accountId) {
      this.accountId = Objects.requireNonNull(accountId, "accountId");
      return this;
    }

    /**
     * The region in queue ARNs.
     *
     * @param region the region in queue ARNs
     * @return this builder
     */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /**
     * How many messages of one queue may be in flight (received, not yet deleted or visible again)
     * at once; {@value #DEFAULT_IN_FLIGHT_LIMIT} by default, as in SQS. At the limit a
     * short-polling ReceiveMessage on a standard queue fails with OverLimit (HTTP 403); a long
     * poll, and any receive on a FIFO queue, gets no more messages and no error. A low limit lets a
     * test reach it with a few messages.
     *
     * @param limit messages in flight per queue, at least 1
     * @return this builder
     * @throws IllegalArgumentException unless at least 1
     */
    public Builder inFlightLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("inFlightLimit must be at least 1: " + limit);
      }
      this.inFlightLimit = limit;
      return this;
    }

    /**
     * Whether CreateQueue refuses a name for 60 seconds after DeleteQueue with
     * QueueDeletedRecently, as SQS does; default true. False recreates at once (a development
     * switch, like LocalStack's {@code SQS_DELAY_RECENTLY_DELETED=0}).
     *
     * @param cooldown whether to wait as SQS does
     * @return this builder
     */
    public Builder deleteCooldown(boolean cooldown) {
      this.deleteCooldown = cooldown;
      return this;
    }

    /**
     * Whether PurgeQueue refuses a second purge of a queue within 60 seconds with
     * PurgeQueueInProgress, as SQS does; default true. False purges again at once (a development
     * switch, like LocalStack's {@code SQS_DELAY_PURGE_RETRY=0}).
     *
     * @param cooldown whether to wait as SQS does
     * @return this builder
     */
    public Builder purgeCooldown(boolean cooldown) {
      this.purgeCooldown = cooldown;
      return this;
    }

    /**
     * Whether a queue that does not exist is created on first use, with SQS's defaults (FIFO when
     * its name ends in {@code .fifo}), by any action that names it (GetQueueUrl, SendMessage,
     * ReceiveMessage, ...), as ElasticMQ's auto-create does, but never by DeleteQueue; default
     * false, since SQS answers QueueDoesNotExist. A development switch ({@code --auto-create}).
     *
     * @param on whether to create missing queues
     * @return this builder
     * @since 0.1
     */
    public Builder autoCreate(boolean on) {
      this.autoCreate = on;
      return this;
    }

    /** {@return a new engine with no queues} */
    public SqsEngine build() {
      return new SqsEngine(this);
    }
  }
}

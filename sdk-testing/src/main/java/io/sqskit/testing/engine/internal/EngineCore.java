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
package io.sqskit.testing.engine.internal;

import io.sqskit.testing.engine.ManualClock;
import io.sqskit.testing.engine.MessageEvent;
import io.sqskit.testing.engine.MessageHistory;
import io.sqskit.testing.engine.MessageSnapshot;
import io.sqskit.testing.engine.MessageState;
import io.sqskit.testing.engine.PeekedMessage;
import io.sqskit.testing.engine.QueueCounters;
import io.sqskit.testing.engine.ReceivedMessage;
import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The engine's shared state: queues by account and name, recently deleted names, the clock, and the
 * dispatch of actions to {@link QueueActions}, {@link MessageActions} and {@link MoveTasks}.
 */
public final class EngineCore {
  /** Waiting time for CreateQueue after DeleteQueue and between two PurgeQueue calls. */
  static final long SIXTY_SECONDS = 60_000L;

  final Clock clock;
  final String defaultAccount;
  final String region;
  final boolean manualClock;
  final int inFlightLimit;

  /** Whether new queues record their messages' history (for tests). */
  final boolean recordHistory;

  /** Where a queue lives: its account and region; queues of different homes are apart. */
  record Home(String account, String region) implements Comparable<Home> {
    static Home of(QueueState q) {
      return new Home(q.account, Arns.region(q.arn));
    }

    @Override
    public int compareTo(Home o) {
      int byAccount = account.compareTo(o.account);
      return byAccount != 0 ? byAccount : region.compareTo(o.region);
    }
  }

  private final ConcurrentMap<Home, ConcurrentSkipListMap<String, QueueState>> accounts =
      new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Long> deletedAt = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, String> senders = new ConcurrentHashMap<>();
  private final AtomicLong serials = new AtomicLong();

  /**
   * Queue URLs already resolved, per region of the caller; a hit skips parsing. Entries of deleted
   * queues are skipped.
   */
  private final ConcurrentMap<String, ConcurrentMap<String, QueueState>> resolved =
      new ConcurrentHashMap<>();

  /** Whether CreateQueue waits 60 s after DeleteQueue (QueueDeletedRecently); set before use. */
  volatile boolean deleteCooldown = true;

  /** Whether PurgeQueue waits 60 s after a purge (PurgeQueueInProgress); set before use. */
  volatile boolean purgeCooldown = true;

  /** Whether a queue named but missing is created with SQS's defaults; set before use. */
  volatile boolean autoCreate;

  /** Grows with every call that may change a queue or a message (a state file skips writes). */
  private final AtomicLong changes = new AtomicLong();

  /** Actions that change nothing but a move task's progress (which is not kept in a state file). */
  private static final java.util.Set<String> READS =
      java.util.Set.of(
          "GetQueueUrl",
          "ListQueues",
          "GetQueueAttributes",
          "ListQueueTags",
          "ListDeadLetterSourceQueues",
          "ListMessageMoveTasks");

  /** A number that grows with every call that may have changed a queue or a message. */
  public long changes() {
    return changes.get();
  }

  /** Set by {@link #drain()}: receives answer at once instead of waiting. */
  volatile boolean draining;

  final Object createLock = new Object();
  final QueueActions queueActions = new QueueActions(this);
  final MessageActions messageActions = new MessageActions(this);
  final ReceiveActions receiveActions = new ReceiveActions(this);
  final MoveTasks moveTasks = new MoveTasks(this);

  EngineCore(Clock clock, String defaultAccount, String region) {
    this(clock, defaultAccount, region, SqsEngine.DEFAULT_IN_FLIGHT_LIMIT);
  }

  /** An engine core whose queues hold at most {@code inFlightLimit} messages in flight each. */
  public EngineCore(Clock clock, String defaultAccount, String region, int inFlightLimit) {
    this(clock, defaultAccount, region, inFlightLimit, false);
  }

  /**
   * An engine core whose queues hold at most {@code inFlightLimit} messages in flight each and,
   * when {@code recordHistory}, record every message's history.
   */
  public EngineCore(
      Clock clock, String defaultAccount, String region, int inFlightLimit, boolean recordHistory) {
    this.recordHistory = recordHistory;
    this.inFlightLimit = inFlightLimit;
    this.clock = clock;
    this.defaultAccount = defaultAccount;
    this.region = region;
    this.manualClock = clock instanceof ManualClock;
    if (clock instanceof ManualClock manual) {
      manual.addListener(this::wakeAll);
    }
  }

  long now() {
    return clock.millis();
  }

  // ------------------------------------------------- waits on a ManualClock (auto-advance, stall)

  /** Real-time quiet period before the ManualClock jumps to the next deadline; 0: never. */
  volatile long autoAdvanceNanos;

  /** Real time a long poll may wait on a ManualClock that does not move; 0: no limit. */
  volatile long stalledPollNanos;

  /** Calls running (ManualClock engines only). */
  private final AtomicInteger active = new AtomicInteger();

  /** Long polls parked on the ManualClock, by thread, with their deadlines. */
  final ConcurrentHashMap<Thread, Long> parked = new ConcurrentHashMap<>();

  /** When (System.nanoTime) a call last started or ended, or the clock last jumped. */
  private volatile long lastActivity = System.nanoTime();

  /**
   * Sets how long polls wait on a ManualClock: with {@code autoAdvanceNanos} above 0, once every
   * running call is a parked long poll and nothing happened for that long in real time, the clock
   * jumps to the earliest deadline; with {@code stalledPollNanos} above 0, a long poll that waited
   * that long in real time while the clock stood still fails with a message naming virtual time.
   */
  public void clockWaits(long autoAdvanceNanos, long stalledPollNanos) {
    this.autoAdvanceNanos = autoAdvanceNanos;
    this.stalledPollNanos = stalledPollNanos;
  }

  /** Runs one action; see SqsEngine.execute for the tree conventions. */
  public Map<String, Object> execute(RequestContext ctx, String action, Map<String, Object> in) {
    if (!manualClock) {
      return dispatch(ctx, action, in);
    }
    active.incrementAndGet();
    lastActivity = System.nanoTime();
    try {
      return dispatch(ctx, action, in);
    } finally {
      active.decrementAndGet();
      lastActivity = System.nanoTime();
    }
  }

  /** How long a parked receive waits before it looks again, on a ManualClock. */
  long manualSliceNanos() {
    long slice = TimeUnit.SECONDS.toNanos(1);
    if (autoAdvanceNanos > 0) {
      slice = Math.min(slice, Math.max(TimeUnit.MILLISECONDS.toNanos(1), autoAdvanceNanos / 2));
    }
    if (stalledPollNanos > 0) {
      slice = Math.min(slice, stalledPollNanos);
    }
    return slice;
  }

  /**
   * Moves the ManualClock to the earliest deadline (a parked long poll's end, a delay or visibility
   * timeout ending) when every running call is a parked long poll and nothing happened for the
   * quiet period. Called without any queue's lock.
   */
  synchronized void maybeAdvance() {
    long quiet = autoAdvanceNanos;
    if (quiet <= 0
        || !(clock instanceof ManualClock manual)
        || parked.isEmpty()
        || parked.size() < active.get()
        || System.nanoTime() - lastActivity < quiet) {
      return;
    }
    long now = now();
    long target = Long.MAX_VALUE;
    for (long d : parked.values()) {
      target = Math.min(target, d);
    }
    for (QueueState q : allQueues()) {
      q.lock.lock();
      try {
        long d = q.nextDue();
        if (d > now) {
          target = Math.min(target, d);
        }
      } finally {
        q.lock.unlock();
      }
    }
    if (target == Long.MAX_VALUE || target <= now) {
      return;
    }
    lastActivity = System.nanoTime();
    manual.advance(Duration.ofMillis(target - now));
  }

  /** The answer to a long poll that waited on a ManualClock nobody moved. */
  SqsError stalled(long waitMillis, long realNanos) {
    return new SqsError(
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        "ReceiveMessage waited "
            + TimeUnit.NANOSECONDS.toMillis(realNanos)
            + " ms of real time in a long poll of "
            + waitMillis / 1000
            + " s, but the engine's clock is virtual (a ManualClock, @SqsTest(virtualTime = true))"
            + " and nobody advanced it. Call ManualClock.advance(...) from the test, or use"
            + " @SqsTest(virtualTime = true, autoAdvance = true).");
  }

  private Map<String, Object> dispatch(RequestContext ctx, String action, Map<String, Object> in) {
    if (action == null || action.isEmpty()) {
      throw new SqsError(SqsErrorCode.MISSING_ACTION, "No action was supplied with this request.");
    }
    if (in == null) {
      in = Map.of();
    }
    if (!READS.contains(action)) {
      changes.incrementAndGet();
    }
    moveTasks.tick();
    return switch (action) {
      case "CreateQueue" -> queueActions.createQueue(ctx, in);
      case "GetQueueUrl" -> queueActions.getQueueUrl(ctx, in);
      case "ListQueues" -> queueActions.listQueues(ctx, in);
      case "DeleteQueue" -> queueActions.deleteQueue(ctx, in);
      case "GetQueueAttributes" -> queueActions.getQueueAttributes(ctx, in);
      case "SetQueueAttributes" -> queueActions.setQueueAttributes(ctx, in);
      case "PurgeQueue" -> queueActions.purgeQueue(ctx, in);
      case "TagQueue" -> queueActions.tagQueue(ctx, in);
      case "UntagQueue" -> queueActions.untagQueue(ctx, in);
      case "ListQueueTags" -> queueActions.listQueueTags(ctx, in);
      case "AddPermission" -> queueActions.addPermission(ctx, in);
      case "RemovePermission" -> queueActions.removePermission(ctx, in);
      case "ListDeadLetterSourceQueues" -> queueActions.listDeadLetterSourceQueues(ctx, in);
      case "SendMessage" -> messageActions.sendMessage(ctx, in);
      case "SendMessageBatch" -> messageActions.sendMessageBatch(ctx, in);
      case "ReceiveMessage" -> receiveActions.receiveMessage(ctx, in);
      case "DeleteMessage" -> messageActions.deleteMessage(ctx, in);
      case "DeleteMessageBatch" -> messageActions.deleteMessageBatch(ctx, in);
      case "ChangeMessageVisibility" -> messageActions.changeMessageVisibility(ctx, in);
      case "ChangeMessageVisibilityBatch" -> messageActions.changeMessageVisibilityBatch(ctx, in);
      case "StartMessageMoveTask" -> moveTasks.start(ctx, in);
      case "CancelMessageMoveTask" -> moveTasks.cancel(ctx, in);
      case "ListMessageMoveTasks" -> moveTasks.list(ctx, in);
      default ->
          // errors.md marks the exact text "(check)"; this is the AWS common-errors wording.
          throw new SqsError(
              SqsErrorCode.INVALID_ACTION,
              "The action " + action + " is not valid for this endpoint.");
    };
  }

  // ---------------------------------------------------------------- registry

  String account(@Nullable RequestContext ctx) {
    return ctx == null || ctx.accountId() == null ? defaultAccount : ctx.accountId();
  }

  String senderId(@Nullable RequestContext ctx, String account) {
    String s = ctx == null || ctx.senderId() == null ? account : ctx.senderId();
    // One instance per distinct sender: every stored message points at it.
    return senders.computeIfAbsent(s, k -> k);
  }

  /** The region a call sees: its credential scope's, or the engine's default. */
  String region(@Nullable RequestContext ctx) {
    return ctx == null || ctx.region() == null ? region : ctx.region();
  }

  static String baseUrl(@Nullable RequestContext ctx, String region) {
    String base = ctx == null ? null : ctx.baseUrl();
    if (base == null || base.isEmpty()) {
      return "https://sqs." + region + ".amazonaws.com";
    }
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  String url(@Nullable RequestContext ctx, QueueState q) {
    return baseUrl(ctx, Arns.region(q.arn)) + "/" + q.account + "/" + q.name;
  }

  ConcurrentSkipListMap<String, QueueState> queuesOf(String account, String region) {
    return accounts.computeIfAbsent(new Home(account, region), h -> new ConcurrentSkipListMap<>());
  }

  @Nullable QueueState get(String account, String region, String name) {
    ConcurrentSkipListMap<String, QueueState> m = accounts.get(new Home(account, region));
    return m == null ? null : m.get(name);
  }

  /** The queue an ARN names (in the ARN's region and account), or null. */
  @Nullable QueueState byArn(@Nullable String arn) {
    if (arn == null || !Arns.isQueueArn(arn)) {
      return null;
    }
    String[] p = arn.split(":", -1);
    return get(p[4], p[3], p[5]);
  }

  /**
   * The queue an ARN names if it lives in {@code region}, else null: a dead-letter target must be
   * in its source's region, as in SQS.
   */
  @Nullable QueueState byArnIn(@Nullable String arn, String region) {
    QueueState q = byArn(arn);
    return q != null && Arns.region(q.arn).equals(region) ? q : null;
  }

  long nextSerial() {
    return serials.incrementAndGet();
  }

  /** Makes later queues number after {@code serial} (a queue read back from a state file). */
  void serialAtLeast(long serial) {
    serials.accumulateAndGet(serial, Math::max);
  }

  @Nullable Long deletedAt(String account, String region, String name) {
    return deletedAt.get(account + "/" + region + "/" + name);
  }

  void markDeleted(QueueState q, long now) {
    Home home = Home.of(q);
    deletedAt.put(home.account() + "/" + home.region() + "/" + q.name, now);
    queuesOf(home.account(), home.region()).remove(q.name, q);
  }

  void forgetDeleted(String account, String region, String name) {
    deletedAt.remove(account + "/" + region + "/" + name);
  }

  /**
   * Turns SQS's 60-second waits after DeleteQueue and PurgeQueue on or off (a development server's
   * switches); call before the first request.
   */
  public void cooldowns(boolean afterDelete, boolean afterPurge) {
    this.deleteCooldown = afterDelete;
    this.purgeCooldown = afterPurge;
  }

  /**
   * Creates a queue on first use (a development server's {@code --auto-create}, as ElasticMQ's
   * auto-create does) instead of answering QueueDoesNotExist; call before the first request.
   */
  public void autoCreate(boolean on) {
    this.autoCreate = on;
  }

  /**
   * The queue {@code account/name}, created with SQS's defaults (FIFO when the name ends in .fifo)
   * when auto-create is on and it is missing; null when it is missing otherwise, or when its name
   * is not one SQS accepts or was deleted less than 60 seconds ago.
   */
  @Nullable QueueState getOrCreate(String account, String region, String name) {
    QueueState q = get(account, region, name);
    if (q != null || !autoCreate) {
      return q;
    }
    Map<String, Object> request = new java.util.HashMap<>();
    request.put("QueueName", name);
    if (name.endsWith(".fifo")) {
      request.put("Attributes", Map.of("FifoQueue", "true"));
    }
    try {
      queueActions.createQueue(new RequestContext(account, "", null, region), request);
    } catch (SqsError e) {
      return null; // answered as the missing queue it is
    }
    changes.incrementAndGet(); // also when a read (GetQueueUrl, GetQueueAttributes) created it
    return get(account, region, name);
  }

  /**
   * Answers every waiting receive now with what is there (often nothing); later ones do not wait.
   */
  public void drain() {
    draining = true;
    for (QueueState q : allQueues()) {
      q.lock.lock();
      try {
        q.changed.signalAll();
      } finally {
        q.lock.unlock();
      }
    }
  }

  /** The ARN of every queue, by account, region, then name. */
  public List<String> queueArns() {
    List<String> out = new ArrayList<>();
    List<Home> homes = new ArrayList<>(accounts.keySet());
    Collections.sort(homes);
    for (Home h : homes) {
      ConcurrentSkipListMap<String, QueueState> m = accounts.get(h);
      if (m != null) {
        for (QueueState q : m.values()) {
          out.add(q.arn);
        }
      }
    }
    return out;
  }

  /** The URLs of every queue of every account (or of one), by account, region, then name. */
  public List<String> queueUrls(@Nullable RequestContext ctx, @Nullable String account) {
    List<String> out = new ArrayList<>();
    List<Home> homes = new ArrayList<>(accounts.keySet());
    Collections.sort(homes);
    for (Home h : homes) {
      if (account != null && !account.equals(h.account())) {
        continue;
      }
      ConcurrentSkipListMap<String, QueueState> m = accounts.get(h);
      if (m != null) {
        for (QueueState q : m.values()) {
          out.add(url(ctx, q));
        }
      }
    }
    return out;
  }

  /**
   * Deletes every queue (or every queue of one account) as DeleteQueue does, but without the
   * 60-second wait before a name can be used again; waiting receives end as on DeleteQueue.
   *
   * @return how many queues were removed
   */
  public int reset(@Nullable String account) {
    changes.incrementAndGet();
    List<QueueState> removed = new ArrayList<>();
    synchronized (createLock) {
      for (QueueState q : allQueues()) {
        if (account != null && !account.equals(q.account)) {
          continue;
        }
        q.lock.lock();
        try {
          q.deleted = true;
          q.purge(now());
          q.changed.signalAll();
        } finally {
          q.lock.unlock();
        }
        Home home = Home.of(q);
        queuesOf(home.account(), home.region()).remove(q.name, q);
        removed.add(q);
      }
      if (account == null) {
        deletedAt.clear();
      } else {
        deletedAt.keySet().removeIf(key -> key.startsWith(account + "/"));
      }
    }
    for (QueueState q : removed) {
      moveTasks.queueDeleted(q);
    }
    return removed.size();
  }

  /** Every queue of every account (for dead-letter source lookups and clock wake-ups). */
  List<QueueState> allQueues() {
    List<QueueState> out = new ArrayList<>();
    for (ConcurrentSkipListMap<String, QueueState> m : accounts.values()) {
      out.addAll(m.values());
    }
    return out;
  }

  static SqsError queueDoesNotExist() {
    // Recorded (test_non_existent_queue): the text differs by protocol.
    return new SqsError(
        SqsErrorCode.QUEUE_DOES_NOT_EXIST,
        "The specified queue does not exist.",
        "The specified queue does not exist for this wsdl version.");
  }

  /**
   * The queue a QueueUrl names for a caller without a request (the engine's own Java API): the
   * queue in the default region, or else the one of that account and name in another region.
   */
  QueueState resolve(@Nullable String queueUrl) {
    return resolve(null, queueUrl);
  }

  /**
   * The queue a QueueUrl names, in the caller's region. Only the path counts ({@code
   * /<account>/<name>}), so any host and port reach the queue; the region is the caller's, as for a
   * path-style URL in LocalStack.
   */
  QueueState resolve(@Nullable RequestContext ctx, @Nullable String queueUrl) {
    return resolve(ctx, queueUrl, true);
  }

  /**
   * Like {@link #resolve(RequestContext, String)}; {@code mayCreate} false keeps {@code
   * --auto-create} from making the queue (DeleteQueue of a missing queue answers
   * QueueDoesNotExist).
   */
  QueueState resolve(@Nullable RequestContext ctx, @Nullable String queueUrl, boolean mayCreate) {
    if (queueUrl == null || queueUrl.isEmpty()) {
      throw Params.missing("QueueUrl");
    }
    // A caller without a request (the engine's Java API, the admin API) may name the region in the
    // host, as SQS's own URLs do (https://sqs.eu-west-1.amazonaws.com/...): that region only.
    String named = ctx == null ? hostRegion(queueUrl) : null;
    String region = named != null ? named : region(ctx);
    ConcurrentMap<String, QueueState> cache =
        resolved.computeIfAbsent(region, r -> new ConcurrentHashMap<>());
    QueueState hit = cache.get(queueUrl);
    if (hit != null && !hit.deleted) {
      return hit;
    }
    String path = queueUrl;
    int scheme = path.indexOf("://");
    if (scheme >= 0) {
      int slash = path.indexOf('/', scheme + 3);
      path = slash < 0 ? "" : path.substring(slash);
    }
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    if (path.startsWith("/")) {
      path = path.substring(1);
    }
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    int split = path.indexOf('/');
    if (split <= 0 || split == path.length() - 1 || path.indexOf('/', split + 1) >= 0) {
      // Text from the AWS answer to a malformed queue URL; the reference has no recording of it.
      throw new SqsError(
          SqsErrorCode.INVALID_ADDRESS,
          "The address " + queueUrl + " is not valid for this endpoint.");
    }
    String account = path.substring(0, split);
    String name = path.substring(split + 1);
    QueueState q = get(account, region, name);
    if (q == null && ctx == null && named == null) {
      // Not cached: the same URL from a caller in the default region must not find it.
      q = inAnyRegion(account, name);
      if (q != null) {
        return q;
      }
    }
    if (q == null && mayCreate) {
      q = getOrCreate(account, region, name);
    }
    if (q == null) {
      throw queueDoesNotExist();
    }
    if (cache.size() > 10_000 || resolved.size() > 1_000) {
      cache.clear(); // bounded: URLs are spelled by clients, any host goes
    }
    cache.put(queueUrl, q);
    return q;
  }

  /**
   * The region a URL's host names as SQS's hosts do ({@code sqs.<region>.<domain>}), or null for
   * any other host (localhost, an IP address, a URL without a scheme).
   */
  static @Nullable String hostRegion(String queueUrl) {
    int scheme = queueUrl.indexOf("://");
    if (scheme < 0 || !queueUrl.startsWith("sqs.", scheme + 3)) {
      return null;
    }
    int start = scheme + 7;
    int end = start;
    while (end < queueUrl.length()) {
      char c = queueUrl.charAt(end);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        break;
      }
      end++;
    }
    // a region, then the rest of the host name: "sqs.localhost" names none
    if (end == start || end >= queueUrl.length() || queueUrl.charAt(end) != '.') {
      return null;
    }
    String region = queueUrl.substring(start, end);
    return REGION_NAME.matcher(region).matches() ? region : null;
  }

  /** AWS's region names: us-east-1, eu-central-2, us-gov-west-1, cn-northwest-1, ... */
  private static final java.util.regex.Pattern REGION_NAME =
      java.util.regex.Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");

  private @Nullable QueueState inAnyRegion(String account, String name) {
    List<Home> homes = new ArrayList<>(accounts.keySet());
    Collections.sort(homes);
    for (Home h : homes) {
      QueueState q = h.account().equals(account) ? get(account, h.region(), name) : null;
      if (q != null) {
        return q;
      }
    }
    return null;
  }

  QueueState resolve(RequestContext ctx, Map<String, Object> in) {
    return resolve(ctx, Params.string(in, "QueueUrl"));
  }

  /** Typed SendMessage of a plain body; returns the message id. */
  public String sendMessage(@Nullable RequestContext ctx, String queueUrl, String body) {
    changes.incrementAndGet();
    moveTasks.tick();
    QueueState q = resolve(ctx, queueUrl);
    Outgoing o = Outgoing.parse(Map.of("MessageBody", body == null ? "" : body), q.settings, false);
    return messageActions.store(q, o, senderId(ctx, q.account)).messageId();
  }

  /** Typed ReceiveMessage: up to {@code max} messages, waiting up to {@code waitSeconds}. */
  public List<ReceivedMessage> receiveMessages(String queueUrl, int max, int waitSeconds) {
    changes.incrementAndGet();
    moveTasks.tick();
    QueueState q = resolve(queueUrl);
    if (max < 1 || max > 10) {
      throw Params.invalid("MaxNumberOfMessages", max, "Must be between 1 and 10, if provided.");
    }
    if (waitSeconds < 0 || waitSeconds > 20) {
      throw Params.invalid("WaitTimeSeconds", waitSeconds, "Must be >= 0 and <= 20, if provided.");
    }
    return receiveActions.receive(
        q,
        max,
        waitSeconds,
        null,
        null,
        (queue, m) ->
            new ReceivedMessage(
                m.messageId(),
                Ids.receiptHandle(queue.serial, m),
                m.body,
                m.md5OfBody(),
                m.receiveCount));
  }

  /** Typed DeleteMessage. */
  public void deleteMessage(String queueUrl, String receiptHandle) {
    changes.incrementAndGet();
    moveTasks.tick();
    QueueState q = resolve(queueUrl);
    if (receiptHandle == null || receiptHandle.isEmpty()) {
      throw Params.missing("ReceiptHandle");
    }
    messageActions.delete(q, receiptHandle);
  }

  /**
   * Makes the message received with {@code receiptHandle} be delivered once more after it is
   * deleted; false when the handle is not its latest receive's or the message is gone.
   */
  public boolean duplicateDelivery(String queueUrl, String receiptHandle) {
    return Duplicates.schedule(this, resolve(queueUrl), receiptHandle);
  }

  /** The history of every message of a queue; empty when the engine records none. */
  public List<MessageHistory> history(String queueUrl) {
    QueueState q = resolve(queueUrl);
    q.lock.lock();
    try {
      q.refresh(now()); // lazy events (visibility and retention running out) are recorded first
      HistoryLog h = q.history;
      return h == null ? List.of() : h.all(queueUrl);
    } finally {
      q.lock.unlock();
    }
  }

  /** The history of one message of a queue, or null when none is kept. */
  public @Nullable MessageHistory history(String queueUrl, String messageId) {
    QueueState q = resolve(queueUrl);
    q.lock.lock();
    try {
      q.refresh(now());
      HistoryLog h = q.history;
      return h == null ? null : h.of(queueUrl, messageId);
    } finally {
      q.lock.unlock();
    }
  }

  /** Receives currently parked on the queue {@code queueUrl}. */
  public int waitingReceives(String queueUrl) {
    return resolve(queueUrl).waiters;
  }

  /** The queue's CloudWatch-style counters, read under its lock. */
  public QueueCounters counters(String queueUrl) {
    QueueState q = resolve(queueUrl);
    q.lock.lock();
    try {
      return new QueueCounters(q.sentCount, q.receivedCount, q.deletedCount, q.emptyReceiveCount);
    } finally {
      q.lock.unlock();
    }
  }

  /**
   * Removes one message by id, whatever its state (the dashboard's delete); false when the queue
   * holds no message of that id. Not a DeleteMessage: no receipt handle, not counted as deleted.
   */
  public boolean removeMessage(String queueUrl, String messageId) {
    QueueState q = resolve(queueUrl);
    q.lock.lock();
    try {
      long now = now();
      q.refresh(now);
      StoredMessage[] found = new StoredMessage[1];
      q.forEach(
          m -> {
            if (found[0] == null && m.messageId().equals(messageId)) {
              found[0] = m;
            }
          });
      StoredMessage m = found[0];
      if (m == null) {
        return false;
      }
      if (q.history != null) {
        q.history.record(m, MessageEvent.Kind.DELETED, now, "removed through the admin API");
      }
      q.remove(m);
      q.signalWaiters(); // a FIFO group may be free again
      return true;
    } finally {
      q.lock.unlock();
    }
  }

  /** The messages of a queue and their state at the clock's current time; changes nothing. */
  public List<MessageSnapshot> inspect(String queueUrl) {
    return view(
        queueUrl,
        (q, m, state, availableAt) ->
            new MessageSnapshot(
                m.messageId(),
                m.body,
                state,
                m.receiveCount,
                Instant.ofEpochMilli(m.sentMillis),
                availableAt,
                m.groupId()));
  }

  /**
   * The messages of a queue as a receive asking for every attribute would show them, without
   * receipt handles, each with its state; changes nothing.
   */
  public List<PeekedMessage> peek(String queueUrl) {
    return view(
        queueUrl,
        (q, m, state, availableAt) -> new PeekedMessage(state, receiveActions.peek(q, m)));
  }

  /** What a view makes of one message, called under the queue's lock. */
  private interface MessageView<T> {
    T of(QueueState q, StoredMessage m, MessageState state, @Nullable Instant availableAt);
  }

  /** One item per message in arrival order, past-retention messages left out; changes nothing. */
  private <T> List<T> view(String queueUrl, MessageView<T> view) {
    QueueState q = resolve(queueUrl);
    List<T> out = new ArrayList<>();
    q.lock.lock();
    try {
      long now = now();
      long retention = q.settings.messageRetentionPeriod * 1000L;
      q.forEach(
          m -> {
            if (m.sentMillis + retention <= now) {
              return; // past retention: gone as soon as anything touches the queue
            }
            MessageState state;
            Instant at = null;
            if (m.state == StoredMessage.VISIBLE || m.due() <= now) {
              state = MessageState.VISIBLE;
            } else {
              state =
                  m.state == StoredMessage.DELAYED ? MessageState.DELAYED : MessageState.IN_FLIGHT;
              at = Instant.ofEpochMilli(m.due());
            }
            out.add(view.of(q, m, state, at));
          });
    } finally {
      q.lock.unlock();
    }
    return out;
  }

  /** Wakes every waiting receive so that it re-reads the clock (ManualClock moved). */
  private void wakeAll() {
    for (QueueState q : allQueues()) {
      if (q.waiters > 0) {
        q.lock.lock();
        try {
          q.changed.signalAll();
        } finally {
          q.lock.unlock();
        }
      }
    }
    moveTasks.clockMoved();
  }
}

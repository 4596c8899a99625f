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
package io.sqskit.consumer;

import io.sqskit.batch.SqsBatcher;
import io.sqskit.client.SqsClient;
import io.sqskit.exception.InvalidParameterValueException;
import io.sqskit.exception.MessageNotInflightException;
import io.sqskit.exception.OverLimitException;
import io.sqskit.exception.ReceiptHandleIsInvalidException;
import io.sqskit.exception.SqsServiceException;
import io.sqskit.model.ChangeMessageVisibilityBatchRequestEntry;
import io.sqskit.model.Message;
import io.sqskit.model.MessageAttributeValue;
import io.sqskit.model.MessageSystemAttributeName;
import io.sqskit.model.QueueAttributeName;
import io.sqskit.model.ReceiveMessageRequest;
import io.sqskit.model.SendMessageRequest;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The managed receive loop above any {@link SqsClient}: long polls bounded by free capacity,
 * handlers on a bounded pool, acknowledgements and visibility changes batched through {@link
 * SqsBatcher}, a visibility heartbeat for long handlers, backoff on failure, FIFO order per message
 * group and a graceful drain on {@link #stop(Duration)}.
 *
 * <pre>{@code
 * try (SqsConsumer consumer =
 *     SqsConsumer.builder()
 *         .client(client)
 *         .queueUrl(queueUrl)
 *         .concurrency(20)
 *         .handler(context -> process(context.message().body()))
 *         .build()) {
 *   consumer.start();
 *   awaitShutdownSignal();
 *   consumer.stop(Duration.ofSeconds(30));
 * }
 * }</pre>
 *
 * <p>At most {@code concurrency} handlers run at once, and at most {@code concurrency +
 * receiveBatchSize} messages are held (running, waiting for a handler, or asked for by a receive in
 * flight), since a held message's visibility timeout is running. Threads: at most {@code
 * concurrency} handler threads (unless an {@link Executor} is given), a few daemon poller threads
 * (one per {@code receiveBatchSize} of concurrency and one more, at most four) and one daemon timer
 * thread, all named {@code sqskit-consumer-<n>-...}.
 *
 * <p>Thread-safe. A stopped consumer may be started again; a closed one may not.
 *
 * @since 0.1
 */
public final class SqsConsumer implements AutoCloseable {
  /** Default for {@link Builder#concurrency(int)}. */
  public static final int DEFAULT_CONCURRENCY = 10;

  /** Default for {@link Builder#receiveBatchSize(int)}: SQS's maximum. */
  public static final int DEFAULT_RECEIVE_BATCH_SIZE = 10;

  /** Default for {@link Builder#waitTime(Duration)}: SQS's longest long poll. */
  public static final Duration DEFAULT_WAIT_TIME = Duration.ofSeconds(20);

  /** Default initial failure backoff ({@link Builder#failureBackoff}). */
  public static final Duration DEFAULT_BACKOFF_INITIAL = Duration.ofSeconds(1);

  /** Default failure backoff multiplier ({@link Builder#failureBackoff}). */
  public static final double DEFAULT_BACKOFF_MULTIPLIER = 2.0;

  /** Default maximum failure backoff ({@link Builder#failureBackoff}). */
  public static final Duration DEFAULT_BACKOFF_MAX = Duration.ofMinutes(5);

  /** Default timeout of {@link #close()}'s stop. */
  public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(30);

  /** SQS's limit on a message's visibility: 12 hours from its receive. */
  static final Duration MAX_VISIBILITY = Duration.ofHours(12);

  /** The most poller threads a consumer starts. */
  static final int MAX_POLLERS = 4;

  static final System.Logger LOG = System.getLogger(SqsConsumer.class.getName());
  private static final AtomicInteger INSTANCES = new AtomicInteger();
  private static final long ACK_GRACE_NANOS = TimeUnit.SECONDS.toNanos(30);

  private final SqsClient client;
  private final String queueUrl;
  private final @Nullable MessageHandler handler;
  private final @Nullable BatchHandler batchHandler;
  private final int concurrency;
  private final int batchSize;
  private final int waitSeconds;
  private final AckMode ackMode;
  private final Duration backoffInitial;
  private final double backoffMultiplier;
  private final Duration backoffMax;
  private final Duration receiveBackoffInitial;
  private final Duration receiveBackoffMax;
  private final @Nullable Duration heartbeatExtension;
  private final Random random;
  private final Clock clock;
  private final Scheduler scheduler;
  private final ConsumerListener listener;
  private final BiConsumer<MessageContext, Throwable> errorHandler;
  private final SqsBatcher batcher;
  private final boolean ownBatcher;
  private final Executor executor;
  private final @Nullable ExecutorService ownExecutor;
  private final String name;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Map<Long, CompletableFuture<?>> pendingSettles = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong settleIds =
      new java.util.concurrent.atomic.AtomicLong();
  private @Nullable Run current;
  private boolean closed;
  private boolean fifo;
  private int visibilitySeconds = 30;
  private long extensionNanos;

  private SqsConsumer(Builder b, SqsClient client, String queueUrl) {
    this.client = client;
    this.queueUrl = queueUrl;
    this.handler = b.handler;
    this.batchHandler = b.batchHandler;
    this.concurrency = b.concurrency;
    this.batchSize = b.receiveBatchSize;
    this.waitSeconds = (int) b.waitTime.toSeconds();
    this.ackMode = b.ackMode;
    this.backoffInitial = b.backoffInitial;
    this.backoffMultiplier = b.backoffMultiplier;
    this.backoffMax = b.backoffMax;
    this.receiveBackoffInitial = b.receiveBackoffInitial;
    this.receiveBackoffMax = b.receiveBackoffMax;
    this.heartbeatExtension = b.heartbeatExtension;
    this.random = b.random != null ? b.random : new Random();
    this.clock = b.clock;
    this.listener = b.listener;
    this.errorHandler = b.errorHandler;
    this.name = "sqskit-consumer-" + INSTANCES.incrementAndGet();
    if (b.scheduler != null) {
      this.scheduler = b.scheduler;
    } else if (b.clock.getClass() == Clock.systemUTC().getClass()) {
      this.scheduler = Scheduler.system(name + "-timer");
    } else {
      this.scheduler = Scheduler.onClock(b.clock, name + "-timer");
    }
    this.ownBatcher = b.batcher == null;
    this.batcher = b.batcher != null ? b.batcher : SqsBatcher.builder().client(client).build();
    if (b.executor != null) {
      this.executor = b.executor;
      this.ownExecutor = null;
    } else {
      AtomicInteger ids = new AtomicInteger();
      ThreadPoolExecutor pool =
          new ThreadPoolExecutor(
              concurrency,
              concurrency,
              60,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              r -> {
                Thread t = new Thread(r, name + "-handler-" + ids.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      pool.allowCoreThreadTimeOut(true);
      this.executor = pool;
      this.ownExecutor = pool;
    }
  }

  /**
   * A builder; {@code client}, {@code queueUrl} and one handler are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts receiving; reads the queue's visibility timeout first (for the heartbeat). Does nothing
   * when already running.
   *
   * @throws IllegalStateException after {@link #close()}
   * @throws io.sqskit.exception.SqsException when the queue's attributes cannot be read, e.g. the
   *     queue does not exist
   */
  public void start() {
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("the consumer is closed");
      }
      if (current != null) {
        return;
      }
    } finally {
      lock.unlock();
    }
    Map<String, String> attributes =
        client
            .getQueueAttributes(
                r ->
                    r.queueUrl(queueUrl)
                        .attributeNames(
                            List.of(
                                QueueAttributeName.VISIBILITY_TIMEOUT.value(),
                                QueueAttributeName.FIFO_QUEUE.value())))
            .attributes();
    lock.lock();
    try {
      if (closed || current != null) {
        return;
      }
      fifo =
          Boolean.parseBoolean(attributes.get(QueueAttributeName.FIFO_QUEUE.value()))
              || queueUrl.endsWith(".fifo");
      String visibility = attributes.get(QueueAttributeName.VISIBILITY_TIMEOUT.value());
      visibilitySeconds = visibility == null ? 30 : Integer.parseInt(visibility);
      Duration extension =
          heartbeatExtension != null
              ? heartbeatExtension
              : Duration.ofSeconds(Math.max(visibilitySeconds, 30));
      extensionNanos = extension.toNanos();
      Run run = new Run();
      current = run;
      int pollers = pollers(concurrency, batchSize);
      for (int i = 1; i <= pollers; i++) {
        Thread t = new Thread(() -> poll(run), name + "-poller-" + i);
        t.setDaemon(true);
        t.start();
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * How many poller threads a consumer starts: one receive in flight per batch of concurrency, and
   * one more for the batch held beyond it once concurrency fills a batch (so the next batch is on
   * its way while the handlers work), at most {@link #MAX_POLLERS}. Below one batch of concurrency,
   * one poller: the held batch already outlasts the handlers.
   *
   * @param concurrency handlers at once
   * @param batchSize messages per receive
   * @return the number of pollers
   */
  static int pollers(int concurrency, int batchSize) {
    if (concurrency < batchSize) {
      return 1;
    }
    return Math.min(MAX_POLLERS, (concurrency + batchSize - 1) / batchSize + 1);
  }

  /**
   * Whether the consumer is receiving (started and not stopped).
   *
   * @return true while receiving
   */
  public boolean isRunning() {
    lock.lock();
    try {
      return current != null;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Stops gracefully: stops receiving at once (a long poll in progress is abandoned; messages it
   * still brings are released), releases received messages no handler has started (visibility 0),
   * waits up to {@code timeout} for running handlers (then interrupts those of its own pool), sends
   * every pending acknowledgement and waits for SQS's answers, and returns. Does nothing when not
   * running.
   *
   * @param timeout how long to wait for running handlers
   */
  public void stop(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    stop(timeout, null);
  }

  private void stop(Duration timeout, @Nullable Throwable cause) {
    long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
    Run run;
    List<Delivery> unstarted;
    lock.lock();
    try {
      run = current;
      if (run == null) {
        return;
      }
      current = null;
      run.stopping = true;
      unstarted = run.takeWaiting();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    run.wake.countDown();
    for (Delivery d : unstarted) {
      if (d.markSettled()) {
        send(d, batcherChange(d, 0), Settlement.RELEASED);
      }
    }
    boolean interrupted = false;
    lock.lock();
    try {
      long left;
      while (run.running > 0 && (left = deadline - System.nanoTime()) > 0) {
        try {
          changed.awaitNanos(left);
        } catch (InterruptedException e) {
          interrupted = true;
          break;
        }
      }
      if (run.running > 0) {
        for (Delivery d : run.active) {
          Thread t = d.runner;
          if (t != null && ownExecutor != null) {
            t.interrupt();
          }
        }
      }
    } finally {
      lock.unlock();
    }
    awaitSettles(Math.max(deadline, System.nanoTime() + ACK_GRACE_NANOS));
    notifyListener(l -> l.onStopped(cause));
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitSettles(long deadline) {
    batcher.flush();
    while (!pendingSettles.isEmpty()) {
      List<CompletableFuture<?>> now = new ArrayList<>(pendingSettles.values());
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        LOG.log(
            Level.WARNING,
            "{0}: {1} acknowledgements or releases still unanswered after the stop timeout",
            name,
            now.size());
        return;
      }
      try {
        CompletableFuture.allOf(now.toArray(new CompletableFuture<?>[0]))
            .handle((r, e) -> null)
            .get(left, TimeUnit.NANOSECONDS);
      } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
        // look again: the loop ends at the deadline or when nothing is pending
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * Stops (waiting up to {@link #DEFAULT_STOP_TIMEOUT} for handlers), closes the batcher when the
   * consumer created it, and stops the consumer's threads. Idempotent.
   */
  @Override
  public void close() {
    stop(DEFAULT_STOP_TIMEOUT, null);
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
    } finally {
      lock.unlock();
    }
    if (ownBatcher) {
      batcher.close();
    }
    if (ownExecutor != null) {
      ownExecutor.shutdown();
    }
    scheduler.shutdown();
  }

  // ---- receiving ----

  private void poll(Run run) {
    String attemptId = UUID.randomUUID().toString();
    int failures = 0;
    while (true) {
      int asked;
      lock.lock();
      try {
        while (!run.stopping && run.held >= concurrency + batchSize) {
          changed.awaitUninterruptibly();
        }
        if (run.stopping) {
          return;
        }
        asked = Math.min(batchSize, concurrency + batchSize - run.held);
        run.held += asked;
      } finally {
        lock.unlock();
      }
      List<Message> messages;
      // SQS receives the messages somewhere between the call and its answer; the 12-hour limit on
      // their visibility counts from then, so the heartbeat counts from the call, to stay within it
      long sentAt = scheduler.nanoTime();
      try {
        messages = receive(asked, fifo ? attemptId : null);
        failures = 0;
        attemptId = UUID.randomUUID().toString();
      } catch (RuntimeException e) {
        unhold(run, asked);
        if (run.stopping) {
          return; // an abandoned long poll: its failure (e.g. the client closed since) is moot
        }
        boolean fatal = isFatal(e);
        if (fatal && !run.failed.compareAndSet(false, true)) {
          return; // another poller met the error first: it reports it and stops the consumer
        }
        notifyListener(l -> l.onReceiveError(e, fatal));
        if (fatal) {
          LOG.log(Level.ERROR, name + ": receive failed, the consumer stops: " + e, e);
          stop(DEFAULT_STOP_TIMEOUT, e);
          return;
        }
        LOG.log(Level.WARNING, name + ": receive failed, backing off: " + e);
        failures++;
        pause(run, receiveBackoff(failures));
        continue;
      }
      unhold(run, asked - messages.size());
      notifyListener(l -> l.onReceive(messages.size()));
      if (messages.isEmpty()) {
        continue;
      }
      long visibilityNanos = TimeUnit.SECONDS.toNanos(visibilitySeconds);
      List<Delivery> deliveries = new ArrayList<>(messages.size());
      for (Message m : messages) {
        deliveries.add(new Delivery(this, m, sentAt, visibilityNanos));
      }
      Instant at = clock.instant();
      for (Delivery d : deliveries) {
        Duration age = d.sentTime == null ? null : Duration.between(d.sentTime, at);
        notifyListener(l -> l.onMessageReceived(d, age));
      }
      if (!dispatch(run, deliveries)) {
        // stopped while the receive was under way: give the messages back at once
        unhold(run, deliveries.size());
        releaseLate(deliveries);
        return;
      }
    }
  }

  private List<Message> receive(int count, @Nullable String attemptId) {
    ReceiveMessageRequest.Builder request =
        ReceiveMessageRequest.builder()
            .queueUrl(queueUrl)
            .maxNumberOfMessages(count)
            .waitTimeSeconds(waitSeconds)
            .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
            .messageAttributeNames("All");
    if (attemptId != null) {
      request.receiveRequestAttemptId(attemptId);
    }
    return client.receiveMessage(request.build()).messages();
  }

  /**
   * A receive error no backoff can mend: a deleted queue, denied access, bad credentials or a bad
   * parameter. Throttling, OverLimit (too many messages in flight), 5xx and I/O errors pass.
   *
   * @param e the failure
   * @return true if so
   */
  static boolean isFatal(Throwable e) {
    if (!(e instanceof SqsServiceException s)) {
      return false;
    }
    return !s.retryable()
        && !s.isThrottling()
        && !(s instanceof OverLimitException)
        && s.statusCode() < 500;
  }

  private long receiveBackoff(int failures) {
    double ceiling =
        receiveBackoffInitial.toNanos() * Math.pow(2, Math.min(30, Math.max(0, failures - 1)));
    long capped = (long) Math.min(ceiling, (double) receiveBackoffMax.toNanos());
    // equal jitter: never less than half, so a flapping endpoint is not hammered
    return capped / 2 + (long) (nextDouble() * (capped / 2.0));
  }

  private void pause(Run run, long nanos) {
    CountDownLatch latch = new CountDownLatch(1);
    scheduler.schedule(latch::countDown, nanos);
    try {
      while (!run.stopping && !latch.await(100, TimeUnit.MILLISECONDS)) {
        // re-check the stop flag now and then
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void unhold(Run run, int count) {
    if (count == 0) {
      return;
    }
    lock.lock();
    try {
      run.held -= count;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void releaseLate(List<Delivery> deliveries) {
    List<ChangeMessageVisibilityBatchRequestEntry> entries = new ArrayList<>();
    for (int i = 0; i < deliveries.size(); i++) {
      Delivery d = deliveries.get(i);
      d.markSettled();
      entries.add(new ChangeMessageVisibilityBatchRequestEntry("m" + i, d.receiptHandle, 0));
    }
    try {
      client.changeMessageVisibilityBatch(r -> r.queueUrl(queueUrl).entries(entries));
      for (Delivery d : deliveries) {
        notifyListener(l -> l.onSettle(d, Settlement.RELEASED, null));
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          name
              + ": could not release messages received during stop; they reappear after their"
              + " visibility timeout: "
              + e);
      for (Delivery d : deliveries) {
        notifyListener(l -> l.onSettle(d, Settlement.RELEASED, e));
      }
    }
  }

  // ---- dispatching ----

  /**
   * Hands deliveries to handlers or queues them; false when the run is stopping.
   *
   * @param run the run
   * @param deliveries the deliveries
   * @return true if so
   */
  private boolean dispatch(Run run, List<Delivery> deliveries) {
    List<List<Delivery>> start;
    lock.lock();
    try {
      if (run.stopping) {
        return false;
      }
      if (batchHandler != null) {
        run.waitingBatches.add(deliveries);
      } else if (fifo) {
        for (Delivery d : deliveries) {
          run.groups.computeIfAbsent(groupOf(d), g -> new ArrayDeque<>()).add(d);
        }
      } else {
        run.waiting.addAll(deliveries);
      }
      start = run.next();
    } finally {
      lock.unlock();
    }
    launch(run, start);
    return true;
  }

  private static String groupOf(Delivery d) {
    return d.groupId == null ? "" : d.groupId;
  }

  private void launch(Run run, List<List<Delivery>> units) {
    for (List<Delivery> unit : units) {
      try {
        executor.execute(() -> handle(run, unit));
      } catch (RejectedExecutionException e) {
        LOG.log(Level.WARNING, name + ": the executor refused a handler; releasing: " + e);
        for (Delivery d : unit) {
          if (d.markSettled()) {
            send(d, batcherChange(d, 0), Settlement.RELEASED);
          }
        }
        finish(run, unit, false);
      }
    }
  }

  private void handle(Run run, List<Delivery> unit) {
    long started = scheduler.nanoTime();
    for (Delivery d : unit) {
      d.runner = Thread.currentThread();
      d.running = true;
      scheduleHeartbeat(d);
      notifyListener(l -> l.onProcessStart(d));
    }
    Throwable failure = null;
    try {
      if (batchHandler != null) {
        batchHandler.handle(Collections.unmodifiableList(new ArrayList<MessageContext>(unit)));
      } else {
        Objects.requireNonNull(handler).handle(unit.get(0));
      }
    } catch (Throwable t) { // NOPMD: every failure of user code is the message's failure
      failure = t;
    }
    Duration took = Duration.ofNanos(scheduler.nanoTime() - started);
    for (Delivery d : unit) {
      d.running = false;
      d.runner = null;
    }
    if (failure == null) {
      for (Delivery d : unit) {
        notifyListener(l -> l.onProcessSuccess(d, took));
        if (ackMode != AckMode.MANUAL) {
          d.acknowledge();
        }
      }
    } else {
      Throwable error = failure;
      for (Delivery d : unit) {
        notifyListener(l -> l.onProcessFailure(d, error, took));
        try {
          errorHandler.accept(d, error);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, name + ": the error handler threw", e);
        }
        if (ackMode == AckMode.ALWAYS) {
          d.acknowledge();
        } else if (d.markSettled()) {
          send(d, batcherChange(d, backoffSeconds(d.receiveCount)), Settlement.RELEASED);
        }
      }
    }
    finish(run, unit, failure != null);
  }

  /**
   * A handler unit is done: free its slot and group, release a failed group's later messages.
   *
   * @param run the run
   * @param unit the unit
   * @param failed the failed
   */
  private void finish(Run run, List<Delivery> unit, boolean failed) {
    List<List<Delivery>> start;
    List<Delivery> release = List.of();
    lock.lock();
    try {
      run.running--;
      run.held -= unit.size();
      unit.forEach(run.active::remove);
      if (fifo && batchHandler == null) {
        String group = groupOf(unit.get(0));
        run.busyGroups.remove(group);
        if (failed) {
          ArrayDeque<Delivery> later = run.groups.remove(group);
          if (later != null) {
            release = new ArrayList<>(later);
            run.held -= release.size();
          }
        }
      }
      start = run.stopping ? List.of() : run.next();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    for (Delivery d : release) {
      if (d.markSettled()) {
        send(d, batcherChange(d, 0), Settlement.RELEASED);
      }
    }
    launch(run, start);
  }

  int backoffSeconds(int receiveCount) {
    double ceiling =
        backoffInitial.toMillis()
            * Math.pow(backoffMultiplier, Math.min(1000, Math.max(0, receiveCount - 1)));
    double capped = Math.min(ceiling, (double) backoffMax.toMillis());
    double jittered = nextDouble() * capped; // full jitter
    return (int) Math.min(MAX_VISIBILITY.toSeconds(), Math.round(jittered / 1000.0));
  }

  private double nextDouble() {
    synchronized (random) {
      return random.nextDouble();
    }
  }

  // ---- heartbeat ----

  private void scheduleHeartbeat(Delivery d) {
    long margin = d.leaseNanos / 3; // a third of the lease left: time for a retry or two
    long due = d.deadlineNanos - margin - scheduler.nanoTime();
    long generation = d.heartbeats.incrementAndGet();
    scheduler.schedule(() -> heartbeat(d, generation), due);
  }

  private void heartbeat(Delivery d, long generation) {
    if (generation != d.heartbeats.get()
        || !d.running
        || d.settled()
        || d.leaseLost()
        || d.leaseEnding()) {
      return;
    }
    extend(d, (int) TimeUnit.NANOSECONDS.toSeconds(extensionNanos));
  }

  /**
   * Extends the message's visibility by {@code seconds} from now, capped at SQS's limit of 12 hours
   * from the receive (counted from the receive call, which is no later than SQS's receive); when
   * the cap cuts it short, the handler is told its lease ends instead.
   *
   * @param d the message
   * @param seconds the wanted extension
   */
  void extend(Delivery d, int seconds) {
    long sentAt = scheduler.nanoTime();
    long left =
        TimeUnit.NANOSECONDS.toSeconds(MAX_VISIBILITY.toNanos() - (sentAt - d.receivedNanos));
    int granted = (int) Math.max(0, Math.min(seconds, left));
    if (granted < seconds) {
      endLease(d);
      if (granted == 0) {
        return;
      }
    }
    CompletableFuture<?> call = batcherChange(d, granted);
    var unused =
        call.whenComplete(
            (r, e) -> {
              Throwable error = unwrap(e);
              notifyListener(l -> l.onSettle(d, Settlement.EXTENDED, error));
              if (error == null) {
                d.deadlineNanos = sentAt + TimeUnit.SECONDS.toNanos(granted);
                d.leaseNanos = TimeUnit.SECONDS.toNanos(granted);
                if (!d.leaseEnding()) {
                  scheduleHeartbeat(d);
                }
              } else if (isLeaseLost(error)) {
                d.markSettled(); // the handle is gone: nothing more is sent with it
                d.loseLease();
                notifyListener(l -> l.onLeaseLost(d, error));
              } else if (isBeyondLimit(error)) {
                // SQS counts the 12 hours from a receive a little earlier than we could see: the
                // lease still holds until the last extension SQS accepted ends, and no longer
                LOG.log(Level.INFO, name + ": heartbeat reached the 12-hour limit: " + error);
                endLease(d);
              } else {
                LOG.log(Level.WARNING, name + ": heartbeat failed, trying again soon: " + error);
                long generation = d.heartbeats.incrementAndGet();
                scheduler.schedule(() -> heartbeat(d, generation), Math.max(1, d.leaseNanos / 10));
              }
            });
  }

  private void endLease(Delivery d) {
    if (d.endLease()) {
      notifyListener(l -> l.onLeaseEnding(d));
    }
  }

  /**
   * Whether a visibility change was refused because it would reach past SQS's limit of 12 hours
   * from the receive: {@code InvalidParameterValue} naming the {@code VisibilityTimeout} ("Total
   * VisibilityTimeout for the message is beyond the limit [43200 seconds]"). The handle still
   * holds.
   *
   * @param error the error
   * @return true if so
   */
  static boolean isBeyondLimit(Throwable error) {
    String message = error.getMessage();
    return error instanceof InvalidParameterValueException
        && message != null
        && message.contains("VisibilityTimeout")
        && !message.contains("ReceiptHandle");
  }

  /**
   * Whether a visibility change failed because the handle no longer names the message in flight:
   * {@code ReceiptHandleIsInvalid}, {@code MessageNotInflight} (FIFO), or what SQS sends for a
   * stale or deleted handle, {@code InvalidParameterValue} naming the {@code ReceiptHandle}
   * ("Message does not exist or is not available for visibility timeout change").
   *
   * @param error the error
   * @return true if so
   */
  static boolean isLeaseLost(Throwable error) {
    if (error instanceof ReceiptHandleIsInvalidException
        || error instanceof MessageNotInflightException) {
      return true;
    }
    String message = error.getMessage();
    return error instanceof InvalidParameterValueException
        && message != null
        && message.contains("ReceiptHandle");
  }

  // ---- settling ----

  /**
   * Sends a copy of the message to another queue (for {@link MessageContext#moveTo}).
   *
   * @param d the message
   * @param targetUrl the queue to send the copy to
   * @param extra message attributes added to the copy
   */
  void copyTo(Delivery d, String targetUrl, Map<String, MessageAttributeValue> extra) {
    Map<String, MessageAttributeValue> attributes =
        new LinkedHashMap<>(d.message.messageAttributes());
    attributes.putAll(extra);
    String messageId = String.valueOf(d.message.messageId());
    SendMessageRequest.Builder copy =
        SendMessageRequest.builder()
            .queueUrl(targetUrl)
            .messageBody(Objects.requireNonNullElse(d.message.body(), ""))
            .messageAttributes(attributes);
    if (targetUrl.endsWith(".fifo")) {
      copy.messageGroupId(d.groupId != null ? d.groupId : messageId)
          .messageDeduplicationId(messageId);
    }
    client.sendMessage(copy.build());
  }

  void delete(Delivery d) {
    CompletableFuture<?> call;
    try {
      call = batcher.deleteMessage(queueUrl, d.receiptHandle);
    } catch (RuntimeException e) {
      call = CompletableFuture.failedFuture(e);
    }
    send(d, call, Settlement.ACKNOWLEDGED);
  }

  void changeVisibility(Delivery d, int seconds, Settlement settlement) {
    send(d, batcherChange(d, seconds), settlement);
  }

  private CompletableFuture<?> batcherChange(Delivery d, int seconds) {
    try {
      return batcher.changeMessageVisibility(queueUrl, d.receiptHandle, seconds);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private void send(Delivery d, CompletableFuture<?> call, Settlement settlement) {
    Long id = settleIds.incrementAndGet();
    pendingSettles.put(id, call);
    var unused =
        call.whenComplete(
            (r, e) -> {
              Throwable error = unwrap(e);
              if (error != null) {
                LOG.log(
                    Level.WARNING,
                    name
                        + ": "
                        + settlement
                        + " of message "
                        + d.message.messageId()
                        + " failed: "
                        + error);
              }
              notifyListener(l -> l.onSettle(d, settlement, error));
              pendingSettles.remove(id);
            });
  }

  private static @Nullable Throwable unwrap(@Nullable Throwable e) {
    return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
  }

  private void notifyListener(java.util.function.Consumer<ConsumerListener> event) {
    try {
      event.accept(listener);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, name + ": the listener threw", e);
    }
  }

  static int visibilitySeconds(String name, Duration duration) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.compareTo(MAX_VISIBILITY) > 0) {
      throw new IllegalArgumentException(name + " must be between 0 and 12 hours: " + duration);
    }
    return (int) duration.toSeconds();
  }

  /** What one start of the consumer holds; guarded by the consumer's lock. */
  private final class Run {
    volatile boolean stopping;
    final CountDownLatch wake = new CountDownLatch(1);

    /** Set by the first poller whose receive failed for good: only it reports and stops. */
    final java.util.concurrent.atomic.AtomicBoolean failed =
        new java.util.concurrent.atomic.AtomicBoolean();

    /** Messages held: asked for by receives in flight, waiting, or running. */
    int held;

    int running;
    final Set<Delivery> active = new HashSet<>();
    final ArrayDeque<Delivery> waiting = new ArrayDeque<>();
    final ArrayDeque<List<Delivery>> waitingBatches = new ArrayDeque<>();
    final Map<String, ArrayDeque<Delivery>> groups = new LinkedHashMap<>();
    final Set<String> busyGroups = new HashSet<>();

    /**
     * Units to start now, within the free handler slots.
     *
     * @return the units to start
     */
    List<List<Delivery>> next() {
      List<List<Delivery>> start = new ArrayList<>();
      while (running < concurrency) {
        List<Delivery> unit = poll();
        if (unit == null) {
          break;
        }
        running++;
        active.addAll(unit);
        start.add(unit);
      }
      return start;
    }

    private @Nullable List<Delivery> poll() {
      if (batchHandler != null) {
        return waitingBatches.poll();
      }
      if (!fifo) {
        Delivery d = waiting.poll();
        return d == null ? null : List.of(d);
      }
      var it = groups.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<String, ArrayDeque<Delivery>> e = it.next();
        if (!busyGroups.contains(e.getKey())) {
          Delivery d = e.getValue().poll();
          if (e.getValue().isEmpty()) {
            it.remove();
          }
          if (d != null) {
            busyGroups.add(e.getKey());
            return List.of(d);
          }
        }
      }
      return null;
    }

    /**
     * Every waiting delivery, taken out of the queues.
     *
     * @return the deliveries taken
     */
    List<Delivery> takeWaiting() {
      List<Delivery> all = new ArrayList<>(waiting);
      waitingBatches.forEach(all::addAll);
      groups.values().forEach(all::addAll);
      held -= all.size();
      waiting.clear();
      waitingBatches.clear();
      groups.clear();
      return all;
    }
  }

  /** Collects the settings of a consumer; not thread-safe. */
  public static final class Builder {
    private @Nullable SqsClient client;
    private @Nullable String queueUrl;
    private @Nullable MessageHandler handler;
    private @Nullable BatchHandler batchHandler;
    private int concurrency = DEFAULT_CONCURRENCY;
    private int receiveBatchSize = DEFAULT_RECEIVE_BATCH_SIZE;
    private Duration waitTime = DEFAULT_WAIT_TIME;
    private AckMode ackMode = AckMode.ON_SUCCESS;
    private Duration backoffInitial = DEFAULT_BACKOFF_INITIAL;
    private double backoffMultiplier = DEFAULT_BACKOFF_MULTIPLIER;
    private Duration backoffMax = DEFAULT_BACKOFF_MAX;
    private Duration receiveBackoffInitial = Duration.ofMillis(100);
    private Duration receiveBackoffMax = Duration.ofSeconds(20);
    private @Nullable Duration heartbeatExtension;
    private @Nullable Random random;
    private Clock clock = Clock.systemUTC();
    private @Nullable Scheduler scheduler;
    private ConsumerListener listener = ConsumerListener.noop();
    private BiConsumer<MessageContext, Throwable> errorHandler = (m, e) -> {};
    private @Nullable SqsBatcher batcher;
    private @Nullable Executor executor;

    private Builder() {}

    /**
     * The client receives go through (required); the consumer never closes it.
     *
     * @param client the client
     * @return this builder
     */
    public Builder client(SqsClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * The queue to consume (required).
     *
     * @param queueUrl the queue URL
     * @return this builder
     */
    public Builder queueUrl(String queueUrl) {
      this.queueUrl = Objects.requireNonNull(queueUrl, "queueUrl");
      return this;
    }

    /**
     * Handles messages one at a time per handler call; this or a batch handler is required.
     *
     * @param handler the handler
     * @return this builder
     */
    public Builder handler(MessageHandler handler) {
      this.handler = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /**
     * Handles the messages of one receive per call; each call takes one of the {@code concurrency}
     * slots.
     *
     * @param batchHandler the batch handler
     * @return this builder
     */
    public Builder batchHandler(BatchHandler batchHandler) {
      this.batchHandler = Objects.requireNonNull(batchHandler, "batchHandler");
      return this;
    }

    /**
     * How many handlers run at once (default 10, any positive number).
     *
     * @param concurrency handlers at once
     * @return this builder
     */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1) {
        throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
      }
      this.concurrency = concurrency;
      return this;
    }

    /**
     * The most messages one receive asks for (1 to 10, default 10).
     *
     * @param receiveBatchSize messages per receive
     * @return this builder
     */
    public Builder receiveBatchSize(int receiveBatchSize) {
      if (receiveBatchSize < 1 || receiveBatchSize > 10) {
        throw new IllegalArgumentException(
            "receiveBatchSize must be between 1 and 10: " + receiveBatchSize);
      }
      this.receiveBatchSize = receiveBatchSize;
      return this;
    }

    /**
     * The long poll's wait (0 to 20 s in whole seconds, default 20 s).
     *
     * @param waitTime the long poll wait
     * @return this builder
     */
    public Builder waitTime(Duration waitTime) {
      Objects.requireNonNull(waitTime, "waitTime");
      if (waitTime.isNegative() || waitTime.compareTo(Duration.ofSeconds(20)) > 0) {
        throw new IllegalArgumentException(
            "waitTime must be between 0 and 20 seconds: " + waitTime);
      }
      this.waitTime = waitTime;
      return this;
    }

    /**
     * When messages are deleted (default {@link AckMode#ON_SUCCESS}).
     *
     * @param ackMode the acknowledgement mode
     * @return this builder
     */
    public Builder ackMode(AckMode ackMode) {
      this.ackMode = Objects.requireNonNull(ackMode, "ackMode");
      return this;
    }

    /**
     * How long a message whose handler failed stays hidden: a random time (full jitter) between 0
     * and {@code min(max, initial * multiplier^(receiveCount - 1))}, rounded to whole seconds
     * (defaults 1 s, 2.0, 5 min).
     *
     * @param initial the first delay
     * @param multiplier the growth per attempt
     * @param max the longest delay
     * @return this builder
     */
    public Builder failureBackoff(Duration initial, double multiplier, Duration max) {
      this.backoffInitial = nonNegative("initial", initial);
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException("multiplier must be at least 1: " + multiplier);
      }
      this.backoffMultiplier = multiplier;
      this.backoffMax = nonNegative("max", max);
      if (max.compareTo(MAX_VISIBILITY) > 0) {
        throw new IllegalArgumentException("max must be at most 12 hours: " + max);
      }
      return this;
    }

    /**
     * The backoff after a failed receive (throttling, 5xx, I/O): {@code initial} doubling per
     * failure in a row up to {@code max}, with jitter (defaults 100 ms and 20 s).
     *
     * @param initial the first delay
     * @param max the longest delay
     * @return this builder
     */
    public Builder receiveBackoff(Duration initial, Duration max) {
      this.receiveBackoffInitial = nonNegative("initial", initial);
      this.receiveBackoffMax = nonNegative("max", max);
      return this;
    }

    /**
     * How far each heartbeat extends a running handler's message (whole seconds, default the
     * queue's visibility timeout and at least 30 s); a heartbeat goes out when a third of it is
     * left.
     *
     * @param extension the extension
     * @return this builder
     */
    public Builder heartbeat(Duration extension) {
      Objects.requireNonNull(extension, "extension");
      if (extension.compareTo(Duration.ofSeconds(3)) < 0
          || extension.compareTo(MAX_VISIBILITY) > 0) {
        throw new IllegalArgumentException(
            "heartbeat extension must be between 3 seconds and 12 hours: " + extension);
      }
      this.heartbeatExtension = extension;
      return this;
    }

    /**
     * Receives the consumer's events (default: none).
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(ConsumerListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sees every handler failure before the message is settled (default: nothing).
     *
     * @param errorHandler the error hook
     * @return this builder
     */
    public Builder errorHandler(BiConsumer<MessageContext, Throwable> errorHandler) {
      this.errorHandler = Objects.requireNonNull(errorHandler, "errorHandler");
      return this;
    }

    /**
     * The batcher acknowledgements and visibility changes go through (default: one of the
     * consumer's own, closed with it); a shared one is not closed.
     *
     * @param batcher the batcher
     * @return this builder
     */
    public Builder batcher(SqsBatcher batcher) {
      this.batcher = Objects.requireNonNull(batcher, "batcher");
      return this;
    }

    /**
     * Runs handlers (default: a pool of {@code concurrency} daemon threads of the consumer's own);
     * the consumer never submits more than {@code concurrency} handlers at once.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * The randomness of backoff jitter (default a new {@link Random}).
     *
     * @param random the source of jitter
     * @return this builder
     */
    public Builder random(Random random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * The clock message ages are measured on and the consumer's timers (heartbeats, backoffs) run
     * on (default the system clock, UTC). Another clock, such as a test's virtual clock, is read
     * every millisecond while a timer is pending, so heartbeats follow it when it jumps.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Timers (heartbeats, receive backoff); for tests.
     *
     * @param scheduler the scheduler
     * @return this builder
     */
    Builder scheduler(Scheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /**
     * The consumer; fails with {@link IllegalStateException} without a client, a queue URL, or
     * exactly one of handler and batch handler.
     *
     * @return the consumer
     */
    public SqsConsumer build() {
      if (client == null) {
        throw new IllegalStateException("SqsConsumer.Builder: client(SqsClient) is required");
      }
      if (queueUrl == null) {
        throw new IllegalStateException("SqsConsumer.Builder: queueUrl(String) is required");
      }
      if ((handler == null) == (batchHandler == null)) {
        throw new IllegalStateException(
            "SqsConsumer.Builder: exactly one of handler(..) and batchHandler(..) is required");
      }
      return new SqsConsumer(this, client, queueUrl);
    }

    private static Duration nonNegative(String name, Duration value) {
      Objects.requireNonNull(value, name);
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative: " + value);
      }
      return value;
    }
  }
}

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

import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * ReceiveMessage: long polling on the engine's clock, FIFO receive attempts, attribute selection,
 * and the dead-letter moves a receive triggers.
 */
final class ReceiveActions {
  private final EngineCore core;

  ReceiveActions(EngineCore core) {
    this.core = core;
  }

  Map<String, Object> receiveMessage(RequestContext ctx, Map<String, Object> in) {
    QueueState q = core.resolve(ctx, in);
    Integer max = Params.integer(in, "MaxNumberOfMessages");
    if (max != null && (max < 1 || max > 10)) {
      // Recorded (test_send_receive_max_number_of_messages).
      throw Params.invalid("MaxNumberOfMessages", max, "Must be between 1 and 10, if provided.");
    }
    Integer wait = Params.integer(in, "WaitTimeSeconds");
    if (wait != null && (wait < 0 || wait > 20)) {
      // Recorded (test_send_receive_wait_time_seconds).
      throw Params.invalid("WaitTimeSeconds", wait, "Must be >= 0 and <= 20, if provided.");
    }
    Integer visibility = Params.integer(in, "VisibilityTimeout");
    if (visibility != null && (visibility < 0 || visibility > 43_200)) {
      // Same form as the recorded WaitTimeSeconds error.
      throw Params.invalid(
          "VisibilityTimeout", visibility, "Must be >= 0 and <= 43200, if provided.");
    }
    String attemptId = Params.string(in, "ReceiveRequestAttemptId");
    if (attemptId != null && !Texts.isGroupOrDedupId(attemptId)) {
      throw Params.invalid(
          "ReceiveRequestAttemptId",
          attemptId,
          "ReceiveRequestAttemptId can only include alphanumeric and punctuation characters. 1 to"
              + " 128 in length.");
    }
    Selection selection = new Selection(in);
    List<Object> messages =
        receive(
            q,
            max == null ? 1 : max,
            wait,
            visibility,
            attemptId,
            (queue, m) -> render(queue, m, selection, Ids.receiptHandle(queue.serial, m)));
    return messages.isEmpty() ? Map.of() : Map.of("Messages", messages);
  }

  /**
   * Receives up to {@code count} messages, waiting (long polling) up to {@code wait} seconds or the
   * queue's default, and renders each under the queue's lock.
   */
  <T> List<T> receive(
      QueueState q,
      int count,
      @Nullable Integer wait,
      @Nullable Integer visibility,
      @Nullable String attemptId,
      BiFunction<QueueState, StoredMessage, T> renderer) {
    long waitMillis = (wait != null ? wait : q.settings.receiveMessageWaitTimeSeconds) * 1000L;
    long deadline = core.now() + waitMillis;
    try {
      return receiveLoop(q, count, visibility, attemptId, renderer, waitMillis, deadline);
    } finally {
      if (core.manualClock) {
        core.parked.remove(Thread.currentThread());
      }
    }
  }

  private <T> List<T> receiveLoop(
      QueueState q,
      int count,
      @Nullable Integer visibility,
      @Nullable String attemptId,
      BiFunction<QueueState, StoredMessage, T> renderer,
      long waitMillis,
      long deadline) {
    long clockAtPark = Long.MIN_VALUE;
    long parkedSince = 0;
    while (true) {
      List<StoredMessage> deadLetters = new ArrayList<>();
      List<T> messages;
      QueueSettings s;
      boolean waited = false;
      q.lock.lock();
      try {
        if (q.deleted) {
          throw EngineCore.queueDoesNotExist();
        }
        long now = core.now();
        q.refresh(now);
        s = q.settings;
        long visibilityMillis = (visibility != null ? visibility : s.visibilityTimeout) * 1000L;
        FifoOrder fifo = q.fifoOrder;
        messages =
            fifo != null && attemptId != null
                ? replay(q, fifo, attemptId, visibilityMillis, now, renderer)
                : null;
        if (messages == null) {
          int room = core.inFlightLimit - q.inFlightCount();
          if (room <= 0 && !q.fifo && waitMillis == 0) {
            // Standard queues at the in-flight quota fail a short poll; a long poll and FIFO
            // queues get nothing, without error (SQS Developer Guide, queue quotas). The message is
            // the one AWS sent in a 2014 answer quoted in Cbsoftware/pressureNET-server#74.
            throw new SqsError(
                SqsErrorCode.OVER_LIMIT,
                "Too many messages have been received without being deleted. Please delete your"
                    + " received messages or let them timeout before receiving more.");
          }
          boolean redrive =
              s.deadLetterTargetArn != null && core.byArn(s.deadLetterTargetArn) != null;
          List<StoredMessage> taken =
              room <= 0
                  ? List.of()
                  : q.take(Math.min(count, room), visibilityMillis, now, redrive, deadLetters);
          if (fifo != null && attemptId != null && !taken.isEmpty()) {
            fifo.rememberAttempt(attemptId, taken, now);
          }
          messages = new ArrayList<>(taken.size());
          for (StoredMessage m : taken) {
            messages.add(renderer.apply(q, m));
          }
        }
        if (!messages.isEmpty()) {
          q.receivedCount += messages.size();
        } else if (deadLetters.isEmpty() && (now >= deadline || core.draining)) {
          q.emptyReceiveCount++; // this call answers now, empty: one NumberOfEmptyReceives
        }
        if (messages.isEmpty() && deadLetters.isEmpty() && now < deadline && !core.draining) {
          long until = core.manualClock ? deadline : Math.min(deadline, q.nextDue());
          if (core.manualClock) {
            long real = System.nanoTime();
            if (now != clockAtPark) {
              clockAtPark = now;
              parkedSince = real;
            }
            long stall = core.stalledPollNanos;
            if (stall > 0 && real - parkedSince >= stall) {
              throw core.stalled(waitMillis, real - parkedSince);
            }
            core.parked.put(Thread.currentThread(), deadline);
          }
          // With a ManualClock the engine is woken when the clock moves; the real-time bound only
          // makes the loop re-check now and then.
          long nanos =
              core.manualClock
                  ? core.manualSliceNanos()
                  : TimeUnit.MILLISECONDS.toNanos(Math.max(1, until - now));
          try {
            await(q, nanos);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
          }
          waited = true;
        }
      } finally {
        q.lock.unlock();
      }
      if (waited) {
        if (core.autoAdvanceNanos > 0) {
          core.maybeAdvance(); // outside the lock: moving the clock locks every queue in turn
        }
        continue;
      }
      if (!deadLetters.isEmpty()) {
        moveToDeadLetterQueue(q, s.deadLetterTargetArn, deadLetters);
        if (messages.isEmpty()) {
          continue;
        }
      }
      return messages;
    }
  }

  /**
   * A FIFO receive retried with the same ReceiveRequestAttemptId within five minutes returns the
   * same messages and receipt handles and restarts their visibility timeout (ReceiveMessage API
   * reference), provided they are all still in flight from that receive; otherwise null.
   */
  private <T> @Nullable List<T> replay(
      QueueState q,
      FifoOrder fifo,
      String attemptId,
      long visibilityMillis,
      long now,
      BiFunction<QueueState, StoredMessage, T> renderer) {
    FifoOrder.Attempt a = fifo.attempt(attemptId);
    if (a == null) {
      return null;
    }
    List<StoredMessage> found = new ArrayList<>();
    for (int i = 0; i < a.receiveCounts().length; i++) {
      StoredMessage m = q.find(a.ids()[2 * i], a.ids()[2 * i + 1]);
      if (m == null
          || m.state != StoredMessage.IN_FLIGHT
          || m.receiveCount != a.receiveCounts()[i]) {
        return null;
      }
      found.add(m);
    }
    List<T> out = new ArrayList<>();
    for (StoredMessage m : found) {
      q.changeVisibility(m, now + visibilityMillis);
      out.add(renderer.apply(q, m));
    }
    return out;
  }

  /**
   * Moves messages past maxReceiveCount to the dead-letter queue, keeping id and history. If the
   * dead-letter queue was deleted after the receive took them, they go back to their own queue as
   * they were, as if that receive had seen the queue gone: nothing is dropped.
   */
  void moveToDeadLetterQueue(
      QueueState source, @Nullable String dlqArn, List<StoredMessage> messages) {
    QueueState dlq = core.byArn(dlqArn);
    if (dlq != null) {
      dlq.lock.lock();
      try {
        if (!dlq.deleted) {
          long now = core.now();
          dlq.refresh(now);
          for (StoredMessage m : messages) {
            // A FIFO DLQ replaces the deduplication id with the message id, so that two messages
            // that shared one are both kept (SQS Developer Guide, dead-letter queue redrive).
            StoredMessage.Extras extras =
                m.extras == null
                    ? new StoredMessage.Extras(null, null, null, null, null)
                    : m.extras.copy(dlq.fifo ? m.messageId() : m.extras.dedupId);
            extras.deadLetterSourceArn = source.arn;
            // Standard DLQs keep the original enqueue time (retention counts from it); FIFO DLQs
            // restart it (SQS Developer Guide, dead-letter queue retention).
            StoredMessage copy =
                dlq.fifo
                    ? new StoredMessage(m, extras, m.idHi, m.idLo, now, true)
                    : new StoredMessage(m, extras);
            dlq.add(copy, 0, now);
            if (dlq.history != null) {
              dlq.history.record(
                  copy,
                  io.sqskit.testing.engine.MessageEvent.Kind.DEAD_LETTER_ARRIVED,
                  now,
                  "from " + source.arn);
            }
          }
          return;
        }
      } finally {
        dlq.lock.unlock();
      }
    }
    source.lock.lock();
    try {
      if (!source.deleted) {
        for (int i = messages.size() - 1; i >= 0; i--) {
          source.restore(
              messages.get(i), core.now()); // each goes before the last: back in their order
        }
      }
    } finally {
      source.lock.unlock();
    }
  }

  /**
   * Waits for a change of {@code q}, at most {@code nanos}; returns early on signals. The queue's
   * lock is held. Callers loop: they check the queue again and wait again until their deadline.
   */
  @SuppressWarnings({"WaitNotInLoop", "NonAtomicVolatileUpdate"}) // waiters: written with the lock
  private static void await(QueueState q, long nanos) throws InterruptedException {
    q.waiters++;
    try {
      q.changed.await(nanos, TimeUnit.NANOSECONDS);
    } finally {
      q.waiters--;
    }
  }

  /** Which attributes a receive asked for. */
  static final class Selection {
    final boolean allSystem;
    final Set<String> system = new HashSet<>();
    final boolean allUser;
    final Set<String> user = new HashSet<>();
    final List<String> userPrefixes = new ArrayList<>();

    Selection(Map<String, Object> in) {
      boolean all = false;
      for (String key : List.of("AttributeNames", "MessageSystemAttributeNames")) {
        List<String> names = Params.strings(in, key);
        if (names != null) {
          for (String n : names) {
            if (n.equals("All")) {
              all = true;
            }
            system.add(n);
          }
        }
      }
      allSystem = all;
      boolean allU = false;
      List<String> names = Params.strings(in, "MessageAttributeNames");
      if (names != null) {
        for (String n : names) {
          // Recorded (same case, step all_wildcard_asterisk): "*" selects every attribute too.
          if (n.equals("All") || n.equals(".*") || n.equals("*")) {
            allU = true;
          } else if (n.endsWith(".*")) {
            // Recorded (test_receive_message_message_attribute_names_filters): "He.*" selects
            // Hello and Help.Me, so the prefix is what precedes ".*".
            userPrefixes.add(n.substring(0, n.length() - 2));
          } else {
            user.add(n);
          }
        }
      }
      allUser = allU;
    }

    boolean system(String name) {
      return allSystem || system.contains(name);
    }

    boolean user(String name) {
      if (allUser || user.contains(name)) {
        return true;
      }
      for (String p : userPrefixes) {
        if (name.startsWith(p)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Every attribute, system and message, as a receive naming {@code All} for both returns. */
  private static final Selection EVERY_ATTRIBUTE =
      new Selection(
          Map.of("AttributeNames", List.of("All"), "MessageAttributeNames", List.of("All")));

  /**
   * {@code m} as a receive asking for every attribute would show it, but with no receipt handle:
   * nothing is received. The caller holds the queue's lock.
   */
  Map<String, Object> peek(QueueState q, StoredMessage m) {
    return render(q, m, EVERY_ATTRIBUTE, null);
  }

  private Map<String, Object> render(
      QueueState q, StoredMessage m, Selection sel, @Nullable String receiptHandle) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("MessageId", m.messageId());
    if (receiptHandle != null) {
      out.put("ReceiptHandle", receiptHandle);
    }
    out.put("MD5OfBody", m.md5OfBody());
    out.put("Body", m.body);
    Map<String, Object> attrs = new LinkedHashMap<>();
    StoredMessage.Extras x = m.extras;
    if (sel.system("SenderId")) {
      attrs.put("SenderId", m.senderId);
    }
    if (sel.system("SentTimestamp")) {
      attrs.put("SentTimestamp", Long.toString(m.sentMillis));
    }
    if (sel.system("ApproximateReceiveCount")) {
      attrs.put("ApproximateReceiveCount", Integer.toString(m.receiveCount));
    }
    // A message never received (only a peek shows one) has no first receive to tell.
    if (sel.system("ApproximateFirstReceiveTimestamp") && m.receiveCount > 0) {
      attrs.put("ApproximateFirstReceiveTimestamp", Long.toString(m.firstReceiveMillis()));
    }
    if (x != null) {
      if (x.traceHeader != null && sel.system("AWSTraceHeader")) {
        attrs.put("AWSTraceHeader", x.traceHeader);
      }
      if (x.deadLetterSourceArn != null && sel.system("DeadLetterQueueSourceArn")) {
        attrs.put("DeadLetterQueueSourceArn", x.deadLetterSourceArn);
      }
      if (x.groupId != null && sel.system("MessageGroupId")) {
        attrs.put("MessageGroupId", x.groupId);
      }
      if (q.fifo && x.dedupId != null && sel.system("MessageDeduplicationId")) {
        attrs.put("MessageDeduplicationId", x.dedupId);
      }
      if (q.fifo && sel.system("SequenceNumber")) {
        attrs.put("SequenceNumber", MessageActions.sequence(x.sequence));
      }
    }
    if (!attrs.isEmpty()) {
      out.put("Attributes", attrs);
    }
    if (x != null && x.attributes != null) {
      SortedMap<String, AttributeValue> chosen = new TreeMap<>();
      for (Map.Entry<String, AttributeValue> e : x.attributes.entrySet()) {
        if (sel.user(e.getKey())) {
          chosen.put(e.getKey(), e.getValue());
        }
      }
      if (!chosen.isEmpty()) {
        // Recorded (test_receive_message_message_attribute_names_filters): the digest covers the
        // attributes returned, not all of them.
        String md5 =
            chosen.size() == x.attributes.size()
                ? x.attributesMd5
                : Digests.attributesMd5Hex(chosen);
        out.put("MD5OfMessageAttributes", md5);
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, AttributeValue> e : chosen.entrySet()) {
          AttributeValue v = e.getValue();
          Map<String, Object> value = new LinkedHashMap<>();
          value.put("DataType", v.dataType());
          if (v.binaryValue() != null) {
            value.put("BinaryValue", v.binaryValue().clone());
          } else {
            value.put("StringValue", v.stringValue());
          }
          values.put(e.getKey(), value);
        }
        out.put("MessageAttributes", values);
      }
    }
    return out;
  }
}

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

/** The message actions: send, receive (with long polling), delete, change visibility, batches. */
final class MessageActions {
  private static final int MAX_BATCH = 10;
  private static final int MAX_BATCH_BYTES = 1_048_576;
  private static final long TWELVE_HOURS = 43_200_000L;

  private final EngineCore core;

  MessageActions(EngineCore core) {
    this.core = core;
  }

  // ---------------------------------------------------------------- send

  Map<String, Object> sendMessage(RequestContext ctx, Map<String, Object> in) {
    QueueState q = core.resolve(in);
    Outgoing o = Outgoing.parse(in, q.settings, false);
    return enqueue(q, o, core.senderId(ctx, q.account));
  }

  /** Stores a validated message (or finds its FIFO duplicate) and builds the send result. */
  Map<String, Object> enqueue(QueueState q, Outgoing o, String sender) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("MD5OfMessageBody", Digests.hex(o.md5()));
    if (o.attributesMd5() != null) {
      out.put("MD5OfMessageAttributes", o.attributesMd5());
    }
    if (o.systemAttributesMd5() != null) {
      out.put("MD5OfMessageSystemAttributes", o.systemAttributesMd5());
    }
    Stored stored = store(q, o, sender);
    out.put("MessageId", stored.messageId());
    if (stored.sequenceNumber() != null) {
      out.put("SequenceNumber", stored.sequenceNumber());
    }
    return out;
  }

  /** What a send produced: the message id and, on FIFO queues, the sequence number. */
  record Stored(String messageId, String sequenceNumber) {}

  /** Stores a validated message, or finds the FIFO message it duplicates. */
  Stored store(QueueState q, Outgoing o, String sender) {
    long[] id = Ids.randomUuid();
    q.lock.lock();
    try {
      if (q.deleted) {
        throw EngineCore.queueDoesNotExist();
      }
      long now = core.now();
      q.refresh(now);
      QueueSettings s = q.settings;
      if (q.fifo) {
        String key = dedupKey(s, o.groupId(), o.dedupId());
        QueueState.Dedup seen = q.dedup(key);
        if (seen != null) {
          // A duplicate within five minutes is accepted and not enqueued (semantics.md).
          return new Stored(Ids.uuid(seen.idHi(), seen.idLo()), sequence(seen.sequence()));
        }
      }
      StoredMessage m = new StoredMessage(id[0], id[1], o.body(), o.md5(), now, sender, o.extras());
      int delay = o.delaySeconds() != null ? o.delaySeconds() : s.delaySeconds;
      q.add(m, delay * 1000L, now);
      if (q.fifo) {
        q.remember(dedupKey(s, o.groupId(), o.dedupId()), m, now);
        return new Stored(m.messageId(), sequence(m.extras.sequence));
      }
      return new Stored(m.messageId(), null);
    } finally {
      q.lock.unlock();
    }
  }

  /**
   * The deduplication key. Recorded (test_sqs_fifo_message_group_scope_no_throughput_setting):
   * DeduplicationScope messageGroup alone still deduplicates across groups; only together with
   * FifoThroughputLimit perMessageGroupId (high throughput mode) is the scope the group.
   */
  private static String dedupKey(QueueSettings s, String group, String dedup) {
    boolean perGroup =
        "messageGroup".equals(s.deduplicationScope) && "perMessageGroupId".equals(s.fifoThroughputLimit);
    return perGroup ? group + '\u0000' + dedup : dedup;
  }

  static String sequence(long n) {
    return String.format("%020d", n);
  }

  Map<String, Object> sendMessageBatch(RequestContext ctx, Map<String, Object> in) {
    QueueState q = core.resolve(in);
    List<Map<String, Object>> entries = batchEntries(in, "SendMessageBatchRequestEntry");
    int total = 0;
    for (Map<String, Object> e : entries) {
      String body = Params.string(e, "MessageBody");
      if (body != null) {
        total += Texts.utf8Length(body);
      }
      Map<String, Object> attrs = Params.map(e, "MessageAttributes");
      if (attrs != null) {
        for (Map.Entry<String, Object> a : attrs.entrySet()) {
          total += Texts.utf8Length(a.getKey());
          if (a.getValue() instanceof Map<?, ?> v) {
            total += lengthOf(v.get("DataType")) + lengthOf(v.get("StringValue")) + lengthOf(v.get("BinaryValue"));
          }
        }
      }
    }
    if (total > MAX_BATCH_BYTES) {
      // Recorded (test_send_message_batch_with_oversized_contents).
      throw new SqsError(
          SqsErrorCode.BATCH_REQUEST_TOO_LONG,
          "Batch requests cannot be longer than " + MAX_BATCH_BYTES + " bytes. You have sent "
              + total + " bytes.");
    }
    QueueSettings settings = q.settings;
    List<Outgoing> parsed = new ArrayList<>();
    List<SqsError> errors = new ArrayList<>();
    for (Map<String, Object> e : entries) {
      try {
        parsed.add(Outgoing.parse(e, settings, true));
        errors.add(null);
      } catch (SqsError err) {
        if (q.fifo
            && err.code() == SqsErrorCode.INVALID_PARAMETER_VALUE
            && (err.getMessage().startsWith("The request must contain the parameter MessageGroupId")
                || err.getMessage().startsWith("The queue should either have ContentBasedDeduplication"))) {
          throw err; // recorded: these fail the whole FIFO batch
        }
        parsed.add(null);
        errors.add(err);
      }
    }
    String sender = core.senderId(ctx, q.account);
    List<Object> ok = new ArrayList<>();
    List<Object> failed = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String id = (String) entries.get(i).get("Id");
      if (parsed.get(i) == null) {
        failed.add(failure(id, errors.get(i)));
        continue;
      }
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("Id", id);
      Map<String, Object> sent = enqueue(q, parsed.get(i), sender);
      r.put("MessageId", sent.get("MessageId"));
      r.put("MD5OfMessageBody", sent.get("MD5OfMessageBody"));
      copy(sent, r, "MD5OfMessageAttributes");
      copy(sent, r, "MD5OfMessageSystemAttributes");
      copy(sent, r, "SequenceNumber");
      ok.add(r);
    }
    return batchResult(ok, failed);
  }

  private static int lengthOf(Object o) {
    if (o instanceof String s) {
      return Texts.utf8Length(s);
    }
    if (o instanceof byte[] b) {
      return b.length;
    }
    return 0;
  }

  private static void copy(Map<String, Object> from, Map<String, Object> to, String key) {
    Object v = from.get(key);
    if (v != null) {
      to.put(key, v);
    }
  }

  // ---------------------------------------------------------------- batches

  /** Checks a batch's entry list: present, at most ten, ids well formed and distinct. */
  private static List<Map<String, Object>> batchEntries(Map<String, Object> in, String entryName) {
    List<Object> raw = Params.list(in, "Entries");
    if (raw == null || raw.isEmpty()) {
      // AWS wording for EmptyBatchRequest (no recording in the reference).
      throw new SqsError(
          SqsErrorCode.EMPTY_BATCH_REQUEST,
          "There should be at least one " + entryName + " in the request.");
    }
    if (raw.size() > MAX_BATCH) {
      // Recorded (test_too_many_entries_in_batch_request).
      throw new SqsError(
          SqsErrorCode.TOO_MANY_ENTRIES_IN_BATCH_REQUEST,
          "Maximum number of entries per request are " + MAX_BATCH + ". You have sent " + raw.size()
              + ".");
    }
    List<Map<String, Object>> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Object o : raw) {
      Map<String, Object> e = Params.struct(o, "Entries");
      String id = Params.string(e, "Id");
      if (id == null || id.isEmpty() || id.length() > 80 || !Texts.isWordChars(id)) {
        // Recorded (test_invalid_batch_id, test_delete_message_batch_invalid_msg_id).
        throw new SqsError(
            SqsErrorCode.INVALID_BATCH_ENTRY_ID,
            "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It"
                + " can be at most 80 letters long.");
      }
      entries.add(e);
    }
    for (Map<String, Object> e : entries) {
      String id = (String) e.get("Id");
      if (!ids.add(id)) {
        // AWS wording for BatchEntryIdsNotDistinct (no recording in the reference).
        throw new SqsError(SqsErrorCode.BATCH_ENTRY_IDS_NOT_DISTINCT, "Id " + id + " repeated.");
      }
    }
    return entries;
  }

  /** A Failed entry: the Query code, as recorded in test_send_batch_message_size. */
  private static Map<String, Object> failure(String id, SqsError err) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("Id", id);
    f.put("SenderFault", err.code().senderFault());
    f.put("Code", err.code().queryCode());
    f.put("Message", err.getMessage());
    return f;
  }

  private static Map<String, Object> batchResult(List<Object> ok, List<Object> failed) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Successful", ok);
    out.put("Failed", failed);
    return out;
  }

  // ---------------------------------------------------------------- receive

  Map<String, Object> receiveMessage(RequestContext ctx, Map<String, Object> in) {
    QueueState q = core.resolve(in);
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
      throw Params.invalid("VisibilityTimeout", visibility, "Must be >= 0 and <= 43200, if provided.");
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
            (queue, m) -> render(queue, m, selection));
    return messages.isEmpty() ? Map.of() : Map.of("Messages", messages);
  }

  /**
   * Receives up to {@code count} messages, waiting (long polling) up to {@code wait} seconds or
   * the queue's default, and renders each under the queue's lock.
   */
  <T> List<T> receive(
      QueueState q,
      int count,
      Integer wait,
      Integer visibility,
      String attemptId,
      BiFunction<QueueState, StoredMessage, T> renderer) {
    long waitMillis = (wait != null ? wait : q.settings.receiveMessageWaitTimeSeconds) * 1000L;
    long deadline = core.now() + waitMillis;
    while (true) {
      List<StoredMessage> deadLetters = new ArrayList<>();
      List<T> messages;
      QueueSettings s;
      q.lock.lock();
      try {
        if (q.deleted) {
          throw EngineCore.queueDoesNotExist();
        }
        long now = core.now();
        q.refresh(now);
        s = q.settings;
        long visibilityMillis = (visibility != null ? visibility : s.visibilityTimeout) * 1000L;
        messages = q.fifo && attemptId != null ? replay(q, attemptId, visibilityMillis, now, renderer) : null;
        if (messages == null) {
          boolean redrive = s.deadLetterTargetArn != null && core.byArn(s.deadLetterTargetArn) != null;
          List<StoredMessage> taken = q.take(count, visibilityMillis, now, redrive, deadLetters);
          if (q.fifo && attemptId != null && !taken.isEmpty()) {
            q.rememberAttempt(attemptId, taken, now);
          }
          messages = new ArrayList<>(taken.size());
          for (StoredMessage m : taken) {
            messages.add(renderer.apply(q, m));
          }
        }
        if (messages.isEmpty() && deadLetters.isEmpty() && now < deadline) {
          long until = core.manualClock ? deadline : Math.min(deadline, q.nextDue());
          // With a ManualClock the engine is woken when the clock moves; the real-time bound only
          // makes the loop re-check now and then.
          long nanos =
              core.manualClock
                  ? TimeUnit.SECONDS.toNanos(1)
                  : TimeUnit.MILLISECONDS.toNanos(Math.max(1, until - now));
          try {
            q.await(nanos);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
          }
          continue;
        }
      } finally {
        q.lock.unlock();
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
  private <T> List<T> replay(
      QueueState q,
      String attemptId,
      long visibilityMillis,
      long now,
      BiFunction<QueueState, StoredMessage, T> renderer) {
    QueueState.Attempt a = q.attempt(attemptId);
    if (a == null) {
      return null;
    }
    List<StoredMessage> found = new ArrayList<>();
    for (int i = 0; i < a.receiveCounts().length; i++) {
      StoredMessage m = q.find(a.ids()[2 * i], a.ids()[2 * i + 1]);
      if (m == null || m.state != StoredMessage.IN_FLIGHT || m.receiveCount != a.receiveCounts()[i]) {
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

  /** Moves messages past maxReceiveCount to the dead-letter queue, keeping id and history. */
  void moveToDeadLetterQueue(QueueState source, String dlqArn, List<StoredMessage> messages) {
    QueueState dlq = core.byArn(dlqArn);
    if (dlq == null) {
      return; // deleted between the receive and the move: the messages are lost, as in SQS
    }
    dlq.lock.lock();
    try {
      long now = core.now();
      dlq.refresh(now);
      for (StoredMessage m : messages) {
        StoredMessage.Extras extras =
            m.extras == null
                ? new StoredMessage.Extras(null, null, null, null, null)
                : m.extras.copy();
        extras.deadLetterSourceArn = source.arn;
        StoredMessage copy = new StoredMessage(m, extras);
        dlq.add(copy, 0, now);
      }
    } finally {
      dlq.lock.unlock();
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
          if (n.equals("All") || n.equals(".*")) {
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

  private Map<String, Object> render(QueueState q, StoredMessage m, Selection sel) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("MessageId", m.messageId());
    out.put("ReceiptHandle", Ids.receiptHandle(q.serial, m));
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
    if (sel.system("ApproximateFirstReceiveTimestamp")) {
      attrs.put("ApproximateFirstReceiveTimestamp", Long.toString(m.firstReceiveMillis));
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
        attrs.put("SequenceNumber", sequence(x.sequence));
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
            chosen.size() == x.attributes.size() ? x.attributesMd5 : Digests.attributesMd5Hex(chosen);
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

  // ---------------------------------------------------------------- delete and visibility

  private static SqsError invalidHandle(String handle) {
    // AWS wording for ReceiptHandleIsInvalid (no recording in the reference).
    return new SqsError(
        SqsErrorCode.RECEIPT_HANDLE_IS_INVALID,
        "The input receipt handle \"" + handle + "\" is not a valid receipt handle.");
  }

  private static SqsError expiredHandle(String handle) {
    // Recorded (test_fifo_delete_after_visibility_timeout).
    return Params.invalid("ReceiptHandle", handle, "The receipt handle has expired.");
  }

  private static Ids.Handle parse(QueueState q, String handle) {
    Ids.Handle h = Ids.parseHandle(handle);
    if (h == null || h.queueSerial() != q.serial) {
      throw invalidHandle(handle);
    }
    return h;
  }

  Map<String, Object> deleteMessage(RequestContext ctx, Map<String, Object> in) {
    QueueState q = core.resolve(in);
    String handle = Params.requiredString(in, "ReceiptHandle");
    delete(q, handle);
    return Map.of();
  }

  /**
   * Deletes by receipt handle. Standard queues: the latest handle deletes the message wherever it
   * is; an older one succeeds and leaves the message (DeleteMessage API reference); an unknown
   * message was already deleted, which succeeds too. FIFO queues: the handle must belong to the
   * receive that is still in flight, else it has expired (recorded).
   */
  void delete(QueueState q, String handle) {
    Ids.Handle h = parse(q, handle);
    q.lock.lock();
    try {
      if (q.deleted) {
        throw EngineCore.queueDoesNotExist();
      }
      q.refresh(core.now());
      StoredMessage m = q.find(h.idHi(), h.idLo());
      if (m == null) {
        return;
      }
      if (q.fifo) {
        if (m.state != StoredMessage.IN_FLIGHT || m.receiveCount != h.receiveCount()) {
          throw expiredHandle(handle);
        }
      } else if (m.receiveCount != h.receiveCount()) {
        return;
      }
      q.remove(m);
      q.signalWaiters(); // a FIFO group may be free again
    } finally {
      q.lock.unlock();
    }
  }

  Map<String, Object> deleteMessageBatch(RequestContext ctx, Map<String, Object> in) {
    QueueState q = core.resolve(in);
    List<Map<String, Object>> entries = batchEntries(in, "DeleteMessageBatchRequestEntry");
    List<Object> ok = new ArrayList<>();
    List<Object> failed = new ArrayList<>();
    for (Map<String, Object> e : entries) {
      String id = (String) e.get("Id");
      try {
        String handle = Params.requiredString(e, "ReceiptHandle");
        delete(q, handle);
        ok.add(Map.of("Id", id));
      } catch (SqsError err) {
        if (err.code() == SqsErrorCode.QUEUE_DOES_NOT_EXIST) {
          throw err;
        }
        failed.add(failure(id, err));
      }
    }
    return batchResult(ok, failed);
  }

  Map<String, Object> changeMessageVisibility(RequestContext ctx, Map<String, Object> in) {
    QueueState q = core.resolve(in);
    String handle = Params.requiredString(in, "ReceiptHandle");
    Integer timeout = Params.integer(in, "VisibilityTimeout");
    if (timeout == null) {
      throw Params.missing("VisibilityTimeout");
    }
    changeVisibility(q, handle, timeout);
    return Map.of();
  }

  private void changeVisibility(QueueState q, String handle, int timeout) {
    if (timeout < 0 || timeout > 43_200) {
      throw Params.invalid(
          "VisibilityTimeout", timeout, "Must be >= 0 and <= 43200, if provided.");
    }
    Ids.Handle h = parse(q, handle);
    q.lock.lock();
    try {
      if (q.deleted) {
        throw EngineCore.queueDoesNotExist();
      }
      long now = core.now();
      q.refresh(now);
      StoredMessage m = q.find(h.idHi(), h.idLo());
      if (m == null || m.receiveCount != h.receiveCount()) {
        // AWS wording when the handle no longer names a receivable message.
        throw Params.invalid(
            "ReceiptHandle",
            handle,
            "Message does not exist or is not available for visibility timeout change.");
      }
      if (m.state != StoredMessage.IN_FLIGHT) {
        if (q.fifo) {
          throw new SqsError(
              SqsErrorCode.MESSAGE_NOT_INFLIGHT, "The message referred to is not in flight.");
        }
        // Standard queues: recorded 200 after the timeout expired (the message goes back in flight).
      }
      long due = now + timeout * 1000L;
      if (due - m.lastReceiveMillis > TWELVE_HOURS) {
        // semantics.md: at most 12 hours from the receipt. AWS wording.
        throw Params.invalid(
            "VisibilityTimeout",
            timeout,
            "Total VisibilityTimeout for the message is beyond the limit [43200 seconds]");
      }
      q.changeVisibility(m, due);
      if (timeout == 0) {
        q.refresh(now);
        q.signalWaiters();
      }
    } finally {
      q.lock.unlock();
    }
  }

  Map<String, Object> changeMessageVisibilityBatch(RequestContext ctx, Map<String, Object> in) {
    QueueState q = core.resolve(in);
    List<Map<String, Object>> entries =
        batchEntries(in, "ChangeMessageVisibilityBatchRequestEntry");
    List<Object> ok = new ArrayList<>();
    List<Object> failed = new ArrayList<>();
    for (Map<String, Object> e : entries) {
      String id = (String) e.get("Id");
      try {
        String handle = Params.requiredString(e, "ReceiptHandle");
        Integer timeout = Params.integer(e, "VisibilityTimeout");
        if (timeout == null) {
          throw Params.missing("VisibilityTimeout");
        }
        changeVisibility(q, handle, timeout);
        ok.add(Map.of("Id", id));
      } catch (SqsError err) {
        if (err.code() == SqsErrorCode.QUEUE_DOES_NOT_EXIST) {
          throw err;
        }
        failed.add(failure(id, err));
      }
    }
    return batchResult(ok, failed);
  }
}

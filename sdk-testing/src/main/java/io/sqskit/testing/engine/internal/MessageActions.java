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

import io.sqskit.testing.engine.MessageEvent.Kind;
import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
    QueueState q = core.resolve(ctx, in);
    Outgoing o = Outgoing.parse(in, q.settings, false);
    return enqueue(q, o, core.senderId(ctx, q.account), false);
  }

  /** Stores a validated message (or finds its FIFO duplicate) and builds the send result. */
  Map<String, Object> enqueue(QueueState q, Outgoing o, String sender, boolean batch) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("MD5OfMessageBody", Digests.hex(o.md5()));
    if (o.attributesMd5() != null) {
      out.put("MD5OfMessageAttributes", o.attributesMd5());
    }
    if (o.systemAttributesMd5() != null) {
      out.put("MD5OfMessageSystemAttributes", o.systemAttributesMd5());
    }
    Stored stored = store(q, o, sender, batch);
    out.put("MessageId", stored.messageId());
    if (stored.sequenceNumber() != null) {
      out.put("SequenceNumber", stored.sequenceNumber());
    }
    return out;
  }

  /** What a send produced: the message id and, on FIFO queues, the sequence number. */
  record Stored(String messageId, @Nullable String sequenceNumber) {}

  /** Stores a validated message, or finds the FIFO message it duplicates. */
  Stored store(QueueState q, Outgoing o, String sender) {
    return store(q, o, sender, false);
  }

  /** Stores a message; {@code batch} tells the history whether SendMessageBatch sent it. */
  Stored store(QueueState q, Outgoing o, String sender, boolean batch) {
    long[] id = Ids.randomUuid();
    q.lock.lock();
    try {
      if (q.deleted) {
        throw EngineCore.queueDoesNotExist();
      }
      long now = core.now();
      q.refresh(now);
      QueueSettings s = q.settings;
      long delayMillis = (o.delaySeconds() != null ? o.delaySeconds() : s.delaySeconds) * 1000L;
      StoredMessage m;
      FifoOrder fifo = q.fifoOrder;
      if (fifo == null) {
        m = new StoredMessage(id[0], id[1], o.body(), o.md5(), now, sender, o.extras());
        q.add(m, delayMillis, now);
        q.sentCount++;
        sent(q, m, now, batch);
        return new Stored(m.messageId(), null);
      }
      // Non-null on a FIFO queue: Outgoing.parse requires a group id and sets a deduplication id.
      String dedupId = Objects.requireNonNull(o.dedupId());
      String key = dedupKey(s, Objects.requireNonNull(o.groupId()), dedupId);
      FifoOrder.Dedup seen = fifo.duplicateOf(key);
      if (seen == null && !key.equals(dedupId)) {
        // Ids remembered while the scope was the queue still hold after a switch to the group
        // (replayed: test_fifo_change_to_high_throughput_after_creation).
        seen = fifo.duplicateOf(dedupId);
      }
      if (seen != null) {
        // A duplicate within five minutes is accepted and not enqueued (semantics.md).
        return new Stored(Ids.uuid(seen.idHi(), seen.idLo()), sequence(seen.sequence()));
      }
      m = new StoredMessage(id[0], id[1], o.body(), o.md5(), now, sender, o.extras());
      q.add(m, delayMillis, now);
      q.sentCount++;
      sent(q, m, now, batch);
      fifo.remember(key, m, now);
      return new Stored(m.messageId(), sequence(FifoOrder.sequence(m)));
    } finally {
      q.lock.unlock();
    }
  }

  private static void sent(QueueState q, StoredMessage m, long now, boolean batch) {
    if (q.history != null) {
      q.history.record(m, Kind.SENT, now, batch ? "SendMessageBatch" : "SendMessage");
    }
  }

  /**
   * The deduplication key: the id alone, or with DeduplicationScope messageGroup the group and the
   * id, whatever the FifoThroughputLimit. Recorded
   * (test_sqs_fifo_message_group_scope_no_throughput_ setting): with messageGroup and no throughput
   * setting, the same id in two groups gives two messages; the SQS Developer Guide (high throughput
   * for FIFO queues) says deduplication happens as specified with other throughput values.
   */
  private static String dedupKey(QueueSettings s, String group, String dedup) {
    return "messageGroup".equals(s.deduplicationScope) ? group + '\u0000' + dedup : dedup;
  }

  static String sequence(long n) {
    return String.format("%020d", n);
  }

  Map<String, Object> sendMessageBatch(RequestContext ctx, Map<String, Object> in) {
    QueueState q = core.resolve(ctx, in);
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
            total +=
                lengthOf(v.get("DataType"))
                    + lengthOf(v.get("StringValue"))
                    + lengthOf(v.get("BinaryValue"));
          }
        }
      }
    }
    if (total > MAX_BATCH_BYTES) {
      // Recorded (test_send_message_batch_with_oversized_contents).
      throw new SqsError(
          SqsErrorCode.BATCH_REQUEST_TOO_LONG,
          "Batch requests cannot be longer than "
              + MAX_BATCH_BYTES
              + " bytes. You have sent "
              + total
              + " bytes.");
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
            && (err.jsonMessage()
                    .startsWith("The request must contain the parameter MessageGroupId")
                || err.jsonMessage()
                    .startsWith("The queue should either have ContentBasedDeduplication"))) {
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
      String id = entryId(entries.get(i));
      if (parsed.get(i) == null) {
        failed.add(failure(id, errors.get(i)));
        continue;
      }
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("Id", id);
      Map<String, Object> sent = enqueue(q, parsed.get(i), sender, true);
      r.put("MessageId", sent.get("MessageId"));
      r.put("MD5OfMessageBody", sent.get("MD5OfMessageBody"));
      copy(sent, r, "MD5OfMessageAttributes");
      copy(sent, r, "MD5OfMessageSystemAttributes");
      copy(sent, r, "SequenceNumber");
      ok.add(r);
    }
    return batchResult(ok, failed);
  }

  private static int lengthOf(@Nullable Object o) {
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
          "Maximum number of entries per request are "
              + MAX_BATCH
              + ". You have sent "
              + raw.size()
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

  /** The Id of an entry that {@link #batchEntries} accepted. */
  private static String entryId(Map<String, Object> entry) {
    // Non-null: batchEntries refuses an entry without an Id.
    return Objects.requireNonNull((String) entry.get("Id"));
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
    // Recorded (test_send_message_batch_with_oversized_contents_with_updated_maximum_message_size,
    // over JSON): a batch with no failed entry has no Failed member at all.
    if (!failed.isEmpty()) {
      out.put("Failed", failed);
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

  static Ids.Handle parse(QueueState q, String handle) {
    Ids.Handle h = Ids.parseHandle(handle);
    if (h == null || h.queueSerial() != q.serial) {
      throw invalidHandle(handle);
    }
    return h;
  }

  Map<String, Object> deleteMessage(RequestContext ctx, Map<String, Object> in) {
    QueueState q = core.resolve(ctx, in);
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
      long now = core.now();
      q.refresh(now);
      StoredMessage m = q.find(h.idHi(), h.idLo());
      HistoryLog history = q.history;
      if (m == null) {
        // A valid handle of a message already deleted: SQS answers success and counts it in
        // NumberOfMessagesDeleted ("including duplicate deletions").
        q.deletedCount++;
        if (history != null) {
          history.recordGone(
              Ids.uuid(h.idHi(), h.idLo()), Kind.DELETED_AGAIN, now, h.receiveCount());
        }
        return;
      }
      if (q.fifo) {
        if (m.state != StoredMessage.IN_FLIGHT || m.receiveCount != h.receiveCount()) {
          if (history != null) {
            history.recordHandle(
                m,
                Kind.DELETE_REFUSED,
                now,
                h.receiveCount(),
                HistoryLog.NONE,
                "the receipt handle has expired");
          }
          throw expiredHandle(handle);
        }
      } else if (m.receiveCount != h.receiveCount() || m.staleHandles) {
        if (history != null) {
          history.recordHandle(
              m,
              Kind.DELETE_WITH_STALE_HANDLE,
              now,
              h.receiveCount(),
              HistoryLog.NONE,
              "SQS answers success; the message stays");
        }
        q.deletedCount++; // a successful delete with a valid handle, as SQS counts it
        return;
      }
      if (history != null) {
        history.recordHandle(m, Kind.DELETED, now, h.receiveCount(), HistoryLog.NONE, null);
      }
      q.remove(m);
      q.deletedCount++;
      if (m.duplicatePending) {
        Duplicates.redeliver(q, m, now);
      }
      q.signalWaiters(); // a FIFO group may be free again
    } finally {
      q.lock.unlock();
    }
  }

  Map<String, Object> deleteMessageBatch(RequestContext ctx, Map<String, Object> in) {
    QueueState q = core.resolve(ctx, in);
    List<Map<String, Object>> entries = batchEntries(in, "DeleteMessageBatchRequestEntry");
    List<Object> ok = new ArrayList<>();
    List<Object> failed = new ArrayList<>();
    for (Map<String, Object> e : entries) {
      String id = entryId(e);
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
    QueueState q = core.resolve(ctx, in);
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
      throw Params.invalid("VisibilityTimeout", timeout, "Must be >= 0 and <= 43200, if provided.");
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
      if (m == null || m.receiveCount != h.receiveCount() || m.staleHandles) {
        refusedChange(q, h, m, now, "the handle is not the latest receive's");
        // AWS wording when the handle no longer names a receivable message.
        throw Params.invalid(
            "ReceiptHandle",
            handle,
            "Message does not exist or is not available for visibility timeout change.");
      }
      if (m.state != StoredMessage.IN_FLIGHT) {
        if (q.fifo) {
          refusedChange(q, h, m, now, "the message is not in flight");
          throw new SqsError(
              SqsErrorCode.MESSAGE_NOT_INFLIGHT, "The message referred to is not in flight.");
        }
        // Standard queues: recorded 200 after the timeout expired (the message goes back in
        // flight).
      }
      long due = now + timeout * 1000L;
      if (due - m.lastReceiveMillis() > TWELVE_HOURS) {
        refusedChange(q, h, m, now, "beyond 12 hours from the receive");
        // semantics.md: at most 12 hours from the receipt. AWS wording.
        throw Params.invalid(
            "VisibilityTimeout",
            timeout,
            "Total VisibilityTimeout for the message is beyond the limit [43200 seconds]");
      }
      if (q.history != null) {
        q.history.recordHandle(
            m, Kind.VISIBILITY_CHANGED, now, h.receiveCount(), due, "VisibilityTimeout " + timeout);
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

  private static void refusedChange(
      QueueState q, Ids.Handle h, @Nullable StoredMessage m, long now, String why) {
    HistoryLog history = q.history;
    if (history == null) {
      return;
    }
    if (m == null) {
      history.recordGone(
          Ids.uuid(h.idHi(), h.idLo()), Kind.VISIBILITY_CHANGE_REFUSED, now, h.receiveCount());
    } else {
      history.recordHandle(
          m, Kind.VISIBILITY_CHANGE_REFUSED, now, h.receiveCount(), HistoryLog.NONE, why);
    }
  }

  Map<String, Object> changeMessageVisibilityBatch(RequestContext ctx, Map<String, Object> in) {
    QueueState q = core.resolve(ctx, in);
    List<Map<String, Object>> entries =
        batchEntries(in, "ChangeMessageVisibilityBatchRequestEntry");
    List<Object> ok = new ArrayList<>();
    List<Object> failed = new ArrayList<>();
    for (Map<String, Object> e : entries) {
      String id = entryId(e);
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

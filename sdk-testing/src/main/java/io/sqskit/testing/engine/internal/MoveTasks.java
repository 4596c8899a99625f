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

import io.sqskit.testing.engine.MessageEvent;
import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Message move tasks (StartMessageMoveTask, CancelMessageMoveTask, ListMessageMoveTasks): move the
 * messages of a dead-letter queue back to their sources or to a given queue, at most
 * MaxNumberOfMessagesPerSecond. Progress is computed from the clock whenever the engine runs an
 * action or a ManualClock moves; answers and texts follow
 * recorded/test_sqs_move_task.snapshot.json.
 */
@SuppressWarnings("NonAtomicVolatileUpdate") // running is only written under this object's lock
final class MoveTasks {
  private static final int MAX_RATE = 500; // StartMessageMoveTask API reference: 1 to 500
  private final EngineCore core;
  private final List<Task> tasks = new ArrayList<>();

  /** Written only inside synchronized (this); read without it by tick() to skip the lock. */
  private volatile int running;

  MoveTasks(EngineCore core) {
    this.core = core;
  }

  /** One task and its progress. */
  private static final class Task {
    final String id;
    final String handle;
    final String sourceArn;
    final @Nullable String destinationArn;
    final @Nullable Integer rate;
    final long started;
    final long toMove;
    long moved;
    String status = "RUNNING";
    @Nullable String failureReason;

    Task(
        String id,
        String sourceArn,
        @Nullable String destinationArn,
        @Nullable Integer rate,
        long started,
        long toMove) {
      this.id = id;
      this.sourceArn = sourceArn;
      this.destinationArn = destinationArn;
      this.rate = rate;
      this.started = started;
      this.toMove = toMove;
      String raw = "{\"taskId\":\"" + id + "\",\"sourceArn\":\"" + sourceArn + "\"}";
      this.handle = Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static SqsError notFound(String parameter) {
    return new SqsError(
        SqsErrorCode.RESOURCE_NOT_FOUND_EXCEPTION,
        "The resource that you specified for the " + parameter + " parameter doesn't exist.");
  }

  Map<String, Object> start(RequestContext ctx, Map<String, Object> in) {
    String sourceArn = Params.requiredString(in, "SourceArn");
    String destinationArn = Params.string(in, "DestinationArn");
    Integer rate = Params.integer(in, "MaxNumberOfMessagesPerSecond");
    QueueState source = core.byArn(sourceArn);
    if (source == null) {
      throw notFound("SourceArn");
    }
    boolean isDeadLetterQueue = false;
    for (QueueState q : core.allQueues()) {
      if (sourceArn.equals(q.settings.deadLetterTargetArn)) {
        isDeadLetterQueue = true;
        break;
      }
    }
    if (!isDeadLetterQueue) {
      throw new SqsError(
          SqsErrorCode.INVALID_PARAMETER_VALUE,
          "Source queue must be configured as a Dead Letter Queue.");
    }
    if (destinationArn != null) {
      QueueState destination = core.byArn(destinationArn);
      if (destination == null) {
        throw notFound("DestinationArn");
      }
      if (destination.fifo != source.fifo) {
        // The developer guide: a redrive destination must be of the DLQ's type. The wording is
        // ours.
        throw Params.invalid(
            "DestinationArn",
            destinationArn,
            "The destination queue must be of the same type (standard or FIFO) as the source"
                + " queue.");
      }
    }
    if (rate != null && (rate < 1 || rate > MAX_RATE)) {
      throw Params.invalid(
          "MaxNumberOfMessagesPerSecond",
          rate,
          "Must be between 1 and " + MAX_RATE + ", if provided.");
    }
    synchronized (this) {
      progress();
      for (Task t : tasks) {
        if (t.sourceArn.equals(sourceArn) && t.status.equals("RUNNING")) {
          throw new SqsError(
              SqsErrorCode.INVALID_PARAMETER_VALUE,
              "There is already a task running. Only one active task is allowed for a source queue"
                  + " arn at a given time.");
        }
      }
      long toMove;
      source.lock.lock();
      try {
        source.refresh(core.now());
        toMove = source.visibleCount();
      } finally {
        source.lock.unlock();
      }
      long[] id = Ids.randomUuid();
      Task t =
          new Task(Ids.uuid(id[0], id[1]), sourceArn, destinationArn, rate, core.now(), toMove);
      tasks.add(t);
      running++;
      progress();
      return Map.of("TaskHandle", t.handle);
    }
  }

  Map<String, Object> cancel(RequestContext ctx, Map<String, Object> in) {
    String handle = Params.requiredString(in, "TaskHandle");
    String taskId;
    String sourceArn;
    try {
      Object parsed =
          Json.parse(new String(Base64.getDecoder().decode(handle), StandardCharsets.UTF_8));
      if (!(parsed instanceof Map<?, ?> m)) {
        // A handle that decodes to JSON null used to end in a NullPointerException here.
        throw new IllegalArgumentException("not a JSON object");
      }
      taskId = (String) m.get("taskId");
      sourceArn = (String) m.get("sourceArn");
      if (taskId == null || sourceArn == null) {
        throw new IllegalArgumentException("incomplete handle");
      }
    } catch (IllegalArgumentException | ClassCastException e) {
      throw new SqsError(
          SqsErrorCode.INVALID_PARAMETER_VALUE, "Value for parameter TaskHandle is invalid.");
    }
    if (core.byArn(sourceArn) == null) {
      throw notFound("SourceArn");
    }
    synchronized (this) {
      progress();
      for (Task t : tasks) {
        if (t.id.equals(taskId) && t.sourceArn.equals(sourceArn) && t.status.equals("RUNNING")) {
          t.status = "CANCELLED";
          running--;
          return Map.of("ApproximateNumberOfMessagesMoved", t.moved);
        }
      }
    }
    throw new SqsError(SqsErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, "Task does not exist.");
  }

  Map<String, Object> list(RequestContext ctx, Map<String, Object> in) {
    String sourceArn = Params.requiredString(in, "SourceArn");
    Integer max = Params.integer(in, "MaxResults");
    if (max != null && (max < 1 || max > 10)) {
      throw Params.invalid("MaxResults", max, "Must be between 1 and 10, if provided.");
    }
    if (core.byArn(sourceArn) == null) {
      throw notFound("SourceArn");
    }
    int limit = max == null ? 1 : max;
    List<Object> results = new ArrayList<>();
    synchronized (this) {
      progress();
      for (int i = tasks.size() - 1; i >= 0 && results.size() < limit; i--) {
        Task t = tasks.get(i);
        if (!t.sourceArn.equals(sourceArn)) {
          continue;
        }
        Map<String, Object> r = new LinkedHashMap<>();
        if (t.status.equals("RUNNING")) {
          r.put("TaskHandle", t.handle); // recorded: only running tasks show their handle
        }
        r.put("Status", t.status);
        r.put("SourceArn", t.sourceArn);
        if (t.destinationArn != null) {
          r.put("DestinationArn", t.destinationArn);
        }
        if (t.rate != null) {
          r.put("MaxNumberOfMessagesPerSecond", t.rate);
        }
        r.put("ApproximateNumberOfMessagesMoved", t.moved);
        r.put("ApproximateNumberOfMessagesToMove", t.toMove);
        if (t.failureReason != null) {
          r.put("FailureReason", t.failureReason);
        }
        r.put("StartedTimestamp", t.started);
        results.add(r);
      }
    }
    return Map.of("Results", results);
  }

  /** Called before every action: moves what the running tasks may have moved by now. */
  void tick() {
    if (running > 0) {
      synchronized (this) {
        progress();
      }
    }
  }

  void clockMoved() {
    tick();
  }

  void queueDeleted(QueueState q) {
    tick();
  }

  private void progress() {
    long now = core.now();
    for (Task t : tasks) {
      if (!t.status.equals("RUNNING")) {
        continue;
      }
      long allowed = t.toMove;
      if (t.rate != null) {
        allowed = Math.min(t.toMove, Math.max(0, (now - t.started) / 1000L) * t.rate);
      }
      while (t.moved < allowed && t.status.equals("RUNNING")) {
        QueueState source = core.byArn(t.sourceArn);
        if (source == null) {
          fail(t);
          break;
        }
        QueueState fixed = t.destinationArn == null ? null : core.byArn(t.destinationArn);
        if (t.destinationArn != null && fixed == null) {
          fail(t);
          break;
        }
        StoredMessage m;
        QueueState target = fixed;
        source.lock.lock();
        try {
          source.refresh(now);
          m = source.firstVisible();
          if (m != null && target == null) {
            String origin = m.extras == null ? null : m.extras.deadLetterSourceArn;
            target = origin == null ? null : core.byArn(origin);
          }
          if (m != null && target != null) {
            if (source.history != null) {
              source.history.record(
                  m, MessageEvent.Kind.MOVED_OUT, now, "by a move task to " + target.arn);
            }
            source.remove(m);
          }
        } finally {
          source.lock.unlock();
        }
        if (m == null) {
          break; // nothing visible now (in flight or gone): try again later
        }
        if (target == null) {
          // The message has no source queue to go back to: it was sent to the DLQ directly, or its
          // source was deleted since. It stays in the DLQ and the task fails as it does when its
          // destination is deleted (recorded), rather than the message being lost.
          fail(t);
          break;
        }
        StoredMessage.Extras extras = m.extras == null ? null : m.extras.copy();
        if (extras != null) {
          extras.deadLetterSourceArn = null;
        }
        // A redriven message is a new message: new MessageId and enqueue time, so its retention
        // starts again, and no receives (SQS Developer Guide, dead-letter queue redrive).
        long[] id = Ids.randomUuid();
        StoredMessage copy = new StoredMessage(m, extras, id[0], id[1], now, false);
        boolean delivered;
        target.lock.lock();
        try {
          delivered = !target.deleted;
          if (delivered) {
            target.refresh(now);
            target.add(copy, 0, now);
            if (target.history != null) {
              target.history.record(
                  copy,
                  MessageEvent.Kind.MOVED_IN,
                  now,
                  "by a move task from " + source.arn + ", was " + m.messageId());
            }
          }
        } finally {
          target.lock.unlock();
        }
        if (!delivered) {
          // Deleted since it was looked up: the message goes back, the task fails as recorded.
          source.lock.lock();
          try {
            if (!source.deleted) {
              source.restore(m, now);
            }
          } finally {
            source.lock.unlock();
          }
          fail(t);
          break;
        }
        t.moved++;
      }
      if (t.status.equals("RUNNING") && t.moved >= t.toMove) {
        t.status = "COMPLETED";
        running--;
      }
    }
  }

  private void fail(Task t) {
    // Recorded (test_move_task_delete_destination_queue_while_running).
    t.status = "FAILED";
    t.failureReason = SqsErrorCode.QUEUE_DOES_NOT_EXIST.queryCode();
    running--;
  }
}

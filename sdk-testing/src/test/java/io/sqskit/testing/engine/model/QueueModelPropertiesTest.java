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
package io.sqskit.testing.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sqskit.testing.engine.ManualClock;
import io.sqskit.testing.engine.MessageSnapshot;
import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Generated operation sequences on one queue and a ManualClock, checked step by step against {@link
 * QueueModel}; a failure shrinks to a minimal sequence that jqwik prints.
 */
class QueueModelPropertiesTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final RequestContext CTX = new RequestContext(null, "http://127.0.0.1:9324", null);
  private static final int GROUPS = 3;

  /** Default retention (4 days, never reached here), no queue delay. */
  private static final int LONG_RETENTION = 345_600;

  @Property(tries = 250, shrinking = ShrinkingMode.FULL)
  void standardQueueFollowsTheModel(@ForAll("standardOps") List<Op> ops) {
    new Run(false, LONG_RETENTION, 0).apply(ops);
  }

  @Property(tries = 250, shrinking = ShrinkingMode.FULL)
  void fifoQueueFollowsTheModel(@ForAll("fifoOps") List<Op> ops) {
    new Run(true, LONG_RETENTION, 0).apply(ops);
  }

  @Property(tries = 150, shrinking = ShrinkingMode.FULL)
  void standardQueueWithShortRetentionAndQueueDelayFollowsTheModel(
      @ForAll("standardOps") List<Op> ops) {
    new Run(false, 60, 2).apply(ops);
  }

  /**
   * With a queue delay, messages of one group fall due together: this property once found them
   * leaving in the wrong order (regression test: engine.FifoQueueDelayOrderTest).
   */
  @Property(tries = 150, shrinking = ShrinkingMode.FULL)
  void fifoQueueWithShortRetentionAndQueueDelayFollowsTheModel(@ForAll("fifoOps") List<Op> ops) {
    new Run(true, 60, 2).apply(ops);
  }

  @Provide
  Arbitrary<List<Op>> standardOps() {
    return ops(true);
  }

  @Provide
  Arbitrary<List<Op>> fifoOps() {
    return ops(false);
  }

  private static Arbitrary<List<Op>> ops(boolean delays) {
    Arbitrary<Integer> delay =
        delays
            ? Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1, 7)))
            : Arbitraries.just(0);
    Arbitrary<Op> send =
        Combinators.combine(
                delay,
                Arbitraries.integers().between(0, GROUPS - 1),
                Arbitraries.integers().between(0, 9))
            .as(Op.Send::new);
    Arbitrary<Op> sendBatch =
        send.map(Op.Send.class::cast).list().ofMinSize(1).ofMaxSize(4).map(Op.SendBatch::new);
    Arbitrary<Op> receive =
        Combinators.combine(
                Arbitraries.integers().between(1, 10), Arbitraries.integers().between(0, 8))
            .as(Op.Receive::new);
    Arbitrary<Op> delete =
        Combinators.combine(
                Arbitraries.integers().between(0, 20), Arbitraries.of(false, false, true))
            .as(Op.Delete::new);
    Arbitrary<Op> change =
        Combinators.combine(
                Arbitraries.integers().between(0, 20),
                Arbitraries.of(false, false, true),
                Arbitraries.integers().between(0, 8))
            .as(Op.ChangeVisibility::new);
    // Small steps mostly; the edges of the 60 s purge interval and the 5 min dedup window
    // sometimes.
    Arbitrary<Op> advance =
        Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0, 9)),
                Tuple.of(1, Arbitraries.of(59, 60, 61, 299, 300, 301)))
            .map(Op.Advance::new);
    Arbitrary<Op> purge = Arbitraries.just(new Op.Purge());
    Arbitrary<Op> op =
        Arbitraries.frequencyOf(
            Tuple.of(5, send),
            Tuple.of(2, sendBatch),
            Tuple.of(5, receive),
            Tuple.of(4, delete),
            Tuple.of(2, change),
            Tuple.of(4, advance),
            Tuple.of(1, purge));
    return op.list().ofMinSize(1).ofMaxSize(60);
  }

  /** One sequence against a fresh engine and a fresh model. */
  private static final class Run {
    final ManualClock clock = ManualClock.create(START);
    final SqsEngine engine = SqsEngine.builder().clock(clock).accountId("123456789012").build();
    final QueueModel model;
    final String url;
    int bodies;
    int dedupIds;

    Run(boolean fifo, int retentionSeconds, int queueDelaySeconds) {
      model = new QueueModel(fifo, retentionSeconds, queueDelaySeconds);
      Map<String, Object> attributes = new HashMap<>();
      attributes.put("VisibilityTimeout", "5");
      attributes.put("MessageRetentionPeriod", Integer.toString(retentionSeconds));
      attributes.put("DelaySeconds", Integer.toString(queueDelaySeconds));
      if (fifo) {
        attributes.put("FifoQueue", "true");
      }
      url =
          (String)
              engine
                  .execute(
                      CTX,
                      "CreateQueue",
                      Map.of("QueueName", fifo ? "model.fifo" : "model", "Attributes", attributes))
                  .get("QueueUrl");
    }

    void apply(List<Op> ops) {
      for (int i = 0; i < ops.size(); i++) {
        Op op = ops.get(i);
        String where = "step " + i + " " + op;
        model.expire(now());
        step(op, where);
        check(where);
      }
    }

    private long now() {
      return clock.millis();
    }

    private Map<String, Object> call(String action, Object... keyValues) {
      Map<String, Object> in = new HashMap<>();
      in.put("QueueUrl", url);
      for (int i = 0; i < keyValues.length; i += 2) {
        in.put((String) keyValues[i], keyValues[i + 1]);
      }
      return engine.execute(CTX, action, in);
    }

    private void step(Op op, String where) {
      long now = now();
      if (op instanceof Op.Send s) {
        send(s, now, where);
      } else if (op instanceof Op.SendBatch b) {
        sendBatch(b, now, where);
      } else if (op instanceof Op.Receive r) {
        receive(r, now, where);
      } else if (op instanceof Op.Delete d) {
        List<QueueModel.Msg> candidates = model.everReceived();
        if (candidates.isEmpty()) {
          return;
        }
        QueueModel.Msg m = candidates.get(d.message() % candidates.size());
        String handle = handle(m, d.stale());
        boolean latest = handle.equals(m.handles.get(m.handles.size() - 1));
        ThrowingCallable call = () -> call("DeleteMessage", "ReceiptHandle", handle);
        if (m.deleted || (!model.fifo && !latest)) {
          succeeds(
              call, where); // deleted already, or an older handle on a standard queue: no effect
        } else if (latest && (!model.fifo || m.inFlight(now))) {
          succeeds(call, where);
          m.deleted = true;
        } else {
          // FIFO: a handle whose visibility ended (or an older one) has expired (recorded answer).
          fails(call, SqsErrorCode.INVALID_PARAMETER_VALUE, where);
        }
      } else if (op instanceof Op.ChangeVisibility c) {
        List<QueueModel.Msg> candidates = model.everReceived();
        if (candidates.isEmpty()) {
          return;
        }
        QueueModel.Msg m = candidates.get(c.message() % candidates.size());
        String handle = handle(m, c.stale());
        boolean latest = handle.equals(m.handles.get(m.handles.size() - 1));
        ThrowingCallable call =
            () ->
                call(
                    "ChangeMessageVisibility",
                    "ReceiptHandle",
                    handle,
                    "VisibilityTimeout",
                    c.visibilitySeconds());
        if (m.deleted || !latest) {
          fails(call, SqsErrorCode.INVALID_PARAMETER_VALUE, where);
        } else if (model.fifo && !m.inFlight(now)) {
          fails(call, SqsErrorCode.MESSAGE_NOT_INFLIGHT, where);
        } else {
          // Standard queues accept the change after expiry too and put the message back in flight
          // (recorded answer, see MessageActions).
          succeeds(call, where);
          m.visibleAt = now + c.visibilitySeconds() * 1000L;
        }
      } else if (op instanceof Op.Advance a) {
        clock.advance(Duration.ofSeconds(a.seconds()));
      } else if (op instanceof Op.Purge) {
        if (model.purgeRefused(now)) {
          fails(() -> call("PurgeQueue"), SqsErrorCode.PURGE_QUEUE_IN_PROGRESS, where);
        } else {
          succeeds(() -> call("PurgeQueue"), where);
          model.purge(now);
        }
      }
    }

    private void send(Op.Send s, long now, String where) {
      String body = "b" + bodies++;
      if (!model.fifo) {
        // Delay choice 0 sends no DelaySeconds, so the queue's default applies.
        String id =
            (String)
                (s.delaySeconds() == 0
                        ? call("SendMessage", "MessageBody", body)
                        : call(
                            "SendMessage",
                            "MessageBody",
                            body,
                            "DelaySeconds",
                            s.delaySeconds() - 1))
                    .get("MessageId");
        int delay = s.delaySeconds() == 0 ? model.queueDelaySeconds : s.delaySeconds() - 1;
        assertThat(model.byId).as(where + ": fresh id").doesNotContainKey(id);
        model.sent(new QueueModel.Msg(id, body, null, now, now + delay * 1000L), null, now);
        return;
      }
      // Reuse an earlier deduplication id for choices 7..9 when there is one.
      String dedupId =
          s.dedupChoice() >= 7 && !model.dedupIds.isEmpty()
              ? model.dedupIds.get(s.dedupChoice() % model.dedupIds.size())
              : "d" + dedupIds++;
      String group = "g" + s.group();
      String id =
          (String)
              call(
                      "SendMessage",
                      "MessageBody",
                      body,
                      "MessageGroupId",
                      group,
                      "MessageDeduplicationId",
                      dedupId)
                  .get("MessageId");
      String original = model.duplicateOf(dedupId, now);
      if (original != null) {
        assertThat(id)
            .as(where + ": a duplicate returns the first message's id")
            .isEqualTo(original);
      } else {
        assertThat(model.byId).as(where + ": fresh id").doesNotContainKey(id);
        model.sent(
            new QueueModel.Msg(id, body, group, now, now + model.queueDelaySeconds * 1000L),
            dedupId,
            now);
      }
    }

    /**
     * Entries are checked one by one against the model, in entry order, all at the same instant.
     */
    @SuppressWarnings("unchecked")
    private void sendBatch(Op.SendBatch b, long now, String where) {
      List<Map<String, Object>> entries = new ArrayList<>();
      List<String> bodiesOf = new ArrayList<>();
      List<String> dedupOf = new ArrayList<>();
      for (int i = 0; i < b.entries().size(); i++) {
        Op.Send s = b.entries().get(i);
        String body = "b" + bodies++;
        Map<String, Object> entry = new HashMap<>();
        entry.put("Id", "e" + i);
        entry.put("MessageBody", body);
        if (model.fifo) {
          // Choices 7..9 reuse an earlier id, also one sent earlier in this very batch.
          List<String> known = new ArrayList<>(model.dedupIds);
          known.addAll(dedupOf);
          String dedupId =
              s.dedupChoice() >= 7 && !known.isEmpty()
                  ? known.get(s.dedupChoice() % known.size())
                  : "d" + dedupIds++;
          entry.put("MessageGroupId", "g" + s.group());
          entry.put("MessageDeduplicationId", dedupId);
          dedupOf.add(dedupId);
        } else if (s.delaySeconds() > 0) {
          entry.put("DelaySeconds", s.delaySeconds() - 1);
        }
        entries.add(entry);
        bodiesOf.add(body);
      }
      Map<String, Object> out = call("SendMessageBatch", "Entries", entries);
      assertThat((List<Object>) out.getOrDefault("Failed", List.of()))
          .as(where + ": no failed entry")
          .isEmpty();
      Map<String, String> ids = new HashMap<>();
      for (Map<String, Object> ok : (List<Map<String, Object>>) out.get("Successful")) {
        ids.put((String) ok.get("Id"), (String) ok.get("MessageId"));
      }
      for (int i = 0; i < entries.size(); i++) {
        String id = ids.get("e" + i);
        assertThat(id).as(where + ": entry e" + i + " answered").isNotNull();
        Op.Send s = b.entries().get(i);
        if (model.fifo) {
          String original = model.duplicateOf(dedupOf.get(i), now);
          if (original != null) {
            assertThat(id).as(where + ": entry e" + i + " is a duplicate").isEqualTo(original);
            continue;
          }
          assertThat(model.byId).as(where + ": fresh id for e" + i).doesNotContainKey(id);
          model.sent(
              new QueueModel.Msg(
                  id, bodiesOf.get(i), "g" + s.group(), now, now + model.queueDelaySeconds * 1000L),
              dedupOf.get(i),
              now);
        } else {
          int delay = s.delaySeconds() == 0 ? model.queueDelaySeconds : s.delaySeconds() - 1;
          assertThat(model.byId).as(where + ": fresh id for e" + i).doesNotContainKey(id);
          model.sent(
              new QueueModel.Msg(id, bodiesOf.get(i), null, now, now + delay * 1000L), null, now);
        }
      }
    }

    @SuppressWarnings("unchecked")
    private void receive(Op.Receive r, long now, String where) {
      List<Map<String, Object>> got =
          (List<Map<String, Object>>)
              call(
                      "ReceiveMessage",
                      "MaxNumberOfMessages",
                      r.max(),
                      "VisibilityTimeout",
                      r.visibilitySeconds())
                  .getOrDefault("Messages", List.of());
      List<QueueModel.Msg> received = new ArrayList<>();
      for (Map<String, Object> g : got) {
        QueueModel.Msg m = model.byId.get((String) g.get("MessageId"));
        assertThat(m).as(where + ": received a known message").isNotNull();
        assertThat(g.get("Body")).as(where).isEqualTo(m.body);
        assertThat(m.visible(now)).as(where + ": received " + m.body + " was visible").isTrue();
        assertThat(received).as(where + ": no message twice in one receive").doesNotContain(m);
        received.add(m);
      }
      if (model.fifo) {
        Map<String, List<QueueModel.Msg>> lanes = model.freeLanes(now);
        int available = lanes.values().stream().mapToInt(List::size).sum();
        assertThat(got)
            .as(where + ": a single node hands out what it has")
            .hasSize(Math.min(r.max(), available));
        Map<String, List<QueueModel.Msg>> byGroup =
            received.stream().collect(Collectors.groupingBy(m -> m.group, Collectors.toList()));
        byGroup.forEach(
            (group, taken) -> {
              assertThat(lanes).as(where + ": group " + group + " was free").containsKey(group);
              // In order within the group: what was taken is the head of the group's lane.
              assertThat(taken)
                  .as(where + ": order in group " + group)
                  .containsExactlyElementsOf(lanes.get(group).subList(0, taken.size()));
            });
      } else {
        assertThat(got)
            .as(where + ": a single node hands out what it has")
            .hasSize(Math.min(r.max(), model.visibleCount(now)));
      }
      for (int i = 0; i < got.size(); i++) {
        QueueModel.Msg m = received.get(i);
        m.receiveCount++;
        m.visibleAt = now + r.visibilitySeconds() * 1000L;
        m.handles.add((String) got.get(i).get("ReceiptHandle"));
      }
    }

    private static String handle(QueueModel.Msg m, boolean stale) {
      int last = m.handles.size() - 1;
      return m.handles.get(stale && last > 0 ? last - 1 : last);
    }

    private static void succeeds(ThrowingCallable call, String where) {
      try {
        call.call();
      } catch (Throwable t) {
        throw new AssertionError(where + ": expected success", t);
      }
    }

    private static void fails(ThrowingCallable call, SqsErrorCode code, String where) {
      SqsError e = catchThrowableOfType(SqsError.class, call);
      assertThat(e).as(where + ": expected " + code).isNotNull();
      assertThat(e.code()).as(where).isEqualTo(code);
    }

    @SuppressWarnings("unchecked")
    private void check(String where) {
      long now = now();
      model.expire(now);
      Map<String, MessageSnapshot> actual =
          engine.inspect(url).stream()
              .collect(Collectors.toMap(MessageSnapshot::messageId, Function.identity()));
      List<QueueModel.Msg> live = model.live();
      Set<String> expectedIds = new HashSet<>();
      int visible = 0;
      int inFlight = 0;
      int delayed = 0;
      for (QueueModel.Msg m : live) {
        expectedIds.add(m.id);
        MessageSnapshot s = actual.get(m.id);
        assertThat(s).as(where + ": " + m.body + " is still queued").isNotNull();
        assertThat(s.state()).as(where + ": state of " + m.body).isEqualTo(m.state(now));
        assertThat(s.receiveCount())
            .as(where + ": receive count of " + m.body)
            .isEqualTo(m.receiveCount);
        assertThat(s.availableAt())
            .as(where + ": available at of " + m.body)
            .isEqualTo(m.availableAt(now));
        switch (m.state(now)) {
          case VISIBLE -> visible++;
          case IN_FLIGHT -> inFlight++;
          case DELAYED -> delayed++;
        }
      }
      assertThat(actual.keySet()).as(where + ": queued message ids").isEqualTo(expectedIds);
      Map<String, String> attributes =
          (Map<String, String>)
              (Map<?, ?>)
                  call("GetQueueAttributes", "AttributeNames", List.of("All")).get("Attributes");
      assertThat(attributes)
          .as(where + ": Approximate* counters")
          .containsEntry("ApproximateNumberOfMessages", Integer.toString(visible))
          .containsEntry("ApproximateNumberOfMessagesNotVisible", Integer.toString(inFlight))
          .containsEntry("ApproximateNumberOfMessagesDelayed", Integer.toString(delayed));
    }
  }
}

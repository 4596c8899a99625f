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

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.testing.engine.ManualClock;
import io.sqskit.testing.engine.RequestContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * {@link FifoOrder} as {@link QueueState} drives it, with times given by hand: the free-group list,
 * groups dropped with their last message, returning messages in sequence order, and the
 * deduplication and receive-attempt windows; the last two also through the engine on a {@link
 * ManualClock}.
 */
class FifoOrderTest {
  private static final byte[] MD5 = new byte[16];
  private static final long T0 = 1_000_000L;
  private static final long THIRTY_SECONDS = 30_000L;

  private final QueueState q =
      new QueueState(1, "123456789012", "q.fifo", "us-east-1", new QueueSettings(true), T0, false);
  private final FifoOrder fifo = Objects.requireNonNull(q.fifoOrder);
  private long nextId;

  private StoredMessage send(String group) {
    return send(group, 0);
  }

  private StoredMessage send(String group, long delayMillis) {
    StoredMessage m = message(++nextId, group);
    q.add(m, delayMillis, T0);
    return m;
  }

  private static StoredMessage message(long id, String group) {
    StoredMessage.Extras extras = new StoredMessage.Extras(null, null, null, group, "d" + id);
    return new StoredMessage(0, id, "m" + id, MD5, T0, "sender", extras);
  }

  private List<StoredMessage> take(int max, long now) {
    q.refresh(now);
    return q.take(max, THIRTY_SECONDS, now, false, new ArrayList<>());
  }

  @Test
  void aGroupWhoseHeadIsInFlightIsSkippedAndRejoinsTheFreeListAtItsEndWhenReleased() {
    StoredMessage a1 = send("a");
    StoredMessage a2 = send("a");
    StoredMessage b1 = send("b");
    StoredMessage b2 = send("b");
    StoredMessage c1 = send("c");

    assertThat(take(1, T0)).containsExactly(a1);
    assertThat(q.firstVisible()).as("group a is blocked").isSameAs(b1);
    assertThat(q.visibleCount()).isEqualTo(4);

    // a1's visibility timeout ends: group a is free again, behind b and c.
    q.refresh(T0 + THIRTY_SECONDS);
    assertThat(q.firstVisible()).isSameAs(b1);
    assertThat(take(10, T0 + THIRTY_SECONDS)).containsExactly(b1, b2, c1, a1, a2);
    assertThat(q.inFlightCount()).isEqualTo(5);
    assertThat(q.firstVisible()).isNull();
  }

  @Test
  void aGroupStaysBlockedUntilItsLastMessageInFlightIsDeleted() {
    StoredMessage a1 = send("a");
    StoredMessage a2 = send("a");
    StoredMessage a3 = send("a");
    assertThat(take(2, T0)).containsExactly(a1, a2);

    q.remove(a1);
    assertThat(q.firstVisible()).isNull();
    assertThat(take(10, T0)).as("a2 still in flight").isEmpty();

    q.remove(a2);
    assertThat(q.firstVisible()).isSameAs(a3);
    assertThat(take(10, T0)).containsExactly(a3);
  }

  @Test
  void firstMessagesVisibleAgainAreDeliveredUpToTheFirstOneStillInFlight() {
    StoredMessage a1 = send("a");
    StoredMessage a2 = send("a");
    StoredMessage a3 = send("a");
    StoredMessage b1 = send("b");
    assertThat(take(10, T0)).containsExactly(a1, a2, a3, b1);

    // As recorded by AWS (test_fifo_group_visibility_extends_with_change_message_visibility,
    // 2-visible): the first two are made visible again, the third is kept in flight.
    q.changeVisibility(a1, T0 + 1_000);
    q.changeVisibility(a2, T0 + 1_000);
    q.refresh(T0 + 1_000);
    assertThat(q.visibleCount()).isEqualTo(2);
    assertThat(q.firstVisible()).as("group a is free again").isSameAs(a1);
    assertThat(take(10, T0 + 1_000)).as("a3 still in flight").containsExactly(a1, a2);
    assertThat(q.firstVisible()).isNull();

    // All three in flight again; deleting them in order frees nothing until the group is empty.
    q.remove(a1);
    q.remove(a3);
    assertThat(take(10, T0 + 1_000)).isEmpty();
    assertThat(fifo.groupCount()).isEqualTo(2);
  }

  @Test
  void aVisibleMessageBehindOneInFlightStaysBlockedUntilThatOneLeaves() {
    StoredMessage a1 = send("a");
    StoredMessage a2 = send("a");
    StoredMessage a3 = send("a");
    assertThat(take(2, T0)).containsExactly(a1, a2);

    q.changeVisibility(a2, T0 + 1_000);
    q.refresh(T0 + 1_000);
    assertThat(q.visibleCount()).as("a2 and a3").isEqualTo(2);
    assertThat(q.firstVisible()).as("a1 is in flight ahead of them").isNull();
    assertThat(take(10, T0 + 1_000)).isEmpty();

    q.remove(a1);
    assertThat(q.firstVisible()).isSameAs(a2);
    assertThat(take(10, T0 + 1_000)).containsExactly(a2, a3);
  }

  @Test
  void aVisibleHeadPutBackInFlightByItsOldHandleBlocksItsGroupAgain() {
    StoredMessage a1 = send("a");
    StoredMessage a2 = send("a");
    StoredMessage b1 = send("b");
    assertThat(take(1, T0)).containsExactly(a1);
    q.refresh(T0 + THIRTY_SECONDS);
    assertThat(q.firstVisible()).isSameAs(b1);

    q.changeVisibility(a1, T0 + 2 * THIRTY_SECONDS);
    assertThat(take(10, T0 + THIRTY_SECONDS)).containsExactly(b1);
    q.remove(b1);
    q.refresh(T0 + 2 * THIRTY_SECONDS);
    assertThat(take(10, T0 + 2 * THIRTY_SECONDS)).containsExactly(a1, a2);
  }

  @Test
  void aReceiveStopsAtItsMaximumInsideAGroupAndTheNextOneGoesOnWithTheNextGroup() {
    StoredMessage a1 = send("a");
    StoredMessage a2 = send("a");
    StoredMessage b1 = send("b");
    assertThat(take(1, T0)).containsExactly(a1);
    assertThat(take(10, T0)).as("a is blocked by a1").containsExactly(b1);
    q.remove(a1);
    assertThat(take(10, T0)).containsExactly(a2);
  }

  @Test
  void aGroupIsDroppedWithItsLastMessageWhateverStateThatMessageLeftFrom() {
    StoredMessage delayed = send("d", 10_000);
    StoredMessage visible = send("v");
    StoredMessage flying = send("f");
    assertThat(take(1, T0)).containsExactly(visible);
    assertThat(take(1, T0)).containsExactly(flying);
    assertThat(fifo.groupCount()).isEqualTo(3);

    q.remove(delayed);
    q.remove(visible);
    assertThat(fifo.groupCount()).isEqualTo(1);
    q.remove(flying);
    assertThat(fifo.groupCount()).isZero();

    // A message of a dropped group starts a new one, which is free at once.
    StoredMessage again = send("v");
    assertThat(fifo.groupCount()).isEqualTo(1);
    assertThat(take(10, T0)).containsExactly(again);
  }

  @Test
  void aDelayedMessageKeepsItsGroupAndJoinsItsLaneWhenDue() {
    StoredMessage late = send("g", 5_000);
    StoredMessage early = send("g");
    assertThat(take(10, T0)).containsExactly(early);
    q.remove(early);
    assertThat(fifo.groupCount()).as("the delayed message keeps the group").isEqualTo(1);
    assertThat(take(10, T0 + 4_999)).isEmpty();
    assertThat(take(10, T0 + 5_000)).containsExactly(late);
  }

  @Test
  void messagesPutBackGoInSequenceOrderWithinTheirGroup() {
    StoredMessage a1 = send("a");
    StoredMessage a2 = send("a");
    StoredMessage a3 = send("a");
    long sequence = FifoOrder.sequence(a2);
    q.remove(a2);
    q.restore(a2, 0);
    assertThat(FifoOrder.sequence(a2)).as("keeps its sequence number").isEqualTo(sequence);
    assertThat(take(10, T0)).containsExactly(a1, a2, a3);
  }

  @Test
  void sequenceNumbersIncreaseAcrossGroupsAndDifferBetweenQueues() {
    StoredMessage a = send("a");
    StoredMessage b = send("b");
    assertThat(FifoOrder.sequence(b)).isGreaterThan(FifoOrder.sequence(a));
    QueueState other =
        new QueueState(
            2, "123456789012", "o.fifo", "us-east-1", new QueueSettings(true), T0, false);
    StoredMessage o = message(99, "a");
    other.add(o, 0, T0);
    assertThat(FifoOrder.sequence(o)).isNotEqualTo(FifoOrder.sequence(a));
  }

  @Test
  void purgeDropsTheGroupsButKeepsTheDeduplicationWindow() {
    StoredMessage a = send("a");
    fifo.remember("dedup", a, T0);
    take(1, T0);
    q.purge(0);
    assertThat(fifo.groupCount()).isZero();
    assertThat(q.firstVisible()).isNull();
    assertThat(fifo.duplicateOf("dedup")).isNotNull();
    StoredMessage b = send("a");
    assertThat(take(10, T0)).containsExactly(b);
  }

  @Test
  void aDeduplicationIdIsRememberedForExactlyFiveMinutes() {
    StoredMessage a = send("a");
    fifo.remember("dedup", a, T0);
    q.refresh(T0 + FifoOrder.FIVE_MINUTES - 1);
    FifoOrder.Dedup seen = Objects.requireNonNull(fifo.duplicateOf("dedup"));
    assertThat(seen.idLo()).isEqualTo(a.idLo);
    assertThat(seen.sequence()).isEqualTo(FifoOrder.sequence(a));
    q.refresh(T0 + FifoOrder.FIVE_MINUTES);
    assertThat(fifo.duplicateOf("dedup")).isNull();
  }

  @Test
  void aRepeatedAttemptIdReplacesTheRememberedReceiveAndRestartsItsWindow() {
    StoredMessage a = send("a");
    StoredMessage b = send("b");
    fifo.rememberAttempt("x", List.of(a), T0);
    fifo.rememberAttempt("y", List.of(b), T0 + 100_000);
    fifo.rememberAttempt("x", List.of(b), T0 + 200_000);

    q.refresh(T0 + FifoOrder.FIVE_MINUTES);
    FifoOrder.Attempt x = Objects.requireNonNull(fifo.attempt("x"));
    assertThat(x.ids()).containsExactly(b.idHi, b.idLo);
    assertThat(fifo.attempt("y")).isNotNull();

    // "y" expires first although "x" was remembered before it: expiry follows the windows.
    q.refresh(T0 + 100_000 + FifoOrder.FIVE_MINUTES);
    assertThat(fifo.attempt("y")).isNull();
    assertThat(fifo.attempt("x")).isNotNull();
    q.refresh(T0 + 200_000 + FifoOrder.FIVE_MINUTES);
    assertThat(fifo.attempt("x")).isNull();
  }

  // ---------------------------------------------------------------- through the engine

  private final ManualClock clock = ManualClock.create(Instant.parse("2026-01-01T00:00:00Z"));
  private final EngineCore core = new EngineCore(clock, "123456789012", "us-east-1");
  private final RequestContext ctx = new RequestContext(null, "http://127.0.0.1:9324", null);

  private Map<String, Object> call(String action, Object... keyValues) {
    Map<String, Object> in = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      in.put((String) keyValues[i], keyValues[i + 1]);
    }
    return core.execute(ctx, action, in);
  }

  private String fifoQueue() {
    return (String)
        call(
                "CreateQueue",
                "QueueName",
                "e.fifo",
                "Attributes",
                Map.of("FifoQueue", "true", "ContentBasedDeduplication", "true"))
            .get("QueueUrl");
  }

  private Object sendFifo(String url, String body) {
    return call("SendMessage", "QueueUrl", url, "MessageBody", body, "MessageGroupId", "g")
        .get("MessageId");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> receive(String url, String attemptId) {
    return (List<Map<String, Object>>)
        call(
                "ReceiveMessage",
                "QueueUrl",
                url,
                "MaxNumberOfMessages",
                10,
                "VisibilityTimeout",
                600,
                "ReceiveRequestAttemptId",
                attemptId)
            .getOrDefault("Messages", List.of());
  }

  @Test
  void theEngineDropsADuplicateSendUntilTheManualClockPassesFiveMinutes() {
    String url = fifoQueue();
    Object first = sendFifo(url, "same");
    clock.advance(Duration.ofMillis(FifoOrder.FIVE_MINUTES - 1));
    assertThat(sendFifo(url, "same")).isEqualTo(first);
    clock.advance(Duration.ofMillis(1));
    assertThat(sendFifo(url, "same")).isNotEqualTo(first);
  }

  @Test
  void theEngineReplaysAReceiveAttemptWithinItsWindowAndReceivesAnewAfterIt() {
    String url = fifoQueue();
    sendFifo(url, "1");
    List<Map<String, Object>> first = receive(url, "try");
    assertThat(first).hasSize(1);
    clock.advance(Duration.ofMinutes(4));
    assertThat(receive(url, "try")).as("replayed").isEqualTo(first);
    // Minute 11: the window (to minute 5) is over, and the replay restarted the 10-minute
    // visibility timeout, so the message is in flight until minute 14.
    clock.advance(Duration.ofMinutes(7));
    assertThat(receive(url, "try")).isEmpty();
    clock.advance(Duration.ofMinutes(3));
    List<Map<String, Object>> anew = receive(url, "try");
    assertThat(anew).hasSize(1);
    assertThat(anew.get(0).get("MessageId")).isEqualTo(first.get(0).get("MessageId"));
    assertThat(anew.get(0).get("ReceiptHandle")).isNotEqualTo(first.get(0).get("ReceiptHandle"));
  }

  @Test
  void theEngineDoesNotReplayAnAttemptWhoseMessageWasDeleted() {
    String url = fifoQueue();
    sendFifo(url, "1");
    sendFifo(url, "2");
    List<Map<String, Object>> first = receive(url, "try");
    assertThat(first).hasSize(2);
    call("DeleteMessage", "QueueUrl", url, "ReceiptHandle", first.get(0).get("ReceiptHandle"));
    List<Map<String, Object>> retry = receive(url, "try");
    assertThat(retry).as("message 2 still in flight blocks the group").isEmpty();
  }
}

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

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link StandardOrder} as {@link QueueState} drives it, with times given by hand: arrival order, a
 * message back from flight or put back after a failed move at the head, a move task's oldest
 * visible message in arrival order, and the counters.
 */
class StandardOrderTest {
  private static final byte[] MD5 = new byte[16];
  private static final long T0 = 1_000_000L;
  private static final long THIRTY_SECONDS = 30_000L;

  private final QueueState q =
      new QueueState(1, "123456789012", "q", "us-east-1", new QueueSettings(false), T0, false);
  private long nextId;

  private StoredMessage send(long delayMillis) {
    StoredMessage m = new StoredMessage(0, ++nextId, "m" + nextId, MD5, T0, "sender", null);
    q.add(m, delayMillis, T0);
    return m;
  }

  private List<StoredMessage> take(int max, long now) {
    q.refresh(now);
    return q.take(max, THIRTY_SECONDS, now, false, new ArrayList<>());
  }

  private void counts(int visible, int inFlight, int delayed) {
    assertThat(new int[] {q.visibleCount(), q.inFlightCount(), q.delayedCount()})
        .as("visible, in flight, delayed")
        .containsExactly(visible, inFlight, delayed);
  }

  @Test
  void deliversInArrivalOrderAndAMessageBackFromFlightFirst() {
    StoredMessage m1 = send(0);
    StoredMessage m2 = send(0);
    StoredMessage m3 = send(0);
    assertThat(take(1, T0)).containsExactly(m1);
    counts(2, 1, 0);
    q.refresh(T0 + THIRTY_SECONDS);
    counts(3, 0, 0);
    assertThat(take(10, T0 + THIRTY_SECONDS)).containsExactly(m1, m2, m3);
    counts(0, 3, 0);
    assertThat(m1.receiveCount).isEqualTo(2);
  }

  @Test
  void aDelayedMessageJoinsTheTailWhenDue() {
    StoredMessage late = send(5_000);
    StoredMessage early = send(0);
    counts(1, 0, 1);
    q.refresh(T0 + 5_000);
    counts(2, 0, 0);
    assertThat(take(10, T0 + 5_000)).containsExactly(early, late);
  }

  @Test
  void aMoveTaskTakesTheOldestArrivalEvenWhenAnotherMessageIsAtTheHead() {
    StoredMessage m1 = send(0);
    StoredMessage m2 = send(0);
    // A message put back after a failed move goes to the head but counts as the newest arrival.
    q.remove(m1);
    q.restore(m1, 0);
    assertThat(q.firstVisible()).isSameAs(m2);
    assertThat(take(1, T0)).containsExactly(m1);
    assertThat(take(1, T0)).as("m2 was not taken by firstVisible").containsExactly(m2);
    assertThat(q.firstVisible()).isNull();
  }

  @Test
  void aMoveTaskSkipsMessagesInFlightAndDelayed() {
    StoredMessage m1 = send(0);
    send(60_000);
    StoredMessage m3 = send(0);
    assertThat(take(1, T0)).containsExactly(m1);
    assertThat(q.firstVisible()).isSameAs(m3);
  }

  @Test
  void aVisibleMessageWhoseHandleIsUsedAgainGoesBackInFlight() {
    StoredMessage m1 = send(0);
    StoredMessage m2 = send(0);
    take(1, T0);
    q.refresh(T0 + THIRTY_SECONDS);
    q.changeVisibility(m1, T0 + THIRTY_SECONDS + 10_000);
    counts(1, 1, 0);
    assertThat(take(10, T0 + THIRTY_SECONDS)).containsExactly(m2);
    assertThat(take(10, T0 + THIRTY_SECONDS + 10_000)).containsExactly(m1);
  }

  @Test
  void removingAndPurgingKeepTheCountersAndTheListWhole() {
    StoredMessage m1 = send(0);
    StoredMessage m2 = send(0);
    StoredMessage m3 = send(0);
    StoredMessage delayed = send(10_000);
    q.remove(m2);
    counts(2, 0, 1);
    assertThat(q.find(m2.idHi, m2.idLo)).isNull();
    assertThat(take(10, T0)).containsExactly(m1, m3);
    q.remove(m1);
    q.remove(delayed);
    counts(0, 1, 0);
    q.purge(0);
    counts(0, 0, 0);
    assertThat(q.find(m3.idHi, m3.idLo)).isNull();
    StoredMessage m5 = send(0);
    assertThat(take(10, T0)).containsExactly(m5);
  }
}

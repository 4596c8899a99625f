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

import org.jspecify.annotations.Nullable;

/**
 * A standard queue's delivery order: visible messages in one doubly linked list in arrival order, a
 * message back from flight at its head (it was received first, so it goes out first again). Every
 * operation is O(1); a move task's {@link #firstVisible} walks the arrival list.
 */
final class StandardOrder implements DeliveryOrder {
  private @Nullable StoredMessage head;
  private @Nullable StoredMessage tail;

  @Override
  public void joined(StoredMessage m, boolean fresh) {}

  @Override
  public void left(StoredMessage m) {}

  @Override
  public void show(StoredMessage m, boolean returning) {
    if (returning) {
      m.prev = null;
      m.next = head;
      if (head == null) {
        tail = m;
      } else {
        head.prev = m;
      }
      head = m;
    } else {
      m.prev = tail;
      m.next = null;
      if (tail == null) {
        head = m;
      } else {
        tail.next = m;
      }
      tail = m;
    }
  }

  @Override
  public void hide(StoredMessage m, boolean toFlight) {
    if (m.prev == null) {
      head = m.next;
    } else {
      m.prev.next = m.next;
    }
    if (m.next == null) {
      tail = m.prev;
    } else {
      m.next.prev = m.prev;
    }
    m.prev = null;
    m.next = null;
  }

  @Override
  public void leaveFlight(StoredMessage m) {}

  /**
   * The oldest visible message in arrival order ("oldest first", SQS Developer Guide, dead-letter
   * queue redrive), which is not always the head: messages back from flight go to the head.
   */
  @Override
  public @Nullable StoredMessage firstVisible(@Nullable StoredMessage oldest) {
    StoredMessage m = oldest;
    while (m != null && m.state != StoredMessage.VISIBLE) {
      m = m.newer;
    }
    return m;
  }

  @Override
  public void startTake() {}

  @Override
  public @Nullable StoredMessage nextToTake() {
    return head;
  }

  @Override
  public void expire(long now) {}

  @Override
  public void clear() {
    head = null;
    tail = null;
  }
}

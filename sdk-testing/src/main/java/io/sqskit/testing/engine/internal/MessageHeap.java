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

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A binary min-heap of messages by {@link StoredMessage#due}, with each message remembering its
 * slot so that removal and re-keying are O(log n). Holds a queue's delayed or in-flight messages.
 */
final class MessageHeap {
  private StoredMessage[] items = new StoredMessage[16];
  private int size;

  int size() {
    return size;
  }

  @Nullable StoredMessage peek() {
    return size == 0 ? null : items[0];
  }

  void add(StoredMessage m) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size] = m;
    m.heapIndex = size;
    size++;
    up(size - 1);
  }

  @Nullable StoredMessage poll() {
    if (size == 0) {
      return null;
    }
    StoredMessage top = items[0];
    remove(top);
    return top;
  }

  void remove(StoredMessage m) {
    int i = m.heapIndex;
    size--;
    StoredMessage last = items[size];
    items[size] = null;
    m.heapIndex = -1;
    if (i != size) {
      items[i] = last;
      last.heapIndex = i;
      if (!up(i)) {
        down(i);
      }
    }
    if (items.length > 64 && size < items.length / 4) {
      items = Arrays.copyOf(items, items.length / 2);
    }
  }

  /** Restores order after {@code m.due()} changed. */
  void update(StoredMessage m) {
    if (!up(m.heapIndex)) {
      down(m.heapIndex);
    }
  }

  void clear() {
    items = new StoredMessage[16];
    size = 0;
  }

  /**
   * Earlier due time first; equal due times keep send order (FIFO messages of one group that fall
   * due together must reach their lane in the order they were sent; found by the model tests).
   */
  private static boolean less(StoredMessage a, StoredMessage b) {
    long da = a.due();
    long db = b.due();
    if (da != db) {
      return da < db;
    }
    if (a.sentMillis != b.sentMillis) {
      return a.sentMillis < b.sentMillis;
    }
    return a.extras != null && b.extras != null && a.extras.sequence < b.extras.sequence;
  }

  private boolean up(int i) {
    StoredMessage m = items[i];
    int start = i;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      StoredMessage p = items[parent];
      if (!less(m, p)) {
        break;
      }
      items[i] = p;
      p.heapIndex = i;
      i = parent;
    }
    items[i] = m;
    m.heapIndex = i;
    return i != start;
  }

  private void down(int i) {
    StoredMessage m = items[i];
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      StoredMessage c = items[child];
      int right = child + 1;
      if (right < size && less(items[right], c)) {
        child = right;
        c = items[child];
      }
      if (!less(c, m)) {
        break;
      }
      items[i] = c;
      c.heapIndex = i;
      i = child;
    }
    items[i] = m;
    m.heapIndex = i;
  }
}

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
 * Finds a queue's messages by message id in O(1): open addressing with linear probing over a plain
 * array of references (no per-entry node), deletion by backward shift. A parallel array of hashes
 * keeps probing and shifting inside two contiguous arrays instead of touching every message on the
 * way (which matters with a million cold messages).
 */
final class MessageIndex {
  private static final int MIN_CAPACITY = 16;
  private StoredMessage[] table = new StoredMessage[MIN_CAPACITY];
  private int[] hashes = new int[MIN_CAPACITY];
  private int size;

  int size() {
    return size;
  }

  private static int hash(long hi, long lo) {
    long h = hi * 0x9E3779B97F4A7C15L ^ lo;
    h ^= h >>> 31;
    h *= 0xBF58476D1CE4E5B9L;
    return (int) (h ^ (h >>> 29));
  }

  @Nullable StoredMessage get(long hi, long lo) {
    int h = hash(hi, lo);
    int mask = table.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      StoredMessage m = table[i];
      if (m == null) {
        return null;
      }
      if (hashes[i] == h && m.idHi == hi && m.idLo == lo) {
        return m;
      }
    }
  }

  void put(StoredMessage m) {
    if ((size + 1) * 4 > table.length * 3) {
      resize(table.length * 2);
    }
    insert(table, hashes, m, hash(m.idHi, m.idLo));
    size++;
  }

  private static void insert(StoredMessage[] t, int[] hs, StoredMessage m, int h) {
    int mask = t.length - 1;
    int i = h & mask;
    while (t[i] != null) {
      i = (i + 1) & mask;
    }
    t[i] = m;
    hs[i] = h;
  }

  void remove(StoredMessage m) {
    int mask = table.length - 1;
    int i = hash(m.idHi, m.idLo) & mask;
    while (table[i] != m) {
      if (table[i] == null) {
        return;
      }
      i = (i + 1) & mask;
    }
    table[i] = null;
    size--;
    // Backward shift: move later members of the cluster into the hole when their home allows it.
    int hole = i;
    for (int j = (i + 1) & mask; table[j] != null; j = (j + 1) & mask) {
      int home = hashes[j] & mask;
      boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
      if (movable) {
        table[hole] = table[j];
        hashes[hole] = hashes[j];
        table[j] = null;
        hole = j;
      }
    }
    if (table.length > 64 && size * 8 < table.length) {
      resize(table.length / 2);
    }
  }

  void clear() {
    table = new StoredMessage[MIN_CAPACITY];
    hashes = new int[MIN_CAPACITY];
    size = 0;
  }

  private void resize(int capacity) {
    StoredMessage[] t = new StoredMessage[capacity];
    int[] hs = new int[capacity];
    for (int i = 0; i < table.length; i++) {
      if (table[i] != null) {
        insert(t, hs, table[i], hashes[i]);
      }
    }
    table = t;
    hashes = hs;
  }

  @Override
  public String toString() {
    return "MessageIndex[size=" + size + ", capacity=" + table.length + "]";
  }
}

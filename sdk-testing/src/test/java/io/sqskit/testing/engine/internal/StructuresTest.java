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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StructuresTest {
  private static final byte[] MD5 = new byte[16];

  private static StoredMessage message(long hi, long lo) {
    return new StoredMessage(hi, lo, "b", MD5, 0, "s", null);
  }

  @Test
  void messageIndexAgreesWithAHashMapUnderRandomInsertsAndRemovals() {
    Random random = new Random(42);
    MessageIndex index = new MessageIndex();
    Map<Long, StoredMessage> model = new HashMap<>();
    List<StoredMessage> live = new ArrayList<>();
    for (int step = 0; step < 200_000; step++) {
      if (live.isEmpty() || random.nextInt(100) < 55) {
        // Small id space on purpose: many collisions and long clusters.
        long lo = random.nextInt(1 << 20);
        if (model.containsKey(lo)) {
          continue;
        }
        StoredMessage m = message(7, lo);
        index.put(m);
        model.put(lo, m);
        live.add(m);
      } else {
        StoredMessage m = live.remove(random.nextInt(live.size()));
        index.remove(m);
        model.remove(m.idLo);
      }
      if (step % 997 == 0) {
        for (StoredMessage m : live) {
          assertThat(index.get(7, m.idLo)).isSameAs(m);
        }
        assertThat(index.get(7, -1)).isNull();
      }
    }
    assertThat(index.size()).isEqualTo(model.size());
    for (Map.Entry<Long, StoredMessage> e : model.entrySet()) {
      assertThat(index.get(7, e.getKey())).isSameAs(e.getValue());
    }
  }

  @Test
  void messageHeapPollsInDueOrderWithRemovalsAndUpdates() {
    Random random = new Random(7);
    MessageHeap heap = new MessageHeap();
    TreeMap<Long, StoredMessage> model = new TreeMap<>();
    List<StoredMessage> live = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      int op = random.nextInt(10);
      if (op < 5 || live.isEmpty()) {
        long due = random.nextInt(1_000_000_000);
        if (model.containsKey(due)) {
          continue;
        }
        StoredMessage m = message(0, i);
        m.due(due);
        heap.add(m);
        model.put(due, m);
        live.add(m);
      } else if (op < 7) {
        StoredMessage m = live.remove(random.nextInt(live.size()));
        heap.remove(m);
        model.remove(m.due());
      } else if (op < 8) {
        StoredMessage m = live.get(random.nextInt(live.size()));
        long due = random.nextInt(1_000_000_000);
        if (model.containsKey(due)) {
          continue;
        }
        model.remove(m.due());
        m.due(due);
        heap.update(m);
        model.put(due, m);
      } else {
        StoredMessage top = heap.poll();
        assertThat(top).isSameAs(model.pollFirstEntry().getValue());
        live.remove(top);
      }
      assertThat(heap.size()).isEqualTo(model.size());
    }
    while (heap.size() > 0) {
      assertThat(heap.poll()).isSameAs(model.pollFirstEntry().getValue());
    }
  }

  @Test
  void uuidAndHexAreCanonical() {
    assertThat(Ids.uuid(0x0123456789abcdefL, 0xfedcba9876543210L))
        .isEqualTo("01234567-89ab-cdef-fedc-ba9876543210");
    assertThat(Digests.hex(new byte[] {0, 15, (byte) 255})).isEqualTo("000fff");
    assertThat(Digests.md5Hex("hello")).isEqualTo("5d41402abc4b2a76b9719d911017c592");
    assertThat(Digests.sha256Hex("hello"))
        .isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
  }

  @Test
  void receiptHandlesRoundTripAndRejectTampering() {
    StoredMessage m = message(11, 22);
    m.receiveCount = 3;
    String handle = Ids.receiptHandle(5, m);
    assertThat(Ids.parseHandle(handle)).isEqualTo(new Ids.Handle(5, 11, 22, 3));
    char[] c = handle.toCharArray();
    c[10] = c[10] == 'A' ? 'B' : 'A';
    assertThat(Ids.parseHandle(new String(c))).isNull();
    assertThat(Ids.parseHandle("short")).isNull();
    assertThat(Ids.parseHandle(handle.substring(0, 39) + "!")).isNull();
    // The handle is plain base64url of the 30 bytes, as the JDK decoder reads it.
    byte[] raw = java.util.Base64.getUrlDecoder().decode(handle);
    assertThat(raw).hasSize(30);
    assertThat(raw[28]).isEqualTo((byte) 3);
  }

  @Test
  void utf8LengthCountsLikeTheEncoder() {
    for (String s : List.of("", "abc", "é", "中文", "\uD83D\uDE00")) {
      assertThat(Texts.utf8Length(s))
          .as(s)
          .isEqualTo(s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }
  }

  @Test
  void jsonReadsAndWritesPolicies() {
    Object parsed = Json.parse("{\"a\": [1, 2.5, \"x\\\"y\", true, null], \"b\": {}}");
    assertThat(Json.write(parsed)).isEqualTo("{\"a\":[1,2.5,\"x\\\"y\",true,null],\"b\":{}}");
    for (String bad : List.of("{", "{\"a\":}", "[1,]", "tru", "{} x")) {
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> Json.parse(bad));
    }
  }
}

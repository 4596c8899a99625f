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

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A queue's messages in arrival order, linked through {@link StoredMessage#older} and {@link
 * StoredMessage#newer} without extra nodes: retention removes from the old end, move tasks and
 * inspection walk it. O(1) but for the walk.
 */
final class ArrivalList {
  @Nullable StoredMessage oldest;
  @Nullable StoredMessage newest;

  /** Links {@code m} as the newest arrival. */
  void add(StoredMessage m) {
    m.older = newest;
    m.newer = null;
    if (newest == null) {
      oldest = m;
    } else {
      newest.newer = m;
    }
    newest = m;
  }

  void remove(StoredMessage m) {
    if (m.older == null) {
      oldest = m.newer;
    } else {
      m.older.newer = m.newer;
    }
    if (m.newer == null) {
      newest = m.older;
    } else {
      m.newer.older = m.older;
    }
    m.older = null;
    m.newer = null;
  }

  void clear() {
    oldest = null;
    newest = null;
  }

  /** Visits every message, oldest first. */
  void forEach(Consumer<StoredMessage> action) {
    for (StoredMessage m = oldest; m != null; m = m.newer) {
      action.accept(m);
    }
  }
}

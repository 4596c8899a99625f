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
package io.sqskit.benchmarks.batch;

import java.util.concurrent.atomic.LongAdder;

/** Batch calls and their entries, counted where each contender hands a batch to its client. */
final class BatchCounter {
  private final LongAdder calls = new LongAdder();
  private final LongAdder entries = new LongAdder();

  void count(int size) {
    calls.increment();
    entries.add(size);
  }

  long calls() {
    return calls.sum();
  }

  long entries() {
    return entries.sum();
  }
}

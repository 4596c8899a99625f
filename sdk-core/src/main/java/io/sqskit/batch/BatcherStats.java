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
package io.sqskit.batch;

import java.time.Duration;
import java.util.List;

/**
 * A snapshot of what an {@link SqsBatcher} has done since it was built.
 *
 * @param batchesSent batch calls made (a batch sent again after a per-entry failure counts again;
 *     the client's own retries of one call do not)
 * @param entriesSent entries in those calls, so an entry tried twice counts twice
 * @param entriesPerBatch a histogram: element {@code i} is the number of batches of {@code i + 1}
 *     entries, for {@code i} from 0 to 9
 * @param entriesRetried entries put back into a batch after a retryable per-entry failure
 * @param entriesFailed entries whose future failed
 * @param lingerWaited the time the first entry of each batch waited in the buffer, summed over all
 *     batches
 * @since 0.1
 */
public record BatcherStats(
    long batchesSent,
    long entriesSent,
    List<Long> entriesPerBatch,
    long entriesRetried,
    long entriesFailed,
    Duration lingerWaited) {

  /** Copies the histogram. */
  public BatcherStats {
    entriesPerBatch = List.copyOf(entriesPerBatch);
  }

  /** Entries per batch call on average, or 0 before the first batch. */
  public double meanEntriesPerBatch() {
    return batchesSent == 0 ? 0 : (double) entriesSent / batchesSent;
  }

  /** How long the first entry of a batch waited on average, or zero before the first batch. */
  public Duration meanLingerWaited() {
    return batchesSent == 0 ? Duration.ZERO : lingerWaited.dividedBy(batchesSent);
  }
}

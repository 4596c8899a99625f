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

import io.sqskit.batch.QueueBuffer.Batch;
import io.sqskit.client.SqsClient;
import io.sqskit.retry.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Makes one batch call and decides each entry's fate: completed, failed, or to be tried again
 * (after a backoff the client's {@link RetryPolicy} computes). Runs on a sender thread, or on the
 * caller's thread for a lone entry of the blocking drop-in; never throws.
 */
final class BatchRunner {
  /** What the dispatcher must do after a batch: entries to put back, and after how long. */
  record Outcome(@Nullable List<Entry> retry, long delayNanos) {
    static final Outcome DONE = new Outcome(null, 0);
  }

  private final SqsClient client;
  private final RetryPolicy retryPolicy;
  private final EntryLedger ledger;

  BatchRunner(SqsClient client, EntryLedger ledger) {
    this.client = client;
    this.retryPolicy = client.config().retryPolicy();
    this.ledger = ledger;
  }

  /** Sends the batch and completes or fails each entry that is not to be tried again. */
  Outcome run(Batch batch) {
    List<Entry> entries = batch.entries();
    ledger.recordBatch(entries.size(), batch.lingerNanos());
    List<Entry> retry = new ArrayList<>();
    long delay = 0;
    try {
      for (Entry e : entries) {
        e.attempts++;
      }
      QueueBuffer.Key key = batch.buffer().key;
      List<BatchCall.Result> results =
          BatchCall.execute(client, key.action(), key.queueUrl(), entries);
      int maxAttempts = retryPolicy.effectiveMaxAttempts();
      for (int i = 0; i < entries.size(); i++) {
        Entry e = entries.get(i);
        BatchCall.Result r = results.get(i);
        if (r.error() == null) {
          ledger.complete(e, r.value());
        } else if (r.retry()
            && e.attempts < maxAttempts
            && !(batch.buffer().ordered && laterOfGroupSucceeded(entries, results, i))) {
          retry.add(e);
          delay = Math.max(delay, backoff(e.attempts, r.throttled()));
        } else {
          ledger.fail(e, Objects.requireNonNull(r.error()));
        }
      }
    } catch (RuntimeException | Error unexpected) {
      // A bug of ours must not leave a future incomplete.
      for (Entry e : entries) {
        if (!retry.contains(e)) {
          ledger.fail(e, unexpected);
        }
      }
    }
    return retry.isEmpty() ? Outcome.DONE : new Outcome(retry, delay);
  }

  /** Whether an entry after {@code i} of the same message group succeeded in this batch. */
  private static boolean laterOfGroupSucceeded(
      List<Entry> entries, List<BatchCall.Result> results, int i) {
    String group = entries.get(i).groupId;
    for (int j = i + 1; j < entries.size(); j++) {
      if (Objects.equals(entries.get(j).groupId, group) && results.get(j).error() == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The backoff before retry {@code n} (1-based) of an entry, as the client's retry loop computes
   * it: a uniformly random duration up to {@code min(maxBackoff, base * 2^(n-1))}.
   */
  private long backoff(int attempt, boolean throttled) {
    Duration base = throttled ? retryPolicy.throttlingBaseDelay() : retryPolicy.baseDelay();
    long cap = retryPolicy.maxBackoff().toNanos();
    long ceiling = base.toNanos();
    for (int i = 1; i < attempt && ceiling < cap; i++) {
      ceiling *= 2;
    }
    ceiling = Math.min(ceiling, cap);
    return ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1);
  }
}

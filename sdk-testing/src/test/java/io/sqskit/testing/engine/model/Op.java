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
package io.sqskit.testing.engine.model;

/**
 * One step of a generated operation sequence; messages and receipt handles are named by small
 * indexes resolved against the reference model, so a shrunk sequence stays meaningful.
 */
sealed interface Op {

  /**
   * SendMessage; {@code delaySeconds} 0 sends no DelaySeconds (the queue's applies), n sends n - 1.
   * Ignored on FIFO queues, which refuse a per-message delay.
   */
  record Send(int delaySeconds, int group, int dedupChoice) implements Op {}

  /** SendMessageBatch of the given sends, processed in entry order. */
  record SendBatch(java.util.List<Send> entries) implements Op {}

  /** ReceiveMessage with an explicit visibility timeout. */
  record Receive(int max, int visibilitySeconds) implements Op {}

  /** DeleteMessage with the latest handle of a message, or an older one when {@code stale}. */
  record Delete(int message, boolean stale) implements Op {}

  /**
   * ChangeMessageVisibility with the latest handle of a message, or an older one when {@code
   * stale}.
   */
  record ChangeVisibility(int message, boolean stale, int visibilitySeconds) implements Op {}

  /** Moves the ManualClock forward. */
  record Advance(int seconds) implements Op {}

  /** PurgeQueue. */
  record Purge() implements Op {}
}

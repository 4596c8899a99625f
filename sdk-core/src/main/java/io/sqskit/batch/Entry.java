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

import io.sqskit.model.SendMessageRequest;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * One buffered call: what to send, its future, and how many batch calls it has been in. Guarded by
 * the batcher's lock while buffered; owned by one sender thread while in flight.
 */
final class Entry {
  final Action action;
  final String queueUrl;

  /** The send (for {@link Action#SEND}), else null. */
  final @Nullable SendMessageRequest send;

  /** The receipt handle (delete and visibility change), else null. */
  final @Nullable String receiptHandle;

  /** The new visibility timeout (visibility change), else 0. */
  final int visibilityTimeout;

  /** Bytes counted against the batch limit (sends), else 0. */
  final int size;

  /** The FIFO message group, or null. */
  final @Nullable String groupId;

  /** When the entry was first buffered ({@link Timer#nanoTime()}). */
  final long enqueuedNanos;

  final CompletableFuture<Object> future = new CompletableFuture<>();

  /** Batch calls this entry has been in; written by the thread that owns it. */
  int attempts;

  private boolean finished;

  private Entry(
      Action action,
      String queueUrl,
      @Nullable SendMessageRequest send,
      @Nullable String receiptHandle,
      int visibilityTimeout,
      int size,
      long enqueuedNanos) {
    this.action = action;
    this.queueUrl = queueUrl;
    this.send = send;
    this.receiptHandle = receiptHandle;
    this.visibilityTimeout = visibilityTimeout;
    this.size = size;
    this.groupId = send == null ? null : send.messageGroupId();
    this.enqueuedNanos = enqueuedNanos;
  }

  static Entry send(String queueUrl, SendMessageRequest request, int size, long now) {
    return new Entry(Action.SEND, queueUrl, request, null, 0, size, now);
  }

  static Entry delete(String queueUrl, String receiptHandle, long now) {
    return new Entry(Action.DELETE, queueUrl, null, receiptHandle, 0, 0, now);
  }

  static Entry changeVisibility(String queueUrl, String receiptHandle, int seconds, long now) {
    return new Entry(Action.CHANGE_VISIBILITY, queueUrl, null, receiptHandle, seconds, 0, now);
  }

  /**
   * Marks the entry finished; true the first time only, so that the caller releases its buffer slot
   * exactly once whatever the future's state (a caller may have cancelled it).
   */
  synchronized boolean finish() {
    if (finished) {
      return false;
    }
    finished = true;
    return true;
  }
}

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
package io.sqskit.testing.engine;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One event in the life of a message, as the engine recorded it with {@link
 * SqsEngine.Builder#recordHistory(boolean)} on. Times are on the engine's clock; an event the
 * engine notices lazily (a visibility timeout or the retention period running out) carries the time
 * it logically happened, not the time an operation noticed it.
 *
 * @param kind what happened
 * @param at when it happened, on the engine's clock
 * @param receiveCount the message's receive count at that moment (for a receive, the attempt
 *     number)
 * @param receiptHandle the receipt handle the event made (receive) or used (delete, visibility
 *     change), or null
 * @param visibleAt the visibility deadline a receive or visibility change set, or null
 * @param detail what else there is to say (the action of a send, the reason for a refusal, the
 *     other queue of a move), or null
 * @since 0.1
 */
public record MessageEvent(
    Kind kind,
    Instant at,
    int receiveCount,
    @Nullable String receiptHandle,
    @Nullable Instant visibleAt,
    @Nullable String detail) {

  /**
   * What happened to a message.
   *
   * @since 0.1
   */
  public enum Kind {
    /** Sent by SendMessage or SendMessageBatch (the detail names the action). */
    SENT,
    /** Received: a new receipt handle and visibility deadline. */
    RECEIVED,
    /** Its visibility timeout was changed with a receipt handle. */
    VISIBILITY_CHANGED,
    /** A visibility change was refused (the detail says why). */
    VISIBILITY_CHANGE_REFUSED,
    /** Its visibility timeout ran out: visible again, to be delivered again. */
    VISIBILITY_EXPIRED,
    /** Deleted with its latest receipt handle. */
    DELETED,
    /**
     * A delete with the handle of an earlier receive: SQS answers success on a standard queue but
     * the message stays (it was delivered again since).
     */
    DELETE_WITH_STALE_HANDLE,
    /** A delete refused with an error (the detail says why), e.g. an expired FIFO handle. */
    DELETE_REFUSED,
    /** A delete of a message already gone: SQS answers success, nothing happens. */
    DELETED_AGAIN,
    /** Taken out of its queue by a receive past the redrive policy's maxReceiveCount. */
    DEAD_LETTERED,
    /** Arrived in this dead-letter queue from its source queue (the detail names it). */
    DEAD_LETTER_ARRIVED,
    /** Put back into its queue because the queue it was moving to was deleted. */
    RETURNED,
    /** Taken out of its queue by a message move task (the detail names the destination). */
    MOVED_OUT,
    /** Arrived by a message move task, as a new message (the detail names the source). */
    MOVED_IN,
    /** Removed by PurgeQueue. */
    PURGED,
    /** Removed when the queue's retention period ran out. */
    RETENTION_EXPIRED,
    /**
     * Back in its queue after a delete, as a duplicate injected by a test's fault rule: the same
     * message delivered once more, with a new receipt handle on its next receive.
     */
    DUPLICATE_DELIVERY
  }
}

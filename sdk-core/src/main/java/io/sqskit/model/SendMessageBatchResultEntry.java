package io.sqskit.model;

import org.jspecify.annotations.Nullable;

/**
 * One message that {@code SendMessageBatch} accepted.
 *
 * @param id the entry id from the request
 * @param messageId the id SQS gave the message
 * @param md5OfMessageBody the MD5 of the body as SQS received it
 * @param md5OfMessageAttributes the MD5 of the message attributes, or null when there were none
 * @param md5OfMessageSystemAttributes the MD5 of the system attributes, or null when there were
 *     none
 * @param sequenceNumber the FIFO sequence number, or null on standard queues
 * @since 0.1
 */
public record SendMessageBatchResultEntry(
    @Nullable String id,
    @Nullable String messageId,
    @Nullable String md5OfMessageBody,
    @Nullable String md5OfMessageAttributes,
    @Nullable String md5OfMessageSystemAttributes,
    @Nullable String sequenceNumber) {}

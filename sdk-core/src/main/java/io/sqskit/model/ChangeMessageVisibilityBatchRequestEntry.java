package io.sqskit.model;

import org.jspecify.annotations.Nullable;

/**
 * One message of a {@code ChangeMessageVisibilityBatch}.
 *
 * @param id the entry id, unique in the batch: 1 to 80 of {@code A-Z a-z 0-9 - _}
 * @param receiptHandle the receipt handle from the receive of the message
 * @param visibilityTimeout the new visibility timeout in seconds, 0 to 43,200, or null to send none
 *     (the model does not require the member)
 * @since 0.1
 */
public record ChangeMessageVisibilityBatchRequestEntry(
    String id, String receiptHandle, @Nullable Integer visibilityTimeout) {}

package io.sqskit.model;

/**
 * One message of a {@code DeleteMessageBatch}.
 *
 * @param id the entry id, unique in the batch: 1 to 80 of {@code A-Z a-z 0-9 - _}
 * @param receiptHandle the receipt handle from the receive of the message
 * @since 0.1
 */
public record DeleteMessageBatchRequestEntry(String id, String receiptHandle) {}

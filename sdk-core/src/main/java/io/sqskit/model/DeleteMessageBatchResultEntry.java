package io.sqskit.model;

/**
 * One message that {@code DeleteMessageBatch} deleted.
 *
 * @param id the entry id from the request
 * @since 0.1
 */
public record DeleteMessageBatchResultEntry(String id) {}

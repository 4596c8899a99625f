package io.sqskit.model;

/**
 * One message whose visibility {@code ChangeMessageVisibilityBatch} changed.
 *
 * @param id the entry id from the request
 * @since 0.1
 */
public record ChangeMessageVisibilityBatchResultEntry(String id) {}

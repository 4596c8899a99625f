package io.sqskit.model;

import org.jspecify.annotations.Nullable;

/**
 * One message that {@code DeleteMessageBatch} deleted.
 *
 * @param id the entry id from the request
 * @since 0.1
 */
public record DeleteMessageBatchResultEntry(@Nullable String id) {}

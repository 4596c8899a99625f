package io.sqskit.model;

import org.jspecify.annotations.Nullable;

/**
 * One message whose visibility {@code ChangeMessageVisibilityBatch} changed.
 *
 * @param id the entry id from the request
 * @since 0.1
 */
public record ChangeMessageVisibilityBatchResultEntry(@Nullable String id) {}

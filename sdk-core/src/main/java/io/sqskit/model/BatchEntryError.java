package io.sqskit.model;

import org.jspecify.annotations.Nullable;

/**
 * One failed entry of a batch call (SQS's {@code BatchResultErrorEntry}).
 *
 * @param id the entry id from the request
 * @param senderFault true when the entry itself was at fault, false when the service was
 * @param code the error code, e.g. {@code InvalidParameterValue}
 * @param message the service's description, or null
 * @since 0.1
 */
public record BatchEntryError(
    @Nullable String id, boolean senderFault, @Nullable String code, @Nullable String message) {}

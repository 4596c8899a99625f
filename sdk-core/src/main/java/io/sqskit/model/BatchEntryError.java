package io.sqskit.model;

import java.util.Objects;
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
    String id, boolean senderFault, String code, @Nullable String message) {

  /** Checks the id and code, which SQS always sends (required in its service model). */
  public BatchEntryError {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(code, "code");
  }
}

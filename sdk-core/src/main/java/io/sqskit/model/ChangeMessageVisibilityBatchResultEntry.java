package io.sqskit.model;

import java.util.Objects;

/**
 * One message whose visibility {@code ChangeMessageVisibilityBatch} changed.
 *
 * @param id the entry id from the request
 * @since 0.1
 */
public record ChangeMessageVisibilityBatchResultEntry(String id) {

  /** Checks the id, which SQS always sends. */
  public ChangeMessageVisibilityBatchResultEntry {
    Objects.requireNonNull(id, "id");
  }
}

package io.sqskit.model;

import java.util.Objects;

/**
 * One message that {@code DeleteMessageBatch} deleted.
 *
 * @param id the entry id from the request
 * @since 0.1
 */
public record DeleteMessageBatchResultEntry(String id) {

  /** Checks the id, which SQS always sends. */
  public DeleteMessageBatchResultEntry {
    Objects.requireNonNull(id, "id");
  }
}

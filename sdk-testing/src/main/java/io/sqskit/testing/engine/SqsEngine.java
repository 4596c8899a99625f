package io.sqskit.testing.engine;

import java.util.Map;

/**
 * The fake SQS engine. STUB: the real implementation replaces this file; {@link #execute} is the
 * contract the protocol fronts use.
 */
public final class SqsEngine {

  /**
   * Runs one SQS action on a request tree and returns the response tree.
   *
   * <p>Trees use the member names of the AWS JSON 1.0 model ({@code
   * sqs-reference/models/sqs-json-botocore-1.43.11.json}): keys are member names such as {@code
   * QueueUrl}, {@code Attributes}, {@code Entries}; values are {@code String}, {@code Integer} (for
   * integer shapes), {@code Long}, {@code Boolean}, {@code byte[]} (blobs, already base64-decoded),
   * {@code List<Object>} and {@code Map<String, Object>} (structures and maps). Absent members are
   * absent keys. The response tree follows the action's output shape the same way; an action with
   * no output returns an empty map.
   *
   * @param context who calls and how URLs are spelled
   * @param action the action name, e.g. {@code SendMessage}
   * @param input the request tree
   * @return the response tree
   * @throws SqsError every failure, with SQS's code, status and message
   */
  public Map<String, Object> execute(RequestContext context, String action, Map<String, Object> input) {
    throw new SqsError(SqsErrorCode.INVALID_ACTION, "stub");
  }
}

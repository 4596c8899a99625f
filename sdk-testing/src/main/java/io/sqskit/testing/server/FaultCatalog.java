/*
 * Copyright 2026 The sqskit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.sqskit.testing.server;

import io.sqskit.testing.engine.SqsErrorCode;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@link Fault} checks rules against and answers with: SQS's actions and error texts. */
final class FaultCatalog {

  private FaultCatalog() {}

  /** SQS's 23 actions, the names {@link Fault#action} accepts. */
  static final List<String> ACTIONS =
      List.of(
          "AddPermission",
          "CancelMessageMoveTask",
          "ChangeMessageVisibility",
          "ChangeMessageVisibilityBatch",
          "CreateQueue",
          "DeleteMessage",
          "DeleteMessageBatch",
          "DeleteQueue",
          "GetQueueAttributes",
          "GetQueueUrl",
          "ListDeadLetterSourceQueues",
          "ListMessageMoveTasks",
          "ListQueueTags",
          "ListQueues",
          "PurgeQueue",
          "ReceiveMessage",
          "RemovePermission",
          "SendMessage",
          "SendMessageBatch",
          "SetQueueAttributes",
          "StartMessageMoveTask",
          "TagQueue",
          "UntagQueue");

  /** The actions a kind applies to, for the kinds that do not apply to every action. */
  static final Map<Fault.Kind, List<String>> APPLIES_TO =
      Map.of(
          Fault.Kind.CORRUPT_MD5,
          List.of("SendMessage", "SendMessageBatch", "ReceiveMessage"),
          Fault.Kind.DUPLICATE_DELIVERY,
          List.of("ReceiveMessage"),
          Fault.Kind.PARTIAL_BATCH_FAILURE,
          List.of("SendMessageBatch", "DeleteMessageBatch", "ChangeMessageVisibilityBatch"),
          Fault.Kind.RECEIPT_HANDLE_INVALID,
          List.of(
              "DeleteMessage",
              "DeleteMessageBatch",
              "ChangeMessageVisibility",
              "ChangeMessageVisibilityBatch"));

  /**
   * The default messages of {@link Fault#error(SqsErrorCode)}: the first sentence of each error's
   * description in the SQS service model (sqs-reference/models), where the model has the error as a
   * shape.
   */
  static final Map<SqsErrorCode, String> DESCRIPTIONS = descriptions();

  private static Map<SqsErrorCode, String> descriptions() {
    Map<SqsErrorCode, String> out = new EnumMap<>(SqsErrorCode.class);
    out.put(
        SqsErrorCode.BATCH_ENTRY_IDS_NOT_DISTINCT,
        "Two or more batch entries in the request have the same Id.");
    out.put(
        SqsErrorCode.BATCH_REQUEST_TOO_LONG,
        "The length of all the messages put together is more than the limit.");
    out.put(SqsErrorCode.EMPTY_BATCH_REQUEST, "The batch request doesn't contain any entries.");
    out.put(SqsErrorCode.INVALID_ADDRESS, "The specified ID is invalid.");
    out.put(SqsErrorCode.INVALID_ATTRIBUTE_NAME, "The specified attribute doesn't exist.");
    out.put(SqsErrorCode.INVALID_ATTRIBUTE_VALUE, "A queue attribute value is invalid.");
    out.put(
        SqsErrorCode.INVALID_BATCH_ENTRY_ID,
        "The Id of a batch entry in a batch request doesn't abide by the specification.");
    out.put(
        SqsErrorCode.INVALID_ID_FORMAT,
        "The specified receipt handle isn't valid for the current version.");
    out.put(
        SqsErrorCode.INVALID_MESSAGE_CONTENTS,
        "The message contains characters outside the allowed set.");
    out.put(
        SqsErrorCode.INVALID_SECURITY,
        "The request was not made over HTTPS or did not use SigV4 for signing.");
    out.put(SqsErrorCode.KMS_ACCESS_DENIED, "The caller doesn't have the required KMS access.");
    // The model describes KmsDisabled with RequestThrottled's sentence, evidently by mistake; this
    // one is ours.
    out.put(SqsErrorCode.KMS_DISABLED, "The request was rejected because the KMS key is disabled.");
    out.put(
        SqsErrorCode.KMS_INVALID_KEY_USAGE,
        "The KeyUsage value of the KMS key is incompatible with the API operation.");
    out.put(
        SqsErrorCode.KMS_INVALID_STATE,
        "The request was rejected because the state of the specified resource is not valid for"
            + " this request.");
    out.put(
        SqsErrorCode.KMS_NOT_FOUND,
        "The request was rejected because the specified entity or resource could not be found.");
    out.put(
        SqsErrorCode.KMS_OPT_IN_REQUIRED,
        "The request was rejected because the specified key policy isn't syntactically or"
            + " semantically correct.");
    out.put(
        SqsErrorCode.KMS_THROTTLED,
        "Amazon Web Services KMS throttles requests for the following conditions.");
    out.put(SqsErrorCode.MESSAGE_NOT_INFLIGHT, "The specified message isn't in flight.");
    out.put(SqsErrorCode.OVER_LIMIT, "The specified action violates a limit.");
    out.put(
        SqsErrorCode.PURGE_QUEUE_IN_PROGRESS,
        "Indicates that the specified queue previously received a PurgeQueue request within the"
            + " last 60 seconds (the time it can take to delete the messages in the queue).");
    out.put(
        SqsErrorCode.QUEUE_DELETED_RECENTLY,
        "You must wait 60 seconds after deleting a queue before you can create another queue"
            + " with the same name.");
    out.put(
        SqsErrorCode.QUEUE_DOES_NOT_EXIST,
        "Ensure that the QueueUrl is correct and that the queue has not been deleted.");
    out.put(SqsErrorCode.QUEUE_NAME_EXISTS, "A queue with this name already exists.");
    out.put(SqsErrorCode.RECEIPT_HANDLE_IS_INVALID, "The specified receipt handle isn't valid.");
    out.put(SqsErrorCode.REQUEST_THROTTLED, "The request was denied due to request throttling.");
    out.put(
        SqsErrorCode.RESOURCE_NOT_FOUND_EXCEPTION, "One or more specified resources don't exist.");
    out.put(
        SqsErrorCode.TOO_MANY_ENTRIES_IN_BATCH_REQUEST,
        "The batch request contains more entries than permissible.");
    out.put(SqsErrorCode.UNSUPPORTED_OPERATION, "Unsupported operation.");
    return out;
  }

  /** The action nearest to {@code name} in edits (Levenshtein distance), case ignored. */
  static String closest(String name) {
    String best = ACTIONS.get(0);
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : ACTIONS) {
      int d = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

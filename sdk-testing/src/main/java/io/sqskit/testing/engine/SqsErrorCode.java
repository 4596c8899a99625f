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
package io.sqskit.testing.engine;

/**
 * Every error the fake can answer with: JSON type (the suffix of {@code __type}), legacy Query code
 * (what Query clients and the {@code x-amzn-query-error} header carry), HTTP status and fault side.
 * Data from {@code sqs-reference/models/error-codes.tsv} and {@code errors.md}.
 */
public enum SqsErrorCode {
  BATCH_ENTRY_IDS_NOT_DISTINCT(
      "BatchEntryIdsNotDistinct", "AWS.SimpleQueueService.BatchEntryIdsNotDistinct", 400, true),
  BATCH_REQUEST_TOO_LONG(
      "BatchRequestTooLong", "AWS.SimpleQueueService.BatchRequestTooLong", 400, true),
  EMPTY_BATCH_REQUEST("EmptyBatchRequest", "AWS.SimpleQueueService.EmptyBatchRequest", 400, true),
  INVALID_ADDRESS("InvalidAddress", "InvalidAddress", 404, true),
  INVALID_ATTRIBUTE_NAME("InvalidAttributeName", "InvalidAttributeName", 400, true),
  INVALID_ATTRIBUTE_VALUE("InvalidAttributeValue", "InvalidAttributeValue", 400, true),
  INVALID_BATCH_ENTRY_ID(
      "InvalidBatchEntryId", "AWS.SimpleQueueService.InvalidBatchEntryId", 400, true),
  INVALID_ID_FORMAT("InvalidIdFormat", "InvalidIdFormat", 400, true),
  INVALID_MESSAGE_CONTENTS("InvalidMessageContents", "InvalidMessageContents", 400, true),
  INVALID_SECURITY("InvalidSecurity", "InvalidSecurity", 403, true),
  KMS_ACCESS_DENIED("KmsAccessDenied", "KMS.AccessDeniedException", 400, true),
  KMS_DISABLED("KmsDisabled", "KMS.DisabledException", 400, true),
  KMS_INVALID_KEY_USAGE("KmsInvalidKeyUsage", "KMS.InvalidKeyUsageException", 400, true),
  KMS_INVALID_STATE("KmsInvalidState", "KMS.InvalidStateException", 400, true),
  KMS_NOT_FOUND("KmsNotFound", "KMS.NotFoundException", 400, true),
  KMS_OPT_IN_REQUIRED("KmsOptInRequired", "KMS.OptInRequired", 403, true),
  KMS_THROTTLED("KmsThrottled", "KMS.ThrottlingException", 400, true),
  MESSAGE_NOT_INFLIGHT(
      "MessageNotInflight", "AWS.SimpleQueueService.MessageNotInflight", 400, true),
  OVER_LIMIT("OverLimit", "OverLimit", 403, true),
  PURGE_QUEUE_IN_PROGRESS(
      "PurgeQueueInProgress", "AWS.SimpleQueueService.PurgeQueueInProgress", 403, true),
  QUEUE_DELETED_RECENTLY(
      "QueueDeletedRecently", "AWS.SimpleQueueService.QueueDeletedRecently", 400, true),
  QUEUE_DOES_NOT_EXIST("QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue", 400, true),
  QUEUE_NAME_EXISTS("QueueNameExists", "QueueAlreadyExists", 400, true),
  RECEIPT_HANDLE_IS_INVALID("ReceiptHandleIsInvalid", "ReceiptHandleIsInvalid", 404, true),
  REQUEST_THROTTLED("RequestThrottled", "RequestThrottled", 403, true),
  RESOURCE_NOT_FOUND_EXCEPTION("ResourceNotFoundException", "ResourceNotFoundException", 404, true),
  TOO_MANY_ENTRIES_IN_BATCH_REQUEST(
      "TooManyEntriesInBatchRequest",
      "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
      400,
      true),
  UNSUPPORTED_OPERATION(
      "UnsupportedOperation", "AWS.SimpleQueueService.UnsupportedOperation", 400, true),
  // Common errors that are not modelled shapes (errors.md).
  // Recorded over JSON (test_sqs.snapshot.json, QueryErrorCode): these two carry an "...Exception"
  // JSON type while their Query code stays the short form.
  INVALID_PARAMETER_VALUE("InvalidParameterValueException", "InvalidParameterValue", 400, true),
  MISSING_PARAMETER("MissingRequiredParameterException", "MissingParameter", 400, true),
  INVALID_ACTION("InvalidAction", "InvalidAction", 400, true),
  MISSING_ACTION("MissingAction", "MissingAction", 400, true),
  INVALID_QUERY_PARAMETER("InvalidQueryParameter", "InvalidQueryParameter", 400, true),
  // 404, as SQS's Common Errors page gives it (the client's table agrees; ErrorTablesTest)
  MALFORMED_QUERY_STRING("MalformedQueryString", "MalformedQueryString", 404, true),
  // The Common Errors page names it AccessDeniedException (the JSON type); over Query SQS sends
  // the code AccessDenied with 403, and x-amzn-query-error carries that code over JSON.
  ACCESS_DENIED("AccessDeniedException", "AccessDenied", 403, true),
  INVALID_CLIENT_TOKEN_ID("InvalidClientTokenId", "InvalidClientTokenId", 403, true),
  SIGNATURE_DOES_NOT_MATCH("SignatureDoesNotMatch", "SignatureDoesNotMatch", 403, true),
  INCOMPLETE_SIGNATURE("IncompleteSignature", "IncompleteSignature", 400, true),
  MISSING_AUTHENTICATION_TOKEN(
      "MissingAuthenticationToken", "MissingAuthenticationToken", 403, true),
  REQUEST_EXPIRED("RequestExpired", "RequestExpired", 400, true),
  INTERNAL_FAILURE("InternalFailure", "InternalFailure", 500, false),
  SERVICE_UNAVAILABLE("ServiceUnavailable", "ServiceUnavailable", 503, false);

  private final String jsonType;
  private final String queryCode;
  private final int httpStatus;
  private final boolean senderFault;

  SqsErrorCode(String jsonType, String queryCode, int httpStatus, boolean senderFault) {
    this.jsonType = jsonType;
    this.queryCode = queryCode;
    this.httpStatus = httpStatus;
    this.senderFault = senderFault;
  }

  /** The JSON 1.0 type, rendered as {@code com.amazonaws.sqs#<jsonType>}. */
  public String jsonType() {
    return jsonType;
  }

  /** The legacy Query code: {@code <Code>} in XML, first part of {@code x-amzn-query-error}. */
  public String queryCode() {
    return queryCode;
  }

  public int httpStatus() {
    return httpStatus;
  }

  /** {@code Sender} when true, {@code Receiver} when false. */
  public boolean senderFault() {
    return senderFault;
  }
}

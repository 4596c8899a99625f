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
  /**
   * {@code AWS.SimpleQueueService.BatchEntryIdsNotDistinct}, HTTP 400: two or more entries of a
   * batch request have the same {@code Id}.
   */
  BATCH_ENTRY_IDS_NOT_DISTINCT(
      "BatchEntryIdsNotDistinct", "AWS.SimpleQueueService.BatchEntryIdsNotDistinct", 400, true),
  /**
   * {@code AWS.SimpleQueueService.BatchRequestTooLong}, HTTP 400: the messages of a batch together
   * exceed the size limit.
   */
  BATCH_REQUEST_TOO_LONG(
      "BatchRequestTooLong", "AWS.SimpleQueueService.BatchRequestTooLong", 400, true),
  /** {@code AWS.SimpleQueueService.EmptyBatchRequest}, HTTP 400: a batch request has no entries. */
  EMPTY_BATCH_REQUEST("EmptyBatchRequest", "AWS.SimpleQueueService.EmptyBatchRequest", 400, true),
  /** {@code InvalidAddress}, HTTP 404: the specified id or address is invalid. */
  INVALID_ADDRESS("InvalidAddress", "InvalidAddress", 404, true),
  /** {@code InvalidAttributeName}, HTTP 400: the specified attribute does not exist. */
  INVALID_ATTRIBUTE_NAME("InvalidAttributeName", "InvalidAttributeName", 400, true),
  /** {@code InvalidAttributeValue}, HTTP 400: a queue attribute value is invalid. */
  INVALID_ATTRIBUTE_VALUE("InvalidAttributeValue", "InvalidAttributeValue", 400, true),
  /**
   * {@code AWS.SimpleQueueService.InvalidBatchEntryId}, HTTP 400: the {@code Id} of a batch entry
   * does not follow the rules (up to 80 of {@code A-Z a-z 0-9 - _}).
   */
  INVALID_BATCH_ENTRY_ID(
      "InvalidBatchEntryId", "AWS.SimpleQueueService.InvalidBatchEntryId", 400, true),
  /** {@code InvalidIdFormat}, HTTP 400: the receipt handle is not valid for the current version. */
  INVALID_ID_FORMAT("InvalidIdFormat", "InvalidIdFormat", 400, true),
  /**
   * {@code InvalidMessageContents}, HTTP 400: the message contains characters outside the allowed
   * set.
   */
  INVALID_MESSAGE_CONTENTS("InvalidMessageContents", "InvalidMessageContents", 400, true),
  /**
   * {@code InvalidSecurity}, HTTP 403: the request was not made over HTTPS or was not signed with
   * SigV4.
   */
  INVALID_SECURITY("InvalidSecurity", "InvalidSecurity", 403, true),
  /** {@code KMS.AccessDeniedException}, HTTP 400: the caller lacks the required KMS access. */
  KMS_ACCESS_DENIED("KmsAccessDenied", "KMS.AccessDeniedException", 400, true),
  /** {@code KMS.DisabledException}, HTTP 400: the KMS key is disabled. */
  KMS_DISABLED("KmsDisabled", "KMS.DisabledException", 400, true),
  /**
   * {@code KMS.InvalidKeyUsageException}, HTTP 400: the KMS key cannot be used for this operation.
   */
  KMS_INVALID_KEY_USAGE("KmsInvalidKeyUsage", "KMS.InvalidKeyUsageException", 400, true),
  /**
   * {@code KMS.InvalidStateException}, HTTP 400: the KMS key is not in a valid state for this
   * request.
   */
  KMS_INVALID_STATE("KmsInvalidState", "KMS.InvalidStateException", 400, true),
  /** {@code KMS.NotFoundException}, HTTP 400: the KMS key was not found. */
  KMS_NOT_FOUND("KmsNotFound", "KMS.NotFoundException", 400, true),
  /**
   * {@code KMS.OptInRequired}, HTTP 403: the KMS key policy is not correct or an opt-in is
   * required.
   */
  KMS_OPT_IN_REQUIRED("KmsOptInRequired", "KMS.OptInRequired", 403, true),
  /** {@code KMS.ThrottlingException}, HTTP 400: KMS throttled the request (retryable). */
  KMS_THROTTLED("KmsThrottled", "KMS.ThrottlingException", 400, true),
  /** {@code AWS.SimpleQueueService.MessageNotInflight}, HTTP 400: the message is not in flight. */
  MESSAGE_NOT_INFLIGHT(
      "MessageNotInflight", "AWS.SimpleQueueService.MessageNotInflight", 400, true),
  /** {@code OverLimit}, HTTP 403: the action violates a limit, e.g. too many in-flight messages. */
  OVER_LIMIT("OverLimit", "OverLimit", 403, true),
  /**
   * {@code AWS.SimpleQueueService.PurgeQueueInProgress}, HTTP 403: the queue was purged within the
   * last 60 seconds.
   */
  PURGE_QUEUE_IN_PROGRESS(
      "PurgeQueueInProgress", "AWS.SimpleQueueService.PurgeQueueInProgress", 403, true),
  /**
   * {@code AWS.SimpleQueueService.QueueDeletedRecently}, HTTP 400: a queue of that name was deleted
   * less than 60 seconds ago.
   */
  QUEUE_DELETED_RECENTLY(
      "QueueDeletedRecently", "AWS.SimpleQueueService.QueueDeletedRecently", 400, true),
  /** {@code AWS.SimpleQueueService.NonExistentQueue}, HTTP 400: the queue does not exist. */
  QUEUE_DOES_NOT_EXIST("QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue", 400, true),
  /**
   * {@code QueueAlreadyExists}, HTTP 400: a queue of that name exists with different attributes.
   */
  QUEUE_NAME_EXISTS("QueueNameExists", "QueueAlreadyExists", 400, true),
  /** {@code ReceiptHandleIsInvalid}, HTTP 404: the receipt handle is not valid. */
  RECEIPT_HANDLE_IS_INVALID("ReceiptHandleIsInvalid", "ReceiptHandleIsInvalid", 404, true),
  /**
   * {@code RequestThrottled}, HTTP 403: the request rate exceeded a limit (retryable, throttling).
   */
  REQUEST_THROTTLED("RequestThrottled", "RequestThrottled", 403, true),
  /**
   * {@code ResourceNotFoundException}, HTTP 404: a specified resource, e.g. a message move task,
   * does not exist.
   */
  RESOURCE_NOT_FOUND_EXCEPTION("ResourceNotFoundException", "ResourceNotFoundException", 404, true),
  /**
   * {@code AWS.SimpleQueueService.TooManyEntriesInBatchRequest}, HTTP 400: a batch request has more
   * than 10 entries.
   */
  TOO_MANY_ENTRIES_IN_BATCH_REQUEST(
      "TooManyEntriesInBatchRequest",
      "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
      400,
      true),
  /**
   * {@code AWS.SimpleQueueService.UnsupportedOperation}, HTTP 400: the operation is not supported
   * (named so as not to clash with {@code java.lang.UnsupportedOperationException}).
   */
  UNSUPPORTED_OPERATION(
      "UnsupportedOperation", "AWS.SimpleQueueService.UnsupportedOperation", 400, true),
  // Common errors that are not modelled shapes (errors.md).
  // Recorded over JSON (test_sqs.snapshot.json, QueryErrorCode): these two carry an "...Exception"
  // JSON type while their Query code stays the short form.
  /** {@code InvalidParameterValue}, HTTP 400: a parameter is out of range or malformed. */
  INVALID_PARAMETER_VALUE("InvalidParameterValueException", "InvalidParameterValue", 400, true),
  /** {@code MissingParameter}, HTTP 400: a required parameter is absent. */
  MISSING_PARAMETER("MissingRequiredParameterException", "MissingParameter", 400, true),
  /** {@code InvalidAction}, HTTP 400: the action is unknown. */
  INVALID_ACTION("InvalidAction", "InvalidAction", 400, true),
  /** {@code MissingAction}, HTTP 400: the request names no action. */
  MISSING_ACTION("MissingAction", "MissingAction", 400, true),
  /** {@code InvalidQueryParameter}, HTTP 400: the query string does not follow the AWS rules. */
  INVALID_QUERY_PARAMETER("InvalidQueryParameter", "InvalidQueryParameter", 400, true),
  /**
   * {@code MalformedQueryString}, HTTP 404 as SQS's Common Errors page gives it (the client's table
   * agrees; ErrorTablesTest): the query string has a syntax error.
   */
  MALFORMED_QUERY_STRING("MalformedQueryString", "MalformedQueryString", 404, true),
  /**
   * {@code AccessDenied}, HTTP 403: the caller may not perform the action. The Common Errors page
   * names its JSON type AccessDeniedException; over Query SQS sends the code AccessDenied, and
   * x-amzn-query-error carries that code over JSON.
   */
  ACCESS_DENIED("AccessDeniedException", "AccessDenied", 403, true),
  /** {@code InvalidClientTokenId}, HTTP 403: the access key id is not known. */
  INVALID_CLIENT_TOKEN_ID("InvalidClientTokenId", "InvalidClientTokenId", 403, true),
  /**
   * {@code SignatureDoesNotMatch}, HTTP 403: the request signature does not match (wrong secret key
   * or a changed request).
   */
  SIGNATURE_DOES_NOT_MATCH("SignatureDoesNotMatch", "SignatureDoesNotMatch", 403, true),
  /**
   * {@code IncompleteSignature}, HTTP 400: the request signature does not conform to AWS standards.
   */
  INCOMPLETE_SIGNATURE("IncompleteSignature", "IncompleteSignature", 400, true),
  /** {@code MissingAuthenticationToken}, HTTP 403: the request carries no access key id. */
  MISSING_AUTHENTICATION_TOKEN(
      "MissingAuthenticationToken", "MissingAuthenticationToken", 403, true),
  /**
   * {@code RequestExpired}, HTTP 400: the request's date is more than 15 minutes off the service's
   * clock.
   */
  REQUEST_EXPIRED("RequestExpired", "RequestExpired", 400, true),
  /** {@code InternalFailure}, HTTP 500: the service failed internally (retryable). */
  INTERNAL_FAILURE("InternalFailure", "InternalFailure", 500, false),
  /** {@code ServiceUnavailable}, HTTP 503: the service is temporarily unavailable (retryable). */
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

  /** {@return the JSON 1.0 type, rendered as {@code com.amazonaws.sqs#<jsonType>}} */
  public String jsonType() {
    return jsonType;
  }

  /**
   * {@return the legacy Query code: {@code <Code>} in XML, first part of {@code
   * x-amzn-query-error}}
   */
  public String queryCode() {
    return queryCode;
  }

  /** {@return the HTTP status SQS answers this error with} */
  public int httpStatus() {
    return httpStatus;
  }

  /** {@return true for a {@code Sender} fault (the caller's), false for {@code Receiver}} */
  public boolean senderFault() {
    return senderFault;
  }
}

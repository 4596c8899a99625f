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
package io.sqskit.exception;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The client's one table of SQS errors: JSON type, legacy Query code, usual HTTP status, exception
 * type, and whether the retry loop may try again.
 *
 * <p>Rows come from {@code sqs-reference/models/error-codes.tsv} (the modelled errors) and from the
 * SQS API Reference's "Common Errors" page (the errors every AWS Query service may send). The HTTP
 * status in a row is the documented one; the status of the actual response is what an exception
 * reports. Lookups accept the Query code ({@code AWS.SimpleQueueService.NonExistentQueue}), the
 * JSON type ({@code QueueDoesNotExist}) and the JSON type with its namespace ({@code
 * com.amazonaws.sqs#QueueDoesNotExist}).
 *
 * <pre>{@code
 * SqsServiceException e = ErrorCode.from("AWS.SimpleQueueService.NonExistentQueue", 400,
 *     "The specified queue does not exist for this wsdl version.", requestId, true);
 * // e instanceof QueueDoesNotExistException, e.retryable() == false
 * }</pre>
 *
 * @since 0.1
 */
public enum ErrorCode {
  // ---- Modelled SQS errors (models/error-codes.tsv) ----
  /**
   * SQS error {@code AWS.SimpleQueueService.BatchEntryIdsNotDistinct}: two or more entries of a
   * batch request have the same {@code Id}; thrown as {@link BatchEntryIdsNotDistinctException}.
   */
  BATCH_ENTRY_IDS_NOT_DISTINCT(
      "BatchEntryIdsNotDistinct",
      "AWS.SimpleQueueService.BatchEntryIdsNotDistinct",
      400,
      Retry.NEVER,
      BatchEntryIdsNotDistinctException::new),
  /**
   * SQS error {@code AWS.SimpleQueueService.BatchRequestTooLong}: the messages of a batch together
   * exceed the size limit; thrown as {@link BatchRequestTooLongException}.
   */
  BATCH_REQUEST_TOO_LONG(
      "BatchRequestTooLong",
      "AWS.SimpleQueueService.BatchRequestTooLong",
      400,
      Retry.NEVER,
      BatchRequestTooLongException::new),
  /**
   * SQS error {@code AWS.SimpleQueueService.EmptyBatchRequest}: a batch request has no entries;
   * thrown as {@link EmptyBatchRequestException}.
   */
  EMPTY_BATCH_REQUEST(
      "EmptyBatchRequest",
      "AWS.SimpleQueueService.EmptyBatchRequest",
      400,
      Retry.NEVER,
      EmptyBatchRequestException::new),
  /**
   * SQS error {@code InvalidAddress}: the specified id or address is invalid; thrown as {@link
   * InvalidAddressException}.
   */
  INVALID_ADDRESS(
      "InvalidAddress", "InvalidAddress", 404, Retry.NEVER, InvalidAddressException::new),
  // The table has no status for the next four; 400 is what recorded/ shows for
  // InvalidAttributeName and InvalidAttributeValue, and assumed (not documented) for the other two.
  /**
   * SQS error {@code InvalidAttributeName}: the specified attribute does not exist; thrown as
   * {@link InvalidAttributeNameException}.
   */
  INVALID_ATTRIBUTE_NAME(
      "InvalidAttributeName",
      "InvalidAttributeName",
      400,
      Retry.NEVER,
      InvalidAttributeNameException::new),
  /**
   * SQS error {@code InvalidAttributeValue}: a queue attribute value is invalid; thrown as {@link
   * InvalidAttributeValueException}.
   */
  INVALID_ATTRIBUTE_VALUE(
      "InvalidAttributeValue",
      "InvalidAttributeValue",
      400,
      Retry.NEVER,
      InvalidAttributeValueException::new),
  /**
   * SQS error {@code InvalidIdFormat}: the receipt handle is not valid for the current version;
   * thrown as {@link InvalidIdFormatException}.
   */
  INVALID_ID_FORMAT(
      "InvalidIdFormat", "InvalidIdFormat", 400, Retry.NEVER, InvalidIdFormatException::new),
  /**
   * SQS error {@code InvalidMessageContents}: the message contains characters outside the allowed
   * set; thrown as {@link InvalidMessageContentsException}.
   */
  INVALID_MESSAGE_CONTENTS(
      "InvalidMessageContents",
      "InvalidMessageContents",
      400,
      Retry.NEVER,
      InvalidMessageContentsException::new),
  /**
   * SQS error {@code AWS.SimpleQueueService.InvalidBatchEntryId}: the {@code Id} of a batch entry
   * does not follow the rules (up to 80 of {@code A-Z a-z 0-9 - _}); thrown as {@link
   * InvalidBatchEntryIdException}.
   */
  INVALID_BATCH_ENTRY_ID(
      "InvalidBatchEntryId",
      "AWS.SimpleQueueService.InvalidBatchEntryId",
      400,
      Retry.NEVER,
      InvalidBatchEntryIdException::new),
  /**
   * SQS error {@code InvalidSecurity}: the request was not made over HTTPS or was not signed with
   * SigV4; thrown as {@link InvalidSecurityException}.
   */
  INVALID_SECURITY(
      "InvalidSecurity", "InvalidSecurity", 403, Retry.NEVER, InvalidSecurityException::new),
  /**
   * SQS error {@code KMS.AccessDeniedException}: the caller lacks the required KMS access; thrown
   * as {@link KmsAccessDeniedException}.
   */
  KMS_ACCESS_DENIED(
      "KmsAccessDenied",
      "KMS.AccessDeniedException",
      400,
      Retry.NEVER,
      KmsAccessDeniedException::new),
  /**
   * SQS error {@code KMS.DisabledException}: the KMS key is disabled; thrown as {@link
   * KmsDisabledException}.
   */
  KMS_DISABLED("KmsDisabled", "KMS.DisabledException", 400, Retry.NEVER, KmsDisabledException::new),
  /**
   * SQS error {@code KMS.InvalidKeyUsageException}: the KMS key cannot be used for this operation;
   * thrown as {@link KmsInvalidKeyUsageException}.
   */
  KMS_INVALID_KEY_USAGE(
      "KmsInvalidKeyUsage",
      "KMS.InvalidKeyUsageException",
      400,
      Retry.NEVER,
      KmsInvalidKeyUsageException::new),
  /**
   * SQS error {@code KMS.InvalidStateException}: the KMS key is not in a valid state for this
   * request; thrown as {@link KmsInvalidStateException}.
   */
  KMS_INVALID_STATE(
      "KmsInvalidState",
      "KMS.InvalidStateException",
      400,
      Retry.NEVER,
      KmsInvalidStateException::new),
  /**
   * SQS error {@code KMS.NotFoundException}: the KMS key was not found; thrown as {@link
   * KmsNotFoundException}.
   */
  KMS_NOT_FOUND(
      "KmsNotFound", "KMS.NotFoundException", 400, Retry.NEVER, KmsNotFoundException::new),
  /**
   * SQS error {@code KMS.OptInRequired}: the KMS key policy is not correct or an opt-in is
   * required; thrown as {@link KmsOptInRequiredException}.
   */
  KMS_OPT_IN_REQUIRED(
      "KmsOptInRequired", "KMS.OptInRequired", 403, Retry.NEVER, KmsOptInRequiredException::new),
  // SQS quirk: KMS throttling arrives as HTTP 400 (a client-error status), yet it is throttling and
  // worth retrying with the longer throttling backoff.
  /**
   * SQS error {@code KMS.ThrottlingException}: KMS throttled the request (retryable); thrown as
   * {@link KmsThrottledException}.
   */
  KMS_THROTTLED(
      "KmsThrottled", "KMS.ThrottlingException", 400, Retry.THROTTLING, KmsThrottledException::new),
  /**
   * SQS error {@code AWS.SimpleQueueService.MessageNotInflight}: the message is not in flight;
   * thrown as {@link MessageNotInflightException}.
   */
  MESSAGE_NOT_INFLIGHT(
      "MessageNotInflight",
      "AWS.SimpleQueueService.MessageNotInflight",
      400,
      Retry.NEVER,
      MessageNotInflightException::new),
  // OverLimit is a hard limit (in-flight messages, permissions), not a rate: retrying the same
  // request does not help until the caller changes something.
  /**
   * SQS error {@code OverLimit}: the action violates a limit, e.g. too many in-flight messages;
   * thrown as {@link OverLimitException}.
   */
  OVER_LIMIT("OverLimit", "OverLimit", 403, Retry.NEVER, OverLimitException::new),
  /**
   * SQS error {@code AWS.SimpleQueueService.PurgeQueueInProgress}: the queue was purged within the
   * last 60 seconds; thrown as {@link PurgeQueueInProgressException}.
   */
  PURGE_QUEUE_IN_PROGRESS(
      "PurgeQueueInProgress",
      "AWS.SimpleQueueService.PurgeQueueInProgress",
      403,
      Retry.NEVER,
      PurgeQueueInProgressException::new),
  /**
   * SQS error {@code AWS.SimpleQueueService.QueueDeletedRecently}: a queue of that name was deleted
   * less than 60 seconds ago; thrown as {@link QueueDeletedRecentlyException}.
   */
  QUEUE_DELETED_RECENTLY(
      "QueueDeletedRecently",
      "AWS.SimpleQueueService.QueueDeletedRecently",
      400,
      Retry.NEVER,
      QueueDeletedRecentlyException::new),
  /**
   * SQS error {@code AWS.SimpleQueueService.NonExistentQueue}: the queue does not exist; thrown as
   * {@link QueueDoesNotExistException}.
   */
  QUEUE_DOES_NOT_EXIST(
      "QueueDoesNotExist",
      "AWS.SimpleQueueService.NonExistentQueue",
      400,
      Retry.NEVER,
      QueueDoesNotExistException::new),
  /**
   * SQS error {@code QueueAlreadyExists}: a queue of that name exists with different attributes;
   * thrown as {@link QueueNameExistsException}.
   */
  QUEUE_NAME_EXISTS(
      "QueueNameExists", "QueueAlreadyExists", 400, Retry.NEVER, QueueNameExistsException::new),
  /**
   * SQS error {@code ReceiptHandleIsInvalid}: the receipt handle is not valid; thrown as {@link
   * ReceiptHandleIsInvalidException}.
   */
  RECEIPT_HANDLE_IS_INVALID(
      "ReceiptHandleIsInvalid",
      "ReceiptHandleIsInvalid",
      404,
      Retry.NEVER,
      ReceiptHandleIsInvalidException::new),
  // SQS quirk: request throttling arrives as HTTP 403, a status that otherwise means "forbidden";
  // only the code tells it apart from an authorization failure.
  /**
   * SQS error {@code RequestThrottled}: the request rate exceeded a limit (retryable, throttling);
   * thrown as {@link RequestThrottledException}.
   */
  REQUEST_THROTTLED(
      "RequestThrottled",
      "RequestThrottled",
      403,
      Retry.THROTTLING,
      RequestThrottledException::new),
  /**
   * SQS error {@code ResourceNotFoundException}: a specified resource, e.g. a message move task,
   * does not exist; thrown as {@link ResourceNotFoundException}.
   */
  RESOURCE_NOT_FOUND(
      "ResourceNotFoundException",
      "ResourceNotFoundException",
      404,
      Retry.NEVER,
      ResourceNotFoundException::new),
  /**
   * SQS error {@code AWS.SimpleQueueService.TooManyEntriesInBatchRequest}: a batch request has more
   * than 10 entries; thrown as {@link TooManyEntriesInBatchRequestException}.
   */
  TOO_MANY_ENTRIES_IN_BATCH_REQUEST(
      "TooManyEntriesInBatchRequest",
      "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
      400,
      Retry.NEVER,
      TooManyEntriesInBatchRequestException::new),
  /**
   * SQS error {@code AWS.SimpleQueueService.UnsupportedOperation}: the operation is not supported
   * (named so as not to clash with {@code java.lang.UnsupportedOperationException}); thrown as
   * {@link SqsUnsupportedOperationException}.
   */
  UNSUPPORTED_OPERATION(
      "UnsupportedOperation",
      "AWS.SimpleQueueService.UnsupportedOperation",
      400,
      Retry.NEVER,
      SqsUnsupportedOperationException::new),

  // ---- Common errors (SQS API Reference, "Common Errors"; not modelled shapes) ----
  // JSON types of these two are the ones recorded/ shows in QueryErrorCode.
  /**
   * SQS error {@code InvalidParameterValue}: a parameter is out of range or malformed; thrown as
   * {@link InvalidParameterValueException}.
   */
  INVALID_PARAMETER_VALUE(
      "InvalidParameterValueException",
      "InvalidParameterValue",
      400,
      Retry.NEVER,
      InvalidParameterValueException::new),
  /**
   * SQS error {@code MissingParameter}: a required parameter is absent; thrown as {@link
   * MissingParameterException}.
   */
  MISSING_PARAMETER(
      "MissingRequiredParameterException",
      "MissingParameter",
      400,
      Retry.NEVER,
      MissingParameterException::new),
  /**
   * SQS error {@code InvalidParameterCombination}: parameters that must not be used together were
   * used together; thrown as {@link InvalidParameterCombinationException}.
   */
  INVALID_PARAMETER_COMBINATION(
      "InvalidParameterCombination",
      "InvalidParameterCombination",
      400,
      Retry.NEVER,
      InvalidParameterCombinationException::new),
  /**
   * SQS error {@code InvalidAction}: the action is unknown; thrown as {@link
   * InvalidActionException}.
   */
  INVALID_ACTION("InvalidAction", "InvalidAction", 400, Retry.NEVER, InvalidActionException::new),
  /**
   * SQS error {@code MissingAction}: the request names no action; thrown as {@link
   * MissingActionException}.
   */
  MISSING_ACTION("MissingAction", "MissingAction", 400, Retry.NEVER, MissingActionException::new),
  /**
   * SQS error {@code InvalidQueryParameter}: the query string does not follow the AWS rules; thrown
   * as {@link InvalidQueryParameterException}.
   */
  INVALID_QUERY_PARAMETER(
      "InvalidQueryParameter",
      "InvalidQueryParameter",
      400,
      Retry.NEVER,
      InvalidQueryParameterException::new),
  /**
   * SQS error {@code MalformedQueryString}: the query string has a syntax error; thrown as {@link
   * MalformedQueryStringException}.
   */
  MALFORMED_QUERY_STRING(
      "MalformedQueryString",
      "MalformedQueryString",
      404,
      Retry.NEVER,
      MalformedQueryStringException::new),
  // The Common Errors page lists AccessDeniedException with 400; over Query SQS sends the code
  // AccessDenied with 403. Both spellings map here; the row keeps the Query status.
  /**
   * SQS error {@code AccessDenied}: the caller may not perform the action; thrown as {@link
   * AccessDeniedException}.
   */
  ACCESS_DENIED(
      "AccessDeniedException", "AccessDenied", 403, Retry.NEVER, AccessDeniedException::new),
  /**
   * SQS error {@code InvalidClientTokenId}: the access key id is not known; thrown as {@link
   * InvalidClientTokenIdException}.
   */
  INVALID_CLIENT_TOKEN_ID(
      "InvalidClientTokenId",
      "InvalidClientTokenId",
      403,
      Retry.NEVER,
      InvalidClientTokenIdException::new),
  /**
   * SQS error {@code MissingAuthenticationToken}: the request carries no access key id; thrown as
   * {@link MissingAuthenticationTokenException}.
   */
  MISSING_AUTHENTICATION_TOKEN(
      "MissingAuthenticationToken",
      "MissingAuthenticationToken",
      403,
      Retry.NEVER,
      MissingAuthenticationTokenException::new),
  // Not on the SQS Common Errors page but sent by every SigV4 service for a wrong secret key.
  /**
   * SQS error {@code SignatureDoesNotMatch}: the request signature does not match (wrong secret key
   * or a changed request); thrown as {@link SignatureDoesNotMatchException}.
   */
  SIGNATURE_DOES_NOT_MATCH(
      "SignatureDoesNotMatch",
      "SignatureDoesNotMatch",
      403,
      Retry.NEVER,
      SignatureDoesNotMatchException::new),
  /**
   * SQS error {@code IncompleteSignature}: the request signature does not conform to AWS standards;
   * thrown as {@link IncompleteSignatureException}.
   */
  INCOMPLETE_SIGNATURE(
      "IncompleteSignature",
      "IncompleteSignature",
      400,
      Retry.NEVER,
      IncompleteSignatureException::new),
  // 400 per the Common Errors page (errors.md guessed 403). Not retried: this client does not
  // correct clock skew, so a second attempt would be signed with the same wrong clock.
  /**
   * SQS error {@code RequestExpired}: the request's date is more than 15 minutes off the service's
   * clock; thrown as {@link RequestExpiredException}.
   */
  REQUEST_EXPIRED(
      "RequestExpired", "RequestExpired", 400, Retry.NEVER, RequestExpiredException::new),
  /**
   * SQS error {@code InternalFailure}: the service failed internally (retryable); thrown as {@link
   * InternalFailureException}.
   */
  INTERNAL_FAILURE(
      "InternalFailure",
      "InternalFailure",
      500,
      Retry.TRANSIENT,
      InternalFailureException::new,
      "InternalError"),
  /**
   * SQS error {@code ServiceUnavailable}: the service is temporarily unavailable (retryable);
   * thrown as {@link ServiceUnavailableException}.
   */
  SERVICE_UNAVAILABLE(
      "ServiceUnavailable",
      "ServiceUnavailable",
      503,
      Retry.TRANSIENT,
      ServiceUnavailableException::new),
  // Common Errors lists ThrottlingException with 400: throttling despite the client-error status.
  /**
   * SQS error {@code ThrottlingException}: the request was throttled (retryable, throttling);
   * thrown as {@link ThrottlingException}.
   */
  THROTTLING(
      "ThrottlingException",
      "ThrottlingException",
      400,
      Retry.THROTTLING,
      ThrottlingException::new,
      "Throttling");

  /** How the retry loop treats an error. */
  private enum Retry {
    NEVER,
    TRANSIENT,
    THROTTLING
  }

  /** Creates the typed exception; the constructors of the subclasses fit. */
  @FunctionalInterface
  private interface Factory {
    SqsServiceException create(
        String message,
        String code,
        int status,
        @Nullable String requestId,
        boolean senderFault,
        boolean retryable,
        boolean throttling);
  }

  private static final Map<String, ErrorCode> BY_CODE = index();

  private final String jsonType;
  private final String queryCode;
  private final int httpStatus;
  private final Retry retry;

  @SuppressWarnings("ImmutableEnumChecker") // constructor references: stateless
  private final Factory factory;

  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
  private final List<String> aliases;

  ErrorCode(
      String jsonType,
      String queryCode,
      int httpStatus,
      Retry retry,
      Factory factory,
      String... aliases) {
    this.jsonType = jsonType;
    this.queryCode = queryCode;
    this.httpStatus = httpStatus;
    this.retry = retry;
    this.factory = factory;
    this.aliases = List.of(aliases);
  }

  /** {@return the AWS JSON 1.0 error type without namespace, e.g. {@code QueueDoesNotExist}} */
  public String jsonType() {
    return jsonType;
  }

  /** {@return the Query protocol code, e.g. {@code AWS.SimpleQueueService.NonExistentQueue}} */
  public String queryCode() {
    return queryCode;
  }

  /** {@return the documented HTTP status of this error} */
  public int httpStatus() {
    return httpStatus;
  }

  /** {@return whether a call failing with this error may be tried again} */
  public boolean retryable() {
    return retry != Retry.NEVER;
  }

  /** {@return whether this error means the caller is sending too fast (longer backoff)} */
  public boolean isThrottling() {
    return retry == Retry.THROTTLING;
  }

  /**
   * {@return the row for a code: a Query code, a JSON type, or a JSON type with namespace ({@code
   * com.amazonaws.sqs#QueueDoesNotExist}) or suffix ({@code QueueDoesNotExist:http://...})}
   *
   * @param code the code as an answer carries it; null or unknown gives an empty result
   */
  public static Optional<ErrorCode> lookup(@Nullable String code) {
    if (code == null) {
      return Optional.empty();
    }
    ErrorCode direct = BY_CODE.get(code);
    return direct != null ? Optional.of(direct) : Optional.ofNullable(BY_CODE.get(bare(code)));
  }

  /**
   * {@return the typed exception for an error answer}
   *
   * <p>A known code gets its subclass. An unknown code stays an {@link SqsServiceException} with
   * the raw code; it is retryable for a 5xx status, and throttling for HTTP 429 (the generic "Too
   * Many Requests" status; SQS itself is not documented to send it). A known code with a 5xx status
   * is also retryable: the status says the service, not the request, failed.
   *
   * @param code the code or type the service sent, kept as is in {@link
   *     SqsServiceException#errorCode()}
   * @param status the HTTP status of the response
   * @param message the service's message (null becomes an empty string)
   * @param requestId the request id, or null
   * @param senderFault true when the service blamed the sender
   */
  public static SqsServiceException from(
      String code,
      int status,
      @Nullable String message,
      @Nullable String requestId,
      boolean senderFault) {
    String text = message == null ? "" : message;
    ErrorCode row = lookup(code).orElse(null);
    boolean serverError = status >= 500 && status <= 599;
    if (row == null) {
      boolean throttling = status == 429;
      return new SqsServiceException(
          text, code, status, requestId, senderFault, serverError || throttling, throttling);
    }
    return row.factory.create(
        text,
        code,
        status,
        requestId,
        senderFault,
        row.retryable() || serverError,
        row.isThrottling());
  }

  private static String bare(String code) {
    int start = code.indexOf('#') + 1;
    int end = code.indexOf(':', start);
    return code.substring(start, end < 0 ? code.length() : end);
  }

  private static Map<String, ErrorCode> index() {
    Map<String, ErrorCode> map = new HashMap<>();
    for (ErrorCode row : values()) {
      put(map, row.jsonType, row);
      put(map, row.queryCode, row);
      for (String alias : row.aliases) {
        put(map, alias, row);
      }
    }
    return Map.copyOf(map);
  }

  private static void put(Map<String, ErrorCode> map, String key, ErrorCode row) {
    ErrorCode previous = map.putIfAbsent(key, row);
    if (previous != null && previous != row) {
      throw new IllegalStateException(
          String.format(Locale.ROOT, "code %s is in rows %s and %s", key, previous, row));
    }
  }
}

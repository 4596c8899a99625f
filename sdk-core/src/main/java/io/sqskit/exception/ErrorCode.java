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
  BATCH_ENTRY_IDS_NOT_DISTINCT(
      "BatchEntryIdsNotDistinct",
      "AWS.SimpleQueueService.BatchEntryIdsNotDistinct",
      400,
      Retry.NEVER,
      BatchEntryIdsNotDistinctException::new),
  BATCH_REQUEST_TOO_LONG(
      "BatchRequestTooLong",
      "AWS.SimpleQueueService.BatchRequestTooLong",
      400,
      Retry.NEVER,
      BatchRequestTooLongException::new),
  EMPTY_BATCH_REQUEST(
      "EmptyBatchRequest",
      "AWS.SimpleQueueService.EmptyBatchRequest",
      400,
      Retry.NEVER,
      EmptyBatchRequestException::new),
  INVALID_ADDRESS(
      "InvalidAddress", "InvalidAddress", 404, Retry.NEVER, InvalidAddressException::new),
  // The table has no status for the next four; 400 is what recorded/ shows for
  // InvalidAttributeName and InvalidAttributeValue, and assumed (not documented) for the other two.
  INVALID_ATTRIBUTE_NAME(
      "InvalidAttributeName",
      "InvalidAttributeName",
      400,
      Retry.NEVER,
      InvalidAttributeNameException::new),
  INVALID_ATTRIBUTE_VALUE(
      "InvalidAttributeValue",
      "InvalidAttributeValue",
      400,
      Retry.NEVER,
      InvalidAttributeValueException::new),
  INVALID_ID_FORMAT(
      "InvalidIdFormat", "InvalidIdFormat", 400, Retry.NEVER, InvalidIdFormatException::new),
  INVALID_MESSAGE_CONTENTS(
      "InvalidMessageContents",
      "InvalidMessageContents",
      400,
      Retry.NEVER,
      InvalidMessageContentsException::new),
  INVALID_BATCH_ENTRY_ID(
      "InvalidBatchEntryId",
      "AWS.SimpleQueueService.InvalidBatchEntryId",
      400,
      Retry.NEVER,
      InvalidBatchEntryIdException::new),
  INVALID_SECURITY(
      "InvalidSecurity", "InvalidSecurity", 403, Retry.NEVER, InvalidSecurityException::new),
  KMS_ACCESS_DENIED(
      "KmsAccessDenied",
      "KMS.AccessDeniedException",
      400,
      Retry.NEVER,
      KmsAccessDeniedException::new),
  KMS_DISABLED("KmsDisabled", "KMS.DisabledException", 400, Retry.NEVER, KmsDisabledException::new),
  KMS_INVALID_KEY_USAGE(
      "KmsInvalidKeyUsage",
      "KMS.InvalidKeyUsageException",
      400,
      Retry.NEVER,
      KmsInvalidKeyUsageException::new),
  KMS_INVALID_STATE(
      "KmsInvalidState",
      "KMS.InvalidStateException",
      400,
      Retry.NEVER,
      KmsInvalidStateException::new),
  KMS_NOT_FOUND(
      "KmsNotFound", "KMS.NotFoundException", 400, Retry.NEVER, KmsNotFoundException::new),
  KMS_OPT_IN_REQUIRED(
      "KmsOptInRequired", "KMS.OptInRequired", 403, Retry.NEVER, KmsOptInRequiredException::new),
  // SQS quirk: KMS throttling arrives as HTTP 400 (a client-error status), yet it is throttling and
  // worth retrying with the longer throttling backoff.
  KMS_THROTTLED(
      "KmsThrottled", "KMS.ThrottlingException", 400, Retry.THROTTLING, KmsThrottledException::new),
  MESSAGE_NOT_INFLIGHT(
      "MessageNotInflight",
      "AWS.SimpleQueueService.MessageNotInflight",
      400,
      Retry.NEVER,
      MessageNotInflightException::new),
  // OverLimit is a hard limit (in-flight messages, permissions), not a rate: retrying the same
  // request does not help until the caller changes something.
  OVER_LIMIT("OverLimit", "OverLimit", 403, Retry.NEVER, OverLimitException::new),
  PURGE_QUEUE_IN_PROGRESS(
      "PurgeQueueInProgress",
      "AWS.SimpleQueueService.PurgeQueueInProgress",
      403,
      Retry.NEVER,
      PurgeQueueInProgressException::new),
  QUEUE_DELETED_RECENTLY(
      "QueueDeletedRecently",
      "AWS.SimpleQueueService.QueueDeletedRecently",
      400,
      Retry.NEVER,
      QueueDeletedRecentlyException::new),
  QUEUE_DOES_NOT_EXIST(
      "QueueDoesNotExist",
      "AWS.SimpleQueueService.NonExistentQueue",
      400,
      Retry.NEVER,
      QueueDoesNotExistException::new),
  QUEUE_NAME_EXISTS(
      "QueueNameExists", "QueueAlreadyExists", 400, Retry.NEVER, QueueNameExistsException::new),
  RECEIPT_HANDLE_IS_INVALID(
      "ReceiptHandleIsInvalid",
      "ReceiptHandleIsInvalid",
      404,
      Retry.NEVER,
      ReceiptHandleIsInvalidException::new),
  // SQS quirk: request throttling arrives as HTTP 403, a status that otherwise means "forbidden";
  // only the code tells it apart from an authorization failure.
  REQUEST_THROTTLED(
      "RequestThrottled",
      "RequestThrottled",
      403,
      Retry.THROTTLING,
      RequestThrottledException::new),
  RESOURCE_NOT_FOUND(
      "ResourceNotFoundException",
      "ResourceNotFoundException",
      404,
      Retry.NEVER,
      ResourceNotFoundException::new),
  TOO_MANY_ENTRIES_IN_BATCH_REQUEST(
      "TooManyEntriesInBatchRequest",
      "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
      400,
      Retry.NEVER,
      TooManyEntriesInBatchRequestException::new),
  UNSUPPORTED_OPERATION(
      "UnsupportedOperation",
      "AWS.SimpleQueueService.UnsupportedOperation",
      400,
      Retry.NEVER,
      SqsUnsupportedOperationException::new),

  // ---- Common errors (SQS API Reference, "Common Errors"; not modelled shapes) ----
  // JSON types of these two are the ones recorded/ shows in QueryErrorCode.
  INVALID_PARAMETER_VALUE(
      "InvalidParameterValueException",
      "InvalidParameterValue",
      400,
      Retry.NEVER,
      InvalidParameterValueException::new),
  MISSING_PARAMETER(
      "MissingRequiredParameterException",
      "MissingParameter",
      400,
      Retry.NEVER,
      MissingParameterException::new),
  INVALID_PARAMETER_COMBINATION(
      "InvalidParameterCombination",
      "InvalidParameterCombination",
      400,
      Retry.NEVER,
      InvalidParameterCombinationException::new),
  INVALID_ACTION("InvalidAction", "InvalidAction", 400, Retry.NEVER, InvalidActionException::new),
  MISSING_ACTION("MissingAction", "MissingAction", 400, Retry.NEVER, MissingActionException::new),
  INVALID_QUERY_PARAMETER(
      "InvalidQueryParameter",
      "InvalidQueryParameter",
      400,
      Retry.NEVER,
      InvalidQueryParameterException::new),
  MALFORMED_QUERY_STRING(
      "MalformedQueryString",
      "MalformedQueryString",
      404,
      Retry.NEVER,
      MalformedQueryStringException::new),
  // The Common Errors page lists AccessDeniedException with 400; over Query SQS sends the code
  // AccessDenied with 403. Both spellings map here; the row keeps the Query status.
  ACCESS_DENIED(
      "AccessDeniedException", "AccessDenied", 403, Retry.NEVER, AccessDeniedException::new),
  INVALID_CLIENT_TOKEN_ID(
      "InvalidClientTokenId",
      "InvalidClientTokenId",
      403,
      Retry.NEVER,
      InvalidClientTokenIdException::new),
  MISSING_AUTHENTICATION_TOKEN(
      "MissingAuthenticationToken",
      "MissingAuthenticationToken",
      403,
      Retry.NEVER,
      MissingAuthenticationTokenException::new),
  // Not on the SQS Common Errors page but sent by every SigV4 service for a wrong secret key.
  SIGNATURE_DOES_NOT_MATCH(
      "SignatureDoesNotMatch",
      "SignatureDoesNotMatch",
      403,
      Retry.NEVER,
      SignatureDoesNotMatchException::new),
  INCOMPLETE_SIGNATURE(
      "IncompleteSignature",
      "IncompleteSignature",
      400,
      Retry.NEVER,
      IncompleteSignatureException::new),
  // 400 per the Common Errors page (errors.md guessed 403). Not retried: this client does not
  // correct clock skew, so a second attempt would be signed with the same wrong clock.
  REQUEST_EXPIRED(
      "RequestExpired", "RequestExpired", 400, Retry.NEVER, RequestExpiredException::new),
  INTERNAL_FAILURE(
      "InternalFailure",
      "InternalFailure",
      500,
      Retry.TRANSIENT,
      InternalFailureException::new,
      "InternalError"),
  SERVICE_UNAVAILABLE(
      "ServiceUnavailable",
      "ServiceUnavailable",
      503,
      Retry.TRANSIENT,
      ServiceUnavailableException::new),
  // Common Errors lists ThrottlingException with 400: throttling despite the client-error status.
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

  /** The AWS JSON 1.0 error type without namespace, e.g. {@code QueueDoesNotExist}. */
  public String jsonType() {
    return jsonType;
  }

  /** The Query protocol code, e.g. {@code AWS.SimpleQueueService.NonExistentQueue}. */
  public String queryCode() {
    return queryCode;
  }

  /** The documented HTTP status of this error. */
  public int httpStatus() {
    return httpStatus;
  }

  /** Whether a call failing with this error may be tried again. */
  public boolean retryable() {
    return retry != Retry.NEVER;
  }

  /** Whether this error means the caller is sending too fast (longer backoff). */
  public boolean isThrottling() {
    return retry == Retry.THROTTLING;
  }

  /**
   * The row for a code: a Query code, a JSON type, or a JSON type with namespace ({@code
   * com.amazonaws.sqs#QueueDoesNotExist}) or suffix ({@code QueueDoesNotExist:http://...}).
   */
  public static Optional<ErrorCode> lookup(@Nullable String code) {
    if (code == null) {
      return Optional.empty();
    }
    ErrorCode direct = BY_CODE.get(code);
    return direct != null ? Optional.of(direct) : Optional.ofNullable(BY_CODE.get(bare(code)));
  }

  /**
   * The typed exception for an error answer.
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

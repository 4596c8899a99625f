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

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorCodeTest {

  /**
   * Every row of sqs-reference/models/error-codes.tsv (JSON type, Query code, status; an empty
   * status in the file is 400 here) and the common errors of errors.md and the SQS API Reference's
   * Common Errors page, with the class and retry flags the client must give them.
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource({
    // modelled errors (error-codes.tsv)
    "BatchEntryIdsNotDistinct, AWS.SimpleQueueService.BatchEntryIdsNotDistinct, 400,"
        + " BatchEntryIdsNotDistinctException, false, false",
    "BatchRequestTooLong, AWS.SimpleQueueService.BatchRequestTooLong, 400,"
        + " BatchRequestTooLongException, false, false",
    "EmptyBatchRequest, AWS.SimpleQueueService.EmptyBatchRequest, 400, EmptyBatchRequestException,"
        + " false, false",
    "InvalidAddress, InvalidAddress, 404, InvalidAddressException, false, false",
    "InvalidAttributeName, InvalidAttributeName, 400, InvalidAttributeNameException, false, false",
    "InvalidAttributeValue, InvalidAttributeValue, 400, InvalidAttributeValueException, false,"
        + " false",
    "InvalidBatchEntryId, AWS.SimpleQueueService.InvalidBatchEntryId, 400,"
        + " InvalidBatchEntryIdException, false, false",
    "InvalidIdFormat, InvalidIdFormat, 400, InvalidIdFormatException, false, false",
    "InvalidMessageContents, InvalidMessageContents, 400, InvalidMessageContentsException, false,"
        + " false",
    "InvalidSecurity, InvalidSecurity, 403, InvalidSecurityException, false, false",
    "KmsAccessDenied, KMS.AccessDeniedException, 400, KmsAccessDeniedException, false, false",
    "KmsDisabled, KMS.DisabledException, 400, KmsDisabledException, false, false",
    "KmsInvalidKeyUsage, KMS.InvalidKeyUsageException, 400, KmsInvalidKeyUsageException, false,"
        + " false",
    "KmsInvalidState, KMS.InvalidStateException, 400, KmsInvalidStateException, false, false",
    "KmsNotFound, KMS.NotFoundException, 400, KmsNotFoundException, false, false",
    "KmsOptInRequired, KMS.OptInRequired, 403, KmsOptInRequiredException, false, false",
    "KmsThrottled, KMS.ThrottlingException, 400, KmsThrottledException, true, true",
    "MessageNotInflight, AWS.SimpleQueueService.MessageNotInflight, 400,"
        + " MessageNotInflightException, false, false",
    "OverLimit, OverLimit, 403, OverLimitException, false, false",
    "PurgeQueueInProgress, AWS.SimpleQueueService.PurgeQueueInProgress, 403,"
        + " PurgeQueueInProgressException, false, false",
    "QueueDeletedRecently, AWS.SimpleQueueService.QueueDeletedRecently, 400,"
        + " QueueDeletedRecentlyException, false, false",
    "QueueDoesNotExist, AWS.SimpleQueueService.NonExistentQueue, 400, QueueDoesNotExistException,"
        + " false, false",
    "QueueNameExists, QueueAlreadyExists, 400, QueueNameExistsException, false, false",
    "ReceiptHandleIsInvalid, ReceiptHandleIsInvalid, 404, ReceiptHandleIsInvalidException, false,"
        + " false",
    "RequestThrottled, RequestThrottled, 403, RequestThrottledException, true, true",
    "ResourceNotFoundException, ResourceNotFoundException, 404, ResourceNotFoundException, false,"
        + " false",
    "TooManyEntriesInBatchRequest, AWS.SimpleQueueService.TooManyEntriesInBatchRequest, 400,"
        + " TooManyEntriesInBatchRequestException, false, false",
    "UnsupportedOperation, AWS.SimpleQueueService.UnsupportedOperation, 400,"
        + " SqsUnsupportedOperationException, false, false",
    // common errors (errors.md; JSON types of the first two as recorded/ shows them)
    "InvalidParameterValueException, InvalidParameterValue, 400, InvalidParameterValueException,"
        + " false, false",
    "MissingRequiredParameterException, MissingParameter, 400, MissingParameterException, false,"
        + " false",
    "InvalidParameterCombination, InvalidParameterCombination, 400,"
        + " InvalidParameterCombinationException, false, false",
    "InvalidAction, InvalidAction, 400, InvalidActionException, false, false",
    "MissingAction, MissingAction, 400, MissingActionException, false, false",
    "InvalidQueryParameter, InvalidQueryParameter, 400, InvalidQueryParameterException, false,"
        + " false",
    "MalformedQueryString, MalformedQueryString, 404, MalformedQueryStringException, false, false",
    "AccessDeniedException, AccessDenied, 403, AccessDeniedException, false, false",
    "InvalidClientTokenId, InvalidClientTokenId, 403, InvalidClientTokenIdException, false, false",
    "MissingAuthenticationToken, MissingAuthenticationToken, 403,"
        + " MissingAuthenticationTokenException, false, false",
    "SignatureDoesNotMatch, SignatureDoesNotMatch, 403, SignatureDoesNotMatchException, false,"
        + " false",
    "IncompleteSignature, IncompleteSignature, 400, IncompleteSignatureException, false, false",
    "RequestExpired, RequestExpired, 400, RequestExpiredException, false, false",
    "InternalFailure, InternalFailure, 500, InternalFailureException, true, false",
    "ServiceUnavailable, ServiceUnavailable, 503, ServiceUnavailableException, true, false",
    "ThrottlingException, ThrottlingException, 400, ThrottlingException, true, true",
  })
  void everyCodeMapsToItsExceptionAndRetryFlags(
      String jsonType,
      String queryCode,
      int status,
      String exceptionClass,
      boolean retryable,
      boolean throttling) {
    for (String code : new String[] {queryCode, jsonType, "com.amazonaws.sqs#" + jsonType}) {
      SqsServiceException e = ErrorCode.from(code, status, "msg", "req-1", true);

      assertThat(e.getClass().getSimpleName()).as(code).isEqualTo(exceptionClass);
      assertThat(e.getClass().getPackageName()).isEqualTo("io.sqskit.exception");
      assertThat(e.errorCode()).isEqualTo(code);
      assertThat(e.statusCode()).isEqualTo(status);
      assertThat(e.requestId()).isEqualTo("req-1");
      assertThat(e.senderFault()).isTrue();
      assertThat(e.retryable()).as("retryable %s", code).isEqualTo(retryable);
      assertThat(e.isThrottling()).as("throttling %s", code).isEqualTo(throttling);
      assertThat(e).hasMessage("msg (" + code + ", " + status + ", req-1)");
    }
    ErrorCode row = ErrorCode.lookup(queryCode).orElseThrow();
    assertThat(ErrorCode.lookup(jsonType)).contains(row);
    assertThat(row.queryCode()).isEqualTo(queryCode);
    assertThat(row.jsonType()).isEqualTo(jsonType);
    assertThat(row.httpStatus()).isEqualTo(status);
    assertThat(row.retryable()).isEqualTo(retryable);
    assertThat(row.isThrottling()).isEqualTo(throttling);
  }

  @Test
  void internalErrorIsAnAliasOfInternalFailure() {
    assertThat(ErrorCode.from("InternalError", 500, "x", null, false))
        .isInstanceOf(InternalFailureException.class);
  }

  @Test
  void unknownCodeStaysRawAndIsNotRetryableForA4xx() {
    SqsServiceException e = ErrorCode.from("SomethingNew", 400, "odd", "r", true);

    assertThat(e).isExactlyInstanceOf(SqsServiceException.class);
    assertThat(e.errorCode()).isEqualTo("SomethingNew");
    assertThat(e.retryable()).isFalse();
    assertThat(e.isThrottling()).isFalse();
    assertThat(e).hasMessage("odd (SomethingNew, 400, r)");
    assertThat(ErrorCode.lookup("SomethingNew")).isEmpty();
  }

  @Test
  void unknownCodeWithServerStatusIsRetryable() {
    SqsServiceException e = ErrorCode.from("SomethingBroke", 502, "bad", null, false);

    assertThat(e.retryable()).isTrue();
    assertThat(e.isThrottling()).isFalse();
    assertThat(e).hasMessage("bad (SomethingBroke, 502, null)");
  }

  @Test
  void unknownCodeWith429IsThrottling() {
    SqsServiceException e = ErrorCode.from("SlowDownPlease", 429, "slow", null, true);

    assertThat(e.retryable()).isTrue();
    assertThat(e.isThrottling()).isTrue();
  }

  @Test
  void knownClientErrorWithServerStatusIsRetryable() {
    SqsServiceException e =
        ErrorCode.from("AWS.SimpleQueueService.NonExistentQueue", 500, "odd", null, false);

    assertThat(e).isInstanceOf(QueueDoesNotExistException.class);
    assertThat(e.retryable()).isTrue();
  }

  @Test
  void jsonTypeWithSuffixIsFound() {
    assertThat(
            ErrorCode.lookup(
                "QueueDoesNotExist:http://internal.amazon.com/coral/com.amazonaws.sqs/"))
        .contains(ErrorCode.QUEUE_DOES_NOT_EXIST);
  }

  @Test
  void nullMessageAndNullCodeAreTolerated() {
    assertThat(ErrorCode.lookup(null)).isEmpty();
    assertThat(ErrorCode.from("OverLimit", 403, null, "r", true))
        .hasMessage(" (OverLimit, 403, r)");
  }

  @Test
  void noExceptionClassClashesWithJavaLang() {
    for (ErrorCode row : ErrorCode.values()) {
      String name =
          ErrorCode.from(row.queryCode(), row.httpStatus(), "", null, true)
              .getClass()
              .getSimpleName();
      assertThat(classExists("java.lang." + name)).as(name).isFalse();
    }
    assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::queryCode).distinct())
        .hasSize(ErrorCode.values().length);
  }

  private static boolean classExists(String name) {
    try {
      Class.forName(name);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}

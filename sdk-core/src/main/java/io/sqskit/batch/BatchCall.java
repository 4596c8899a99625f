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
package io.sqskit.batch;

import io.sqskit.client.SqsClient;
import io.sqskit.exception.ErrorCode;
import io.sqskit.exception.SqsClientException;
import io.sqskit.exception.SqsServiceException;
import io.sqskit.model.BatchEntryError;
import io.sqskit.model.ChangeMessageVisibilityBatchRequest;
import io.sqskit.model.ChangeMessageVisibilityBatchRequestEntry;
import io.sqskit.model.ChangeMessageVisibilityBatchResponse;
import io.sqskit.model.ChangeMessageVisibilityBatchResultEntry;
import io.sqskit.model.ChangeMessageVisibilityResponse;
import io.sqskit.model.DeleteMessageBatchRequest;
import io.sqskit.model.DeleteMessageBatchRequestEntry;
import io.sqskit.model.DeleteMessageBatchResponse;
import io.sqskit.model.DeleteMessageBatchResultEntry;
import io.sqskit.model.DeleteMessageResponse;
import io.sqskit.model.SendMessageBatchRequest;
import io.sqskit.model.SendMessageBatchRequestEntry;
import io.sqskit.model.SendMessageBatchResponse;
import io.sqskit.model.SendMessageBatchResultEntry;
import io.sqskit.model.SendMessageRequest;
import io.sqskit.model.SendMessageResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One batch call through the public {@link SqsClient} API, and the mapping of its answer back to
 * one {@link Result} per entry. Entry ids are the batcher's own: the entry's position in the batch.
 */
final class BatchCall {
  private static final DeleteMessageResponse DELETED = DeleteMessageResponse.builder().build();
  private static final ChangeMessageVisibilityResponse CHANGED =
      ChangeMessageVisibilityResponse.builder().build();

  /**
   * What became of one entry: a value (the single call's response), or an error and whether the
   * entry may be tried again on its own.
   */
  record Result(
      @Nullable Object value, @Nullable Throwable error, boolean retry, boolean throttled) {
    static Result ok(Object value) {
      return new Result(value, null, false, false);
    }

    static Result failed(Throwable error) {
      return new Result(null, error, false, false);
    }
  }

  private BatchCall() {}

  /**
   * Sends {@code entries} (1 to 10, one action, one queue) and returns their results in order;
   * never throws. A whole-call failure fails every entry with its cause: the client has already
   * retried it under its {@code RetryPolicy}. When the client rejects the batch's shape ({@link
   * IllegalArgumentException}, which the batcher's own checks should have prevented), each entry is
   * sent alone, so that only the entry at fault fails.
   */
  static List<Result> execute(
      SqsClient client, Action action, String queueUrl, List<Entry> entries) {
    try {
      return switch (action) {
        case SEND -> send(client, queueUrl, entries);
        case DELETE -> delete(client, queueUrl, entries);
        case CHANGE_VISIBILITY -> changeVisibility(client, queueUrl, entries);
      };
    } catch (IllegalArgumentException e) {
      if (entries.size() == 1) {
        return List.of(Result.failed(e));
      }
      List<Result> results = new ArrayList<>(entries.size());
      for (Entry entry : entries) {
        results.addAll(execute(client, action, queueUrl, List.of(entry)));
      }
      return results;
    } catch (RuntimeException | Error e) {
      Result failed = Result.failed(e);
      Result[] all = new Result[entries.size()];
      Arrays.fill(all, failed);
      return Arrays.asList(all);
    }
  }

  private static List<Result> send(SqsClient client, String queueUrl, List<Entry> entries) {
    List<SendMessageBatchRequestEntry> request = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      SendMessageRequest r = Objects.requireNonNull(entries.get(i).send);
      request.add(
          SendMessageBatchRequestEntry.builder()
              .id(Integer.toString(i))
              .messageBody(r.messageBody())
              .delaySeconds(r.delaySeconds())
              .messageAttributes(r.messageAttributes())
              .messageSystemAttributes(r.messageSystemAttributes())
              .messageDeduplicationId(r.messageDeduplicationId())
              .messageGroupId(r.messageGroupId())
              .build());
    }
    SendMessageBatchResponse response =
        client.sendMessageBatch(
            SendMessageBatchRequest.builder().queueUrl(queueUrl).entries(request).build());
    Result[] results = new Result[entries.size()];
    for (SendMessageBatchResultEntry ok : response.successful()) {
      int i = index(ok.id(), results);
      if (i >= 0) {
        results[i] =
            Result.ok(
                SendMessageResponse.builder()
                    .messageId(ok.messageId())
                    .md5OfMessageBody(ok.md5OfMessageBody())
                    .md5OfMessageAttributes(ok.md5OfMessageAttributes())
                    .md5OfMessageSystemAttributes(ok.md5OfMessageSystemAttributes())
                    .sequenceNumber(ok.sequenceNumber())
                    .build());
      }
    }
    return finish("SendMessageBatch", results, response.failed());
  }

  private static List<Result> delete(SqsClient client, String queueUrl, List<Entry> entries) {
    List<DeleteMessageBatchRequestEntry> request = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      request.add(
          new DeleteMessageBatchRequestEntry(
              Integer.toString(i), Objects.requireNonNull(entries.get(i).receiptHandle)));
    }
    DeleteMessageBatchResponse response =
        client.deleteMessageBatch(
            DeleteMessageBatchRequest.builder().queueUrl(queueUrl).entries(request).build());
    Result[] results = new Result[entries.size()];
    for (DeleteMessageBatchResultEntry ok : response.successful()) {
      int i = index(ok.id(), results);
      if (i >= 0) {
        results[i] = Result.ok(DELETED);
      }
    }
    return finish("DeleteMessageBatch", results, response.failed());
  }

  private static List<Result> changeVisibility(
      SqsClient client, String queueUrl, List<Entry> entries) {
    List<ChangeMessageVisibilityBatchRequestEntry> request = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      request.add(
          new ChangeMessageVisibilityBatchRequestEntry(
              Integer.toString(i), Objects.requireNonNull(e.receiptHandle), e.visibilityTimeout));
    }
    ChangeMessageVisibilityBatchResponse response =
        client.changeMessageVisibilityBatch(
            ChangeMessageVisibilityBatchRequest.builder()
                .queueUrl(queueUrl)
                .entries(request)
                .build());
    Result[] results = new Result[entries.size()];
    for (ChangeMessageVisibilityBatchResultEntry ok : response.successful()) {
      int i = index(ok.id(), results);
      if (i >= 0) {
        results[i] = Result.ok(CHANGED);
      }
    }
    return finish("ChangeMessageVisibilityBatch", results, response.failed());
  }

  /** Fills in the failed entries, and any entry the answer left out. */
  private static List<Result> finish(
      String action, Result[] results, List<BatchEntryError> failed) {
    for (BatchEntryError error : failed) {
      int i = index(error.id(), results);
      if (i >= 0 && results[i] == null) {
        results[i] = failure(error);
      }
    }
    for (int i = 0; i < results.length; i++) {
      if (results[i] == null) {
        results[i] =
            Result.failed(
                new SqsClientException(
                    "SQS answered " + action + " without a result for entry " + i));
      }
    }
    return Arrays.asList(results);
  }

  /**
   * The exception the single call would raise for this entry's error: the typed exception of the
   * client's one error table ({@link ErrorCode#from}), with the documented status of the code (an
   * entry error carries no status of its own: 400 for an unknown sender fault, 500 for an unknown
   * receiver fault) and no request id. Receiver faults, and throttling, may be retried.
   */
  static Result failure(BatchEntryError error) {
    int status =
        ErrorCode.lookup(error.code())
            .map(ErrorCode::httpStatus)
            .orElse(error.senderFault() ? 400 : 500);
    SqsServiceException e =
        ErrorCode.from(error.code(), status, error.message(), null, error.senderFault());
    return new Result(null, e, !error.senderFault() || e.isThrottling(), e.isThrottling());
  }

  /** The position an id names, or -1 for an id the batcher did not send. */
  private static int index(String id, Result[] results) {
    int i;
    try {
      i = Integer.parseInt(id);
    } catch (NumberFormatException e) {
      return -1;
    }
    return i >= 0 && i < results.length ? i : -1;
  }
}

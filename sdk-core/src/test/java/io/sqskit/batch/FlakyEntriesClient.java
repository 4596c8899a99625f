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
import io.sqskit.model.BatchEntryError;
import io.sqskit.model.DeleteMessageBatchRequest;
import io.sqskit.model.DeleteMessageBatchRequestEntry;
import io.sqskit.model.DeleteMessageBatchResponse;
import io.sqskit.model.SendMessageBatchRequest;
import io.sqskit.model.SendMessageBatchRequestEntry;
import io.sqskit.model.SendMessageBatchResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Answers chosen batch entries with a service-side failure ({@code InternalError},
 * SenderFault=false) without passing them on, as SQS does when one entry fails inside a batch; the
 * other entries go to the real client.
 */
final class FlakyEntriesClient extends DelegatingSqsClient {
  static final String CODE = "InternalError";
  static final String MESSAGE = "We encountered an internal error. Please try again.";

  private final Predicate<String> failSendOfBody;
  private final Predicate<String> failDeleteOfHandle;
  final AtomicLong failedEntries = new AtomicLong();

  FlakyEntriesClient(
      SqsClient delegate, Predicate<String> failSendOfBody, Predicate<String> failDeleteOfHandle) {
    super(delegate);
    this.failSendOfBody = failSendOfBody;
    this.failDeleteOfHandle = failDeleteOfHandle;
  }

  @Override
  public SendMessageBatchResponse sendMessageBatch(SendMessageBatchRequest request) {
    List<SendMessageBatchRequestEntry> kept = new ArrayList<>();
    List<BatchEntryError> failed = new ArrayList<>();
    for (SendMessageBatchRequestEntry e : request.entries()) {
      if (failSendOfBody.test(e.messageBody())) {
        failed.add(new BatchEntryError(e.id(), false, CODE, MESSAGE));
      } else {
        kept.add(e);
      }
    }
    failedEntries.addAndGet(failed.size());
    SendMessageBatchResponse answer =
        kept.isEmpty()
            ? SendMessageBatchResponse.builder().build()
            : delegate.sendMessageBatch(request.toBuilder().entries(kept).build());
    List<BatchEntryError> all = new ArrayList<>(answer.failed());
    all.addAll(failed);
    return answer.toBuilder().failed(all).build();
  }

  @Override
  public DeleteMessageBatchResponse deleteMessageBatch(DeleteMessageBatchRequest request) {
    List<DeleteMessageBatchRequestEntry> kept = new ArrayList<>();
    List<BatchEntryError> failed = new ArrayList<>();
    for (DeleteMessageBatchRequestEntry e : request.entries()) {
      if (failDeleteOfHandle.test(e.receiptHandle())) {
        failed.add(new BatchEntryError(e.id(), false, CODE, MESSAGE));
      } else {
        kept.add(e);
      }
    }
    failedEntries.addAndGet(failed.size());
    DeleteMessageBatchResponse answer =
        kept.isEmpty()
            ? DeleteMessageBatchResponse.builder().build()
            : delegate.deleteMessageBatch(request.toBuilder().entries(kept).build());
    List<BatchEntryError> all = new ArrayList<>(answer.failed());
    all.addAll(failed);
    return answer.toBuilder().failed(all).build();
  }
}

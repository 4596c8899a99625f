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

import io.sqskit.client.ClientConfig;
import io.sqskit.client.SqsClient;
import io.sqskit.exception.SqsClientException;
import io.sqskit.model.AddPermissionRequest;
import io.sqskit.model.AddPermissionResponse;
import io.sqskit.model.CancelMessageMoveTaskRequest;
import io.sqskit.model.CancelMessageMoveTaskResponse;
import io.sqskit.model.ChangeMessageVisibilityBatchRequest;
import io.sqskit.model.ChangeMessageVisibilityBatchResponse;
import io.sqskit.model.ChangeMessageVisibilityRequest;
import io.sqskit.model.ChangeMessageVisibilityResponse;
import io.sqskit.model.CreateQueueRequest;
import io.sqskit.model.CreateQueueResponse;
import io.sqskit.model.DeleteMessageBatchRequest;
import io.sqskit.model.DeleteMessageBatchResponse;
import io.sqskit.model.DeleteMessageRequest;
import io.sqskit.model.DeleteMessageResponse;
import io.sqskit.model.DeleteQueueRequest;
import io.sqskit.model.DeleteQueueResponse;
import io.sqskit.model.GetQueueAttributesRequest;
import io.sqskit.model.GetQueueAttributesResponse;
import io.sqskit.model.GetQueueUrlRequest;
import io.sqskit.model.GetQueueUrlResponse;
import io.sqskit.model.ListDeadLetterSourceQueuesRequest;
import io.sqskit.model.ListDeadLetterSourceQueuesResponse;
import io.sqskit.model.ListMessageMoveTasksRequest;
import io.sqskit.model.ListMessageMoveTasksResponse;
import io.sqskit.model.ListQueueTagsRequest;
import io.sqskit.model.ListQueueTagsResponse;
import io.sqskit.model.ListQueuesRequest;
import io.sqskit.model.ListQueuesResponse;
import io.sqskit.model.PurgeQueueRequest;
import io.sqskit.model.PurgeQueueResponse;
import io.sqskit.model.ReceiveMessageRequest;
import io.sqskit.model.ReceiveMessageResponse;
import io.sqskit.model.RemovePermissionRequest;
import io.sqskit.model.RemovePermissionResponse;
import io.sqskit.model.SendMessageBatchRequest;
import io.sqskit.model.SendMessageBatchResponse;
import io.sqskit.model.SendMessageRequest;
import io.sqskit.model.SendMessageResponse;
import io.sqskit.model.SetQueueAttributesRequest;
import io.sqskit.model.SetQueueAttributesResponse;
import io.sqskit.model.StartMessageMoveTaskRequest;
import io.sqskit.model.StartMessageMoveTaskResponse;
import io.sqskit.model.TagQueueRequest;
import io.sqskit.model.TagQueueResponse;
import io.sqskit.model.UntagQueueRequest;
import io.sqskit.model.UntagQueueResponse;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The blocking drop-in of {@link SqsBatcher#asClient()}: the three batched actions wait for their
 * entry's result and throw what the single call would throw; every other action goes straight to
 * the underlying client. Overloads ({@code Consumer<Builder>}, {@code (queueUrl, body)}) and
 * paginators are the interface's defaults, so they end up in the methods below.
 */
final class BatchingSqsClient implements SqsClient {
  private final SqsBatcher batcher;
  private final SqsClient client;

  BatchingSqsClient(SqsBatcher batcher, SqsClient client) {
    this.batcher = batcher;
    this.client = client;
  }

  @Override
  public ClientConfig config() {
    return client.config();
  }

  /** A builder of plain (unbatched) clients with the underlying client's settings. */
  @Override
  public Builder toBuilder() {
    return client.toBuilder();
  }

  /** Closes the batcher (flushing it); the underlying client stays open. */
  @Override
  public void close() {
    batcher.close();
  }

  @Override
  public SendMessageResponse sendMessage(SendMessageRequest request) {
    return await(batcher.sendMessage(request, true));
  }

  @Override
  public DeleteMessageResponse deleteMessage(DeleteMessageRequest request) {
    Objects.requireNonNull(request, "request");
    EntryChecks.delete(request.queueUrl(), request.receiptHandle());
    return await(
        batcher.deleteMessage(
            Objects.requireNonNull(request.queueUrl()),
            Objects.requireNonNull(request.receiptHandle()),
            true));
  }

  @Override
  public ChangeMessageVisibilityResponse changeMessageVisibility(
      ChangeMessageVisibilityRequest request) {
    Objects.requireNonNull(request, "request");
    EntryChecks.changeVisibility(
        request.queueUrl(), request.receiptHandle(), request.visibilityTimeout());
    return await(
        batcher.changeMessageVisibility(
            Objects.requireNonNull(request.queueUrl()),
            Objects.requireNonNull(request.receiptHandle()),
            Objects.requireNonNull(request.visibilityTimeout()),
            true));
  }

  @Override
  public AddPermissionResponse addPermission(AddPermissionRequest request) {
    return client.addPermission(request);
  }

  @Override
  public CancelMessageMoveTaskResponse cancelMessageMoveTask(CancelMessageMoveTaskRequest request) {
    return client.cancelMessageMoveTask(request);
  }

  @Override
  public ChangeMessageVisibilityBatchResponse changeMessageVisibilityBatch(
      ChangeMessageVisibilityBatchRequest request) {
    return client.changeMessageVisibilityBatch(request);
  }

  @Override
  public CreateQueueResponse createQueue(CreateQueueRequest request) {
    return client.createQueue(request);
  }

  @Override
  public DeleteMessageBatchResponse deleteMessageBatch(DeleteMessageBatchRequest request) {
    return client.deleteMessageBatch(request);
  }

  @Override
  public DeleteQueueResponse deleteQueue(DeleteQueueRequest request) {
    return client.deleteQueue(request);
  }

  @Override
  public GetQueueAttributesResponse getQueueAttributes(GetQueueAttributesRequest request) {
    return client.getQueueAttributes(request);
  }

  @Override
  public GetQueueUrlResponse getQueueUrl(GetQueueUrlRequest request) {
    return client.getQueueUrl(request);
  }

  @Override
  public ListDeadLetterSourceQueuesResponse listDeadLetterSourceQueues(
      ListDeadLetterSourceQueuesRequest request) {
    return client.listDeadLetterSourceQueues(request);
  }

  @Override
  public ListMessageMoveTasksResponse listMessageMoveTasks(ListMessageMoveTasksRequest request) {
    return client.listMessageMoveTasks(request);
  }

  @Override
  public ListQueueTagsResponse listQueueTags(ListQueueTagsRequest request) {
    return client.listQueueTags(request);
  }

  @Override
  public ListQueuesResponse listQueues(ListQueuesRequest request) {
    return client.listQueues(request);
  }

  @Override
  public PurgeQueueResponse purgeQueue(PurgeQueueRequest request) {
    return client.purgeQueue(request);
  }

  @Override
  public ReceiveMessageResponse receiveMessage(ReceiveMessageRequest request) {
    return client.receiveMessage(request);
  }

  @Override
  public RemovePermissionResponse removePermission(RemovePermissionRequest request) {
    return client.removePermission(request);
  }

  @Override
  public SendMessageBatchResponse sendMessageBatch(SendMessageBatchRequest request) {
    return client.sendMessageBatch(request);
  }

  @Override
  public SetQueueAttributesResponse setQueueAttributes(SetQueueAttributesRequest request) {
    return client.setQueueAttributes(request);
  }

  @Override
  public StartMessageMoveTaskResponse startMessageMoveTask(StartMessageMoveTaskRequest request) {
    return client.startMessageMoveTask(request);
  }

  @Override
  public TagQueueResponse tagQueue(TagQueueRequest request) {
    return client.tagQueue(request);
  }

  @Override
  public UntagQueueResponse untagQueue(UntagQueueRequest request) {
    return client.untagQueue(request);
  }

  /** Waits for an entry's result; its failure is rethrown as the single call would throw it. */
  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SqsClientException(
          "Interrupted while waiting for a batched call; the entry may still be sent", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new SqsClientException("Batched call failed", e);
    }
  }
}

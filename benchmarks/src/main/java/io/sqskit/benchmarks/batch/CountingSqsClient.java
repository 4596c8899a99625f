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
package io.sqskit.benchmarks.batch;

import io.sqskit.client.ClientConfig;
import io.sqskit.client.SqsClient;
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

/** Passes every call to another client and counts its SendMessageBatch calls and their entries. */
final class CountingSqsClient implements SqsClient {
  private final SqsClient delegate;
  private final BatchCounter counter;

  CountingSqsClient(SqsClient delegate, BatchCounter counter) {
    this.delegate = delegate;
    this.counter = counter;
  }

  @Override
  public ClientConfig config() {
    return delegate.config();
  }

  @Override
  public void close() {
    delegate.close();
  }

  @Override
  public AddPermissionResponse addPermission(AddPermissionRequest request) {
    return delegate.addPermission(request);
  }

  @Override
  public CancelMessageMoveTaskResponse cancelMessageMoveTask(CancelMessageMoveTaskRequest request) {
    return delegate.cancelMessageMoveTask(request);
  }

  @Override
  public ChangeMessageVisibilityResponse changeMessageVisibility(
      ChangeMessageVisibilityRequest request) {
    return delegate.changeMessageVisibility(request);
  }

  @Override
  public ChangeMessageVisibilityBatchResponse changeMessageVisibilityBatch(
      ChangeMessageVisibilityBatchRequest request) {
    return delegate.changeMessageVisibilityBatch(request);
  }

  @Override
  public CreateQueueResponse createQueue(CreateQueueRequest request) {
    return delegate.createQueue(request);
  }

  @Override
  public DeleteMessageResponse deleteMessage(DeleteMessageRequest request) {
    return delegate.deleteMessage(request);
  }

  @Override
  public DeleteMessageBatchResponse deleteMessageBatch(DeleteMessageBatchRequest request) {
    return delegate.deleteMessageBatch(request);
  }

  @Override
  public DeleteQueueResponse deleteQueue(DeleteQueueRequest request) {
    return delegate.deleteQueue(request);
  }

  @Override
  public GetQueueAttributesResponse getQueueAttributes(GetQueueAttributesRequest request) {
    return delegate.getQueueAttributes(request);
  }

  @Override
  public GetQueueUrlResponse getQueueUrl(GetQueueUrlRequest request) {
    return delegate.getQueueUrl(request);
  }

  @Override
  public ListDeadLetterSourceQueuesResponse listDeadLetterSourceQueues(
      ListDeadLetterSourceQueuesRequest request) {
    return delegate.listDeadLetterSourceQueues(request);
  }

  @Override
  public ListMessageMoveTasksResponse listMessageMoveTasks(ListMessageMoveTasksRequest request) {
    return delegate.listMessageMoveTasks(request);
  }

  @Override
  public ListQueueTagsResponse listQueueTags(ListQueueTagsRequest request) {
    return delegate.listQueueTags(request);
  }

  @Override
  public ListQueuesResponse listQueues(ListQueuesRequest request) {
    return delegate.listQueues(request);
  }

  @Override
  public PurgeQueueResponse purgeQueue(PurgeQueueRequest request) {
    return delegate.purgeQueue(request);
  }

  @Override
  public ReceiveMessageResponse receiveMessage(ReceiveMessageRequest request) {
    return delegate.receiveMessage(request);
  }

  @Override
  public RemovePermissionResponse removePermission(RemovePermissionRequest request) {
    return delegate.removePermission(request);
  }

  @Override
  public SendMessageResponse sendMessage(SendMessageRequest request) {
    return delegate.sendMessage(request);
  }

  @Override
  public SendMessageBatchResponse sendMessageBatch(SendMessageBatchRequest request) {
    counter.count(request.entries().size());
    return delegate.sendMessageBatch(request);
  }

  @Override
  public SetQueueAttributesResponse setQueueAttributes(SetQueueAttributesRequest request) {
    return delegate.setQueueAttributes(request);
  }

  @Override
  public StartMessageMoveTaskResponse startMessageMoveTask(StartMessageMoveTaskRequest request) {
    return delegate.startMessageMoveTask(request);
  }

  @Override
  public TagQueueResponse tagQueue(TagQueueRequest request) {
    return delegate.tagQueue(request);
  }

  @Override
  public UntagQueueResponse untagQueue(UntagQueueRequest request) {
    return delegate.untagQueue(request);
  }
}

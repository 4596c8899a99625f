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
package io.sqskit.internal.protocol;

import io.sqskit.client.Protocol;
import io.sqskit.internal.protocol.json.JsonProtocol;
import io.sqskit.internal.protocol.query.QueryProtocol;
import io.sqskit.model.AddPermissionRequest;
import io.sqskit.model.CancelMessageMoveTaskRequest;
import io.sqskit.model.CancelMessageMoveTaskResponse;
import io.sqskit.model.ChangeMessageVisibilityBatchRequest;
import io.sqskit.model.ChangeMessageVisibilityBatchResponse;
import io.sqskit.model.ChangeMessageVisibilityRequest;
import io.sqskit.model.CreateQueueRequest;
import io.sqskit.model.CreateQueueResponse;
import io.sqskit.model.DeleteMessageBatchRequest;
import io.sqskit.model.DeleteMessageBatchResponse;
import io.sqskit.model.DeleteMessageRequest;
import io.sqskit.model.DeleteQueueRequest;
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
import io.sqskit.model.ReceiveMessageRequest;
import io.sqskit.model.ReceiveMessageResponse;
import io.sqskit.model.RemovePermissionRequest;
import io.sqskit.model.SendMessageBatchRequest;
import io.sqskit.model.SendMessageBatchResponse;
import io.sqskit.model.SendMessageRequest;
import io.sqskit.model.SendMessageResponse;
import io.sqskit.model.SetQueueAttributesRequest;
import io.sqskit.model.StartMessageMoveTaskRequest;
import io.sqskit.model.StartMessageMoveTaskResponse;
import io.sqskit.model.TagQueueRequest;
import io.sqskit.model.UntagQueueRequest;
import io.sqskit.transport.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * One wire protocol of SQS, chosen once per client: how a request becomes the body and headers of a
 * POST, how a 2xx answer becomes the typed response, and how any other answer becomes the typed
 * exception. Implementations are stateless and thread-safe.
 *
 * <p>The client and the request pipeline talk only to this interface, so they hold no protocol
 * branch; {@link #of(Protocol)} is the one place that picks an implementation.
 */
public interface SqsProtocol {

  /** The implementation of {@code protocol}. */
  static SqsProtocol of(Protocol protocol) {
    return switch (protocol) {
      case QUERY -> QueryProtocol.INSTANCE;
      case JSON -> JsonProtocol.INSTANCE;
    };
  }

  /** Which protocol this is. */
  Protocol protocol();

  /**
   * The headers a request for {@code action} carries besides the signature: the content type, and
   * for JSON the target. The map is immutable and may be shared between calls.
   */
  Map<String, List<String>> headers(String action);

  /**
   * The exception for a non-2xx answer to {@code action}: a typed {@link
   * io.sqskit.exception.SqsServiceException} when the body is an SQS error of this protocol (or the
   * status alone says what failed), else an {@link io.sqskit.exception.SqsClientException}.
   */
  RuntimeException error(String action, HttpResponse response);

  /** The body of an AddPermission request. */
  byte[] encode(AddPermissionRequest request);

  /** The body of a CancelMessageMoveTask request. */
  byte[] encode(CancelMessageMoveTaskRequest request);

  /** The body of a ChangeMessageVisibility request. */
  byte[] encode(ChangeMessageVisibilityRequest request);

  /** The body of a ChangeMessageVisibilityBatch request. */
  byte[] encode(ChangeMessageVisibilityBatchRequest request);

  /** The body of a CreateQueue request. */
  byte[] encode(CreateQueueRequest request);

  /** The body of a DeleteMessage request. */
  byte[] encode(DeleteMessageRequest request);

  /** The body of a DeleteMessageBatch request. */
  byte[] encode(DeleteMessageBatchRequest request);

  /** The body of a DeleteQueue request. */
  byte[] encode(DeleteQueueRequest request);

  /** The body of a GetQueueAttributes request. */
  byte[] encode(GetQueueAttributesRequest request);

  /** The body of a GetQueueUrl request. */
  byte[] encode(GetQueueUrlRequest request);

  /** The body of a ListDeadLetterSourceQueues request. */
  byte[] encode(ListDeadLetterSourceQueuesRequest request);

  /** The body of a ListMessageMoveTasks request. */
  byte[] encode(ListMessageMoveTasksRequest request);

  /** The body of a ListQueueTags request. */
  byte[] encode(ListQueueTagsRequest request);

  /** The body of a ListQueues request. */
  byte[] encode(ListQueuesRequest request);

  /** The body of a PurgeQueue request. */
  byte[] encode(PurgeQueueRequest request);

  /** The body of a ReceiveMessage request. */
  byte[] encode(ReceiveMessageRequest request);

  /** The body of a RemovePermission request. */
  byte[] encode(RemovePermissionRequest request);

  /** The body of a SendMessage request. */
  byte[] encode(SendMessageRequest request);

  /** The body of a SendMessageBatch request. */
  byte[] encode(SendMessageBatchRequest request);

  /** The body of a SetQueueAttributes request. */
  byte[] encode(SetQueueAttributesRequest request);

  /** The body of a StartMessageMoveTask request. */
  byte[] encode(StartMessageMoveTaskRequest request);

  /** The body of a TagQueue request. */
  byte[] encode(TagQueueRequest request);

  /** The body of an UntagQueue request. */
  byte[] encode(UntagQueueRequest request);

  /** Reads a CancelMessageMoveTask answer. */
  CancelMessageMoveTaskResponse cancelMessageMoveTask(byte[] answer);

  /** Reads a ChangeMessageVisibilityBatch answer. */
  ChangeMessageVisibilityBatchResponse changeMessageVisibilityBatch(byte[] answer);

  /** Reads a CreateQueue answer. */
  CreateQueueResponse createQueue(byte[] answer);

  /** Reads a DeleteMessageBatch answer. */
  DeleteMessageBatchResponse deleteMessageBatch(byte[] answer);

  /** Reads a GetQueueAttributes answer. */
  GetQueueAttributesResponse getQueueAttributes(byte[] answer);

  /** Reads a GetQueueUrl answer. */
  GetQueueUrlResponse getQueueUrl(byte[] answer);

  /** Reads a ListDeadLetterSourceQueues answer. */
  ListDeadLetterSourceQueuesResponse listDeadLetterSourceQueues(byte[] answer);

  /** Reads a ListMessageMoveTasks answer. */
  ListMessageMoveTasksResponse listMessageMoveTasks(byte[] answer);

  /** Reads a ListQueueTags answer. */
  ListQueueTagsResponse listQueueTags(byte[] answer);

  /** Reads a ListQueues answer. */
  ListQueuesResponse listQueues(byte[] answer);

  /** Reads a ReceiveMessage answer. */
  ReceiveMessageResponse receiveMessage(byte[] answer);

  /** Reads a SendMessage answer. */
  SendMessageResponse sendMessage(byte[] answer);

  /** Reads a SendMessageBatch answer. */
  SendMessageBatchResponse sendMessageBatch(byte[] answer);

  /** Reads a StartMessageMoveTask answer. */
  StartMessageMoveTaskResponse startMessageMoveTask(byte[] answer);
}

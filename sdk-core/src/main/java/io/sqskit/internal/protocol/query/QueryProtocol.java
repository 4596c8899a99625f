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
package io.sqskit.internal.protocol.query;

import io.sqskit.client.Protocol;
import io.sqskit.exception.ErrorCode;
import io.sqskit.internal.protocol.ErrorAnswers;
import io.sqskit.internal.protocol.SqsProtocol;
import io.sqskit.internal.protocol.xml.ErrorResponseParser;
import io.sqskit.internal.protocol.xml.ErrorResponseParser.MalformedErrorException;
import io.sqskit.internal.protocol.xml.ErrorResponseParser.ParsedError;
import io.sqskit.internal.protocol.xml.QueryResponseReader;
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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The Query protocol: form bodies from {@link QueryMarshaller}, XML answers read by {@link
 * QueryResponseReader}, errors from the {@code ErrorResponse} document.
 */
public final class QueryProtocol implements SqsProtocol {
  /** The one instance; it holds no state. */
  public static final QueryProtocol INSTANCE = new QueryProtocol();

  /** The Content-Type of every Query request. */
  public static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";

  private static final Map<String, List<String>> HEADERS =
      Map.of("Content-Type", List.of(CONTENT_TYPE));

  private QueryProtocol() {}

  @Override
  public Protocol protocol() {
    return Protocol.QUERY;
  }

  /** The same for every action: the action travels in the form. */
  @Override
  public Map<String, List<String>> headers(String action) {
    return HEADERS;
  }

  /**
   * Reads the {@code ErrorResponse} document; its request id wins over the header's, which is the
   * fallback for a body without one.
   */
  @Override
  public RuntimeException error(String action, HttpResponse response) {
    int status = response.statusCode();
    String headerRequestId = ErrorAnswers.header(response, ErrorAnswers.REQUEST_ID_HEADER);
    try {
      ParsedError error = ErrorResponseParser.parse(response.body());
      String requestId = error.requestId() != null ? error.requestId() : headerRequestId;
      return ErrorCode.from(
          error.code(), status, error.message(), requestId, error.senderFault(status));
    } catch (MalformedErrorException e) {
      return ErrorAnswers.unreadable(action, response, headerRequestId, e);
    }
  }

  @Override
  public byte[] encode(AddPermissionRequest request) {
    return utf8(QueryMarshaller.addPermission(request));
  }

  @Override
  public byte[] encode(CancelMessageMoveTaskRequest request) {
    return utf8(QueryMarshaller.cancelMessageMoveTask(request));
  }

  @Override
  public byte[] encode(ChangeMessageVisibilityRequest request) {
    return utf8(QueryMarshaller.changeMessageVisibility(request));
  }

  @Override
  public byte[] encode(ChangeMessageVisibilityBatchRequest request) {
    return utf8(QueryMarshaller.changeMessageVisibilityBatch(request));
  }

  @Override
  public byte[] encode(CreateQueueRequest request) {
    return utf8(QueryMarshaller.createQueue(request));
  }

  @Override
  public byte[] encode(DeleteMessageRequest request) {
    return utf8(QueryMarshaller.deleteMessage(request));
  }

  @Override
  public byte[] encode(DeleteMessageBatchRequest request) {
    return utf8(QueryMarshaller.deleteMessageBatch(request));
  }

  @Override
  public byte[] encode(DeleteQueueRequest request) {
    return utf8(QueryMarshaller.deleteQueue(request));
  }

  @Override
  public byte[] encode(GetQueueAttributesRequest request) {
    return utf8(QueryMarshaller.getQueueAttributes(request));
  }

  @Override
  public byte[] encode(GetQueueUrlRequest request) {
    return utf8(QueryMarshaller.getQueueUrl(request));
  }

  @Override
  public byte[] encode(ListDeadLetterSourceQueuesRequest request) {
    return utf8(QueryMarshaller.listDeadLetterSourceQueues(request));
  }

  @Override
  public byte[] encode(ListMessageMoveTasksRequest request) {
    return utf8(QueryMarshaller.listMessageMoveTasks(request));
  }

  @Override
  public byte[] encode(ListQueueTagsRequest request) {
    return utf8(QueryMarshaller.listQueueTags(request));
  }

  @Override
  public byte[] encode(ListQueuesRequest request) {
    return utf8(QueryMarshaller.listQueues(request));
  }

  @Override
  public byte[] encode(PurgeQueueRequest request) {
    return utf8(QueryMarshaller.purgeQueue(request));
  }

  @Override
  public byte[] encode(ReceiveMessageRequest request) {
    return utf8(QueryMarshaller.receiveMessage(request));
  }

  @Override
  public byte[] encode(RemovePermissionRequest request) {
    return utf8(QueryMarshaller.removePermission(request));
  }

  @Override
  public byte[] encode(SendMessageRequest request) {
    return utf8(QueryMarshaller.sendMessage(request));
  }

  @Override
  public byte[] encode(SendMessageBatchRequest request) {
    return utf8(QueryMarshaller.sendMessageBatch(request));
  }

  @Override
  public byte[] encode(SetQueueAttributesRequest request) {
    return utf8(QueryMarshaller.setQueueAttributes(request));
  }

  @Override
  public byte[] encode(StartMessageMoveTaskRequest request) {
    return utf8(QueryMarshaller.startMessageMoveTask(request));
  }

  @Override
  public byte[] encode(TagQueueRequest request) {
    return utf8(QueryMarshaller.tagQueue(request));
  }

  @Override
  public byte[] encode(UntagQueueRequest request) {
    return utf8(QueryMarshaller.untagQueue(request));
  }

  @Override
  public CancelMessageMoveTaskResponse cancelMessageMoveTask(byte[] answer) {
    return QueryResponseReader.cancelMessageMoveTask(answer);
  }

  @Override
  public ChangeMessageVisibilityBatchResponse changeMessageVisibilityBatch(byte[] answer) {
    return QueryResponseReader.changeMessageVisibilityBatch(answer);
  }

  @Override
  public CreateQueueResponse createQueue(byte[] answer) {
    return QueryResponseReader.createQueue(answer);
  }

  @Override
  public DeleteMessageBatchResponse deleteMessageBatch(byte[] answer) {
    return QueryResponseReader.deleteMessageBatch(answer);
  }

  @Override
  public GetQueueAttributesResponse getQueueAttributes(byte[] answer) {
    return QueryResponseReader.getQueueAttributes(answer);
  }

  @Override
  public GetQueueUrlResponse getQueueUrl(byte[] answer) {
    return QueryResponseReader.getQueueUrl(answer);
  }

  @Override
  public ListDeadLetterSourceQueuesResponse listDeadLetterSourceQueues(byte[] answer) {
    return QueryResponseReader.listDeadLetterSourceQueues(answer);
  }

  @Override
  public ListMessageMoveTasksResponse listMessageMoveTasks(byte[] answer) {
    return QueryResponseReader.listMessageMoveTasks(answer);
  }

  @Override
  public ListQueueTagsResponse listQueueTags(byte[] answer) {
    return QueryResponseReader.listQueueTags(answer);
  }

  @Override
  public ListQueuesResponse listQueues(byte[] answer) {
    return QueryResponseReader.listQueues(answer);
  }

  @Override
  public ReceiveMessageResponse receiveMessage(byte[] answer) {
    return QueryResponseReader.receiveMessage(answer);
  }

  @Override
  public SendMessageResponse sendMessage(byte[] answer) {
    return QueryResponseReader.sendMessage(answer);
  }

  @Override
  public SendMessageBatchResponse sendMessageBatch(byte[] answer) {
    return QueryResponseReader.sendMessageBatch(answer);
  }

  @Override
  public StartMessageMoveTaskResponse startMessageMoveTask(byte[] answer) {
    return QueryResponseReader.startMessageMoveTask(answer);
  }

  private static byte[] utf8(String form) {
    return form.getBytes(StandardCharsets.UTF_8);
  }
}

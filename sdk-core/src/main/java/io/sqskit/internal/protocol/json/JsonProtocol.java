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
package io.sqskit.internal.protocol.json;

import io.sqskit.client.Protocol;
import io.sqskit.exception.ErrorCode;
import io.sqskit.internal.protocol.ErrorAnswers;
import io.sqskit.internal.protocol.SqsProtocol;
import io.sqskit.internal.protocol.json.JsonErrorParser.ParsedJsonError;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * AWS JSON 1.0: bodies from {@link JsonMarshaller}, answers read by {@link JsonResponseReader},
 * errors from {@code __type} and the {@code x-amzn-query-error} header ({@link JsonErrorParser}).
 */
public final class JsonProtocol implements SqsProtocol {
  /** The one instance; it holds no state. */
  public static final JsonProtocol INSTANCE = new JsonProtocol();

  /** The Content-Type of every AWS JSON 1.0 request. */
  public static final String CONTENT_TYPE = "application/x-amz-json-1.0";

  /** The {@code X-Amz-Target} of a request is this prefix and the action name. */
  public static final String TARGET_PREFIX = "AmazonSQS.";

  /** The actions this protocol encodes; their headers are built once. */
  private static final List<String> ACTIONS =
      List.of(
          "AddPermission",
          "CancelMessageMoveTask",
          "ChangeMessageVisibility",
          "ChangeMessageVisibilityBatch",
          "CreateQueue",
          "DeleteMessage",
          "DeleteMessageBatch",
          "DeleteQueue",
          "GetQueueAttributes",
          "GetQueueUrl",
          "ListDeadLetterSourceQueues",
          "ListMessageMoveTasks",
          "ListQueueTags",
          "ListQueues",
          "PurgeQueue",
          "ReceiveMessage",
          "RemovePermission",
          "SendMessage",
          "SendMessageBatch",
          "SetQueueAttributes",
          "StartMessageMoveTask",
          "TagQueue",
          "UntagQueue");

  private static final Map<String, Map<String, List<String>>> HEADERS = headersByAction();

  private JsonProtocol() {}

  @Override
  public Protocol protocol() {
    return Protocol.JSON;
  }

  /**
   * The content type, the target {@code AmazonSQS.<action>}, and {@code x-amzn-query-mode: true},
   * which the AWS SDKs send for a service marked {@code awsQueryCompatible}: it asks for the Query
   * error code in {@code x-amzn-query-error}.
   */
  @Override
  public Map<String, List<String>> headers(String action) {
    Map<String, List<String>> headers = HEADERS.get(action);
    return headers != null ? headers : headersFor(action);
  }

  /** Reads {@code __type}, {@code message} and the {@code x-amzn-query-error} header. */
  @Override
  public RuntimeException error(String action, HttpResponse response) {
    int status = response.statusCode();
    String requestId = ErrorAnswers.header(response, ErrorAnswers.REQUEST_ID_HEADER);
    try {
      ParsedJsonError error =
          JsonErrorParser.parse(
              response.body(),
              ErrorAnswers.header(response, JsonErrorParser.QUERY_ERROR_HEADER),
              status);
      return ErrorCode.from(error.code(), status, error.message(), requestId, error.senderFault());
    } catch (JsonErrorParser.MalformedErrorException e) {
      return ErrorAnswers.unreadable(action, response, requestId, e);
    }
  }

  @Override
  public byte[] encode(AddPermissionRequest request) {
    return JsonMarshaller.addPermission(request);
  }

  @Override
  public byte[] encode(CancelMessageMoveTaskRequest request) {
    return JsonMarshaller.cancelMessageMoveTask(request);
  }

  @Override
  public byte[] encode(ChangeMessageVisibilityRequest request) {
    return JsonMarshaller.changeMessageVisibility(request);
  }

  @Override
  public byte[] encode(ChangeMessageVisibilityBatchRequest request) {
    return JsonMarshaller.changeMessageVisibilityBatch(request);
  }

  @Override
  public byte[] encode(CreateQueueRequest request) {
    return JsonMarshaller.createQueue(request);
  }

  @Override
  public byte[] encode(DeleteMessageRequest request) {
    return JsonMarshaller.deleteMessage(request);
  }

  @Override
  public byte[] encode(DeleteMessageBatchRequest request) {
    return JsonMarshaller.deleteMessageBatch(request);
  }

  @Override
  public byte[] encode(DeleteQueueRequest request) {
    return JsonMarshaller.deleteQueue(request);
  }

  @Override
  public byte[] encode(GetQueueAttributesRequest request) {
    return JsonMarshaller.getQueueAttributes(request);
  }

  @Override
  public byte[] encode(GetQueueUrlRequest request) {
    return JsonMarshaller.getQueueUrl(request);
  }

  @Override
  public byte[] encode(ListDeadLetterSourceQueuesRequest request) {
    return JsonMarshaller.listDeadLetterSourceQueues(request);
  }

  @Override
  public byte[] encode(ListMessageMoveTasksRequest request) {
    return JsonMarshaller.listMessageMoveTasks(request);
  }

  @Override
  public byte[] encode(ListQueueTagsRequest request) {
    return JsonMarshaller.listQueueTags(request);
  }

  @Override
  public byte[] encode(ListQueuesRequest request) {
    return JsonMarshaller.listQueues(request);
  }

  @Override
  public byte[] encode(PurgeQueueRequest request) {
    return JsonMarshaller.purgeQueue(request);
  }

  @Override
  public byte[] encode(ReceiveMessageRequest request) {
    return JsonMarshaller.receiveMessage(request);
  }

  @Override
  public byte[] encode(RemovePermissionRequest request) {
    return JsonMarshaller.removePermission(request);
  }

  @Override
  public byte[] encode(SendMessageRequest request) {
    return JsonMarshaller.sendMessage(request);
  }

  @Override
  public byte[] encode(SendMessageBatchRequest request) {
    return JsonMarshaller.sendMessageBatch(request);
  }

  @Override
  public byte[] encode(SetQueueAttributesRequest request) {
    return JsonMarshaller.setQueueAttributes(request);
  }

  @Override
  public byte[] encode(StartMessageMoveTaskRequest request) {
    return JsonMarshaller.startMessageMoveTask(request);
  }

  @Override
  public byte[] encode(TagQueueRequest request) {
    return JsonMarshaller.tagQueue(request);
  }

  @Override
  public byte[] encode(UntagQueueRequest request) {
    return JsonMarshaller.untagQueue(request);
  }

  @Override
  public CancelMessageMoveTaskResponse cancelMessageMoveTask(byte[] answer) {
    return JsonResponseReader.cancelMessageMoveTask(answer);
  }

  @Override
  public ChangeMessageVisibilityBatchResponse changeMessageVisibilityBatch(byte[] answer) {
    return JsonResponseReader.changeMessageVisibilityBatch(answer);
  }

  @Override
  public CreateQueueResponse createQueue(byte[] answer) {
    return JsonResponseReader.createQueue(answer);
  }

  @Override
  public DeleteMessageBatchResponse deleteMessageBatch(byte[] answer) {
    return JsonResponseReader.deleteMessageBatch(answer);
  }

  @Override
  public GetQueueAttributesResponse getQueueAttributes(byte[] answer) {
    return JsonResponseReader.getQueueAttributes(answer);
  }

  @Override
  public GetQueueUrlResponse getQueueUrl(byte[] answer) {
    return JsonResponseReader.getQueueUrl(answer);
  }

  @Override
  public ListDeadLetterSourceQueuesResponse listDeadLetterSourceQueues(byte[] answer) {
    return JsonResponseReader.listDeadLetterSourceQueues(answer);
  }

  @Override
  public ListMessageMoveTasksResponse listMessageMoveTasks(byte[] answer) {
    return JsonResponseReader.listMessageMoveTasks(answer);
  }

  @Override
  public ListQueueTagsResponse listQueueTags(byte[] answer) {
    return JsonResponseReader.listQueueTags(answer);
  }

  @Override
  public ListQueuesResponse listQueues(byte[] answer) {
    return JsonResponseReader.listQueues(answer);
  }

  @Override
  public ReceiveMessageResponse receiveMessage(byte[] answer) {
    return JsonResponseReader.receiveMessage(answer);
  }

  @Override
  public SendMessageResponse sendMessage(byte[] answer) {
    return JsonResponseReader.sendMessage(answer);
  }

  @Override
  public SendMessageBatchResponse sendMessageBatch(byte[] answer) {
    return JsonResponseReader.sendMessageBatch(answer);
  }

  @Override
  public StartMessageMoveTaskResponse startMessageMoveTask(byte[] answer) {
    return JsonResponseReader.startMessageMoveTask(answer);
  }

  private static Map<String, Map<String, List<String>>> headersByAction() {
    Map<String, Map<String, List<String>>> byAction = new HashMap<>();
    for (String action : ACTIONS) {
      byAction.put(action, headersFor(action));
    }
    return Map.copyOf(byAction);
  }

  private static Map<String, List<String>> headersFor(String action) {
    return Map.of(
        "Content-Type", List.of(CONTENT_TYPE),
        "X-Amz-Target", List.of(TARGET_PREFIX + action),
        "x-amzn-query-mode", List.of("true"));
  }
}

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
package io.sqskit.internal;

import io.sqskit.client.ClientConfig;
import io.sqskit.client.Protocol;
import io.sqskit.client.SqsClient;
import io.sqskit.internal.protocol.json.JsonMarshaller;
import io.sqskit.internal.protocol.json.JsonResponseReader;
import io.sqskit.internal.protocol.query.QueryMarshaller;
import io.sqskit.internal.protocol.xml.QueryResponseReader;
import io.sqskit.internal.retry.Sleeper;
import io.sqskit.internal.transport.ApacheHttpTransport;
import io.sqskit.internal.validation.RequestValidator;
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
import io.sqskit.transport.HttpTransport;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;

/**
 * The {@link SqsClient} implementation: validate, marshal to a Query form or a JSON object, send
 * through the {@link RequestPipeline} (sign, send, retry, map errors), read the XML or JSON answer,
 * verify MD5s.
 */
public final class DefaultSqsClient implements SqsClient {
  /**
   * What SQS may hold a ReceiveMessage without WaitTimeSeconds: the queue default, at most 20 s.
   */
  static final int MAX_WAIT_TIME_SECONDS = 20;

  /**
   * Jitter from the calling thread's own generator. A {@code ThreadLocalRandom} instance must not
   * be captured once and shared: a thread that never called {@code current()} itself draws from an
   * unseeded state that depends only on its thread id, so the same threads of every JVM would
   * produce the same delays and a fleet of clients would retry in lockstep.
   */
  private static final RandomGenerator JITTER = () -> ThreadLocalRandom.current().nextLong();

  private final ClientConfig config;
  private final URI endpoint;
  private final Duration callTimeout;
  private final boolean md5Validation;
  private final boolean json;
  private final RequestPipeline pipeline;
  private final HttpTransport transport;
  private final SharedTransport sharedTransport;
  private final @Nullable LazyDefaultCredentials defaultCredentials;
  private final AtomicBoolean closed = new AtomicBoolean();

  private DefaultSqsClient(ClientConfig config, SharedTransport shared, HttpTransport transport) {
    this.config = config;
    this.endpoint = config.endpoint();
    this.callTimeout = config.callTimeout();
    this.md5Validation = config.md5Validation();
    this.json = config.protocol() == Protocol.JSON;
    this.sharedTransport = shared;
    this.transport = transport;
    IdentityProvider<? extends AwsCredentialsIdentity> credentials = config.credentialsProvider();
    if (credentials == null) {
      defaultCredentials = new LazyDefaultCredentials();
      credentials = defaultCredentials;
    } else {
      defaultCredentials = null;
    }
    this.pipeline =
        new RequestPipeline(
            new PipelineSettings(
                config.region(),
                credentials,
                config.signingClock(),
                config.retryPolicy(),
                Sleeper.REAL,
                JITTER,
                transport));
  }

  /**
   * A client for {@code config}; shares the built-in transport of {@code connectionsFrom} when that
   * is an open client of this kind with the same connect timeout and pool size.
   */
  public static DefaultSqsClient create(ClientConfig config, @Nullable SqsClient connectionsFrom) {
    Objects.requireNonNull(config, "config");
    if (config.transport() != null) {
      SharedTransport shared = new SharedTransport(config.transport(), false);
      return new DefaultSqsClient(config, shared, shared.firstHandle());
    }
    if (connectionsFrom instanceof DefaultSqsClient parent
        && parent.config.transport() == null
        && parent.config.connectTimeout().equals(config.connectTimeout())
        && parent.config.maxConnections() == config.maxConnections()) {
      HttpTransport handle = parent.sharedTransport.handle();
      if (handle != null) {
        return new DefaultSqsClient(config, parent.sharedTransport, handle);
      }
    }
    SharedTransport shared =
        new SharedTransport(
            ApacheHttpTransport.create(config.connectTimeout(), config.maxConnections()), true);
    return new DefaultSqsClient(config, shared, shared.firstHandle());
  }

  @Override
  public ClientConfig config() {
    return config;
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        pipeline.close();
      } finally {
        transport.close();
        if (defaultCredentials != null) {
          defaultCredentials.close();
        }
      }
    }
  }

  /** The transport this client holds a share of; for tests of pool sharing. */
  SharedTransport sharedTransport() {
    return sharedTransport;
  }

  /** Whether the default credentials chain was created; for tests of lazy creation. */
  boolean defaultCredentialsCreated() {
    return defaultCredentials != null && defaultCredentials.created();
  }

  /**
   * Sends one call in the client's protocol: {@code form} for Query, {@code jsonBody} for JSON (the
   * other is null), and returns the 2xx answer's body.
   */
  private byte[] call(
      String action, @Nullable String form, byte @Nullable [] jsonBody, Duration responseTimeout) {
    if (closed.get()) {
      throw new IllegalStateException("the client is closed");
    }
    // every caller passes the body of the client's protocol, so the one used here is never null
    return json
        ? pipeline.executeJson(endpoint, action, Objects.requireNonNull(jsonBody), responseTimeout)
        : pipeline.execute(endpoint, action, Objects.requireNonNull(form), responseTimeout);
  }

  private CancelMessageMoveTaskResponse readCancelMessageMoveTask(byte[] answer) {
    return json
        ? JsonResponseReader.cancelMessageMoveTask(answer)
        : QueryResponseReader.cancelMessageMoveTask(answer);
  }

  private ChangeMessageVisibilityBatchResponse readChangeMessageVisibilityBatch(byte[] answer) {
    return json
        ? JsonResponseReader.changeMessageVisibilityBatch(answer)
        : QueryResponseReader.changeMessageVisibilityBatch(answer);
  }

  private CreateQueueResponse readCreateQueue(byte[] answer) {
    return json ? JsonResponseReader.createQueue(answer) : QueryResponseReader.createQueue(answer);
  }

  private DeleteMessageBatchResponse readDeleteMessageBatch(byte[] answer) {
    return json
        ? JsonResponseReader.deleteMessageBatch(answer)
        : QueryResponseReader.deleteMessageBatch(answer);
  }

  private GetQueueAttributesResponse readGetQueueAttributes(byte[] answer) {
    return json
        ? JsonResponseReader.getQueueAttributes(answer)
        : QueryResponseReader.getQueueAttributes(answer);
  }

  private GetQueueUrlResponse readGetQueueUrl(byte[] answer) {
    return json ? JsonResponseReader.getQueueUrl(answer) : QueryResponseReader.getQueueUrl(answer);
  }

  private ListDeadLetterSourceQueuesResponse readListDeadLetterSourceQueues(byte[] answer) {
    return json
        ? JsonResponseReader.listDeadLetterSourceQueues(answer)
        : QueryResponseReader.listDeadLetterSourceQueues(answer);
  }

  private ListMessageMoveTasksResponse readListMessageMoveTasks(byte[] answer) {
    return json
        ? JsonResponseReader.listMessageMoveTasks(answer)
        : QueryResponseReader.listMessageMoveTasks(answer);
  }

  private ListQueueTagsResponse readListQueueTags(byte[] answer) {
    return json
        ? JsonResponseReader.listQueueTags(answer)
        : QueryResponseReader.listQueueTags(answer);
  }

  private ListQueuesResponse readListQueues(byte[] answer) {
    return json ? JsonResponseReader.listQueues(answer) : QueryResponseReader.listQueues(answer);
  }

  private ReceiveMessageResponse readReceiveMessage(byte[] answer) {
    return json
        ? JsonResponseReader.receiveMessage(answer)
        : QueryResponseReader.receiveMessage(answer);
  }

  private SendMessageResponse readSendMessage(byte[] answer) {
    return json ? JsonResponseReader.sendMessage(answer) : QueryResponseReader.sendMessage(answer);
  }

  private SendMessageBatchResponse readSendMessageBatch(byte[] answer) {
    return json
        ? JsonResponseReader.sendMessageBatch(answer)
        : QueryResponseReader.sendMessageBatch(answer);
  }

  private StartMessageMoveTaskResponse readStartMessageMoveTask(byte[] answer) {
    return json
        ? JsonResponseReader.startMessageMoveTask(answer)
        : QueryResponseReader.startMessageMoveTask(answer);
  }

  /**
   * A long poll may hold the response for WaitTimeSeconds; without it, for the queue's default,
   * which is at most 20 s. The call timeout comes on top as the margin for the rest of the call.
   */
  Duration receiveTimeout(ReceiveMessageRequest request) {
    Integer wait = request.waitTimeSeconds();
    return Duration.ofSeconds(wait != null ? wait : MAX_WAIT_TIME_SECONDS).plus(callTimeout);
  }

  @Override
  public AddPermissionResponse addPermission(AddPermissionRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.addPermission(request);
    call(
        "AddPermission",
        json ? null : QueryMarshaller.addPermission(request),
        json ? JsonMarshaller.addPermission(request) : null,
        callTimeout);
    return Empty.ADD_PERMISSION;
  }

  @Override
  public CancelMessageMoveTaskResponse cancelMessageMoveTask(CancelMessageMoveTaskRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.cancelMessageMoveTask(request);
    return readCancelMessageMoveTask(
        call(
            "CancelMessageMoveTask",
            json ? null : QueryMarshaller.cancelMessageMoveTask(request),
            json ? JsonMarshaller.cancelMessageMoveTask(request) : null,
            callTimeout));
  }

  @Override
  public ChangeMessageVisibilityResponse changeMessageVisibility(
      ChangeMessageVisibilityRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.changeMessageVisibility(request);
    call(
        "ChangeMessageVisibility",
        json ? null : QueryMarshaller.changeMessageVisibility(request),
        json ? JsonMarshaller.changeMessageVisibility(request) : null,
        callTimeout);
    return Empty.CHANGE_MESSAGE_VISIBILITY;
  }

  @Override
  public ChangeMessageVisibilityBatchResponse changeMessageVisibilityBatch(
      ChangeMessageVisibilityBatchRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.changeMessageVisibilityBatch(request);
    return readChangeMessageVisibilityBatch(
        call(
            "ChangeMessageVisibilityBatch",
            json ? null : QueryMarshaller.changeMessageVisibilityBatch(request),
            json ? JsonMarshaller.changeMessageVisibilityBatch(request) : null,
            callTimeout));
  }

  @Override
  public CreateQueueResponse createQueue(CreateQueueRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.createQueue(request);
    return readCreateQueue(
        call(
            "CreateQueue",
            json ? null : QueryMarshaller.createQueue(request),
            json ? JsonMarshaller.createQueue(request) : null,
            callTimeout));
  }

  @Override
  public DeleteMessageResponse deleteMessage(DeleteMessageRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.deleteMessage(request);
    call(
        "DeleteMessage",
        json ? null : QueryMarshaller.deleteMessage(request),
        json ? JsonMarshaller.deleteMessage(request) : null,
        callTimeout);
    return Empty.DELETE_MESSAGE;
  }

  @Override
  public DeleteMessageBatchResponse deleteMessageBatch(DeleteMessageBatchRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.deleteMessageBatch(request);
    return readDeleteMessageBatch(
        call(
            "DeleteMessageBatch",
            json ? null : QueryMarshaller.deleteMessageBatch(request),
            json ? JsonMarshaller.deleteMessageBatch(request) : null,
            callTimeout));
  }

  @Override
  public DeleteQueueResponse deleteQueue(DeleteQueueRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.queueUrl(request.queueUrl());
    call(
        "DeleteQueue",
        json ? null : QueryMarshaller.deleteQueue(request),
        json ? JsonMarshaller.deleteQueue(request) : null,
        callTimeout);
    return Empty.DELETE_QUEUE;
  }

  @Override
  public GetQueueAttributesResponse getQueueAttributes(GetQueueAttributesRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.getQueueAttributes(request);
    return readGetQueueAttributes(
        call(
            "GetQueueAttributes",
            json ? null : QueryMarshaller.getQueueAttributes(request),
            json ? JsonMarshaller.getQueueAttributes(request) : null,
            callTimeout));
  }

  @Override
  public GetQueueUrlResponse getQueueUrl(GetQueueUrlRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.getQueueUrl(request);
    return readGetQueueUrl(
        call(
            "GetQueueUrl",
            json ? null : QueryMarshaller.getQueueUrl(request),
            json ? JsonMarshaller.getQueueUrl(request) : null,
            callTimeout));
  }

  @Override
  public ListDeadLetterSourceQueuesResponse listDeadLetterSourceQueues(
      ListDeadLetterSourceQueuesRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.listDeadLetterSourceQueues(request);
    return readListDeadLetterSourceQueues(
        call(
            "ListDeadLetterSourceQueues",
            json ? null : QueryMarshaller.listDeadLetterSourceQueues(request),
            json ? JsonMarshaller.listDeadLetterSourceQueues(request) : null,
            callTimeout));
  }

  @Override
  public ListMessageMoveTasksResponse listMessageMoveTasks(ListMessageMoveTasksRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.listMessageMoveTasks(request);
    return readListMessageMoveTasks(
        call(
            "ListMessageMoveTasks",
            json ? null : QueryMarshaller.listMessageMoveTasks(request),
            json ? JsonMarshaller.listMessageMoveTasks(request) : null,
            callTimeout));
  }

  @Override
  public ListQueueTagsResponse listQueueTags(ListQueueTagsRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.queueUrl(request.queueUrl());
    return readListQueueTags(
        call(
            "ListQueueTags",
            json ? null : QueryMarshaller.listQueueTags(request),
            json ? JsonMarshaller.listQueueTags(request) : null,
            callTimeout));
  }

  @Override
  public ListQueuesResponse listQueues(ListQueuesRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.listQueues(request);
    return readListQueues(
        call(
            "ListQueues",
            json ? null : QueryMarshaller.listQueues(request),
            json ? JsonMarshaller.listQueues(request) : null,
            callTimeout));
  }

  @Override
  public PurgeQueueResponse purgeQueue(PurgeQueueRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.queueUrl(request.queueUrl());
    call(
        "PurgeQueue",
        json ? null : QueryMarshaller.purgeQueue(request),
        json ? JsonMarshaller.purgeQueue(request) : null,
        callTimeout);
    return Empty.PURGE_QUEUE;
  }

  @Override
  public ReceiveMessageResponse receiveMessage(ReceiveMessageRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.receiveMessage(request);
    ReceiveMessageResponse response =
        readReceiveMessage(
            call(
                "ReceiveMessage",
                json ? null : QueryMarshaller.receiveMessage(request),
                json ? JsonMarshaller.receiveMessage(request) : null,
                receiveTimeout(request)));
    if (md5Validation) {
      MessageChecksums.verify(response.messages());
    }
    return response;
  }

  @Override
  public RemovePermissionResponse removePermission(RemovePermissionRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.removePermission(request);
    call(
        "RemovePermission",
        json ? null : QueryMarshaller.removePermission(request),
        json ? JsonMarshaller.removePermission(request) : null,
        callTimeout);
    return Empty.REMOVE_PERMISSION;
  }

  @Override
  public SendMessageResponse sendMessage(SendMessageRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.sendMessage(request);
    SendMessageResponse response =
        readSendMessage(
            call(
                "SendMessage",
                json ? null : QueryMarshaller.sendMessage(request),
                json ? JsonMarshaller.sendMessage(request) : null,
                callTimeout));
    if (md5Validation) {
      MessageChecksums.verify(request, response);
    }
    return response;
  }

  @Override
  public SendMessageBatchResponse sendMessageBatch(SendMessageBatchRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.sendMessageBatch(request);
    SendMessageBatchResponse response =
        readSendMessageBatch(
            call(
                "SendMessageBatch",
                json ? null : QueryMarshaller.sendMessageBatch(request),
                json ? JsonMarshaller.sendMessageBatch(request) : null,
                callTimeout));
    if (md5Validation) {
      MessageChecksums.verify(request, response);
    }
    return response;
  }

  @Override
  public SetQueueAttributesResponse setQueueAttributes(SetQueueAttributesRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.setQueueAttributes(request);
    call(
        "SetQueueAttributes",
        json ? null : QueryMarshaller.setQueueAttributes(request),
        json ? JsonMarshaller.setQueueAttributes(request) : null,
        callTimeout);
    return Empty.SET_QUEUE_ATTRIBUTES;
  }

  @Override
  public StartMessageMoveTaskResponse startMessageMoveTask(StartMessageMoveTaskRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.startMessageMoveTask(request);
    return readStartMessageMoveTask(
        call(
            "StartMessageMoveTask",
            json ? null : QueryMarshaller.startMessageMoveTask(request),
            json ? JsonMarshaller.startMessageMoveTask(request) : null,
            callTimeout));
  }

  @Override
  public TagQueueResponse tagQueue(TagQueueRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.tagQueue(request);
    call(
        "TagQueue",
        json ? null : QueryMarshaller.tagQueue(request),
        json ? JsonMarshaller.tagQueue(request) : null,
        callTimeout);
    return Empty.TAG_QUEUE;
  }

  @Override
  public UntagQueueResponse untagQueue(UntagQueueRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.untagQueue(request);
    call(
        "UntagQueue",
        json ? null : QueryMarshaller.untagQueue(request),
        json ? JsonMarshaller.untagQueue(request) : null,
        callTimeout);
    return Empty.UNTAG_QUEUE;
  }

  @Override
  public String toString() {
    return "SqsClient{" + config + "}";
  }

  /**
   * The answers of the actions that return nothing, shared: they are immutable. A holder, so that a
   * client that never calls these actions does not load their 18 classes at start.
   */
  private static final class Empty {
    static final AddPermissionResponse ADD_PERMISSION = AddPermissionResponse.builder().build();
    static final ChangeMessageVisibilityResponse CHANGE_MESSAGE_VISIBILITY =
        ChangeMessageVisibilityResponse.builder().build();
    static final DeleteMessageResponse DELETE_MESSAGE = DeleteMessageResponse.builder().build();
    static final DeleteQueueResponse DELETE_QUEUE = DeleteQueueResponse.builder().build();
    static final PurgeQueueResponse PURGE_QUEUE = PurgeQueueResponse.builder().build();
    static final RemovePermissionResponse REMOVE_PERMISSION =
        RemovePermissionResponse.builder().build();
    static final SetQueueAttributesResponse SET_QUEUE_ATTRIBUTES =
        SetQueueAttributesResponse.builder().build();
    static final TagQueueResponse TAG_QUEUE = TagQueueResponse.builder().build();
    static final UntagQueueResponse UNTAG_QUEUE = UntagQueueResponse.builder().build();
  }
}

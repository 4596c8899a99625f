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
import io.sqskit.client.SqsClient;
import io.sqskit.internal.protocol.SqsProtocol;
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
 * The {@link SqsClient} implementation: per action, validate, encode with the client's {@link
 * SqsProtocol} (chosen once, from the configured {@link io.sqskit.client.Protocol}), call through
 * the {@link RequestPipeline} (sign, send, retry), decode with the protocol, verify MD5s.
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
  private final SqsProtocol protocol;
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
    this.protocol = SqsProtocol.of(config.protocol());
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
                transport),
            protocol);
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

  /** Sends one encoded call and returns the 2xx answer's body. */
  private byte[] call(String action, byte[] body, Duration responseTimeout) {
    if (closed.get()) {
      throw new IllegalStateException("the client is closed");
    }
    return pipeline.execute(endpoint, action, body, responseTimeout);
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
    call("AddPermission", protocol.encode(request), callTimeout);
    return Empty.ADD_PERMISSION;
  }

  @Override
  public CancelMessageMoveTaskResponse cancelMessageMoveTask(CancelMessageMoveTaskRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.cancelMessageMoveTask(request);
    return protocol.cancelMessageMoveTask(
        call("CancelMessageMoveTask", protocol.encode(request), callTimeout));
  }

  @Override
  public ChangeMessageVisibilityResponse changeMessageVisibility(
      ChangeMessageVisibilityRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.changeMessageVisibility(request);
    call("ChangeMessageVisibility", protocol.encode(request), callTimeout);
    return Empty.CHANGE_MESSAGE_VISIBILITY;
  }

  @Override
  public ChangeMessageVisibilityBatchResponse changeMessageVisibilityBatch(
      ChangeMessageVisibilityBatchRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.changeMessageVisibilityBatch(request);
    return protocol.changeMessageVisibilityBatch(
        call("ChangeMessageVisibilityBatch", protocol.encode(request), callTimeout));
  }

  @Override
  public CreateQueueResponse createQueue(CreateQueueRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.createQueue(request);
    return protocol.createQueue(call("CreateQueue", protocol.encode(request), callTimeout));
  }

  @Override
  public DeleteMessageResponse deleteMessage(DeleteMessageRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.deleteMessage(request);
    call("DeleteMessage", protocol.encode(request), callTimeout);
    return Empty.DELETE_MESSAGE;
  }

  @Override
  public DeleteMessageBatchResponse deleteMessageBatch(DeleteMessageBatchRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.deleteMessageBatch(request);
    return protocol.deleteMessageBatch(
        call("DeleteMessageBatch", protocol.encode(request), callTimeout));
  }

  @Override
  public DeleteQueueResponse deleteQueue(DeleteQueueRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.queueUrl(request.queueUrl());
    call("DeleteQueue", protocol.encode(request), callTimeout);
    return Empty.DELETE_QUEUE;
  }

  @Override
  public GetQueueAttributesResponse getQueueAttributes(GetQueueAttributesRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.getQueueAttributes(request);
    return protocol.getQueueAttributes(
        call("GetQueueAttributes", protocol.encode(request), callTimeout));
  }

  @Override
  public GetQueueUrlResponse getQueueUrl(GetQueueUrlRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.getQueueUrl(request);
    return protocol.getQueueUrl(call("GetQueueUrl", protocol.encode(request), callTimeout));
  }

  @Override
  public ListDeadLetterSourceQueuesResponse listDeadLetterSourceQueues(
      ListDeadLetterSourceQueuesRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.listDeadLetterSourceQueues(request);
    return protocol.listDeadLetterSourceQueues(
        call("ListDeadLetterSourceQueues", protocol.encode(request), callTimeout));
  }

  @Override
  public ListMessageMoveTasksResponse listMessageMoveTasks(ListMessageMoveTasksRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.listMessageMoveTasks(request);
    return protocol.listMessageMoveTasks(
        call("ListMessageMoveTasks", protocol.encode(request), callTimeout));
  }

  @Override
  public ListQueueTagsResponse listQueueTags(ListQueueTagsRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.queueUrl(request.queueUrl());
    return protocol.listQueueTags(call("ListQueueTags", protocol.encode(request), callTimeout));
  }

  @Override
  public ListQueuesResponse listQueues(ListQueuesRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.listQueues(request);
    return protocol.listQueues(call("ListQueues", protocol.encode(request), callTimeout));
  }

  @Override
  public PurgeQueueResponse purgeQueue(PurgeQueueRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.queueUrl(request.queueUrl());
    call("PurgeQueue", protocol.encode(request), callTimeout);
    return Empty.PURGE_QUEUE;
  }

  @Override
  public ReceiveMessageResponse receiveMessage(ReceiveMessageRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.receiveMessage(request);
    ReceiveMessageResponse response =
        protocol.receiveMessage(
            call("ReceiveMessage", protocol.encode(request), receiveTimeout(request)));
    if (md5Validation) {
      MessageChecksums.verify(response.messages());
    }
    return response;
  }

  @Override
  public RemovePermissionResponse removePermission(RemovePermissionRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.removePermission(request);
    call("RemovePermission", protocol.encode(request), callTimeout);
    return Empty.REMOVE_PERMISSION;
  }

  @Override
  public SendMessageResponse sendMessage(SendMessageRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.sendMessage(request);
    SendMessageResponse response =
        protocol.sendMessage(call("SendMessage", protocol.encode(request), callTimeout));
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
        protocol.sendMessageBatch(call("SendMessageBatch", protocol.encode(request), callTimeout));
    if (md5Validation) {
      MessageChecksums.verify(request, response);
    }
    return response;
  }

  @Override
  public SetQueueAttributesResponse setQueueAttributes(SetQueueAttributesRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.setQueueAttributes(request);
    call("SetQueueAttributes", protocol.encode(request), callTimeout);
    return Empty.SET_QUEUE_ATTRIBUTES;
  }

  @Override
  public StartMessageMoveTaskResponse startMessageMoveTask(StartMessageMoveTaskRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.startMessageMoveTask(request);
    return protocol.startMessageMoveTask(
        call("StartMessageMoveTask", protocol.encode(request), callTimeout));
  }

  @Override
  public TagQueueResponse tagQueue(TagQueueRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.tagQueue(request);
    call("TagQueue", protocol.encode(request), callTimeout);
    return Empty.TAG_QUEUE;
  }

  @Override
  public UntagQueueResponse untagQueue(UntagQueueRequest request) {
    Objects.requireNonNull(request, "request");
    RequestValidator.untagQueue(request);
    call("UntagQueue", protocol.encode(request), callTimeout);
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

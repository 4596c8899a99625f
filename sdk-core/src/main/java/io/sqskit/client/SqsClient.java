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
package io.sqskit.client;

import io.sqskit.internal.DefaultSqsClient;
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
import io.sqskit.retry.RetryPolicy;
import io.sqskit.transport.HttpTransport;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * A typed client for Amazon SQS over the Query protocol (or AWS JSON 1.0, see {@link Protocol}):
 * one method per SQS action.
 *
 * <pre>{@code
 * try (SqsClient client = SqsClient.builder().region("us-east-1").build()) {
 *   String url = client.createQueue(r -> r.queueName("orders")).queueUrl();
 *   client.sendMessage(url, "hello");
 *   for (Message m : client.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages()) {
 *     client.deleteMessage(url, m.receiptHandle());
 *   }
 * }
 * }</pre>
 *
 * <p>Every call validates its request first and throws {@link IllegalArgumentException}, sending
 * nothing, for input SQS would reject; an error answer from SQS is an {@link
 * io.sqskit.exception.SqsServiceException}, a call without a usable answer (I/O, timeout, MD5
 * mismatch) an {@link io.sqskit.exception.SqsClientException}. Clients are thread-safe.
 *
 * @since 0.1
 */
public interface SqsClient extends AutoCloseable {

  /** {@return a builder for a client; {@link Builder#region(String)} is required} */
  static Builder builder() {
    return new Builder();
  }

  /** {@return the settings of this client} */
  ClientConfig config();

  /**
   * {@return a builder holding this client's settings; the clients it builds share this client's
   * built-in connection pool unless the connect timeout, pool size or transport changes}
   */
  default Builder toBuilder() {
    return builder().config(config()).connectionsFrom(this);
  }

  /** Releases the connection pool (once every client sharing it is closed); idempotent. */
  @Override
  void close();

  /**
   * Grants other AWS accounts access to a queue ({@code AddPermission}).
   *
   * @param request the request
   * @return SQS's response
   */
  AddPermissionResponse addPermission(AddPermissionRequest request);

  /**
   * Grants other AWS accounts access to a queue, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default AddPermissionResponse addPermission(Consumer<AddPermissionRequest.Builder> request) {
    AddPermissionRequest.Builder builder = AddPermissionRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return addPermission(builder.build());
  }

  /**
   * Cancels a running message move task ({@code CancelMessageMoveTask}).
   *
   * @param request the request
   * @return SQS's response
   */
  CancelMessageMoveTaskResponse cancelMessageMoveTask(CancelMessageMoveTaskRequest request);

  /**
   * Cancels a running message move task, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default CancelMessageMoveTaskResponse cancelMessageMoveTask(
      Consumer<CancelMessageMoveTaskRequest.Builder> request) {
    CancelMessageMoveTaskRequest.Builder builder = CancelMessageMoveTaskRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return cancelMessageMoveTask(builder.build());
  }

  /**
   * Changes how long a received message stays hidden ({@code ChangeMessageVisibility}).
   *
   * @param request the request
   * @return SQS's response
   */
  ChangeMessageVisibilityResponse changeMessageVisibility(ChangeMessageVisibilityRequest request);

  /**
   * Changes how long a received message stays hidden, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default ChangeMessageVisibilityResponse changeMessageVisibility(
      Consumer<ChangeMessageVisibilityRequest.Builder> request) {
    ChangeMessageVisibilityRequest.Builder builder = ChangeMessageVisibilityRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return changeMessageVisibility(builder.build());
  }

  /**
   * Changes the visibility timeout of up to ten messages ({@code ChangeMessageVisibilityBatch}).
   *
   * @param request the request
   * @return SQS's response
   */
  ChangeMessageVisibilityBatchResponse changeMessageVisibilityBatch(
      ChangeMessageVisibilityBatchRequest request);

  /**
   * Changes the visibility timeout of up to ten messages, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default ChangeMessageVisibilityBatchResponse changeMessageVisibilityBatch(
      Consumer<ChangeMessageVisibilityBatchRequest.Builder> request) {
    ChangeMessageVisibilityBatchRequest.Builder builder =
        ChangeMessageVisibilityBatchRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return changeMessageVisibilityBatch(builder.build());
  }

  /**
   * Creates a queue, or returns the URL of an identical existing one ({@code CreateQueue}).
   *
   * @param request the request
   * @return SQS's response
   */
  CreateQueueResponse createQueue(CreateQueueRequest request);

  /**
   * Creates a queue, or returns the URL of an identical existing one, with the request built in
   * place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default CreateQueueResponse createQueue(Consumer<CreateQueueRequest.Builder> request) {
    CreateQueueRequest.Builder builder = CreateQueueRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return createQueue(builder.build());
  }

  /**
   * Deletes a received message ({@code DeleteMessage}).
   *
   * @param request the request
   * @return SQS's response
   */
  DeleteMessageResponse deleteMessage(DeleteMessageRequest request);

  /**
   * Deletes a received message, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default DeleteMessageResponse deleteMessage(Consumer<DeleteMessageRequest.Builder> request) {
    DeleteMessageRequest.Builder builder = DeleteMessageRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return deleteMessage(builder.build());
  }

  /**
   * Deletes the message received with this receipt handle.
   *
   * @param queueUrl the URL of the queue
   * @param receiptHandle the receipt handle the message was received with
   * @return SQS's response
   */
  default DeleteMessageResponse deleteMessage(String queueUrl, String receiptHandle) {
    return deleteMessage(
        DeleteMessageRequest.builder().queueUrl(queueUrl).receiptHandle(receiptHandle).build());
  }

  /**
   * Deletes up to ten received messages ({@code DeleteMessageBatch}).
   *
   * @param request the request
   * @return SQS's response
   */
  DeleteMessageBatchResponse deleteMessageBatch(DeleteMessageBatchRequest request);

  /**
   * Deletes up to ten received messages, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default DeleteMessageBatchResponse deleteMessageBatch(
      Consumer<DeleteMessageBatchRequest.Builder> request) {
    DeleteMessageBatchRequest.Builder builder = DeleteMessageBatchRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return deleteMessageBatch(builder.build());
  }

  /**
   * Deletes a queue and its messages ({@code DeleteQueue}).
   *
   * @param request the request
   * @return SQS's response
   */
  DeleteQueueResponse deleteQueue(DeleteQueueRequest request);

  /**
   * Deletes a queue and its messages, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default DeleteQueueResponse deleteQueue(Consumer<DeleteQueueRequest.Builder> request) {
    DeleteQueueRequest.Builder builder = DeleteQueueRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return deleteQueue(builder.build());
  }

  /**
   * Reads attributes of a queue ({@code GetQueueAttributes}).
   *
   * @param request the request
   * @return SQS's response
   */
  GetQueueAttributesResponse getQueueAttributes(GetQueueAttributesRequest request);

  /**
   * Reads attributes of a queue, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default GetQueueAttributesResponse getQueueAttributes(
      Consumer<GetQueueAttributesRequest.Builder> request) {
    GetQueueAttributesRequest.Builder builder = GetQueueAttributesRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return getQueueAttributes(builder.build());
  }

  /**
   * Looks up the URL of a queue by name ({@code GetQueueUrl}).
   *
   * @param request the request
   * @return SQS's response
   */
  GetQueueUrlResponse getQueueUrl(GetQueueUrlRequest request);

  /**
   * Looks up the URL of a queue by name, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default GetQueueUrlResponse getQueueUrl(Consumer<GetQueueUrlRequest.Builder> request) {
    GetQueueUrlRequest.Builder builder = GetQueueUrlRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return getQueueUrl(builder.build());
  }

  /**
   * Lists one page of the queues whose redrive policy targets a dead-letter queue ({@code
   * ListDeadLetterSourceQueues}).
   *
   * @param request the request
   * @return SQS's response
   */
  ListDeadLetterSourceQueuesResponse listDeadLetterSourceQueues(
      ListDeadLetterSourceQueuesRequest request);

  /**
   * Lists one page of the queues whose redrive policy targets a dead-letter queue, with the request
   * built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default ListDeadLetterSourceQueuesResponse listDeadLetterSourceQueues(
      Consumer<ListDeadLetterSourceQueuesRequest.Builder> request) {
    ListDeadLetterSourceQueuesRequest.Builder builder = ListDeadLetterSourceQueuesRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return listDeadLetterSourceQueues(builder.build());
  }

  /**
   * Every page of ListDeadLetterSourceQueues, following {@code NextToken}.
   *
   * @param request the request
   * @return the pages, each one fetched when it is reached
   */
  default Paginator<ListDeadLetterSourceQueuesResponse, String> listDeadLetterSourceQueuesPaginator(
      ListDeadLetterSourceQueuesRequest request) {
    Objects.requireNonNull(request, "request");
    return new Paginator<>(
        token ->
            listDeadLetterSourceQueues(
                request.toBuilder().nextToken(token != null ? token : request.nextToken()).build()),
        ListDeadLetterSourceQueuesResponse::nextToken,
        ListDeadLetterSourceQueuesResponse::queueUrls);
  }

  /**
   * Every page of ListDeadLetterSourceQueues, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return the pages, each one fetched when it is reached
   */
  default Paginator<ListDeadLetterSourceQueuesResponse, String> listDeadLetterSourceQueuesPaginator(
      Consumer<ListDeadLetterSourceQueuesRequest.Builder> request) {
    ListDeadLetterSourceQueuesRequest.Builder builder = ListDeadLetterSourceQueuesRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return listDeadLetterSourceQueuesPaginator(builder.build());
  }

  /**
   * Lists the most recent message move tasks of a source queue ({@code ListMessageMoveTasks}).
   *
   * @param request the request
   * @return SQS's response
   */
  ListMessageMoveTasksResponse listMessageMoveTasks(ListMessageMoveTasksRequest request);

  /**
   * Lists the most recent message move tasks of a source queue, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default ListMessageMoveTasksResponse listMessageMoveTasks(
      Consumer<ListMessageMoveTasksRequest.Builder> request) {
    ListMessageMoveTasksRequest.Builder builder = ListMessageMoveTasksRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return listMessageMoveTasks(builder.build());
  }

  /**
   * Reads the tags of a queue ({@code ListQueueTags}).
   *
   * @param request the request
   * @return SQS's response
   */
  ListQueueTagsResponse listQueueTags(ListQueueTagsRequest request);

  /**
   * Reads the tags of a queue, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default ListQueueTagsResponse listQueueTags(Consumer<ListQueueTagsRequest.Builder> request) {
    ListQueueTagsRequest.Builder builder = ListQueueTagsRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return listQueueTags(builder.build());
  }

  /**
   * Lists one page of the caller's queues ({@code ListQueues}).
   *
   * @param request the request
   * @return SQS's response
   */
  ListQueuesResponse listQueues(ListQueuesRequest request);

  /**
   * Lists one page of the caller's queues, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default ListQueuesResponse listQueues(Consumer<ListQueuesRequest.Builder> request) {
    ListQueuesRequest.Builder builder = ListQueuesRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return listQueues(builder.build());
  }

  /**
   * Lists up to 1,000 of the caller's queues.
   *
   * @return SQS's response
   */
  default ListQueuesResponse listQueues() {
    return listQueues(ListQueuesRequest.builder().build());
  }

  /**
   * Every page of ListQueues, following {@code NextToken}; set maxResults to choose the page size.
   *
   * @param request the request
   * @return the pages, each one fetched when it is reached
   */
  default Paginator<ListQueuesResponse, String> listQueuesPaginator(ListQueuesRequest request) {
    Objects.requireNonNull(request, "request");
    return new Paginator<>(
        token ->
            listQueues(
                request.toBuilder().nextToken(token != null ? token : request.nextToken()).build()),
        ListQueuesResponse::nextToken,
        ListQueuesResponse::queueUrls);
  }

  /**
   * Every page of ListQueues, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return the pages, each one fetched when it is reached
   */
  default Paginator<ListQueuesResponse, String> listQueuesPaginator(
      Consumer<ListQueuesRequest.Builder> request) {
    ListQueuesRequest.Builder builder = ListQueuesRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return listQueuesPaginator(builder.build());
  }

  /**
   * Deletes every message of a queue ({@code PurgeQueue}).
   *
   * @param request the request
   * @return SQS's response
   */
  PurgeQueueResponse purgeQueue(PurgeQueueRequest request);

  /**
   * Deletes every message of a queue, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default PurgeQueueResponse purgeQueue(Consumer<PurgeQueueRequest.Builder> request) {
    PurgeQueueRequest.Builder builder = PurgeQueueRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return purgeQueue(builder.build());
  }

  /**
   * Receives up to ten messages, waiting up to 20 seconds for one ({@code ReceiveMessage}).
   *
   * @param request the request
   * @return SQS's response
   */
  ReceiveMessageResponse receiveMessage(ReceiveMessageRequest request);

  /**
   * Receives up to ten messages, waiting up to 20 seconds for one, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default ReceiveMessageResponse receiveMessage(Consumer<ReceiveMessageRequest.Builder> request) {
    ReceiveMessageRequest.Builder builder = ReceiveMessageRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return receiveMessage(builder.build());
  }

  /**
   * Receives with the queue's defaults: at most one message, the queue's wait time.
   *
   * @param queueUrl the URL of the queue
   * @return SQS's response
   */
  default ReceiveMessageResponse receiveMessage(String queueUrl) {
    return receiveMessage(ReceiveMessageRequest.builder().queueUrl(queueUrl).build());
  }

  /**
   * Revokes a permission added by AddPermission ({@code RemovePermission}).
   *
   * @param request the request
   * @return SQS's response
   */
  RemovePermissionResponse removePermission(RemovePermissionRequest request);

  /**
   * Revokes a permission added by AddPermission, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default RemovePermissionResponse removePermission(
      Consumer<RemovePermissionRequest.Builder> request) {
    RemovePermissionRequest.Builder builder = RemovePermissionRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return removePermission(builder.build());
  }

  /**
   * Sends one message ({@code SendMessage}).
   *
   * @param request the request
   * @return SQS's response
   */
  SendMessageResponse sendMessage(SendMessageRequest request);

  /**
   * Sends one message, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default SendMessageResponse sendMessage(Consumer<SendMessageRequest.Builder> request) {
    SendMessageRequest.Builder builder = SendMessageRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return sendMessage(builder.build());
  }

  /**
   * Sends one message with just a body.
   *
   * @param queueUrl the URL of the queue
   * @param messageBody the message body
   * @return SQS's response
   */
  default SendMessageResponse sendMessage(String queueUrl, String messageBody) {
    return sendMessage(
        SendMessageRequest.builder().queueUrl(queueUrl).messageBody(messageBody).build());
  }

  /**
   * Sends up to ten messages ({@code SendMessageBatch}).
   *
   * @param request the request
   * @return SQS's response
   */
  SendMessageBatchResponse sendMessageBatch(SendMessageBatchRequest request);

  /**
   * Sends up to ten messages, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default SendMessageBatchResponse sendMessageBatch(
      Consumer<SendMessageBatchRequest.Builder> request) {
    SendMessageBatchRequest.Builder builder = SendMessageBatchRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return sendMessageBatch(builder.build());
  }

  /**
   * Changes attributes of a queue ({@code SetQueueAttributes}).
   *
   * @param request the request
   * @return SQS's response
   */
  SetQueueAttributesResponse setQueueAttributes(SetQueueAttributesRequest request);

  /**
   * Changes attributes of a queue, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default SetQueueAttributesResponse setQueueAttributes(
      Consumer<SetQueueAttributesRequest.Builder> request) {
    SetQueueAttributesRequest.Builder builder = SetQueueAttributesRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return setQueueAttributes(builder.build());
  }

  /**
   * Starts moving messages out of a dead-letter queue ({@code StartMessageMoveTask}).
   *
   * @param request the request
   * @return SQS's response
   */
  StartMessageMoveTaskResponse startMessageMoveTask(StartMessageMoveTaskRequest request);

  /**
   * Starts moving messages out of a dead-letter queue, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default StartMessageMoveTaskResponse startMessageMoveTask(
      Consumer<StartMessageMoveTaskRequest.Builder> request) {
    StartMessageMoveTaskRequest.Builder builder = StartMessageMoveTaskRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return startMessageMoveTask(builder.build());
  }

  /**
   * Adds or replaces tags of a queue ({@code TagQueue}).
   *
   * @param request the request
   * @return SQS's response
   */
  TagQueueResponse tagQueue(TagQueueRequest request);

  /**
   * Adds or replaces tags of a queue, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default TagQueueResponse tagQueue(Consumer<TagQueueRequest.Builder> request) {
    TagQueueRequest.Builder builder = TagQueueRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return tagQueue(builder.build());
  }

  /**
   * Removes tags from a queue ({@code UntagQueue}).
   *
   * @param request the request
   * @return SQS's response
   */
  UntagQueueResponse untagQueue(UntagQueueRequest request);

  /**
   * Removes tags from a queue, with the request built in place.
   *
   * @param request fills in a new builder of the request
   * @return SQS's response
   */
  default UntagQueueResponse untagQueue(Consumer<UntagQueueRequest.Builder> request) {
    UntagQueueRequest.Builder builder = UntagQueueRequest.builder();
    Objects.requireNonNull(request, "request").accept(builder);
    return untagQueue(builder.build());
  }

  /**
   * Collects the settings of a client, every default in {@link ClientConfig}'s description, and
   * builds it; not thread-safe.
   */
  final class Builder {
    @Nullable String region;
    @Nullable URI endpointOverride;
    @Nullable AwsCredentialsProvider credentialsProvider;
    Duration connectTimeout = ClientConfig.DEFAULT_CONNECT_TIMEOUT;
    Duration callTimeout = ClientConfig.DEFAULT_CALL_TIMEOUT;
    RetryPolicy retryPolicy = RetryPolicy.ofDefaults();
    int maxConnections = ClientConfig.DEFAULT_MAX_CONNECTIONS;
    boolean md5Validation = true;
    Clock signingClock = Clock.systemUTC();
    @Nullable HttpTransport transport;
    Protocol protocol = Protocol.QUERY;
    private @Nullable SqsClient connectionsFrom;

    private Builder() {}

    /**
     * Sets the signing region (required), e.g. {@code us-east-1}.
     *
     * @param region the signing region, e.g. {@code us-east-1}
     * @return this builder
     */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /**
     * Sends requests here instead of {@code https://sqs.<region>.amazonaws.com}; null for the
     * default.
     *
     * @param endpoint the endpoint, or null for the default
     * @return this builder
     */
    public Builder endpointOverride(@Nullable URI endpoint) {
      if (endpoint != null && (endpoint.getScheme() == null || endpoint.getHost() == null)) {
        throw new IllegalArgumentException(
            "endpointOverride must be an absolute http(s) URI with a host, got " + endpoint);
      }
      this.endpointOverride = endpoint;
      return this;
    }

    /**
     * Signs with credentials from this provider; null returns to the AWS default chain.
     *
     * @param provider the credentials provider, or null for the AWS default chain
     * @return this builder
     */
    public Builder credentialsProvider(@Nullable AwsCredentialsProvider provider) {
      this.credentialsProvider = provider;
      return this;
    }

    /**
     * Signs with these fixed credentials instead of the AWS default chain.
     *
     * @param accessKeyId the access key id
     * @param secretAccessKey the secret access key
     * @return this builder
     */
    public Builder credentials(String accessKeyId, String secretAccessKey) {
      Objects.requireNonNull(accessKeyId, "accessKeyId");
      Objects.requireNonNull(secretAccessKey, "secretAccessKey");
      return credentialsProvider(
          StaticCredentialsProvider.create(
              AwsBasicCredentials.create(accessKeyId, secretAccessKey)));
    }

    /**
     * Sets how long opening a connection may take (default 2 s); positive.
     *
     * @param timeout the connect timeout, positive
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /**
     * Sets how long one attempt may wait for its response (default 30 s); positive. A long poll
     * gets its {@code WaitTimeSeconds} on top.
     *
     * @param timeout the time one attempt may wait, positive
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive("callTimeout", timeout);
      return this;
    }

    /**
     * Sets how failed calls are retried (default {@link RetryPolicy#ofDefaults()}).
     *
     * @param policy the retry policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
      return this;
    }

    /**
     * Sets the most pooled connections of the built-in transport (default 50); at least 1.
     *
     * @param maxConnections the most pooled connections, at least 1
     * @return this builder
     */
    public Builder maxConnections(int maxConnections) {
      if (maxConnections < 1) {
        throw new IllegalArgumentException(
            "maxConnections must be at least 1, got " + maxConnections);
      }
      this.maxConnections = maxConnections;
      return this;
    }

    /**
     * Sets whether to check the MD5 digests SQS returns (default true).
     *
     * @param enabled true to check the digests, false not to
     * @return this builder
     */
    public Builder md5Validation(boolean enabled) {
      this.md5Validation = enabled;
      return this;
    }

    /**
     * Sets the clock for SigV4 timestamps; for tests.
     *
     * @param clock the clock to sign with
     * @return this builder
     */
    public Builder signingClock(Clock clock) {
      this.signingClock = Objects.requireNonNull(clock, "signingClock");
      return this;
    }

    /**
     * Sends through this transport instead of the built-in one; null for the built-in one. The
     * client does not close a transport it was given.
     *
     * @param transport the transport, or null for the built-in one
     * @return this builder
     */
    public Builder transport(@Nullable HttpTransport transport) {
      this.transport = transport;
      return this;
    }

    /**
     * Sets the wire protocol (default {@link Protocol#QUERY}); {@link Protocol#JSON} is what the
     * current AWS SDKs speak.
     *
     * @param protocol the wire protocol
     * @return this builder
     */
    public Builder protocol(Protocol protocol) {
      this.protocol = Objects.requireNonNull(protocol, "protocol");
      return this;
    }

    /**
     * Starts from these settings, replacing all set so far.
     *
     * @param settings the settings to start from
     * @return this builder
     */
    public Builder config(ClientConfig settings) {
      ClientConfig c = Objects.requireNonNull(settings, "settings");
      region = c.region();
      endpointOverride = c.endpointOverride();
      credentialsProvider = c.credentialsProvider();
      connectTimeout = c.connectTimeout();
      callTimeout = c.callTimeout();
      retryPolicy = c.retryPolicy();
      maxConnections = c.maxConnections();
      md5Validation = c.md5Validation();
      signingClock = c.signingClock();
      transport = c.transport();
      protocol = c.protocol();
      return this;
    }

    /**
     * Shares the built-in connection pool of {@code client} as long as it is open and the connect
     * timeout, pool size and transport settings are the same; otherwise the new client gets its
     * own.
     *
     * @param client the client whose pool to share, or null for a pool of its own
     * @return this builder
     */
    public Builder connectionsFrom(@Nullable SqsClient client) {
      this.connectionsFrom = client;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException when the region is missing
     */
    public SqsClient build() {
      return DefaultSqsClient.create(new ClientConfig(this), connectionsFrom);
    }

    private static Duration positive(String name, Duration value) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + value);
      }
      return value;
    }
  }
}

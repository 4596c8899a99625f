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
package io.sqskit.testing.server;

import com.amazonaws.AmazonServiceException;
import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.services.sqs.AmazonSQS;
import com.amazonaws.services.sqs.AmazonSQSClientBuilder;
import com.amazonaws.services.sqs.model.BatchResultErrorEntry;
import com.amazonaws.services.sqs.model.CancelMessageMoveTaskRequest;
import com.amazonaws.services.sqs.model.ChangeMessageVisibilityBatchRequest;
import com.amazonaws.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import com.amazonaws.services.sqs.model.ChangeMessageVisibilityBatchResult;
import com.amazonaws.services.sqs.model.CreateQueueRequest;
import com.amazonaws.services.sqs.model.DeleteMessageBatchRequest;
import com.amazonaws.services.sqs.model.DeleteMessageBatchRequestEntry;
import com.amazonaws.services.sqs.model.DeleteMessageBatchResult;
import com.amazonaws.services.sqs.model.GetQueueAttributesRequest;
import com.amazonaws.services.sqs.model.ListDeadLetterSourceQueuesRequest;
import com.amazonaws.services.sqs.model.ListMessageMoveTasksRequest;
import com.amazonaws.services.sqs.model.ListQueuesRequest;
import com.amazonaws.services.sqs.model.ListQueuesResult;
import com.amazonaws.services.sqs.model.Message;
import com.amazonaws.services.sqs.model.MessageAttributeValue;
import com.amazonaws.services.sqs.model.MessageSystemAttributeValue;
import com.amazonaws.services.sqs.model.ReceiveMessageRequest;
import com.amazonaws.services.sqs.model.SendMessageBatchRequest;
import com.amazonaws.services.sqs.model.SendMessageBatchRequestEntry;
import com.amazonaws.services.sqs.model.SendMessageBatchResult;
import com.amazonaws.services.sqs.model.SendMessageRequest;
import com.amazonaws.services.sqs.model.SendMessageResult;
import com.amazonaws.services.sqs.model.StartMessageMoveTaskRequest;
import com.amazonaws.services.sqs.model.TagQueueRequest;
import com.amazonaws.services.sqs.model.UntagQueueRequest;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The AWS SDK for Java v1 (Query), with its MD5 checks on (the default). */
final class V1Driver implements SdkDriver {

  static {
    System.setProperty("aws.java.v1.disableDeprecationAnnouncement", "true");
  }

  private final AmazonSQS client;

  V1Driver(URI endpoint) {
    client =
        AmazonSQSClientBuilder.standard()
            .withEndpointConfiguration(new EndpointConfiguration(endpoint.toString(), "us-east-1"))
            .withCredentials(
                new AWSStaticCredentialsProvider(new BasicAWSCredentials("AKIDEXAMPLE", "secret")))
            .build();
  }

  @Override
  public String name() {
    return "AWS SDK for Java v1";
  }

  @Override
  public boolean json() {
    return false;
  }

  private static <T> T call(Supplier<T> action) {
    try {
      return action.get();
    } catch (AmazonServiceException e) {
      throw new DriverError(
          e.getErrorCode(), e.getStatusCode(), e.getErrorMessage(), e.getClass().getSimpleName());
    }
  }

  private static void run(Runnable action) {
    call(
        () -> {
          action.run();
          return null;
        });
  }

  @Override
  public String createQueue(String name, Map<String, String> attributes, Map<String, String> tags) {
    return call(
        () ->
            client
                .createQueue(new CreateQueueRequest(name).withAttributes(attributes).withTags(tags))
                .getQueueUrl());
  }

  @Override
  public String getQueueUrl(String name) {
    return call(() -> client.getQueueUrl(name).getQueueUrl());
  }

  @Override
  public List<String> listQueues(String prefix) {
    return call(() -> client.listQueues(prefix).getQueueUrls());
  }

  @Override
  public Page listQueues(String prefix, int maxResults, String nextToken) {
    return call(
        () -> {
          ListQueuesResult result =
              client.listQueues(
                  new ListQueuesRequest(prefix)
                      .withMaxResults(maxResults)
                      .withNextToken(nextToken));
          return new Page(result.getQueueUrls(), result.getNextToken());
        });
  }

  @Override
  public void deleteQueue(String url) {
    run(() -> client.deleteQueue(url));
  }

  @Override
  public Map<String, String> getQueueAttributes(String url, List<String> names) {
    return call(
        () ->
            client
                .getQueueAttributes(new GetQueueAttributesRequest(url).withAttributeNames(names))
                .getAttributes());
  }

  @Override
  public void setQueueAttributes(String url, Map<String, String> attributes) {
    run(() -> client.setQueueAttributes(url, attributes));
  }

  @Override
  public void purgeQueue(String url) {
    run(() -> client.purgeQueue(new com.amazonaws.services.sqs.model.PurgeQueueRequest(url)));
  }

  @Override
  public Sent sendMessage(
      String url,
      String body,
      Map<String, Attr> attributes,
      Integer delaySeconds,
      String groupId,
      String deduplicationId) {
    SendMessageResult result =
        call(
            () ->
                client.sendMessage(
                    new SendMessageRequest(url, body)
                        .withMessageAttributes(toSdk(attributes))
                        .withDelaySeconds(delaySeconds)
                        .withMessageGroupId(groupId)
                        .withMessageDeduplicationId(deduplicationId)));
    return new Sent(
        result.getMessageId(),
        result.getMD5OfMessageBody(),
        result.getMD5OfMessageAttributes(),
        result.getSequenceNumber());
  }

  @Override
  public Sent sendTraced(String url, String body, String traceHeader) {
    SendMessageResult result =
        call(
            () ->
                client.sendMessage(
                    new SendMessageRequest(url, body)
                        .withMessageSystemAttributes(
                            Map.of(
                                "AWSTraceHeader",
                                new MessageSystemAttributeValue()
                                    .withDataType("String")
                                    .withStringValue(traceHeader)))));
    return new Sent(
        result.getMessageId(),
        result.getMD5OfMessageBody(),
        result.getMD5OfMessageSystemAttributes(),
        null);
  }

  @Override
  public Batch sendMessageBatch(String url, List<Entry> entries) {
    List<SendMessageBatchRequestEntry> sdkEntries =
        entries.stream()
            .map(
                e ->
                    new SendMessageBatchRequestEntry(e.id(), e.body())
                        .withMessageAttributes(toSdk(e.attributes()))
                        .withDelaySeconds(e.delaySeconds())
                        .withMessageGroupId(e.groupId())
                        .withMessageDeduplicationId(e.deduplicationId()))
            .collect(Collectors.toList());
    SendMessageBatchResult result =
        call(() -> client.sendMessageBatch(new SendMessageBatchRequest(url, sdkEntries)));
    return new Batch(
        result.getSuccessful().stream().map(s -> s.getId()).collect(Collectors.toList()),
        failures(result.getFailed()));
  }

  @Override
  public List<Received> receiveMessage(
      String url,
      int max,
      Integer waitSeconds,
      Integer visibilityTimeout,
      List<String> attributeNames,
      List<String> messageAttributeNames) {
    List<Message> messages =
        call(
            () ->
                client
                    .receiveMessage(
                        new ReceiveMessageRequest(url)
                            .withMaxNumberOfMessages(max)
                            .withWaitTimeSeconds(waitSeconds)
                            .withVisibilityTimeout(visibilityTimeout)
                            .withAttributeNames(attributeNames)
                            .withMessageAttributeNames(messageAttributeNames))
                    .getMessages());
    return messages.stream()
        .map(
            m ->
                new Received(
                    m.getMessageId(),
                    m.getBody(),
                    m.getMD5OfBody(),
                    m.getReceiptHandle(),
                    m.getAttributes(),
                    fromSdk(m.getMessageAttributes())))
        .collect(Collectors.toList());
  }

  @Override
  public void deleteMessage(String url, String receiptHandle) {
    run(() -> client.deleteMessage(url, receiptHandle));
  }

  @Override
  public Batch deleteMessageBatch(String url, Map<String, String> handlesById) {
    List<DeleteMessageBatchRequestEntry> entries =
        handlesById.entrySet().stream()
            .map(e -> new DeleteMessageBatchRequestEntry(e.getKey(), e.getValue()))
            .collect(Collectors.toList());
    DeleteMessageBatchResult result =
        call(() -> client.deleteMessageBatch(new DeleteMessageBatchRequest(url, entries)));
    return new Batch(
        result.getSuccessful().stream().map(s -> s.getId()).collect(Collectors.toList()),
        failures(result.getFailed()));
  }

  @Override
  public void changeMessageVisibility(String url, String receiptHandle, int timeout) {
    run(() -> client.changeMessageVisibility(url, receiptHandle, timeout));
  }

  @Override
  public Batch changeMessageVisibilityBatch(
      String url, Map<String, String> handlesById, int timeout) {
    List<ChangeMessageVisibilityBatchRequestEntry> entries =
        handlesById.entrySet().stream()
            .map(
                e ->
                    new ChangeMessageVisibilityBatchRequestEntry(e.getKey(), e.getValue())
                        .withVisibilityTimeout(timeout))
            .collect(Collectors.toList());
    ChangeMessageVisibilityBatchResult result =
        call(
            () ->
                client.changeMessageVisibilityBatch(
                    new ChangeMessageVisibilityBatchRequest(url, entries)));
    return new Batch(
        result.getSuccessful().stream().map(s -> s.getId()).collect(Collectors.toList()),
        failures(result.getFailed()));
  }

  @Override
  public void tagQueue(String url, Map<String, String> tags) {
    run(() -> client.tagQueue(new TagQueueRequest(url, tags)));
  }

  @Override
  public void untagQueue(String url, List<String> keys) {
    run(() -> client.untagQueue(new UntagQueueRequest(url, keys)));
  }

  @Override
  public Map<String, String> listQueueTags(String url) {
    return call(() -> client.listQueueTags(url).getTags());
  }

  @Override
  public void addPermission(String url, String label, List<String> accounts, List<String> actions) {
    run(() -> client.addPermission(url, label, accounts, actions));
  }

  @Override
  public void removePermission(String url, String label) {
    run(() -> client.removePermission(url, label));
  }

  @Override
  public List<String> listDeadLetterSourceQueues(String url) {
    return call(
        () ->
            client
                .listDeadLetterSourceQueues(new ListDeadLetterSourceQueuesRequest(url))
                .getQueueUrls());
  }

  @Override
  public String startMessageMoveTask(String sourceArn, String destinationArn) {
    return call(
        () ->
            client
                .startMessageMoveTask(
                    new StartMessageMoveTaskRequest()
                        .withSourceArn(sourceArn)
                        .withDestinationArn(destinationArn))
                .getTaskHandle());
  }

  @Override
  public List<MoveTask> listMessageMoveTasks(String sourceArn) {
    return call(
        () ->
            client
                .listMessageMoveTasks(
                    new ListMessageMoveTasksRequest().withSourceArn(sourceArn).withMaxResults(10))
                .getResults()
                .stream()
                .map(
                    t ->
                        new MoveTask(
                            t.getTaskHandle(),
                            t.getStatus(),
                            t.getSourceArn(),
                            t.getDestinationArn()))
                .collect(Collectors.toList()));
  }

  @Override
  public long cancelMessageMoveTask(String taskHandle) {
    return call(
        () ->
            client
                .cancelMessageMoveTask(
                    new CancelMessageMoveTaskRequest().withTaskHandle(taskHandle))
                .getApproximateNumberOfMessagesMoved());
  }

  @Override
  public void close() {
    client.shutdown();
  }

  private static List<Failure> failures(List<BatchResultErrorEntry> failed) {
    return failed.stream()
        .map(
            f ->
                new Failure(
                    f.getId(),
                    f.getCode(),
                    Boolean.TRUE.equals(f.getSenderFault()),
                    f.getMessage()))
        .collect(Collectors.toList());
  }

  private static Map<String, MessageAttributeValue> toSdk(Map<String, Attr> attributes) {
    if (attributes == null || attributes.isEmpty()) {
      return null;
    }
    Map<String, MessageAttributeValue> out = new LinkedHashMap<>();
    attributes.forEach(
        (name, a) ->
            out.put(
                name,
                new MessageAttributeValue()
                    .withDataType(a.dataType())
                    .withStringValue(a.text())
                    .withBinaryValue(a.binary() == null ? null : ByteBuffer.wrap(a.binary()))));
    return out;
  }

  private static Map<String, Attr> fromSdk(Map<String, MessageAttributeValue> attributes) {
    Map<String, Attr> out = new LinkedHashMap<>();
    attributes.forEach(
        (name, v) -> {
          byte[] binary = null;
          if (v.getBinaryValue() != null) {
            ByteBuffer buffer = v.getBinaryValue().duplicate();
            binary = new byte[buffer.remaining()];
            buffer.get(binary);
          }
          out.put(name, new Attr(v.getDataType(), v.getStringValue(), binary));
        });
    return out;
  }
}

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

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchResponse;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;
import software.amazon.awssdk.services.sqs.model.SqsException;

/** The AWS SDK for Java v2 (AWS JSON 1.0), with its MD5 checks on (the default). */
final class V2Driver implements SdkDriver {

  static final StaticCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret"));

  private final SqsClient client;
  private final String name;

  /** The synchronous client on the JDK's URL connection. */
  V2Driver(URI endpoint) {
    this(
        SqsClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(CREDENTIALS)
            .httpClient(UrlConnectionHttpClient.create())
            .build(),
        "AWS SDK for Java v2");
  }

  /** A driver over a client built elsewhere (an in-JVM transport's, in junit-extension). */
  V2Driver(SqsClient client, String name) {
    this.client = client;
    this.name = name;
  }

  /**
   * The asynchronous client on Netty, as Spring Cloud AWS and most reactive code use it, behind the
   * synchronous interface: each call goes to the async method of the same name and waits.
   */
  static V2Driver asyncNetty(URI endpoint) {
    return async(
        SqsAsyncClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(CREDENTIALS)
            .httpClient(NettyNioAsyncHttpClient.create())
            .build(),
        "AWS SDK for Java v2 (async, Netty)");
  }

  /** An asynchronous client behind the synchronous interface, as {@link #asyncNetty}. */
  static V2Driver async(SqsAsyncClient async, String name) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          Method target =
              SqsAsyncClient.class.getMethod(method.getName(), method.getParameterTypes());
          Object result;
          try {
            result = target.invoke(async, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (!(result instanceof CompletableFuture<?> future)) {
            return result; // close(), serviceName()
          }
          try {
            return future.join();
          } catch (CompletionException e) {
            throw e.getCause(); // the SqsException the sync client would have thrown
          }
        };
    SqsClient sync =
        (SqsClient)
            Proxy.newProxyInstance(
                SqsClient.class.getClassLoader(), new Class<?>[] {SqsClient.class}, handler);
    return new V2Driver(sync, name);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean json() {
    return true;
  }

  private static <T> T call(Supplier<T> action) {
    try {
      return action.get();
    } catch (SqsException e) {
      throw new DriverError(
          e.awsErrorDetails().errorCode(),
          e.statusCode(),
          e.awsErrorDetails().errorMessage(),
          e.getClass().getSimpleName());
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
                .createQueue(r -> r.queueName(name).attributesWithStrings(attributes).tags(tags))
                .queueUrl());
  }

  @Override
  public String getQueueUrl(String name) {
    return call(() -> client.getQueueUrl(r -> r.queueName(name)).queueUrl());
  }

  @Override
  public List<String> listQueues(String prefix) {
    return call(() -> client.listQueues(r -> r.queueNamePrefix(prefix)).queueUrls());
  }

  @Override
  public Page listQueues(String prefix, int maxResults, String nextToken) {
    return call(
        () -> {
          var response =
              client.listQueues(
                  r -> r.queueNamePrefix(prefix).maxResults(maxResults).nextToken(nextToken));
          return new Page(response.queueUrls(), response.nextToken());
        });
  }

  @Override
  public void deleteQueue(String url) {
    run(() -> client.deleteQueue(r -> r.queueUrl(url)));
  }

  @Override
  public Map<String, String> getQueueAttributes(String url, List<String> names) {
    return call(
        () ->
            client
                .getQueueAttributes(r -> r.queueUrl(url).attributeNamesWithStrings(names))
                .attributesAsStrings());
  }

  @Override
  public void setQueueAttributes(String url, Map<String, String> attributes) {
    run(() -> client.setQueueAttributes(r -> r.queueUrl(url).attributesWithStrings(attributes)));
  }

  @Override
  public void purgeQueue(String url) {
    run(() -> client.purgeQueue(r -> r.queueUrl(url)));
  }

  @Override
  public Sent sendMessage(
      String url,
      String body,
      Map<String, Attr> attributes,
      Integer delaySeconds,
      String groupId,
      String deduplicationId) {
    SendMessageResponse response =
        call(
            () ->
                client.sendMessage(
                    r ->
                        r.queueUrl(url)
                            .messageBody(body)
                            .messageAttributes(toSdk(attributes))
                            .delaySeconds(delaySeconds)
                            .messageGroupId(groupId)
                            .messageDeduplicationId(deduplicationId)));
    return new Sent(
        response.messageId(),
        response.md5OfMessageBody(),
        response.md5OfMessageAttributes(),
        response.sequenceNumber());
  }

  @Override
  public Sent sendTraced(String url, String body, String traceHeader) {
    SendMessageResponse response =
        call(
            () ->
                client.sendMessage(
                    r ->
                        r.queueUrl(url)
                            .messageBody(body)
                            .messageSystemAttributesWithStrings(
                                Map.of(
                                    "AWSTraceHeader",
                                    MessageSystemAttributeValue.builder()
                                        .dataType("String")
                                        .stringValue(traceHeader)
                                        .build()))));
    return new Sent(
        response.messageId(),
        response.md5OfMessageBody(),
        response.md5OfMessageSystemAttributes(),
        null);
  }

  @Override
  public Batch sendMessageBatch(String url, List<Entry> entries) {
    List<SendMessageBatchRequestEntry> sdkEntries =
        entries.stream()
            .map(
                e ->
                    SendMessageBatchRequestEntry.builder()
                        .id(e.id())
                        .messageBody(e.body())
                        .messageAttributes(toSdk(e.attributes()))
                        .delaySeconds(e.delaySeconds())
                        .messageGroupId(e.groupId())
                        .messageDeduplicationId(e.deduplicationId())
                        .build())
            .collect(Collectors.toList());
    SendMessageBatchResponse response =
        call(() -> client.sendMessageBatch(r -> r.queueUrl(url).entries(sdkEntries)));
    return new Batch(
        response.successful().stream().map(s -> s.id()).collect(Collectors.toList()),
        failures(response.failed()));
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
                        r ->
                            r.queueUrl(url)
                                .maxNumberOfMessages(max)
                                .waitTimeSeconds(waitSeconds)
                                .visibilityTimeout(visibilityTimeout)
                                .messageSystemAttributeNamesWithStrings(attributeNames)
                                .messageAttributeNames(messageAttributeNames))
                    .messages());
    return messages.stream()
        .map(
            m ->
                new Received(
                    m.messageId(),
                    m.body(),
                    m.md5OfBody(),
                    m.receiptHandle(),
                    m.attributesAsStrings(),
                    fromSdk(m.messageAttributes())))
        .collect(Collectors.toList());
  }

  @Override
  public void deleteMessage(String url, String receiptHandle) {
    run(() -> client.deleteMessage(r -> r.queueUrl(url).receiptHandle(receiptHandle)));
  }

  @Override
  public Batch deleteMessageBatch(String url, Map<String, String> handlesById) {
    List<DeleteMessageBatchRequestEntry> entries =
        handlesById.entrySet().stream()
            .map(
                e ->
                    DeleteMessageBatchRequestEntry.builder()
                        .id(e.getKey())
                        .receiptHandle(e.getValue())
                        .build())
            .collect(Collectors.toList());
    DeleteMessageBatchResponse response =
        call(() -> client.deleteMessageBatch(r -> r.queueUrl(url).entries(entries)));
    return new Batch(
        response.successful().stream().map(s -> s.id()).collect(Collectors.toList()),
        failures(response.failed()));
  }

  @Override
  public void changeMessageVisibility(String url, String receiptHandle, int timeout) {
    run(
        () ->
            client.changeMessageVisibility(
                r -> r.queueUrl(url).receiptHandle(receiptHandle).visibilityTimeout(timeout)));
  }

  @Override
  public Batch changeMessageVisibilityBatch(
      String url, Map<String, String> handlesById, int timeout) {
    List<ChangeMessageVisibilityBatchRequestEntry> entries =
        handlesById.entrySet().stream()
            .map(
                e ->
                    ChangeMessageVisibilityBatchRequestEntry.builder()
                        .id(e.getKey())
                        .receiptHandle(e.getValue())
                        .visibilityTimeout(timeout)
                        .build())
            .collect(Collectors.toList());
    ChangeMessageVisibilityBatchResponse response =
        call(() -> client.changeMessageVisibilityBatch(r -> r.queueUrl(url).entries(entries)));
    return new Batch(
        response.successful().stream().map(s -> s.id()).collect(Collectors.toList()),
        failures(response.failed()));
  }

  @Override
  public void tagQueue(String url, Map<String, String> tags) {
    run(() -> client.tagQueue(r -> r.queueUrl(url).tags(tags)));
  }

  @Override
  public void untagQueue(String url, List<String> keys) {
    run(() -> client.untagQueue(r -> r.queueUrl(url).tagKeys(keys)));
  }

  @Override
  public Map<String, String> listQueueTags(String url) {
    return call(() -> client.listQueueTags(r -> r.queueUrl(url)).tags());
  }

  @Override
  public void addPermission(String url, String label, List<String> accounts, List<String> actions) {
    run(
        () ->
            client.addPermission(
                r -> r.queueUrl(url).label(label).awsAccountIds(accounts).actions(actions)));
  }

  @Override
  public void removePermission(String url, String label) {
    run(() -> client.removePermission(r -> r.queueUrl(url).label(label)));
  }

  @Override
  public List<String> listDeadLetterSourceQueues(String url) {
    return call(() -> client.listDeadLetterSourceQueues(r -> r.queueUrl(url)).queueUrls());
  }

  @Override
  public String startMessageMoveTask(String sourceArn, String destinationArn) {
    return call(
        () ->
            client
                .startMessageMoveTask(r -> r.sourceArn(sourceArn).destinationArn(destinationArn))
                .taskHandle());
  }

  @Override
  public List<MoveTask> listMessageMoveTasks(String sourceArn) {
    return call(
        () ->
            client
                .listMessageMoveTasks(r -> r.sourceArn(sourceArn).maxResults(10))
                .results()
                .stream()
                .map(
                    t ->
                        new MoveTask(t.taskHandle(), t.status(), t.sourceArn(), t.destinationArn()))
                .collect(Collectors.toList()));
  }

  @Override
  public long cancelMessageMoveTask(String taskHandle) {
    return call(
        () ->
            client
                .cancelMessageMoveTask(r -> r.taskHandle(taskHandle))
                .approximateNumberOfMessagesMoved());
  }

  @Override
  public void close() {
    client.close();
  }

  private static List<Failure> failures(List<BatchResultErrorEntry> failed) {
    return failed.stream()
        .map(f -> new Failure(f.id(), f.code(), f.senderFault(), f.message()))
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
                MessageAttributeValue.builder()
                    .dataType(a.dataType())
                    .stringValue(a.text())
                    .binaryValue(a.binary() == null ? null : SdkBytes.fromByteArray(a.binary()))
                    .build()));
    return out;
  }

  private static Map<String, Attr> fromSdk(Map<String, MessageAttributeValue> attributes) {
    Map<String, Attr> out = new LinkedHashMap<>();
    attributes.forEach(
        (name, v) ->
            out.put(
                name,
                new Attr(
                    v.dataType(),
                    v.stringValue(),
                    v.binaryValue() == null ? null : v.binaryValue().asByteArray())));
    return out;
  }
}

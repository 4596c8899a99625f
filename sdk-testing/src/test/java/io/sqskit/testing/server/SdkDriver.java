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

import java.util.List;
import java.util.Map;

/**
 * The SQS actions as one official SDK performs them, so one scenario suite can run on both the AWS
 * SDK for Java v2 (JSON 1.0) and v1 (Query). Service errors surface as {@link DriverError}.
 */
interface SdkDriver extends AutoCloseable {

  /** A message attribute value; exactly one of {@code text} and {@code binary} is set. */
  @SuppressWarnings("ArrayRecordComponent") // bytes held as they are
  record Attr(String dataType, String text, byte[] binary) {
    static Attr string(String text) {
      return new Attr("String", text, null);
    }

    static Attr number(String text) {
      return new Attr("Number", text, null);
    }

    static Attr binary(byte[] binary) {
      return new Attr("Binary", null, binary);
    }
  }

  /** What SendMessage answered. */
  record Sent(String messageId, String md5OfBody, String md5OfAttributes, String sequenceNumber) {}

  /** One SendMessageBatch entry. */
  record Entry(
      String id,
      String body,
      Map<String, Attr> attributes,
      Integer delaySeconds,
      String groupId,
      String deduplicationId) {
    static Entry of(String id, String body) {
      return new Entry(id, body, Map.of(), null, null, null);
    }
  }

  /** A failed batch entry. */
  record Failure(String id, String code, boolean senderFault, String message) {}

  /** A batch answer: ids of the successful entries and the failures. */
  record Batch(List<String> successful, List<Failure> failed) {}

  /** A received message. */
  record Received(
      String messageId,
      String body,
      String md5OfBody,
      String receiptHandle,
      Map<String, String> attributes,
      Map<String, Attr> messageAttributes) {}

  /** One page of ListQueues. */
  record Page(List<String> queueUrls, String nextToken) {}

  /** A message move task as ListMessageMoveTasks reports it. */
  record MoveTask(String taskHandle, String status, String sourceArn, String destinationArn) {}

  /** An error answered by the service, as the SDK reports it. */
  final class DriverError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String code;
    final int status;
    final String sdkType;

    DriverError(String code, int status, String message, String sdkType) {
      super(code + " (" + status + "): " + message);
      this.code = code;
      this.status = status;
      this.sdkType = sdkType;
    }

    String serviceMessage() {
      String text = getMessage();
      return text.substring(text.indexOf(": ") + 2);
    }
  }

  String name();

  /** Whether the SDK speaks AWS JSON 1.0 (else Query). */
  boolean json();

  String createQueue(String name, Map<String, String> attributes, Map<String, String> tags);

  String getQueueUrl(String name);

  List<String> listQueues(String prefix);

  Page listQueues(String prefix, int maxResults, String nextToken);

  void deleteQueue(String url);

  Map<String, String> getQueueAttributes(String url, List<String> names);

  void setQueueAttributes(String url, Map<String, String> attributes);

  void purgeQueue(String url);

  Sent sendMessage(
      String url,
      String body,
      Map<String, Attr> attributes,
      Integer delaySeconds,
      String groupId,
      String deduplicationId);

  /** Sends with the AWSTraceHeader system attribute. */
  Sent sendTraced(String url, String body, String traceHeader);

  Batch sendMessageBatch(String url, List<Entry> entries);

  List<Received> receiveMessage(
      String url,
      int max,
      Integer waitSeconds,
      Integer visibilityTimeout,
      List<String> attributeNames,
      List<String> messageAttributeNames);

  void deleteMessage(String url, String receiptHandle);

  Batch deleteMessageBatch(String url, Map<String, String> handlesById);

  void changeMessageVisibility(String url, String receiptHandle, int timeout);

  Batch changeMessageVisibilityBatch(String url, Map<String, String> handlesById, int timeout);

  void tagQueue(String url, Map<String, String> tags);

  void untagQueue(String url, List<String> keys);

  Map<String, String> listQueueTags(String url);

  void addPermission(String url, String label, List<String> accounts, List<String> actions);

  void removePermission(String url, String label);

  List<String> listDeadLetterSourceQueues(String url);

  String startMessageMoveTask(String sourceArn, String destinationArn);

  List<MoveTask> listMessageMoveTasks(String sourceArn);

  long cancelMessageMoveTask(String taskHandle);

  @Override
  void close();
}

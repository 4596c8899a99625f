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
package io.sqskit.testing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadLetterTest extends EngineTestSupport {
  private static final String DLQ_ARN = "arn:aws:sqs:us-east-1:123456789012:dlq";

  private String source(String name, int maxReceiveCount) {
    return createQueue(
        name,
        "VisibilityTimeout",
        "1",
        "RedrivePolicy",
        "{\"deadLetterTargetArn\":\""
            + DLQ_ARN
            + "\",\"maxReceiveCount\":"
            + maxReceiveCount
            + "}");
  }

  @Test
  void messageMovesToDeadLetterQueueAfterMaxReceiveCount() {
    String dlq = createQueue("dlq");
    String src = source("src", 2);
    String id = send(src, "poison");
    assertThat(receive(src)).hasSize(1);
    advance(1);
    assertThat(receive(src)).hasSize(1);
    advance(1);
    assertThat(receive(src)).isEmpty();
    counts(src, 0, 0, 0);
    counts(dlq, 1, 0, 0);
    Map<String, Object> m = receive(dlq, "AttributeNames", List.of("All")).get(0);
    assertThat(m).containsEntry("MessageId", id).containsEntry("Body", "poison");
    assertThat(systemAttributes(m))
        .containsEntry("ApproximateReceiveCount", "3")
        .containsEntry("DeadLetterQueueSourceArn", "arn:aws:sqs:us-east-1:123456789012:src")
        .containsEntry("SentTimestamp", Long.toString(START.toEpochMilli()))
        .containsEntry("ApproximateFirstReceiveTimestamp", Long.toString(START.toEpochMilli()));
  }

  @Test
  void deadLetteredMessageKeepsItsAttributes() {
    String dlq = createQueue("dlq");
    String src = source("src", 1);
    Map<String, Object> sent =
        call(
            "SendMessage",
            "QueueUrl",
            src,
            "MessageBody",
            "m",
            "MessageAttributes",
            map("MyAttribute", map("DataType", "String", "StringValue", "foobar")));
    receive(src);
    advance(1);
    assertThat(receive(src)).isEmpty();
    Map<String, Object> m = receive(dlq, "MessageAttributeNames", List.of("All")).get(0);
    assertThat(m).containsEntry("MD5OfMessageAttributes", sent.get("MD5OfMessageAttributes"));
  }

  @Test
  void otherMessagesAreStillDeliveredWhenOneIsDeadLettered() {
    createQueue("dlq");
    String src = source("src", 1);
    send(src, "poison");
    receive(src);
    send(src, "good");
    advance(1);
    assertThat(receive(src)).extracting(m -> m.get("Body")).containsExactly("good");
  }

  @Test
  void listDeadLetterSourceQueuesListsQueuesTargetingIt() {
    String dlq = createQueue("dlq");
    String a = source("a", 3);
    String b = source("b", 3);
    createQueue("c");
    assertThat(call("ListDeadLetterSourceQueues", "QueueUrl", dlq))
        .containsEntry("queueUrls", List.of(a, b));
    @SuppressWarnings("unchecked")
    List<Object> page =
        (List<Object>)
            call("ListDeadLetterSourceQueues", "QueueUrl", dlq, "MaxResults", 1).get("queueUrls");
    assertThat(page).containsExactly(a);
  }

  @Test
  void fifoSourceNeedsFifoDeadLetterQueue() {
    createQueue("dlq");
    SqsError e =
        error(
            () ->
                createFifoQueue(
                    "src.fifo",
                    "RedrivePolicy",
                    "{\"deadLetterTargetArn\":\"" + DLQ_ARN + "\",\"maxReceiveCount\":1}"));
    assertThat(e.code()).isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
  }

  @Test
  void fifoMessagesMoveToFifoDeadLetterQueue() {
    String dlq = createFifoQueue("dlq.fifo");
    String src =
        createFifoQueue(
            "src.fifo",
            "ContentBasedDeduplication",
            "true",
            "VisibilityTimeout",
            "1",
            "RedrivePolicy",
            "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:123456789012:dlq.fifo\",\"maxReceiveCount\":1}");
    String x =
        (String)
            call("SendMessage", "QueueUrl", src, "MessageBody", "x", "MessageGroupId", "g")
                .get("MessageId");
    call("SendMessage", "QueueUrl", src, "MessageBody", "y", "MessageGroupId", "g");
    assertThat(receive(src)).extracting(m -> m.get("Body")).containsExactly("x");
    advance(1);
    assertThat(receive(src)).extracting(m -> m.get("Body")).containsExactly("y");
    // The DLQ replaces the deduplication id with the message id (SQS Developer Guide).
    assertThat(receive(dlq, "AttributeNames", List.of("MessageGroupId", "MessageDeduplicationId")))
        .singleElement()
        .satisfies(
            m ->
                assertThat(systemAttributes(m))
                    .containsEntry("MessageGroupId", "g")
                    .containsEntry("MessageDeduplicationId", x));
  }

  @Test
  void aFifoDeadLetterQueueRestartsTheEnqueueTimeAndAStandardOneKeepsIt() {
    // SQS Developer Guide, dead-letter queue retention: a standard DLQ keeps the original enqueue
    // timestamp, a FIFO DLQ resets it when the message arrives.
    String dlq = createQueue("dlq");
    String src = source("src", 1);
    String fifoDlq = createFifoQueue("dlq.fifo", "MessageRetentionPeriod", "60");
    String fifoSrc =
        createFifoQueue(
            "src.fifo",
            "ContentBasedDeduplication",
            "true",
            "RedrivePolicy",
            "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:123456789012:dlq.fifo\",\"maxReceiveCount\":1}");
    send(src, "s");
    call("SendMessage", "QueueUrl", fifoSrc, "MessageBody", "f", "MessageGroupId", "g");
    receive(src, "VisibilityTimeout", 0);
    receive(fifoSrc, "VisibilityTimeout", 0);
    advance(50);
    assertThat(receive(src)).isEmpty();
    assertThat(receive(fifoSrc)).isEmpty();
    long moved = START.toEpochMilli() + 50_000;
    assertThat(systemAttributes(receive(dlq, "AttributeNames", List.of("All")).get(0)))
        .containsEntry("SentTimestamp", Long.toString(START.toEpochMilli()));
    assertThat(
            systemAttributes(
                receive(fifoDlq, "AttributeNames", List.of("All"), "VisibilityTimeout", 0).get(0)))
        .containsEntry("SentTimestamp", Long.toString(moved))
        .containsEntry("ApproximateReceiveCount", "2")
        .containsEntry("ApproximateFirstReceiveTimestamp", Long.toString(START.toEpochMilli()));
    advance(30); // 80 s after sending, 30 s after the move: the FIFO DLQ's 60 s count from the move
    counts(fifoDlq, 1, 0, 0);
    advance(30);
    counts(fifoDlq, 0, 0, 0);
  }

  @Test
  void redriveAllowPolicyDenyAllRejectsTheRedrivePolicy() {
    createQueue("dlq", "RedriveAllowPolicy", "{\"redrivePermission\":\"denyAll\"}");
    SqsError e = error(() -> source("src", 1));
    assertThat(e.code()).isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
  }

  @Test
  void redriveAllowPolicyByQueueAdmitsListedSources() {
    createQueue(
        "dlq",
        "RedriveAllowPolicy",
        "{\"redrivePermission\":\"byQueue\",\"sourceQueueArns\":[\"arn:aws:sqs:us-east-1:123456789012:ok\"]}");
    source("ok", 1);
    assertThat(error(() -> source("other", 1)).code())
        .isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
  }

  @Test
  void delayedFifoMessagesKeepTheirGroupAcrossDeletes() {
    String url = createFifoQueue("d.fifo", "ContentBasedDeduplication", "true");
    call("SendMessage", "QueueUrl", url, "MessageBody", "now", "MessageGroupId", "g");
    // A FIFO queue's delay is retroactive (SQS Developer Guide): "now" is hidden again too.
    call("SetQueueAttributes", "QueueUrl", url, "Attributes", Map.of("DelaySeconds", "5"));
    call("SendMessage", "QueueUrl", url, "MessageBody", "later", "MessageGroupId", "g");
    assertThat(receive(url)).isEmpty();
    advance(5);
    Map<String, Object> first = receive(url).get(0);
    assertThat(first).containsEntry("Body", "now");
    delete(url, first);
    assertThat(receive(url)).extracting(m -> m.get("Body")).containsExactly("later");
  }

  @Test
  void deadLetterQueueOfAnotherAccountIsRejected() {
    engine.execute(
        new RequestContext("210987654321", BASE, null), "CreateQueue", map("QueueName", "dlq"));
    SqsError e =
        error(
            () ->
                createQueue(
                    "src",
                    "RedrivePolicy",
                    "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:210987654321:dlq\",\"maxReceiveCount\":1}"));
    assertThat(e.getMessage()).endsWith("Reason: Dead letter target does not exist.");
  }
}

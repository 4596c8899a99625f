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
package apitest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.client.ClientConfig;
import io.sqskit.client.Protocol;
import io.sqskit.client.SqsClient;
import io.sqskit.model.CreateQueueRequest;
import io.sqskit.model.Message;
import io.sqskit.model.MessageAttributeValue;
import io.sqskit.model.MessageMoveTask;
import io.sqskit.model.MessageMoveTaskStatus;
import io.sqskit.model.MessageSystemAttributeName;
import io.sqskit.model.QueueAttributeName;
import io.sqskit.model.ReceiveMessageRequest;
import io.sqskit.retry.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public model and configuration types, used only through the public API. */
class ModelApiTest {

  @Test
  void requestsAreImmutableValuesWithCopyingBuilders() {
    Map<String, String> attributes = new HashMap<>(Map.of("DelaySeconds", "1"));
    CreateQueueRequest.Builder builder =
        CreateQueueRequest.builder().queueName("q").attributes(attributes);
    CreateQueueRequest request = builder.build();
    attributes.put("VisibilityTimeout", "5");
    builder.tag("k", "v");

    assertThat(request.attributes()).containsOnlyKeys("DelaySeconds");
    assertThat(request.tags()).isEmpty();
    assertThatThrownBy(() -> request.attributes().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(request.toBuilder().build()).isEqualTo(request).hasSameHashCodeAs(request);
    assertThat(request.toBuilder().queueName("other").build()).isNotEqualTo(request);
    assertThat(request.toString()).contains("queueName=q", "DelaySeconds=1");
  }

  @Test
  void absentMembersAreNullAndCollectionsEmpty() {
    ReceiveMessageRequest request = ReceiveMessageRequest.builder().queueUrl("u").build();
    assertThat(request.maxNumberOfMessages()).isNull();
    assertThat(request.waitTimeSeconds()).isNull();
    assertThat(request.attributeNames()).isEmpty();
    assertThat(request.messageAttributeNames()).isEmpty();
  }

  @Test
  void enumSettersWriteWireNames() {
    ReceiveMessageRequest request =
        ReceiveMessageRequest.builder()
            .messageSystemAttributeNames(
                MessageSystemAttributeName.AWS_TRACE_HEADER,
                MessageSystemAttributeName.DEAD_LETTER_QUEUE_SOURCE_ARN)
            .build();
    assertThat(request.messageSystemAttributeNames())
        .containsExactly("AWSTraceHeader", "DeadLetterQueueSourceArn");
    assertThat(
            CreateQueueRequest.builder()
                .attribute(QueueAttributeName.SQS_MANAGED_SSE_ENABLED, "true")
                .build()
                .attributes())
        .containsExactly(Map.entry("SqsManagedSseEnabled", "true"));
  }

  @Test
  void enumsKnowTheirWireNamesAndNothingElse() {
    assertThat(QueueAttributeName.fromValue("ApproximateNumberOfMessagesNotVisible"))
        .isEqualTo(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE);
    assertThat(QueueAttributeName.fromValue("SomethingNew")).isNull();
    assertThat(MessageSystemAttributeName.SENT_TIMESTAMP.toString()).isEqualTo("SentTimestamp");
    MessageMoveTask task = MessageMoveTask.builder().status("PAUSED").sourceArn("arn").build();
    assertThat(task.status()).isEqualTo("PAUSED");
    assertThat(task.knownStatus()).isNull();
  }

  @Test
  void binaryAttributeValuesAreCopiedAndComparedByContent() {
    byte[] bytes = {1, 2, 3};
    MessageAttributeValue value = MessageAttributeValue.ofBinary(bytes);
    bytes[0] = 9;
    assertThat(value.binaryValue()).containsExactly(1, 2, 3);
    value.binaryValue()[1] = 9;
    assertThat(value.binaryValue()).containsExactly(1, 2, 3);
    assertThat(value)
        .isEqualTo(MessageAttributeValue.ofBinary(new byte[] {1, 2, 3}))
        .hasSameHashCodeAs(MessageAttributeValue.ofBinary(new byte[] {1, 2, 3}));
    assertThat(value.isBinary()).isTrue();
    assertThat(value.toString())
        .isEqualTo("MessageAttributeValue{dataType=Binary, binaryValue=AQID}");
    assertThat(MessageAttributeValue.ofNumber(42))
        .isEqualTo(new MessageAttributeValue("Number", "42", null));
  }

  @Test
  void messagesAreValuesWithBuilders() {
    Map<String, String> attributes = new java.util.HashMap<>(Map.of("SenderId", "AIDA"));
    Message m =
        Message.builder()
            .messageId("id")
            .receiptHandle("rh")
            .body("hello")
            .attributes(attributes)
            .messageAttributes(Map.of("color", MessageAttributeValue.ofString("red")))
            .build();
    attributes.put("SentTimestamp", "1");

    assertThat(m.attributes()).containsOnlyKeys("SenderId");
    assertThat(m.toBuilder().build()).isEqualTo(m).hasSameHashCodeAs(m);
    assertThat(m.toBuilder().receiptHandle("rh2").build()).isNotEqualTo(m);
    assertThat(m.toString()).contains("messageId=id", "receiptHandle=rh", "body=hello");
    assertThat(Message.builder().build().attributes()).isEmpty();
    assertThat(Message.builder().build().messageAttributes()).isEmpty();
  }

  @Test
  void messageMoveTasksAreValuesWithBuilders() {
    MessageMoveTask task =
        MessageMoveTask.builder()
            .taskHandle("h")
            .status("RUNNING")
            .sourceArn("arn:aws:sqs:us-east-1:000000000000:dlq")
            .approximateNumberOfMessagesMoved(3L)
            .build();

    assertThat(task.knownStatus()).isEqualTo(MessageMoveTaskStatus.RUNNING);
    assertThat(task.toBuilder().build()).isEqualTo(task).hasSameHashCodeAs(task);
    assertThat(task.toBuilder().status("FAILED").failureReason("x").build()).isNotEqualTo(task);
    assertThat(task.toString()).contains("status=RUNNING", "approximateNumberOfMessagesMoved=3");
    assertThat(task.destinationArn()).isNull();
  }

  @Test
  void messagesReadSystemAttributesByKnownName() {
    Message m =
        Message.builder()
            .messageId("id")
            .receiptHandle("rh")
            .md5OfBody("md5")
            .body("body")
            .attributes(Map.of("SenderId", "AIDA"))
            .build();
    assertThat(m.attribute(MessageSystemAttributeName.SENDER_ID)).isEqualTo("AIDA");
    assertThat(m.attribute(MessageSystemAttributeName.SENT_TIMESTAMP)).isNull();
    assertThat(m.messageAttributes()).isEmpty();
  }

  @Test
  void configDefaultsLiveInOnePlace() {
    try (SqsClient client = SqsClient.builder().region("eu-central-1").build()) {
      ClientConfig config = client.config();
      assertThat(config.endpoint()).isEqualTo(URI.create("https://sqs.eu-central-1.amazonaws.com"));
      assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
      assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(30));
      assertThat(config.maxConnections()).isEqualTo(50);
      assertThat(config.md5Validation()).isTrue();
      assertThat(config.credentialsProvider()).isNull();
      assertThat(config.transport()).isNull();
      assertThat(config.protocol()).isEqualTo(Protocol.QUERY);
    }
  }

  @Test
  void misconfigurationFailsNamingTheSetting() {
    assertThatThrownBy(() -> SqsClient.builder().callTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("callTimeout must be positive, got PT0S");
    assertThatThrownBy(() -> SqsClient.builder().maxConnections(0))
        .hasMessage("maxConnections must be at least 1, got 0");
    assertThatThrownBy(() -> SqsClient.builder().endpointOverride(URI.create("localhost:9324")))
        .hasMessage(
            "endpointOverride must be an absolute http(s) URI with a host, got localhost:9324");
  }

  @Test
  void theClientBuilderCarriesEverySetting() {
    RetryPolicy none = RetryPolicy.none();
    SqsClient.Builder builder =
        SqsClient.builder()
            .region("us-west-2")
            .endpointOverride(URI.create("http://127.0.0.1:1"))
            .connectTimeout(Duration.ofSeconds(1))
            .callTimeout(Duration.ofSeconds(3))
            .retryPolicy(none)
            .maxConnections(4)
            .md5Validation(false)
            .protocol(Protocol.JSON);
    try (SqsClient client = builder.build();
        SqsClient copy = SqsClient.builder().config(client.config()).build();
        SqsClient derived = client.toBuilder().build()) {
      ClientConfig config = client.config();
      assertThat(config.region()).isEqualTo("us-west-2");
      assertThat(config.endpoint()).isEqualTo(URI.create("http://127.0.0.1:1"));
      assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
      assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(3));
      assertThat(config.retryPolicy()).isSameAs(none);
      assertThat(config.maxConnections()).isEqualTo(4);
      assertThat(config.md5Validation()).isFalse();
      assertThat(config.protocol()).isEqualTo(Protocol.JSON);
      assertThat(copy.config()).isEqualTo(config);
      assertThat(derived.config()).isEqualTo(config);
    }
  }
}

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

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.sqskit.model.AddPermissionRequest;
import io.sqskit.model.CancelMessageMoveTaskRequest;
import io.sqskit.model.ChangeMessageVisibilityBatchRequest;
import io.sqskit.model.ChangeMessageVisibilityBatchRequestEntry;
import io.sqskit.model.ChangeMessageVisibilityRequest;
import io.sqskit.model.CreateQueueRequest;
import io.sqskit.model.DeleteMessageBatchRequest;
import io.sqskit.model.DeleteMessageBatchRequestEntry;
import io.sqskit.model.DeleteMessageRequest;
import io.sqskit.model.DeleteQueueRequest;
import io.sqskit.model.GetQueueAttributesRequest;
import io.sqskit.model.GetQueueUrlRequest;
import io.sqskit.model.ListDeadLetterSourceQueuesRequest;
import io.sqskit.model.ListMessageMoveTasksRequest;
import io.sqskit.model.ListQueueTagsRequest;
import io.sqskit.model.ListQueuesRequest;
import io.sqskit.model.MessageAttributeValue;
import io.sqskit.model.MessageSystemAttributeName;
import io.sqskit.model.MessageSystemAttributeNameForSends;
import io.sqskit.model.PurgeQueueRequest;
import io.sqskit.model.QueueAttributeName;
import io.sqskit.model.ReceiveMessageRequest;
import io.sqskit.model.RemovePermissionRequest;
import io.sqskit.model.SendMessageBatchRequest;
import io.sqskit.model.SendMessageBatchRequestEntry;
import io.sqskit.model.SendMessageRequest;
import io.sqskit.model.SetQueueAttributesRequest;
import io.sqskit.model.StartMessageMoveTaskRequest;
import io.sqskit.model.TagQueueRequest;
import io.sqskit.model.UntagQueueRequest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden AWS JSON 1.0 bodies for every action; member names per the JSON model
 * (sqs-json-botocore-1.43.11.json). Bodies are compared as JSON trees, so member order does not
 * matter there; the exact-string tests pin the order (the model's member order) for SendMessage.
 */
class JsonMarshallerTest {
  private static final String URL = "https://sqs.us-east-1.amazonaws.com/123456789012/q";
  private static final String DLQ_ARN = "arn:aws:sqs:us-east-1:123456789012:dlq";

  /** Strict: a repeated member or anything after the object fails the parse. */
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** Decodes strictly as UTF-8 (no malformed or CESU-8 sequences) and parses. */
  private static JsonNode tree(byte[] body) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("body is not valid UTF-8", e);
    }
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new AssertionError("body is not one JSON value: " + text, e);
    }
  }

  private static void assertJson(byte[] body, String expected) {
    JsonNode actual = tree(body);
    assertThat(actual.isObject()).as("top level is an object: %s", actual).isTrue();
    try {
      assertThat(actual).isEqualTo(MAPPER.readTree(expected));
    } catch (JsonProcessingException e) {
      throw new AssertionError("bad expected JSON in the test: " + expected, e);
    }
  }

  /** The JSON string literal for a value, as Jackson writes it. */
  private static String quoted(String value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Test
  void addPermissionWritesAccountIdsAndActionsAsLists() {
    assertJson(
        JsonMarshaller.addPermission(
            AddPermissionRequest.builder()
                .queueUrl(URL)
                .label("l1")
                .awsAccountIds("111122223333", "444455556666")
                .actions("SendMessage", "ReceiveMessage")
                .build()),
        """
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q",
         "Label": "l1",
         "AWSAccountIds": ["111122223333", "444455556666"],
         "Actions": ["SendMessage", "ReceiveMessage"]}
        """);
  }

  @Test
  void cancelMessageMoveTask() {
    assertJson(
        JsonMarshaller.cancelMessageMoveTask(
            CancelMessageMoveTaskRequest.builder().taskHandle("eyJ0YXNr+/=").build()),
        """
        {"TaskHandle": "eyJ0YXNr+/="}
        """);
  }

  @Test
  void changeMessageVisibilityWritesTheTimeoutAsANumber() {
    byte[] body =
        JsonMarshaller.changeMessageVisibility(
            ChangeMessageVisibilityRequest.builder()
                .queueUrl(URL)
                .receiptHandle("rh+1")
                .visibilityTimeout(60)
                .build());
    assertJson(
        body,
        """
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q",
         "ReceiptHandle": "rh+1",
         "VisibilityTimeout": 60}
        """);
    assertThat(tree(body).get("VisibilityTimeout").isIntegralNumber()).isTrue();
  }

  @Test
  void changeMessageVisibilityBatchWritesEntriesAndOmitsAnAbsentTimeout() {
    assertJson(
        JsonMarshaller.changeMessageVisibilityBatch(
            ChangeMessageVisibilityBatchRequest.builder()
                .queueUrl(URL)
                .entries(
                    new ChangeMessageVisibilityBatchRequestEntry("a", "rh1", 0),
                    new ChangeMessageVisibilityBatchRequestEntry("b", "rh2", null))
                .build()),
        """
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q",
         "Entries": [
           {"Id": "a", "ReceiptHandle": "rh1", "VisibilityTimeout": 0},
           {"Id": "b", "ReceiptHandle": "rh2"}]}
        """);
  }

  @Test
  void createQueueWritesAttributesAndLowercaseTags() {
    String redrivePolicy =
        "{\"deadLetterTargetArn\":\"" + DLQ_ARN + "\",\"maxReceiveCount\":\"5\"}";
    byte[] body =
        JsonMarshaller.createQueue(
            CreateQueueRequest.builder()
                .queueName("orders.fifo")
                .attribute(QueueAttributeName.FIFO_QUEUE, "true")
                .attribute("RedrivePolicy", redrivePolicy)
                .tag("team", "a b")
                .tag("cost-center", "42")
                .build());
    assertJson(
        body,
        """
        {"QueueName": "orders.fifo",
         "Attributes": {"FifoQueue": "true", "RedrivePolicy": %s},
         "tags": {"team": "a b", "cost-center": "42"}}
        """
            .formatted(quoted(redrivePolicy)));
    assertThat(tree(body).get("Attributes").get("RedrivePolicy").textValue())
        .isEqualTo(redrivePolicy);
  }

  @Test
  void createQueueWithOnlyANameOmitsTheEmptyMaps() {
    assertJson(
        JsonMarshaller.createQueue(CreateQueueRequest.builder().queueName("q").build()),
        """
        {"QueueName": "q"}
        """);
  }

  @Test
  void deleteMessage() {
    assertJson(
        JsonMarshaller.deleteMessage(
            DeleteMessageRequest.builder().queueUrl(URL).receiptHandle("AQEB/x==").build()),
        """
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q",
         "ReceiptHandle": "AQEB/x=="}
        """);
  }

  @Test
  void deleteMessageBatch() {
    assertJson(
        JsonMarshaller.deleteMessageBatch(
            DeleteMessageBatchRequest.builder()
                .queueUrl(URL)
                .entries(
                    new DeleteMessageBatchRequestEntry("m1", "rh1"),
                    new DeleteMessageBatchRequestEntry("m2", "rh2"))
                .build()),
        """
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q",
         "Entries": [{"Id": "m1", "ReceiptHandle": "rh1"}, {"Id": "m2", "ReceiptHandle": "rh2"}]}
        """);
  }

  @Test
  void deleteQueue() {
    assertJson(
        JsonMarshaller.deleteQueue(DeleteQueueRequest.builder().queueUrl(URL).build()),
        """
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q"}
        """);
  }

  @Test
  void getQueueAttributesWritesAttributeNamesAsAList() {
    assertJson(
        JsonMarshaller.getQueueAttributes(
            GetQueueAttributesRequest.builder()
                .queueUrl(URL)
                .attributeNames(
                    QueueAttributeName.QUEUE_ARN, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)
                .build()),
        """
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q",
         "AttributeNames": ["QueueArn", "ApproximateNumberOfMessages"]}
        """);
  }

  @Test
  void getQueueUrlUsesTheModelCasingOfOwnerAccountId() {
    assertJson(
        JsonMarshaller.getQueueUrl(
            GetQueueUrlRequest.builder()
                .queueName("q")
                .queueOwnerAwsAccountId("123456789012")
                .build()),
        """
        {"QueueName": "q", "QueueOwnerAWSAccountId": "123456789012"}
        """);
  }

  @Test
  void listDeadLetterSourceQueues() {
    assertJson(
        JsonMarshaller.listDeadLetterSourceQueues(
            ListDeadLetterSourceQueuesRequest.builder()
                .queueUrl(URL)
                .nextToken("t/1")
                .maxResults(10)
                .build()),
        """
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q",
         "NextToken": "t/1",
         "MaxResults": 10}
        """);
  }

  @Test
  void listMessageMoveTasks() {
    assertJson(
        JsonMarshaller.listMessageMoveTasks(
            ListMessageMoveTasksRequest.builder().sourceArn(DLQ_ARN).maxResults(10).build()),
        """
        {"SourceArn": "arn:aws:sqs:us-east-1:123456789012:dlq", "MaxResults": 10}
        """);
  }

  @Test
  void listQueueTags() {
    assertJson(
        JsonMarshaller.listQueueTags(ListQueueTagsRequest.builder().queueUrl(URL).build()),
        """
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q"}
        """);
  }

  @Test
  void listQueuesWithoutMembersIsAnEmptyObject() {
    byte[] body = JsonMarshaller.listQueues(ListQueuesRequest.builder().build());
    assertJson(body, "{}");
    assertThat(text(body).strip()).isEqualTo("{}");
  }

  @Test
  void listQueuesWithEveryMember() {
    assertJson(
        JsonMarshaller.listQueues(
            ListQueuesRequest.builder()
                .queueNamePrefix("ord")
                .nextToken("abc")
                .maxResults(1000)
                .build()),
        """
        {"QueueNamePrefix": "ord", "NextToken": "abc", "MaxResults": 1000}
        """);
  }

  @Test
  void purgeQueue() {
    assertJson(
        JsonMarshaller.purgeQueue(PurgeQueueRequest.builder().queueUrl(URL).build()),
        """
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q"}
        """);
  }

  @Test
  void receiveMessageWritesEveryMember() {
    byte[] body =
        JsonMarshaller.receiveMessage(
            ReceiveMessageRequest.builder()
                .queueUrl(URL)
                .attributeNames(MessageSystemAttributeName.SENT_TIMESTAMP)
                .messageSystemAttributeNames(
                    MessageSystemAttributeName.SENT_TIMESTAMP,
                    MessageSystemAttributeName.MESSAGE_GROUP_ID)
                .messageAttributeNames("color", "trace.*")
                .maxNumberOfMessages(10)
                .visibilityTimeout(30)
                .waitTimeSeconds(20)
                .receiveRequestAttemptId("attempt-1")
                .build());
    // Unlike Query, JSON has both lists in the model: each is sent as given, nothing merged.
    assertJson(
        body,
        """
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q",
         "AttributeNames": ["SentTimestamp"],
         "MessageSystemAttributeNames": ["SentTimestamp", "MessageGroupId"],
         "MessageAttributeNames": ["color", "trace.*"],
         "MaxNumberOfMessages": 10,
         "VisibilityTimeout": 30,
         "WaitTimeSeconds": 20,
         "ReceiveRequestAttemptId": "attempt-1"}
        """);
    JsonNode tree = tree(body);
    for (String number : List.of("MaxNumberOfMessages", "VisibilityTimeout", "WaitTimeSeconds")) {
      assertThat(tree.get(number).isIntegralNumber()).as(number).isTrue();
    }
  }

  @Test
  void receiveMessageWithOnlySystemAttributeNamesSendsNoAttributeNames() {
    assertJson(
        JsonMarshaller.receiveMessage(
            ReceiveMessageRequest.builder()
                .queueUrl(URL)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                .build()),
        """
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q",
         "MessageSystemAttributeNames": ["All"]}
        """);
  }

  @Test
  void receiveMessageOmitsNullMembersAndEmptyLists() {
    assertJson(
        JsonMarshaller.receiveMessage(
            ReceiveMessageRequest.builder()
                .queueUrl(URL)
                .attributeNames(List.<String>of())
                .messageSystemAttributeNames(List.<String>of())
                .messageAttributeNames(List.<String>of())
                .maxNumberOfMessages(null)
                .receiveRequestAttemptId(null)
                .build()),
        """
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q"}
        """);
  }

  @Test
  void removePermission() {
    assertJson(
        JsonMarshaller.removePermission(
            RemovePermissionRequest.builder().queueUrl(URL).label("l1").build()),
        """
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q", "Label": "l1"}
        """);
  }

  @Test
  void sendMessageWritesStringNumberBinaryAndSystemAttributes() {
    assertJson(
        JsonMarshaller.sendMessage(
            SendMessageRequest.builder()
                .queueUrl(URL)
                .messageBody("hello wörld & more")
                .delaySeconds(5)
                .messageAttribute("color", MessageAttributeValue.ofString("red"))
                .messageAttribute("count", new MessageAttributeValue("Number.int", "42", null))
                .messageAttribute(
                    "blob", MessageAttributeValue.ofBinary(new byte[] {0, 1, 2, (byte) 0xff}))
                .messageSystemAttribute(
                    MessageSystemAttributeNameForSends.AWS_TRACE_HEADER,
                    MessageAttributeValue.ofString(
                        "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1"))
                .messageDeduplicationId("d1")
                .messageGroupId("g1")
                .build()),
        """
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q",
         "MessageBody": "hello wörld & more",
         "DelaySeconds": 5,
         "MessageAttributes": {
           "color": {"DataType": "String", "StringValue": "red"},
           "count": {"DataType": "Number.int", "StringValue": "42"},
           "blob": {"DataType": "Binary", "BinaryValue": "AAEC/w=="}},
         "MessageSystemAttributes": {
           "AWSTraceHeader": {
             "DataType": "String",
             "StringValue": "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1"}},
         "MessageDeduplicationId": "d1",
         "MessageGroupId": "g1"}
        """);
  }

  @Test
  void sendMessageExactBodyWithRequiredMembersOnly() {
    byte[] body =
        JsonMarshaller.sendMessage(
            SendMessageRequest.builder().queueUrl(URL).messageBody("hi").build());
    assertThat(text(body))
        .isEqualTo(
            "{\"QueueUrl\":\"https://sqs.us-east-1.amazonaws.com/123456789012/q\","
                + "\"MessageBody\":\"hi\"}");
  }

  @Test
  void sendMessageExactBodyFollowsTheModelMemberOrder() {
    // Set in another order than the model's on purpose: the body must not follow the builder.
    byte[] body =
        JsonMarshaller.sendMessage(
            SendMessageRequest.builder()
                .messageGroupId("g1")
                .messageDeduplicationId("d1")
                .messageSystemAttribute(
                    MessageSystemAttributeNameForSends.AWS_TRACE_HEADER,
                    MessageAttributeValue.ofString("Root=1"))
                .messageAttribute("n", MessageAttributeValue.ofNumber(7))
                .messageAttribute("b", MessageAttributeValue.ofBinary(new byte[] {1}))
                .delaySeconds(0)
                .messageBody("hi")
                .queueUrl(URL)
                .build());
    // Model order: QueueUrl, MessageBody, DelaySeconds, MessageAttributes, MessageSystemAttributes,
    // MessageDeduplicationId, MessageGroupId; in MessageAttributeValue: StringValue, BinaryValue,
    // ..., DataType. Map entries keep the caller's order.
    assertThat(text(body))
        .isEqualTo(
            "{\"QueueUrl\":\"https://sqs.us-east-1.amazonaws.com/123456789012/q\","
                + "\"MessageBody\":\"hi\",\"DelaySeconds\":0,"
                + "\"MessageAttributes\":{"
                + "\"n\":{\"StringValue\":\"7\",\"DataType\":\"Number\"},"
                + "\"b\":{\"BinaryValue\":\"AQ==\",\"DataType\":\"Binary\"}},"
                + "\"MessageSystemAttributes\":{"
                + "\"AWSTraceHeader\":{\"StringValue\":\"Root=1\",\"DataType\":\"String\"}},"
                + "\"MessageDeduplicationId\":\"d1\",\"MessageGroupId\":\"g1\"}");
  }

  @Test
  void sendMessageBodyWithQuotesBackslashControlCharsEmojiAndNonAsciiRoundTrips() {
    String messageBody =
        "q\"uote\" back\\slash /slash\b\f\n\r\t \u0000\u0001\u001f\u007f"
            + " \u00e9\u00fc\u00df \u4e2d\u6587 \u2028\u2029 \ud83d\ude00\ud83c\udf89 end";
    byte[] body =
        JsonMarshaller.sendMessage(
            SendMessageRequest.builder().queueUrl(URL).messageBody(messageBody).build());

    // tree(): strict UTF-8 (a surrogate encoded on its own, CESU-8 style, fails) and strict JSON
    // (an unescaped control character inside a string fails the parse)
    JsonNode tree = tree(body);
    assertThat(tree.get("MessageBody").isTextual()).isTrue();
    assertThat(tree.get("MessageBody").textValue()).isEqualTo(messageBody);
  }

  @Test
  void attributeNamesAndValuesAreEscapedToo() {
    String key = "k\"\\\n\ud83d\ude00";
    String value = "v\"\\\u0002\u00e9";
    byte[] body =
        JsonMarshaller.sendMessage(
            SendMessageRequest.builder()
                .queueUrl(URL)
                .messageBody("x")
                .messageAttribute(key, MessageAttributeValue.ofString(value))
                .build());
    JsonNode attribute = tree(body).get("MessageAttributes").get(key);
    assertThat(attribute).isNotNull();
    assertThat(attribute.get("StringValue").textValue()).isEqualTo(value);
  }

  @Test
  void sendMessageBatchNestsAttributesUnderEachEntry() {
    assertJson(
        JsonMarshaller.sendMessageBatch(
            SendMessageBatchRequest.builder()
                .queueUrl(URL)
                .entries(
                    SendMessageBatchRequestEntry.builder()
                        .id("m1")
                        .messageBody("one")
                        .delaySeconds(1)
                        .messageAttribute("bin", MessageAttributeValue.ofBinary(new byte[] {1}))
                        .build(),
                    SendMessageBatchRequestEntry.builder()
                        .id("m2")
                        .messageBody("two")
                        .messageAttribute("n", MessageAttributeValue.ofNumber(7))
                        .messageSystemAttribute(
                            "AWSTraceHeader", MessageAttributeValue.ofString("Root=1"))
                        .messageGroupId("g")
                        .messageDeduplicationId("d")
                        .build(),
                    SendMessageBatchRequestEntry.builder().id("m3").messageBody("three").build())
                .build()),
        """
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q",
         "Entries": [
           {"Id": "m1", "MessageBody": "one", "DelaySeconds": 1,
            "MessageAttributes": {"bin": {"DataType": "Binary", "BinaryValue": "AQ=="}}},
           {"Id": "m2", "MessageBody": "two",
            "MessageAttributes": {"n": {"DataType": "Number", "StringValue": "7"}},
            "MessageSystemAttributes": {
              "AWSTraceHeader": {"DataType": "String", "StringValue": "Root=1"}},
            "MessageDeduplicationId": "d",
            "MessageGroupId": "g"},
           {"Id": "m3", "MessageBody": "three"}]}
        """);
  }

  @Test
  void setQueueAttributes() {
    assertJson(
        JsonMarshaller.setQueueAttributes(
            SetQueueAttributesRequest.builder()
                .queueUrl(URL)
                .attribute(QueueAttributeName.VISIBILITY_TIMEOUT, "45")
                .attribute(QueueAttributeName.DELAY_SECONDS, "0")
                .build()),
        """
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q",
         "Attributes": {"VisibilityTimeout": "45", "DelaySeconds": "0"}}
        """);
  }

  @Test
  void startMessageMoveTask() {
    assertJson(
        JsonMarshaller.startMessageMoveTask(
            StartMessageMoveTaskRequest.builder()
                .sourceArn(DLQ_ARN)
                .destinationArn("arn:aws:sqs:us-east-1:123456789012:q")
                .maxNumberOfMessagesPerSecond(50)
                .build()),
        """
        {"SourceArn": "arn:aws:sqs:us-east-1:123456789012:dlq",
         "DestinationArn": "arn:aws:sqs:us-east-1:123456789012:q",
         "MaxNumberOfMessagesPerSecond": 50}
        """);
  }

  @Test
  void startMessageMoveTaskWithOnlyTheSource() {
    assertJson(
        JsonMarshaller.startMessageMoveTask(
            StartMessageMoveTaskRequest.builder().sourceArn(DLQ_ARN).build()),
        """
        {"SourceArn": "arn:aws:sqs:us-east-1:123456789012:dlq"}
        """);
  }

  @Test
  void tagQueueKeepsAnEmptyTagValue() {
    assertJson(
        JsonMarshaller.tagQueue(
            TagQueueRequest.builder().queueUrl(URL).tag("k1", "v1").tag("k2", "").build()),
        """
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q",
         "Tags": {"k1": "v1", "k2": ""}}
        """);
  }

  @Test
  void untagQueue() {
    assertJson(
        JsonMarshaller.untagQueue(
            UntagQueueRequest.builder().queueUrl(URL).tagKeys("k1", "k2").build()),
        """
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q",
         "TagKeys": ["k1", "k2"]}
        """);
  }

  @Test
  void emptyMapsAreOmitted() {
    assertJson(
        JsonMarshaller.setQueueAttributes(
            SetQueueAttributesRequest.builder().queueUrl(URL).attributes(Map.of()).build()),
        """
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q"}
        """);
    assertJson(
        JsonMarshaller.sendMessage(
            SendMessageRequest.builder()
                .queueUrl(URL)
                .messageBody("x")
                .messageAttributes(Map.of())
                .messageSystemAttributes(Map.of())
                .build()),
        """
        {"QueueUrl": "https://sqs.us-east-1.amazonaws.com/123456789012/q", "MessageBody": "x"}
        """);
  }
}

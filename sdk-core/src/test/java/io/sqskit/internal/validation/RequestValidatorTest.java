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
package io.sqskit.internal.validation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.model.AddPermissionRequest;
import io.sqskit.model.ChangeMessageVisibilityBatchRequest;
import io.sqskit.model.ChangeMessageVisibilityBatchRequestEntry;
import io.sqskit.model.ChangeMessageVisibilityRequest;
import io.sqskit.model.CreateQueueRequest;
import io.sqskit.model.DeleteMessageBatchRequest;
import io.sqskit.model.DeleteMessageBatchRequestEntry;
import io.sqskit.model.DeleteMessageRequest;
import io.sqskit.model.ListMessageMoveTasksRequest;
import io.sqskit.model.ListQueuesRequest;
import io.sqskit.model.MessageAttributeValue;
import io.sqskit.model.ReceiveMessageRequest;
import io.sqskit.model.SendMessageBatchRequest;
import io.sqskit.model.SendMessageBatchRequestEntry;
import io.sqskit.model.SendMessageRequest;
import io.sqskit.model.SetQueueAttributesRequest;
import io.sqskit.model.StartMessageMoveTaskRequest;
import io.sqskit.model.TagQueueRequest;
import io.sqskit.model.UntagQueueRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each fail-fast rule with its exact message, and the edges SQS accepts. */
class RequestValidatorTest {
  private static final String URL = "https://sqs.us-east-1.amazonaws.com/123456789012/q";

  private static SendMessageRequest.Builder send() {
    return SendMessageRequest.builder().queueUrl(URL).messageBody("b");
  }

  private static SendMessageBatchRequestEntry entry(String id) {
    return SendMessageBatchRequestEntry.builder().id(id).messageBody("b").build();
  }

  @Test
  void aMissingQueueUrlIsNamed() {
    assertThatThrownBy(
            () ->
                RequestValidator.sendMessage(SendMessageRequest.builder().messageBody("b").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The request must contain the parameter QueueUrl.");
  }

  @Test
  void anEmptyBodyIsAMissingBodyAsSqsSays() {
    assertThatThrownBy(() -> RequestValidator.sendMessage(send().messageBody("").build()))
        .hasMessage("The request must contain the parameter MessageBody.");
  }

  @Test
  void maxNumberOfMessagesOutsideOneToTen() {
    for (int bad : new int[] {0, 11}) {
      assertThatThrownBy(
              () ->
                  RequestValidator.receiveMessage(
                      ReceiveMessageRequest.builder()
                          .queueUrl(URL)
                          .maxNumberOfMessages(bad)
                          .build()))
          .hasMessage(
              "Value "
                  + bad
                  + " for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and"
                  + " 10, if provided.");
    }
  }

  @Test
  void waitTimeSecondsOutsideZeroToTwenty() {
    assertThatThrownBy(
            () ->
                RequestValidator.receiveMessage(
                    ReceiveMessageRequest.builder().queueUrl(URL).waitTimeSeconds(21).build()))
        .hasMessage(
            "Value 21 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if"
                + " provided.");
    assertThatThrownBy(
            () ->
                RequestValidator.receiveMessage(
                    ReceiveMessageRequest.builder().queueUrl(URL).waitTimeSeconds(-1).build()))
        .hasMessage(
            "Value -1 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if"
                + " provided.");
  }

  @Test
  void receiveEdgesSqsAccepts() {
    assertThatCode(
            () ->
                RequestValidator.receiveMessage(
                    ReceiveMessageRequest.builder()
                        .queueUrl(URL)
                        .maxNumberOfMessages(10)
                        .waitTimeSeconds(20)
                        .visibilityTimeout(43_200)
                        .build()))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                RequestValidator.receiveMessage(
                    ReceiveMessageRequest.builder()
                        .queueUrl(URL)
                        .maxNumberOfMessages(1)
                        .waitTimeSeconds(0)
                        .visibilityTimeout(0)
                        .build()))
        .doesNotThrowAnyException();
  }

  @Test
  void visibilityTimeoutAboveTwelveHours() {
    assertThatThrownBy(
            () ->
                RequestValidator.changeMessageVisibility(
                    ChangeMessageVisibilityRequest.builder()
                        .queueUrl(URL)
                        .receiptHandle("rh")
                        .visibilityTimeout(43_201)
                        .build()))
        .hasMessage(
            "Value 43201 for parameter VisibilityTimeout is invalid. Reason: Must be >= 0 and <="
                + " 43200, if provided.");
    assertThatThrownBy(
            () ->
                RequestValidator.changeMessageVisibility(
                    ChangeMessageVisibilityRequest.builder()
                        .queueUrl(URL)
                        .receiptHandle("rh")
                        .build()))
        .hasMessage("The request must contain the parameter VisibilityTimeout.");
  }

  @Test
  void delaySecondsAboveFifteenMinutes() {
    assertThatThrownBy(() -> RequestValidator.sendMessage(send().delaySeconds(901).build()))
        .hasMessage(
            "Value 901 for parameter DelaySeconds is invalid. Reason: Must be >= 0 and <= 900, if"
                + " provided.");
    assertThatCode(() -> RequestValidator.sendMessage(send().delaySeconds(900).build()))
        .doesNotThrowAnyException();
  }

  @Test
  void atMostTenMessageAttributes() {
    SendMessageRequest.Builder b = send();
    for (int i = 0; i < 11; i++) {
      b.messageAttribute("a" + i, MessageAttributeValue.ofString("v"));
    }
    assertThatThrownBy(() -> RequestValidator.sendMessage(b.build()))
        .hasMessage(
            "Number of message attributes [11] exceeds the allowed maximum [10] (parameter"
                + " MessageAttribute).");
  }

  @Test
  void anEmptyStringAttributeIsRejectedInSqsWords() {
    assertThatThrownBy(
            () ->
                RequestValidator.sendMessage(
                    send()
                        .messageAttribute("ErrorDetails", MessageAttributeValue.ofString(""))
                        .build()))
        .hasMessage(
            "Message (user) attribute 'ErrorDetails' must contain a non-empty value of type"
                + " 'String'.");
  }

  @Test
  void aBinaryAttributeNeedsBytes() {
    assertThatThrownBy(
            () ->
                RequestValidator.sendMessage(
                    send()
                        .messageAttribute("b", MessageAttributeValue.ofBinary(new byte[0]))
                        .build()))
        .hasMessage(
            "Message (user) attribute 'b' must contain a non-empty value of type 'Binary'.");
  }

  @Test
  void anUnknownDataTypeIsRejected() {
    assertThatThrownBy(
            () ->
                RequestValidator.sendMessage(
                    send()
                        .messageAttribute("x", new MessageAttributeValue("Date", "2020", null))
                        .build()))
        .hasMessage(
            "Message (user) attribute 'x' has invalid data type 'Date': must be String, Number or"
                + " Binary, optionally followed by .<custom type>.");
  }

  @Test
  void customDataTypesAreAccepted() {
    assertThatCode(
            () ->
                RequestValidator.sendMessage(
                    send()
                        .messageAttribute(
                            "f", new MessageAttributeValue("Number.float", "1.5", null))
                        .messageAttribute(
                            "g", new MessageAttributeValue("Binary.gif", null, new byte[] {1}))
                        .messageAttribute("s", new MessageAttributeValue("String.json", "{}", null))
                        .build()))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"AWS.x", "amazon.y", ".lead", "trail.", "dou..ble", "sp ace", "ü"})
  void reservedOrMalformedAttributeNamesAreRejected(String name) {
    assertThatThrownBy(
            () ->
                RequestValidator.sendMessage(
                    send().messageAttribute(name, MessageAttributeValue.ofString("v")).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Value " + name + " for parameter MessageAttribute.Name is invalid. Reason: ");
  }

  @Test
  void attributeNamesWithPeriodsHyphensAndUnderscoresAreAccepted() {
    assertThatCode(
            () ->
                RequestValidator.sendMessage(
                    send()
                        .messageAttribute("my.attr-name_1", MessageAttributeValue.ofString("v"))
                        .messageAttribute("AWSome", MessageAttributeValue.ofString("v"))
                        .build()))
        .doesNotThrowAnyException();
  }

  @Test
  void aVeryLargeBodyIsLeftToSqsWhichKnowsTheQueueLimit() {
    assertThatCode(
            () -> RequestValidator.sendMessage(send().messageBody("x".repeat(2_000_000)).build()))
        .doesNotThrowAnyException();
  }

  @Test
  void fifoIdsAtMost128Characters() {
    assertThatThrownBy(
            () -> RequestValidator.sendMessage(send().messageGroupId("g".repeat(129)).build()))
        .hasMessageStartingWith("Value ggg")
        .hasMessageEndingWith(
            "for parameter MessageGroupId is invalid. Reason: Must be at most 128 characters"
                + " long.");
    assertThatCode(
            () ->
                RequestValidator.sendMessage(
                    send().messageDeduplicationId("d".repeat(128)).build()))
        .doesNotThrowAnyException();
  }

  @Test
  void anEmptyBatchIsRejected() {
    assertThatThrownBy(
            () ->
                RequestValidator.sendMessageBatch(
                    SendMessageBatchRequest.builder().queueUrl(URL).build()))
        .hasMessage("There should be at least one SendMessageBatchRequestEntry in the request.");
    assertThatThrownBy(
            () ->
                RequestValidator.deleteMessageBatch(
                    DeleteMessageBatchRequest.builder().queueUrl(URL).build()))
        .hasMessage("There should be at least one DeleteMessageBatchRequestEntry in the request.");
  }

  @Test
  void moreThanTenEntriesAreRejectedInSqsWords() {
    List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      entries.add(entry("e" + i));
    }
    assertThatThrownBy(
            () ->
                RequestValidator.sendMessageBatch(
                    SendMessageBatchRequest.builder().queueUrl(URL).entries(entries).build()))
        .hasMessage("Maximum number of entries per request are 10. You have sent 20.");
  }

  @Test
  void tenEntriesAreAccepted() {
    List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      entries.add(entry("e" + i));
    }
    assertThatCode(
            () ->
                RequestValidator.sendMessageBatch(
                    SendMessageBatchRequest.builder().queueUrl(URL).entries(entries).build()))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a.b", "a b", "é"})
  void batchIdsOfOtherCharactersAreRejected(String id) {
    assertThatThrownBy(
            () ->
                RequestValidator.sendMessageBatch(
                    SendMessageBatchRequest.builder().queueUrl(URL).entries(entry(id)).build()))
        .hasMessage(
            "Value "
                + id
                + " for parameter SendMessageBatchRequestEntry.1.Id is invalid. Reason: A batch"
                + " entry id can only contain alphanumeric characters, hyphens and underscores. It"
                + " can be at most 80 letters long.");
  }

  @Test
  void batchIdsOfEightyCharactersAreAcceptedAndEightyOneRejected() {
    assertThatCode(
            () ->
                RequestValidator.sendMessageBatch(
                    SendMessageBatchRequest.builder()
                        .queueUrl(URL)
                        .entries(entry("A-_9".repeat(20)))
                        .build()))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                RequestValidator.sendMessageBatch(
                    SendMessageBatchRequest.builder()
                        .queueUrl(URL)
                        .entries(entry("a".repeat(81)))
                        .build()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void repeatedBatchIdsAreRejected() {
    assertThatThrownBy(
            () ->
                RequestValidator.deleteMessageBatch(
                    DeleteMessageBatchRequest.builder()
                        .queueUrl(URL)
                        .entries(
                            new DeleteMessageBatchRequestEntry("x", "rh1"),
                            new DeleteMessageBatchRequestEntry("x", "rh2"))
                        .build()))
        .hasMessage(
            "Value x for parameter DeleteMessageBatchRequestEntry.2.Id is invalid. Reason: Id x"
                + " repeated.");
  }

  @Test
  void batchEntriesAreValidatedLikeSingleCalls() {
    assertThatThrownBy(
            () ->
                RequestValidator.sendMessageBatch(
                    SendMessageBatchRequest.builder()
                        .queueUrl(URL)
                        .entries(
                            entry("a"),
                            SendMessageBatchRequestEntry.builder()
                                .id("b")
                                .messageBody("x")
                                .delaySeconds(-1)
                                .build())
                        .build()))
        .hasMessage(
            "Value -1 for parameter SendMessageBatchRequestEntry.2.DelaySeconds is invalid. Reason:"
                + " Must be >= 0 and <= 900, if provided.");
    assertThatThrownBy(
            () ->
                RequestValidator.changeMessageVisibilityBatch(
                    ChangeMessageVisibilityBatchRequest.builder()
                        .queueUrl(URL)
                        .entries(new ChangeMessageVisibilityBatchRequestEntry("a", null, 10))
                        .build()))
        .hasMessage(
            "The request must contain the parameter"
                + " ChangeMessageVisibilityBatchRequestEntry.1.ReceiptHandle.");
  }

  @Test
  void ruleFailuresInsideABatchNameTheEntry() {
    SendMessageBatchRequestEntry bad =
        SendMessageBatchRequestEntry.builder()
            .id("b")
            .messageBody("x")
            .messageAttribute("AWS.reserved", MessageAttributeValue.ofString("v"))
            .build();
    assertThatThrownBy(
            () ->
                RequestValidator.sendMessageBatch(
                    SendMessageBatchRequest.builder()
                        .queueUrl(URL)
                        .entries(entry("a"), bad)
                        .build()))
        .hasMessageStartingWith(
            "Value AWS.reserved for parameter SendMessageBatchRequestEntry.2.MessageAttribute.Name"
                + " is invalid. Reason: ");
    SendMessageBatchRequestEntry noBody = SendMessageBatchRequestEntry.builder().id("c").build();
    assertThatThrownBy(
            () ->
                RequestValidator.sendMessageBatch(
                    SendMessageBatchRequest.builder().queueUrl(URL).entries(noBody).build()))
        .hasMessage(
            "The request must contain the parameter SendMessageBatchRequestEntry.1.MessageBody.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "has space", "dot.in.name", "a.fifo.fifo", ".fifo"})
  void queueNamesOfOtherCharactersAreRejected(String name) {
    assertThatThrownBy(
            () ->
                RequestValidator.createQueue(CreateQueueRequest.builder().queueName(name).build()))
        .hasMessage(
            "Value "
                + name
                + " for parameter QueueName is invalid. Reason: Can only include alphanumeric"
                + " characters, hyphens, or underscores. 1 to 80 in length.");
  }

  @Test
  void queueNamesUpToEightyCharactersIncludingFifoSuffixAreAccepted() {
    assertThatCode(
            () ->
                RequestValidator.createQueue(
                    CreateQueueRequest.builder().queueName("q".repeat(80)).build()))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                RequestValidator.createQueue(
                    CreateQueueRequest.builder().queueName("q".repeat(75) + ".fifo").build()))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                RequestValidator.createQueue(
                    CreateQueueRequest.builder().queueName("q".repeat(76) + ".fifo").build()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void requiredListsAndMapsMustNotBeEmpty() {
    assertThatThrownBy(
            () ->
                RequestValidator.addPermission(
                    AddPermissionRequest.builder()
                        .queueUrl(URL)
                        .label("l")
                        .actions("SendMessage")
                        .build()))
        .hasMessage("The request must contain the parameter AWSAccountId.1.");
    assertThatThrownBy(
            () -> RequestValidator.tagQueue(TagQueueRequest.builder().queueUrl(URL).build()))
        .hasMessage("The request must contain the parameter Tag.1.Key.");
    assertThatThrownBy(
            () -> RequestValidator.untagQueue(UntagQueueRequest.builder().queueUrl(URL).build()))
        .hasMessage("The request must contain the parameter TagKey.1.");
    assertThatThrownBy(
            () ->
                RequestValidator.setQueueAttributes(
                    SetQueueAttributesRequest.builder().queueUrl(URL).build()))
        .hasMessage("The request must contain the parameter Attribute.1.Name.");
    assertThatThrownBy(
            () ->
                RequestValidator.deleteMessage(
                    DeleteMessageRequest.builder().queueUrl(URL).build()))
        .hasMessage("The request must contain the parameter ReceiptHandle.");
  }

  @Test
  void pagingAndMoveTaskLimits() {
    assertThatThrownBy(
            () -> RequestValidator.listQueues(ListQueuesRequest.builder().maxResults(1001).build()))
        .hasMessage(
            "Value 1001 for parameter MaxResults is invalid. Reason: Must be >= 1 and <= 1000, if"
                + " provided.");
    assertThatThrownBy(
            () ->
                RequestValidator.listMessageMoveTasks(
                    ListMessageMoveTasksRequest.builder().sourceArn("arn").maxResults(11).build()))
        .hasMessage(
            "Value 11 for parameter MaxResults is invalid. Reason: Must be >= 1 and <= 10, if"
                + " provided.");
    assertThatThrownBy(
            () ->
                RequestValidator.startMessageMoveTask(
                    StartMessageMoveTaskRequest.builder()
                        .sourceArn("arn")
                        .maxNumberOfMessagesPerSecond(501)
                        .build()))
        .hasMessage(
            "Value 501 for parameter MaxNumberOfMessagesPerSecond is invalid. Reason: Must be >= 1"
                + " and <= 500, if provided.");
    assertThatThrownBy(
            () ->
                RequestValidator.startMessageMoveTask(
                    StartMessageMoveTaskRequest.builder().build()))
        .hasMessage("The request must contain the parameter SourceArn.");
  }
}

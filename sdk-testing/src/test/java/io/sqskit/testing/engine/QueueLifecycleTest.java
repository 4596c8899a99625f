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

class QueueLifecycleTest extends EngineTestSupport {

  @Test
  void createQueueReturnsUrlFromBaseUrlAccountAndName() {
    assertThat(createQueue("orders")).isEqualTo("http://127.0.0.1:9324/123456789012/orders");
  }

  @Test
  void createQueueUsesTheContextAccountWhenGiven() {
    RequestContext other = new RequestContext("999999999999", "http://localhost:4566", null);
    Map<String, Object> out = engine.execute(other, "CreateQueue", map("QueueName", "q"));
    assertThat(out).containsEntry("QueueUrl", "http://localhost:4566/999999999999/q");
    assertThat(call("ListQueues")).doesNotContainKey("QueueUrls");
  }

  @Test
  void createQueueWithSameAttributesReturnsTheExistingUrl() {
    String first = createQueue("q", "DelaySeconds", "5");
    assertThat(createQueue("q", "DelaySeconds", "5")).isEqualTo(first);
  }

  @Test
  void createQueueWithDifferentAttributeFailsWithQueueAlreadyExists() {
    createQueue("q", "DelaySeconds", "5");
    SqsError e = error(() -> createQueue("q", "DelaySeconds", "6"));
    assertError(
        e,
        SqsErrorCode.QUEUE_NAME_EXISTS,
        400,
        "A queue already exists with the same name and a different value for attribute"
            + " DelaySeconds");
    assertThat(e.code().queryCode()).isEqualTo("QueueAlreadyExists");
  }

  @Test
  void createQueueComparesOnlyTheAttributesItNames() {
    // Recorded (test_create_queue_with_different_attributes_raises_exception): no attributes, or a
    // matching subset, returns the existing URL; the omitted ones are not compared with defaults.
    String first = createQueue("q", "DelaySeconds", "5", "VisibilityTimeout", "40");
    assertThat(createQueue("q")).isEqualTo(first);
    assertThat(createQueue("q", "VisibilityTimeout", "40")).isEqualTo(first);
    SqsError e = error(() -> createQueue("q", "VisibilityTimeout", "40", "DelaySeconds", "0"));
    assertThat(e.getMessage()).endsWith("attribute DelaySeconds");
  }

  @Test
  void createFifoQueueWithDifferentContentBasedDeduplicationFails() {
    createFifoQueue("q.fifo", "ContentBasedDeduplication", "true");
    SqsError e = error(() -> createFifoQueue("q.fifo", "ContentBasedDeduplication", "false"));
    assertThat(e.getMessage())
        .isEqualTo(
            "A queue already exists with the same name and a different value for attribute"
                + " ContentBasedDeduplication");
  }

  @Test
  void queueNameWithInvalidCharactersIsRejected() {
    SqsError e = error(() -> createQueue("bad name"));
    assertError(
        e,
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
  }

  @Test
  void queueNameOfEightyOneCharactersIsRejectedAndEightyAccepted() {
    assertThat(createQueue("a".repeat(80))).endsWith("/" + "a".repeat(80));
    assertThat(error(() -> createQueue("a".repeat(81))).code())
        .isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
  }

  @Test
  void fifoSuffixWithoutFifoAttributeIsRejected() {
    assertThat(error(() -> createQueue("q.fifo")).code())
        .isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
  }

  @Test
  void fifoAttributeTrueOnANameWithoutFifoSuffixIsAnInvalidFifoName() {
    SqsError e = error(() -> createQueue("q", "FifoQueue", "true"));
    assertError(
        e,
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "The name of a FIFO queue can only include alphanumeric characters, hyphens, or"
            + " underscores, must end with .fifo suffix and be 1 to 80 in length.");
  }

  @Test
  void fifoAttributeFalseOnStandardNameIsUnknownAttribute() {
    SqsError e = error(() -> createQueue("q", "FifoQueue", "false"));
    assertError(e, SqsErrorCode.INVALID_ATTRIBUTE_NAME, 400, "Unknown Attribute FifoQueue.");
  }

  @Test
  void missingQueueNameIsMissingParameter() {
    SqsError e = error(() -> call("CreateQueue"));
    assertError(
        e,
        SqsErrorCode.MISSING_PARAMETER,
        400,
        "The request must contain the parameter QueueName.");
  }

  @Test
  void getQueueUrlFindsQueueByName() {
    String url = createQueue("q");
    assertThat(call("GetQueueUrl", "QueueName", "q")).containsEntry("QueueUrl", url);
  }

  @Test
  void getQueueUrlOfOtherAccountUsesQueueOwnerAccountId() {
    engine.execute(
        new RequestContext("210987654321", BASE, null), "CreateQueue", map("QueueName", "shared"));
    assertThat(call("GetQueueUrl", "QueueName", "shared", "QueueOwnerAWSAccountId", "210987654321"))
        .containsEntry("QueueUrl", BASE + "/210987654321/shared");
  }

  @Test
  void unknownQueueGivesQueueDoesNotExistWithProtocolSpecificTexts() {
    SqsError e = error(() -> call("GetQueueUrl", "QueueName", "nope"));
    assertError(e, SqsErrorCode.QUEUE_DOES_NOT_EXIST, 400, "The specified queue does not exist.");
    assertThat(e.queryMessage())
        .isEqualTo("The specified queue does not exist for this wsdl version.");
    assertThat(e.code().queryCode()).isEqualTo("AWS.SimpleQueueService.NonExistentQueue");
  }

  @Test
  void queueUrlResolvesByPathWhateverTheHost() {
    createQueue("q");
    send("https://sqs.eu-west-1.amazonaws.com/123456789012/q", "x");
    assertThat(receive("http://localhost:1/123456789012/q")).hasSize(1);
  }

  @Test
  void queueUrlOfOtherAccountIsNotFound() {
    createQueue("q");
    assertThat(error(() -> send(BASE + "/000000000001/q", "x")).code())
        .isEqualTo(SqsErrorCode.QUEUE_DOES_NOT_EXIST);
  }

  @Test
  void malformedQueueUrlIsInvalidAddress() {
    SqsError e = error(() -> send("not a url", "x"));
    assertThat(e.code()).isEqualTo(SqsErrorCode.INVALID_ADDRESS);
  }

  @Test
  void listQueuesFiltersByPrefix() {
    createQueue("alpha-1");
    createQueue("alpha-2");
    createQueue("beta");
    assertThat(call("ListQueues", "QueueNamePrefix", "alpha"))
        .containsEntry(
            "QueueUrls", List.of(BASE + "/123456789012/alpha-1", BASE + "/123456789012/alpha-2"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void listQueuesPagesWithMaxResultsAndNextToken() {
    for (int i = 0; i < 5; i++) {
      createQueue("q-" + i);
    }
    Map<String, Object> first = call("ListQueues", "MaxResults", 2);
    assertThat((List<Object>) first.get("QueueUrls")).hasSize(2);
    assertThat(first).containsKey("NextToken");
    Map<String, Object> second =
        call("ListQueues", "MaxResults", 2, "NextToken", first.get("NextToken"));
    assertThat((List<Object>) second.get("QueueUrls"))
        .containsExactly(BASE + "/123456789012/q-2", BASE + "/123456789012/q-3");
    Map<String, Object> last =
        call("ListQueues", "MaxResults", 2, "NextToken", second.get("NextToken"));
    assertThat((List<Object>) last.get("QueueUrls")).containsExactly(BASE + "/123456789012/q-4");
    assertThat(last).doesNotContainKey("NextToken");
  }

  @Test
  void listQueuesWithoutMaxResultsHasNoNextToken() {
    createQueue("a");
    assertThat(call("ListQueues")).doesNotContainKey("NextToken");
  }

  @Test
  void listQueuesRejectsMaxResultsOutOfRange() {
    assertThat(error(() -> call("ListQueues", "MaxResults", 1001)).code())
        .isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
    assertThat(error(() -> call("ListQueues", "MaxResults", 0)).code())
        .isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
  }

  @Test
  void deletedQueueIsGone() {
    String url = createQueue("q");
    call("DeleteQueue", "QueueUrl", url);
    assertThat(error(() -> send(url, "x")).code()).isEqualTo(SqsErrorCode.QUEUE_DOES_NOT_EXIST);
    assertThat(error(() -> call("DeleteQueue", "QueueUrl", url)).code())
        .isEqualTo(SqsErrorCode.QUEUE_DOES_NOT_EXIST);
  }

  @Test
  void recreatingDeletedQueueWithinSixtySecondsFailsAndAfterwardsSucceeds() {
    String url = createQueue("q");
    send(url, "old");
    call("DeleteQueue", "QueueUrl", url);
    advance(59);
    SqsError e = error(() -> createQueue("q"));
    assertError(
        e,
        SqsErrorCode.QUEUE_DELETED_RECENTLY,
        400,
        "You must wait 60 seconds after deleting a queue before you can create another with the"
            + " same name.");
    advance(1);
    assertThat(createQueue("q")).isEqualTo(url);
    assertThat(receive(url)).isEmpty();
  }

  @Test
  void unknownActionIsInvalidAction() {
    assertThat(error(() -> call("FlyAway")).code()).isEqualTo(SqsErrorCode.INVALID_ACTION);
  }
}

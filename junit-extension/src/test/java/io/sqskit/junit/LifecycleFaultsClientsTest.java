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
package io.sqskit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.client.Protocol;
import io.sqskit.client.SqsClient;
import io.sqskit.exception.ReceiptHandleIsInvalidException;
import io.sqskit.model.BatchEntryError;
import io.sqskit.model.DeleteMessageBatchRequestEntry;
import io.sqskit.model.Message;
import io.sqskit.model.SendMessageBatchRequestEntry;
import io.sqskit.model.SendMessageBatchResponse;
import io.sqskit.testing.server.Fault;
import io.sqskit.testing.server.FaultInjector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResultEntry;

/**
 * Partial batch failures and invalid receipt handles as the two clients see them: sqskit's (over
 * both protocols) and the AWS SDK v2's, each answered per entry as SQS answers.
 */
@SqsTest
class LifecycleFaultsClientsTest {

  private static final String INTERNAL_ERROR =
      "We encountered an internal error. Please try again.";

  private static SendMessageBatchRequestEntry entry(String id) {
    return SendMessageBatchRequestEntry.builder().id(id).messageBody("body-" + id).build();
  }

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void theSqskitClientSeesEachFailedEntry(
      Protocol protocol,
      SqsClient injected,
      FaultInjector faults,
      @SqsQueue(name = "orders") String url) {
    try (SqsClient sqs = injected.toBuilder().protocol(protocol).build()) {
      faults.add(Fault.partialBatchFailure(2).action("SendMessageBatch").times(1));

      SendMessageBatchResponse sent =
          sqs.sendMessageBatch(r -> r.queueUrl(url).entries(entry("a"), entry("b"), entry("c")));

      assertThat(sent.successful()).extracting(e -> e.id()).containsExactly("a", "c");
      assertThat(sent.failed())
          .containsExactly(new BatchEntryError("b", false, "InternalError", INTERNAL_ERROR));
      List<Message> got =
          sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages();
      assertThat(got).extracting(Message::body).containsExactlyInAnyOrder("body-a", "body-c");

      faults.add(Fault.receiptHandleInvalid().times(2));
      String handle = got.get(0).receiptHandle();
      var deleted =
          sqs.deleteMessageBatch(
              r -> r.queueUrl(url).entries(new DeleteMessageBatchRequestEntry("d0", handle)));
      assertThat(deleted.successful()).isEmpty();
      assertThat(deleted.failed())
          .containsExactly(
              new BatchEntryError(
                  "d0",
                  true,
                  "ReceiptHandleIsInvalid",
                  "The input receipt handle \"" + handle + "\" is not a valid receipt handle."));
      assertThatThrownBy(() -> sqs.deleteMessage(url, handle))
          .isInstanceOfSatisfying(
              ReceiptHandleIsInvalidException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(404);
                assertThat(e.errorCode()).isEqualTo("ReceiptHandleIsInvalid");
              });
      sqs.deleteMessage(url, handle); // the rule is used up: deleted now
      assertThat(faults.injected(Fault.Kind.RECEIPT_HANDLE_INVALID)).isEqualTo(2);
    }
  }

  private static software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry awsEntry(
      String id) {
    return software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry.builder()
        .id(id)
        .messageBody("body-" + id)
        .build();
  }

  @Test
  void theAwsSdkSeesEachFailedEntryAndTheTypedException(
      software.amazon.awssdk.services.sqs.SqsClient aws,
      FaultInjector faults,
      @SqsQueue(name = "orders") String url) {
    faults.add(
        Fault.partialBatchFailure(3, "InvalidParameterValue", "refused for the test", true)
            .action("SendMessageBatch"));

    var sent =
        aws.sendMessageBatch(
            r -> r.queueUrl(url).entries(awsEntry("a"), awsEntry("b"), awsEntry("c")));

    assertThat(sent.successful())
        .extracting(SendMessageBatchResultEntry::id)
        .containsExactly("a", "b");
    assertThat(sent.failed())
        .containsExactly(
            BatchResultErrorEntry.builder()
                .id("c")
                .senderFault(true)
                .code("InvalidParameterValue")
                .message("refused for the test")
                .build());

    faults.add(Fault.receiptHandleInvalid().action("DeleteMessage"));
    String handle = aws.receiveMessage(r -> r.queueUrl(url)).messages().get(0).receiptHandle();
    assertThatThrownBy(() -> aws.deleteMessage(r -> r.queueUrl(url).receiptHandle(handle)))
        .isInstanceOfSatisfying(
            software.amazon.awssdk.services.sqs.model.ReceiptHandleIsInvalidException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(404);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ReceiptHandleIsInvalid");
            });
  }
}

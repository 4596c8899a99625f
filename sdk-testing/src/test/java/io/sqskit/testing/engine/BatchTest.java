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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchTest extends EngineTestSupport {

  private static List<Object> entries(int n) {
    List<Object> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add(map("Id", "e" + i, "MessageBody", "body-" + i));
    }
    return l;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> out, String key) {
    return (List<Map<String, Object>>) out.getOrDefault(key, List.of());
  }

  @Test
  void sendMessageBatchReportsEachEntry() {
    String url = createQueue("q");
    Map<String, Object> out = call("SendMessageBatch", "QueueUrl", url, "Entries", entries(3));
    assertThat(list(out, "Successful"))
        .extracting(e -> e.get("Id"))
        .containsExactly("e0", "e1", "e2");
    assertThat(list(out, "Successful").get(0)).containsKeys("MessageId", "MD5OfMessageBody");
    assertThat(list(out, "Failed")).isEmpty();
    counts(url, 3, 0, 0);
  }

  @Test
  void invalidEntryFailsAloneWithSenderFault() {
    String url = createQueue("q", "MaximumMessageSize", "1024");
    List<Object> entries =
        List.of(
            map("Id", "big", "MessageBody", "x".repeat(1025)),
            map("Id", "ok", "MessageBody", "fine"));
    Map<String, Object> out = call("SendMessageBatch", "QueueUrl", url, "Entries", entries);
    assertThat(list(out, "Failed"))
        .containsExactly(
            Map.of(
                "Id",
                "big",
                "SenderFault",
                true,
                "Code",
                "InvalidParameterValue",
                "Message",
                "One or more parameters cannot be validated. Reason: Message must be shorter"
                    + " than 1024 bytes."));
    assertThat(list(out, "Successful")).extracting(e -> e.get("Id")).containsExactly("ok");
  }

  @Test
  void emptyBatchIsEmptyBatchRequest() {
    String url = createQueue("q");
    SqsError e = error(() -> call("SendMessageBatch", "QueueUrl", url, "Entries", List.of()));
    assertError(
        e,
        SqsErrorCode.EMPTY_BATCH_REQUEST,
        400,
        "There should be at least one SendMessageBatchRequestEntry in the request.");
    assertThat(error(() -> call("DeleteMessageBatch", "QueueUrl", url)).code())
        .isEqualTo(SqsErrorCode.EMPTY_BATCH_REQUEST);
  }

  @Test
  void moreThanTenEntriesIsTooManyEntriesInBatchRequest() {
    String url = createQueue("q");
    for (String action :
        List.of("SendMessageBatch", "DeleteMessageBatch", "ChangeMessageVisibilityBatch")) {
      SqsError e = error(() -> call(action, "QueueUrl", url, "Entries", entries(20)));
      assertError(
          e,
          SqsErrorCode.TOO_MANY_ENTRIES_IN_BATCH_REQUEST,
          400,
          "Maximum number of entries per request are 10. You have sent 20.");
    }
  }

  @Test
  void malformedEntryIdIsInvalidBatchEntryId() {
    String url = createQueue("q");
    for (String id : List.of("", "invalid:id", "testLongId".repeat(10))) {
      SqsError e =
          error(
              () ->
                  call(
                      "DeleteMessageBatch",
                      "QueueUrl",
                      url,
                      "Entries",
                      List.of(map("Id", id, "ReceiptHandle", "x"))));
      assertError(
          e,
          SqsErrorCode.INVALID_BATCH_ENTRY_ID,
          400,
          "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It"
              + " can be at most 80 letters long.");
    }
  }

  @Test
  void repeatedEntryIdIsBatchEntryIdsNotDistinct() {
    String url = createQueue("q");
    SqsError e =
        error(
            () ->
                call(
                    "SendMessageBatch",
                    "QueueUrl",
                    url,
                    "Entries",
                    List.of(
                        map("Id", "a", "MessageBody", "1"), map("Id", "a", "MessageBody", "2"))));
    assertError(e, SqsErrorCode.BATCH_ENTRY_IDS_NOT_DISTINCT, 400, "Id a repeated.");
  }

  @Test
  void batchLongerThanOneMebibyteIsBatchRequestTooLong() {
    String url = createQueue("q");
    SqsError e =
        error(
            () ->
                call(
                    "SendMessageBatch",
                    "QueueUrl",
                    url,
                    "Entries",
                    List.of(
                        map("Id", "a", "MessageBody", "x".repeat(524_288)),
                        map("Id", "b", "MessageBody", "x".repeat(524_289)))));
    assertError(
        e,
        SqsErrorCode.BATCH_REQUEST_TOO_LONG,
        400,
        "Batch requests cannot be longer than 1048576 bytes. You have sent 1048577 bytes.");
    counts(url, 0, 0, 0);
  }

  @Test
  void deleteMessageBatchDeletesAndReportsBadHandles() {
    String url = createQueue("q");
    call("SendMessageBatch", "QueueUrl", url, "Entries", entries(2));
    List<Map<String, Object>> got = receiveMax(url);
    Map<String, Object> out =
        call(
            "DeleteMessageBatch",
            "QueueUrl",
            url,
            "Entries",
            List.of(
                map("Id", "a", "ReceiptHandle", got.get(0).get("ReceiptHandle")),
                map("Id", "b", "ReceiptHandle", got.get(1).get("ReceiptHandle")),
                map("Id", "c", "ReceiptHandle", "bogus")));
    assertThat(list(out, "Successful")).extracting(e -> e.get("Id")).containsExactly("a", "b");
    assertThat(list(out, "Failed"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f)
                  .containsEntry("Id", "c")
                  .containsEntry("Code", "ReceiptHandleIsInvalid")
                  .containsEntry("SenderFault", true);
            });
    counts(url, 0, 0, 0);
  }

  @Test
  void changeMessageVisibilityBatchChangesEachEntry() {
    String url = createQueue("q");
    call("SendMessageBatch", "QueueUrl", url, "Entries", entries(2));
    List<Map<String, Object>> got = receiveMax(url);
    Map<String, Object> out =
        call(
            "ChangeMessageVisibilityBatch",
            "QueueUrl",
            url,
            "Entries",
            List.of(
                map(
                    "Id",
                    "a",
                    "ReceiptHandle",
                    got.get(0).get("ReceiptHandle"),
                    "VisibilityTimeout",
                    0),
                map(
                    "Id",
                    "b",
                    "ReceiptHandle",
                    got.get(1).get("ReceiptHandle"),
                    "VisibilityTimeout",
                    50000)));
    assertThat(list(out, "Successful")).extracting(e -> e.get("Id")).containsExactly("a");
    assertThat(list(out, "Failed"))
        .extracting(e -> e.get("Code"))
        .containsExactly("InvalidParameterValue");
    counts(url, 1, 1, 0);
  }

  @Test
  void fifoBatchWithoutGroupIdFailsAsAWholeAsRecorded() {
    String url = createFifoQueue("q.fifo", "ContentBasedDeduplication", "true");
    SqsError e = error(() -> call("SendMessageBatch", "QueueUrl", url, "Entries", entries(1)));
    assertError(
        e,
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "The request must contain the parameter MessageGroupId.");
  }

  @Test
  void fifoBatchWithoutDeduplicationIdFailsAsAWholeAsRecorded() {
    String url = createFifoQueue("q.fifo");
    SqsError e =
        error(
            () ->
                call(
                    "SendMessageBatch",
                    "QueueUrl",
                    url,
                    "Entries",
                    List.of(map("Id", "a", "MessageBody", "x", "MessageGroupId", "g"))));
    assertError(
        e,
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId"
            + " provided explicitly");
  }
}

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

import static io.sqskit.testing.engine.MessageEvent.Kind.DEAD_LETTERED;
import static io.sqskit.testing.engine.MessageEvent.Kind.DEAD_LETTER_ARRIVED;
import static io.sqskit.testing.engine.MessageEvent.Kind.DELETED;
import static io.sqskit.testing.engine.MessageEvent.Kind.DELETED_AGAIN;
import static io.sqskit.testing.engine.MessageEvent.Kind.DELETE_WITH_STALE_HANDLE;
import static io.sqskit.testing.engine.MessageEvent.Kind.PURGED;
import static io.sqskit.testing.engine.MessageEvent.Kind.RECEIVED;
import static io.sqskit.testing.engine.MessageEvent.Kind.RETENTION_EXPIRED;
import static io.sqskit.testing.engine.MessageEvent.Kind.SENT;
import static io.sqskit.testing.engine.MessageEvent.Kind.VISIBILITY_CHANGED;
import static io.sqskit.testing.engine.MessageEvent.Kind.VISIBILITY_EXPIRED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MessageHistoryTest extends EngineTestSupport {
  @Override
  SqsEngine.Builder configure(SqsEngine.Builder builder) {
    return builder.recordHistory(true);
  }

  private MessageHistory history(String url, String id) {
    return engine.history(url, id).orElseThrow();
  }

  private static List<MessageEvent.Kind> kinds(MessageHistory h) {
    return h.events().stream().map(MessageEvent::kind).toList();
  }

  @Test
  void sendReceiveDeleteAreRecordedWithHandlesAndTimes() {
    String url = createQueue("q", "VisibilityTimeout", "30");
    String id = send(url, "a");
    advance(2);
    Map<String, Object> m = receive(url).get(0);
    advance(3);
    delete(url, m);

    MessageHistory h = history(url, id);
    assertThat(kinds(h)).containsExactly(SENT, RECEIVED, DELETED);
    assertThat(h.events().get(0).detail()).isEqualTo("SendMessage");
    MessageEvent received = h.events().get(1);
    assertThat(received.at()).isEqualTo(START.plusSeconds(2));
    assertThat(received.receiveCount()).isEqualTo(1);
    assertThat(received.receiptHandle()).isEqualTo(m.get("ReceiptHandle"));
    assertThat(received.visibleAt()).isEqualTo(START.plusSeconds(32));
    assertThat(h.events().get(2).receiptHandle()).isEqualTo(m.get("ReceiptHandle"));
    assertThat(h.events().get(2).at()).isEqualTo(START.plusSeconds(5));
  }

  @Test
  void visibilityExpiryIsRecordedAtTheDeadlineNotWhenNoticed() {
    String url = createQueue("q", "VisibilityTimeout", "10");
    String id = send(url, "a");
    Map<String, Object> first = receive(url).get(0);
    advance(100); // noticed long after it ran out
    Map<String, Object> second = receive(url).get(0);
    delete(url, first); // stale: SQS answers success, the message stays
    delete(url, second);
    delete(url, second);

    MessageHistory h = history(url, id);
    assertThat(kinds(h))
        .containsExactly(
            SENT,
            RECEIVED,
            VISIBILITY_EXPIRED,
            RECEIVED,
            DELETE_WITH_STALE_HANDLE,
            DELETED,
            DELETED_AGAIN);
    assertThat(h.events().get(2).at()).isEqualTo(START.plusSeconds(10));
    assertThat(h.events().get(3).receiveCount()).isEqualTo(2);
    assertThat(h.events().get(4).receiptHandle()).isEqualTo(first.get("ReceiptHandle"));
    assertThat(h.story())
        .contains("message " + id)
        .contains("+10.000s VISIBILITY_EXPIRED")
        .contains("+100.000s RECEIVED #2")
        .contains(
            "DELETE_WITH_STALE_HANDLE handle " + first.get("ReceiptHandle") + " (of receive #1)");
  }

  @Test
  void visibilityChangesRecordTheHandleAndTheNewDeadline() {
    String url = createQueue("q", "VisibilityTimeout", "10");
    String id = send(url, "a");
    Map<String, Object> m = receive(url).get(0);
    call(
        "ChangeMessageVisibility",
        "QueueUrl",
        url,
        "ReceiptHandle",
        m.get("ReceiptHandle"),
        "VisibilityTimeout",
        0);

    MessageHistory h = history(url, id);
    assertThat(kinds(h)).containsExactly(SENT, RECEIVED, VISIBILITY_CHANGED, VISIBILITY_EXPIRED);
    assertThat(h.events().get(2).visibleAt()).isEqualTo(START);
    assertThat(h.events().get(2).detail()).isEqualTo("VisibilityTimeout 0");
  }

  @Test
  void deadLetteringIsRecordedInBothQueues() {
    String dlq = createQueue("dlq");
    String dlqArn = attributes(dlq, "QueueArn").get("QueueArn");
    String url =
        createQueue(
            "q",
            "VisibilityTimeout",
            "5",
            "RedrivePolicy",
            "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"1\"}");
    String id = send(url, "poison");
    receive(url);
    advance(5);
    assertThat(receive(url)).isEmpty();

    assertThat(kinds(history(url, id)))
        .containsExactly(SENT, RECEIVED, VISIBILITY_EXPIRED, DEAD_LETTERED);
    assertThat(kinds(history(dlq, id))).containsExactly(DEAD_LETTER_ARRIVED);
  }

  @Test
  void purgeAndRetentionAreRecorded() {
    String url = createQueue("q", "MessageRetentionPeriod", "60");
    String old = send(url, "old");
    advance(61);
    String fresh = send(url, "fresh");
    call("PurgeQueue", "QueueUrl", url);

    MessageHistory expired = history(url, old);
    assertThat(kinds(expired)).containsExactly(SENT, RETENTION_EXPIRED);
    assertThat(expired.events().get(1).at()).isEqualTo(START.plusSeconds(60));
    assertThat(kinds(history(url, fresh))).containsExactly(SENT, PURGED);
    assertThat(engine.history(url))
        .extracting(MessageHistory::messageId)
        .containsExactly(old, fresh);
  }

  @Test
  void batchSendsAreNamed() {
    String url = createQueue("q");
    Map<String, Object> out =
        call(
            "SendMessageBatch",
            "QueueUrl",
            url,
            "Entries",
            List.of(map("Id", "e1", "MessageBody", "x")));
    @SuppressWarnings("unchecked")
    String id =
        (String) ((List<Map<String, Object>>) out.get("Successful")).get(0).get("MessageId");
    assertThat(history(url, id).events().get(0).detail()).isEqualTo("SendMessageBatch");
  }

  @Nested
  class Off extends EngineTestSupport {
    @Test
    void anEngineBuiltWithoutItRecordsNothing() {
      String url = createQueue("q");
      String id = send(url, "a");
      receive(url);
      assertThat(engine.recordsHistory()).isFalse();
      assertThat(engine.history(url)).isEmpty();
      assertThat(engine.history(url, id)).isEmpty();
    }
  }
}

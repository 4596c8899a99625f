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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link SqsEngine#writeState} and {@link SqsEngine#readState}: a restart keeps every message. */
class StateTest extends EngineTestSupport {

  private final ManualClock laterClock = ManualClock.create(START);

  /** The same engine settings on another clock: the engine after a restart. */
  private SqsEngine restarted() {
    return SqsEngine.builder().clock(laterClock).accountId("123456789012").build();
  }

  private byte[] state() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    engine.writeState(out);
    return out.toByteArray();
  }

  private Map<String, Object> call(SqsEngine e, String action, Object... keyValues) {
    return e.execute(ctx, action, map(keyValues));
  }

  @Test
  void everyMessageComesBackInTheSameState() {
    String dlq = createQueue("orders-dlq");
    String dlqArn = attributes(dlq, "QueueArn").get("QueueArn");
    String url =
        createQueue(
            "orders",
            "VisibilityTimeout",
            "60",
            "RedrivePolicy",
            "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"2\"}");
    call("TagQueue", "QueueUrl", url, "Tags", Map.of("team", "shop"));
    call(
        "SendMessage",
        "QueueUrl",
        url,
        "MessageBody",
        "first",
        "MessageAttributes",
        Map.of(
            "kind", Map.of("DataType", "String", "StringValue", "order"),
            "raw", Map.of("DataType", "Binary", "BinaryValue", new byte[] {1, 2, 3})));
    advance(1);
    send(url, "second");
    call("SendMessage", "QueueUrl", url, "MessageBody", "later", "DelaySeconds", 120);
    advance(1);
    Map<String, Object> received = receive(url).get(0); // "first", in flight for 60 s
    advance(10);
    Map<String, String> queueBefore = attributes(url, "All");
    List<PeekedMessage> before = engine.peek(url);
    List<MessageSnapshot> snapshotBefore = engine.inspect(url);

    byte[] state = state();
    laterClock.set(clock.instant().plusSeconds(5)); // five seconds of downtime
    SqsEngine after = restarted();
    assertThat(after.readState(new ByteArrayInputStream(state))).isEqualTo(3);

    // Recursive: binary attribute values are arrays, compared by content.
    assertThat(after.peek(url)).usingRecursiveComparison().isEqualTo(before);
    assertThat(after.inspect(url)).isEqualTo(snapshotBefore);
    assertThat(
            after.execute(
                ctx, "GetQueueAttributes", map("QueueUrl", url, "AttributeNames", List.of("All"))))
        .isEqualTo(Map.of("Attributes", queueBefore));
    assertThat(call(after, "ListQueueTags", "QueueUrl", url))
        .isEqualTo(Map.of("Tags", Map.of("team", "shop")));
    // The visibility deadline continues: 60 s from the receive, 15 s of which went by.
    laterClock.advance(Duration.ofSeconds(44));
    assertThat(after.inspect(url).get(0).state()).isEqualTo(MessageState.IN_FLIGHT);
    laterClock.advance(Duration.ofSeconds(1));
    assertThat(after.inspect(url).get(0).state()).isEqualTo(MessageState.VISIBLE);
    // The redrive policy and the receive count came back: the second receive is the last.
    List<ReceivedMessage> again = after.receiveMessages(url, 10, 0);
    assertThat(again).extracting(ReceivedMessage::body).containsExactly("first", "second");
    assertThat(again.get(0).receiveCount()).isEqualTo(2);
    assertThat(again.get(0).messageId()).isEqualTo(received.get("MessageId"));
  }

  @Test
  void queuesOfTwoRegionsComeBackInTheirRegions() {
    RequestContext dublin = new RequestContext(null, BASE, null, "eu-west-1");
    String url = createQueue("orders"); // the engine's default region
    send(url, "from the default region");
    String dublinUrl =
        (String) engine.execute(dublin, "CreateQueue", map("QueueName", "orders")).get("QueueUrl");
    engine.execute(dublin, "SendMessage", map("QueueUrl", dublinUrl, "MessageBody", "from Dublin"));

    SqsEngine after = restarted();
    assertThat(after.readState(new ByteArrayInputStream(state()))).isEqualTo(2);

    Map<String, Object> arn =
        after.execute(
            dublin,
            "GetQueueAttributes",
            map("QueueUrl", dublinUrl, "AttributeNames", List.of("QueueArn")));
    assertThat(arn)
        .isEqualTo(
            Map.of("Attributes", Map.of("QueueArn", "arn:aws:sqs:eu-west-1:123456789012:orders")));
    Map<String, Object> inDublin =
        after.execute(
            dublin, "ReceiveMessage", map("QueueUrl", dublinUrl, "MaxNumberOfMessages", 10));
    assertThat(inDublin.get("Messages").toString())
        .contains("from Dublin")
        .doesNotContain("default");
    assertThat(after.receiveMessages(url, 10, 0))
        .extracting(ReceivedMessage::body)
        .containsExactly("from the default region");
  }

  @Test
  void aReceiptHandleFromBeforeTheRestartStillDeletes() {
    String url = createQueue("q");
    send(url, "one");
    Map<String, Object> received = receive(url).get(0);
    SqsEngine after = restarted();
    after.readState(new ByteArrayInputStream(state()));

    after.deleteMessage(url, (String) received.get("ReceiptHandle"));

    assertThat(after.inspect(url)).isEmpty();
  }

  @Test
  void aDelayedMessageAppearsWhenItsDelayEnds() {
    String url = createQueue("q");
    call("SendMessage", "QueueUrl", url, "MessageBody", "hello", "DelaySeconds", 30);
    SqsEngine after = restarted();
    after.readState(new ByteArrayInputStream(state()));

    laterClock.advance(Duration.ofSeconds(29));
    assertThat(after.receiveMessages(url, 1, 0)).isEmpty();
    laterClock.advance(Duration.ofSeconds(1));
    assertThat(after.receiveMessages(url, 1, 0))
        .extracting(ReceivedMessage::body)
        .containsExactly("hello");
  }

  @Test
  void fifoKeepsOrderSequenceNumbersAndTheDeduplicationWindow() {
    String url = createFifoQueue("jobs.fifo", "ContentBasedDeduplication", "true");
    Map<String, Object> one =
        call("SendMessage", "QueueUrl", url, "MessageBody", "a", "MessageGroupId", "g");
    call("SendMessage", "QueueUrl", url, "MessageBody", "b", "MessageGroupId", "g");
    call("SendMessage", "QueueUrl", url, "MessageBody", "c", "MessageGroupId", "h");
    assertThat(receive(url, "MaxNumberOfMessages", 1)).hasSize(1); // "a": group g is blocked
    List<PeekedMessage> before = engine.peek(url);

    SqsEngine after = restarted();
    after.readState(new ByteArrayInputStream(state()));

    assertThat(after.peek(url)).usingRecursiveComparison().isEqualTo(before);
    // Group g stays blocked behind "a" in flight; group h is free.
    assertThat(after.receiveMessages(url, 10, 0))
        .extracting(ReceivedMessage::body)
        .containsExactly("c");
    // Within five minutes, the same body is a duplicate of "a".
    Map<String, Object> duplicate =
        call(after, "SendMessage", "QueueUrl", url, "MessageBody", "a", "MessageGroupId", "g");
    assertThat(duplicate.get("MessageId")).isEqualTo(one.get("MessageId"));
    assertThat(after.inspect(url)).hasSize(3);
    // New messages number after the old ones.
    Map<String, Object> fresh =
        call(after, "SendMessage", "QueueUrl", url, "MessageBody", "d", "MessageGroupId", "g");
    assertThat(Long.parseLong((String) fresh.get("SequenceNumber")))
        .isGreaterThan(Long.parseLong((String) one.get("SequenceNumber")));
  }

  @Test
  void aVirtualClockBehindTheWrittenTimeMovesForward() {
    String url = createQueue("q");
    send(url, "x");
    advance(3600);
    byte[] state = state();
    SqsEngine after = restarted(); // its clock stands at START, an hour behind

    after.readState(new ByteArrayInputStream(state));

    assertThat(laterClock.instant()).isEqualTo(START.plusSeconds(3600));
    assertThat(after.receiveMessages(url, 1, 0)).hasSize(1);
  }

  @Test
  void queuesCreatedAfterARestartGetNewSerials() {
    String url = createQueue("q");
    send(url, "x");
    SqsEngine after = restarted();
    after.readState(new ByteArrayInputStream(state()));

    String other = (String) call(after, "CreateQueue", "QueueName", "other").get("QueueUrl");
    after.sendMessage(other, "y");
    ReceivedMessage fromOther = after.receiveMessages(other, 1, 0).get(0);
    ReceivedMessage fromFirst = after.receiveMessages(url, 1, 0).get(0);

    // A handle names its queue by serial: had the new queue taken the restored one's serial,
    // its handle would be taken for one of the restored queue.
    assertThatThrownBy(() -> after.deleteMessage(url, fromOther.receiptHandle()))
        .hasMessageContaining("is not a valid receipt handle");
    assertThat(after.inspect(url)).hasSize(1);
    after.deleteMessage(url, fromFirst.receiptHandle());
    assertThat(after.inspect(url)).isEmpty();
  }

  @Test
  void aTruncatedStateIsRefusedAndNothingIsRead() {
    String url = createQueue("q");
    send(url, "x");
    byte[] state = state();
    for (int length : new int[] {state.length - 1, state.length / 2, 20}) {
      SqsEngine after = restarted();
      assertThatThrownBy(
              () -> after.readState(new ByteArrayInputStream(Arrays.copyOf(state, length))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("truncated");
      assertThat(after.queueUrls(BASE)).isEmpty();
    }
  }

  @Test
  void aStateFromANewerVersionIsRefused() {
    createQueue("q");
    byte[] state = state();
    ByteBuffer.wrap(state).putInt("SQSKIT-STATE".length(), 3);

    assertThatThrownBy(() -> restarted().readState(new ByteArrayInputStream(state)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the state cannot be read: its format version is 3, this sqskit reads version 2"
                + " (written by a newer sqskit)");
  }

  @Test
  void aDamagedStateIsRefused() {
    String url = createQueue("q");
    send(url, "some body to damage");
    byte[] state = state();
    state[state.length / 2] ^= 0x20;

    assertThatThrownBy(() -> restarted().readState(new ByteArrayInputStream(state)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("checksum does not match");
  }

  @Test
  void otherFilesAndEmptyOnesAreRefused() {
    assertThatThrownBy(() -> restarted().readState(new ByteArrayInputStream(new byte[0])))
        .hasMessage("the state cannot be read: it is empty");
    byte[] json =
        "{\"queues\": []}                  ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> restarted().readState(new ByteArrayInputStream(json)))
        .hasMessageContaining("not a sqskit state file");
  }

  @Test
  void anEngineWithQueuesDoesNotReadAState() {
    createQueue("q");
    byte[] state = state();

    assertThatThrownBy(() -> engine.readState(new ByteArrayInputStream(state)))
        .isInstanceOf(IllegalStateException.class);
  }
}

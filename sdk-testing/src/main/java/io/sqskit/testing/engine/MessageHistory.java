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

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The recorded life of one message in one queue, oldest event first: what {@link
 * SqsEngine#history(String, String)} returns. Meant for tests (assert how a consumer treated a
 * message), not for production use.
 *
 * @param queueUrl the URL of the queue the history was kept in
 * @param messageId the message id
 * @param events the events in the order they happened
 * @since 0.1
 */
public record MessageHistory(String queueUrl, String messageId, List<MessageEvent> events) {
  /**
   * Copies the event list.
   *
   * @param queueUrl the URL of the queue the history was kept in
   * @param messageId the message id
   * @param events the events in the order they happened
   */
  public MessageHistory {
    events = List.copyOf(events);
  }

  /**
   * {@return how many events of {@code kind} the history holds}
   *
   * @param kind the kind to count
   */
  public long count(MessageEvent.Kind kind) {
    return events.stream().filter(e -> e.kind() == kind).count();
  }

  /**
   * {@return the story of the message: its id, then one line per event with its time relative to
   * the first event (the send), e.g. {@code +30.000s RECEIVED #2 ...}}
   */
  public String story() {
    StringBuilder sb = new StringBuilder("message ").append(messageId);
    Instant start = events.isEmpty() ? Instant.EPOCH : events.get(0).at();
    for (MessageEvent e : events) {
      sb.append("\n  ").append(relative(Duration.between(start, e.at()))).append(' ');
      sb.append(e.kind());
      if (e.kind() == MessageEvent.Kind.RECEIVED) {
        sb.append(" #").append(e.receiveCount());
      }
      if (e.receiptHandle() != null) {
        sb.append(" handle ").append(e.receiptHandle());
        if (e.kind() != MessageEvent.Kind.RECEIVED) {
          sb.append(" (of receive #").append(handleReceive(e)).append(')');
        }
      }
      if (e.visibleAt() != null) {
        sb.append(" visible again at ").append(relative(Duration.between(start, e.visibleAt())));
      }
      if (e.detail() != null) {
        sb.append(" (").append(e.detail()).append(')');
      }
    }
    return sb.toString();
  }

  /** The receive a handle stems from, as far as the history tells: the latest with that handle. */
  private int handleReceive(MessageEvent used) {
    for (MessageEvent e : events) {
      if (e.kind() == MessageEvent.Kind.RECEIVED
          && used.receiptHandle() != null
          && used.receiptHandle().equals(e.receiptHandle())) {
        return e.receiveCount();
      }
    }
    return used.receiveCount();
  }

  private static String relative(Duration d) {
    long ms = d.toMillis();
    return String.format(
        java.util.Locale.ROOT,
        "%s%d.%03ds",
        ms < 0 ? "-" : "+",
        Math.abs(ms) / 1000,
        Math.abs(ms) % 1000);
  }
}

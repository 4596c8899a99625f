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
package io.sqskit.consumer;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Events of a consumer, for metrics and logs; named after the OpenTelemetry messaging operations
 * {@code receive}, {@code process} and {@code settle} ({@code messaging.system} = {@value
 * #MESSAGING_SYSTEM}). Every method has an empty default; they are called on consumer threads and
 * must not block. An exception thrown by a listener is logged and ignored.
 *
 * @since 0.1
 */
public interface ConsumerListener {
  /** The value of the OpenTelemetry attribute {@code messaging.system} for SQS. */
  String MESSAGING_SYSTEM = "aws_sqs";

  /**
   * A listener that does nothing.
   *
   * @return a listener that does nothing
   */
  static ConsumerListener noop() {
    return new ConsumerListener() {};
  }

  /**
   * A receive returned {@code count} messages (0: an empty receive).
   *
   * @param count the number of messages
   */
  default void onReceive(int count) {}

  /**
   * A message was received; {@code age} is the time since it was sent (from {@code SentTimestamp}),
   * or null when unknown.
   *
   * @param message the message
   * @param age the time since the message was sent, or null
   */
  default void onMessageReceived(MessageContext message, @Nullable Duration age) {}

  /**
   * A receive failed; {@code fatal} when the consumer stops because of it (the queue does not
   * exist, access denied or another error no retry can mend), otherwise it backs off and resumes.
   *
   * @param error the error
   * @param fatal whether the consumer stops
   */
  default void onReceiveError(Throwable error, boolean fatal) {}

  /**
   * A handler started on the message ({@code process}).
   *
   * @param message the message
   */
  default void onProcessStart(MessageContext message) {}

  /**
   * The handler returned normally after {@code duration}.
   *
   * @param message the message
   * @param duration how long the message stays hidden from now
   */
  default void onProcessSuccess(MessageContext message, Duration duration) {}

  /**
   * The handler threw {@code error} after {@code duration}.
   *
   * @param message the message
   * @param error the error
   * @param duration how long the message stays hidden from now
   */
  default void onProcessFailure(MessageContext message, Throwable error, Duration duration) {}

  /**
   * The message was settled ({@code settle}); {@code error} is the failure of the call, or null
   * when SQS accepted it. A failed acknowledgement is always reported here and logged.
   *
   * @param message the message
   * @param settlement what was done
   * @param error the error
   */
  default void onSettle(MessageContext message, Settlement settlement, @Nullable Throwable error) {}

  /**
   * A heartbeat found the message's receipt handle no longer valid.
   *
   * @param message the message
   * @param error the error
   */
  default void onLeaseLost(MessageContext message, Throwable error) {}

  /**
   * The heartbeat reached the 12-hour limit; the message will become visible again.
   *
   * @param message the message
   */
  default void onLeaseEnding(MessageContext message) {}

  /**
   * The consumer stopped; {@code cause} is the fatal receive error, or null for a stop call.
   *
   * @param cause the fatal error, or null
   */
  default void onStopped(@Nullable Throwable cause) {}
}

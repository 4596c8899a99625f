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
package io.sqskit.junit.internal;

import io.sqskit.junit.QueueMessage;
import io.sqskit.testing.engine.MessageHistory;
import io.sqskit.testing.engine.MessageSnapshot;
import io.sqskit.testing.engine.PeekedMessage;
import io.sqskit.testing.engine.SqsEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a queue's messages through the engine's inspection view, without receiving them. */
final class EngineInspection implements DefaultTestQueue.Inspector {

  private final SqsEngine engine;

  EngineInspection(SqsEngine engine) {
    this.engine = engine;
  }

  @Override
  public Optional<List<QueueMessage>> peek(String queueUrl) {
    List<QueueMessage> out = new ArrayList<>();
    // Each message as a receive asking for every attribute would show it, system and message.
    for (PeekedMessage peeked : engine.peek(queueUrl)) {
      out.add(EngineQueueOps.message(peeked.message()));
    }
    return Optional.of(out);
  }

  @Override
  public Optional<String> describeHeld(String queueUrl) {
    List<MessageSnapshot> held = engine.inspect(queueUrl);
    StringBuilder text =
        new StringBuilder().append(held.size()).append(held.size() == 1 ? " message" : " messages");
    for (MessageSnapshot s : held) {
      text.append("\n  ")
          .append(s.messageId())
          .append(' ')
          .append(s.state())
          .append(s.availableAt() == null ? "" : " until " + s.availableAt())
          .append(", received ")
          .append(s.receiveCount())
          .append(s.receiveCount() == 1 ? " time" : " times")
          .append(s.messageGroupId() == null ? "" : ", group " + s.messageGroupId())
          .append(": ")
          .append(DefaultTestQueue.preview(s.body()));
    }
    return Optional.of(text.toString());
  }

  @Override
  public Optional<List<MessageHistory>> history(String queueUrl) {
    return Optional.of(engine.history(queueUrl));
  }

  @Override
  public String unavailableReason() {
    return "";
  }
}

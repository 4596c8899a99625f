package io.sqskit.junit.internal;

import io.sqskit.junit.QueueMessage;
import io.sqskit.testing.engine.SqsEngine;
import java.util.List;

/** Reads a queue's messages through the engine's inspection view, without receiving them. */
final class EngineInspection {

  private EngineInspection() {}

  static List<QueueMessage> peek(SqsEngine engine, String queueUrl) {
    throw new UnsupportedOperationException("pending engine inspection");
  }
}

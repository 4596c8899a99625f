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

import io.sqskit.junit.SqsQueue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A queue a test asked for with {@link SqsQueue}, checked.
 *
 * @param name the queue name, with {@code .fifo} for a FIFO queue
 * @param fifo whether the queue is FIFO
 * @param attributes attributes to create it with
 * @param deadLetterQueue the dead-letter queue's name (with {@code .fifo} when FIFO), or empty
 * @param maxReceiveCount receives before a message moves to the dead-letter queue
 */
public record QueueSpec(
    String name,
    boolean fifo,
    Map<String, String> attributes,
    String deadLetterQueue,
    int maxReceiveCount) {

  /** Copies the attributes. */
  public QueueSpec {
    attributes = Map.copyOf(attributes);
  }

  /**
   * Reads an annotation.
   *
   * @param annotation what the test wrote
   * @param defaultName the parameter or field name, used when the annotation names no queue
   * @param where the annotated element, for error messages
   */
  public static QueueSpec of(SqsQueue annotation, String defaultName, String where) {
    String name = annotation.name().isEmpty() ? defaultName : annotation.name();
    boolean fifo = annotation.fifo() || name.endsWith(".fifo");
    Map<String, String> attributes = new LinkedHashMap<>();
    for (String pair : annotation.attributes()) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new ExtensionConfigurationException(
            "@SqsQueue(attributes) on "
                + where
                + " must be Name=Value pairs, but got '"
                + pair
                + "'");
      }
      attributes.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
    if ("true".equalsIgnoreCase(attributes.get("FifoQueue"))) {
      fifo = true;
    }
    if (fifo) {
      attributes.put("FifoQueue", "true");
    }
    String deadLetterQueue = annotation.deadLetterQueue();
    if (!deadLetterQueue.isEmpty()) {
      int max = annotation.maxReceiveCount();
      if (max < 1 || max > 1000) {
        throw new ExtensionConfigurationException(
            "@SqsQueue(maxReceiveCount) on "
                + where
                + " must be between 1 and 1000, but was "
                + max);
      }
      if (attributes.containsKey("RedrivePolicy")) {
        throw new ExtensionConfigurationException(
            "@SqsQueue on "
                + where
                + " sets both deadLetterQueue and a RedrivePolicy attribute; use one");
      }
      deadLetterQueue = fifo ? fifoName(deadLetterQueue) : deadLetterQueue;
    }
    return new QueueSpec(
        fifo ? fifoName(name) : name,
        fifo,
        attributes,
        deadLetterQueue,
        deadLetterQueue.isEmpty() ? 0 : annotation.maxReceiveCount());
  }

  /** A plain queue of the same kind, as the dead-letter queue is created. */
  static QueueSpec deadLetter(String name, boolean fifo) {
    return new QueueSpec(name, fifo, fifo ? Map.of("FifoQueue", "true") : Map.of(), "", 0);
  }

  private static String fifoName(String name) {
    return name.endsWith(".fifo") ? name : name + ".fifo";
  }
}

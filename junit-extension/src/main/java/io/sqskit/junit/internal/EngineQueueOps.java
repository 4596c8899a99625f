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
import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsEngine;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * {@link QueueOps} straight on the engine, with no socket: the extension's own calls against the
 * fake, made in the test's account.
 */
final class EngineQueueOps implements QueueOps {

  private final SqsEngine engine;
  private final RequestContext context;
  private final @Nullable ScheduledExecutorService watchdogs;

  /**
   * @param region the region of the test's clients, whose queues these calls see
   * @param watchdogs for an engine on a manual clock: bounds long polls in real time (null for a
   *     real clock, where the engine's own deadline does that)
   */
  EngineQueueOps(
      SqsEngine engine,
      String accountId,
      String region,
      String baseUrl,
      @Nullable ScheduledExecutorService watchdogs) {
    this.engine = engine;
    this.context = new RequestContext(accountId, baseUrl, accountId, region);
    this.watchdogs = watchdogs;
  }

  @Override
  public String createQueue(String name, Map<String, String> attributes) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("QueueName", name);
    if (!attributes.isEmpty()) {
      input.put("Attributes", new LinkedHashMap<String, Object>(attributes));
    }
    // A CreateQueue that does not throw answers with the URL.
    return (String)
        Objects.requireNonNull(engine.execute(context, "CreateQueue", input).get("QueueUrl"));
  }

  @Override
  public Map<String, String> attributes(String queueUrl, List<String> names) {
    Map<String, Object> out =
        engine.execute(
            context,
            "GetQueueAttributes",
            Map.of("QueueUrl", queueUrl, "AttributeNames", List.<Object>copyOf(names)));
    return strings(out.get("Attributes"));
  }

  @Override
  public List<Received> receive(String queueUrl, int maxMessages, int waitSeconds) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("QueueUrl", queueUrl);
    input.put("MaxNumberOfMessages", maxMessages);
    input.put("WaitTimeSeconds", waitSeconds);
    input.put("MessageSystemAttributeNames", List.<Object>of("All"));
    input.put("MessageAttributeNames", List.<Object>of("All"));
    Object messages = longPoll(input, waitSeconds).get("Messages");
    List<Received> out = new ArrayList<>();
    if (messages instanceof List<?> list) {
      for (Object item : list) {
        Map<?, ?> m = (Map<?, ?>) item;
        // Every received message comes with a receipt handle.
        out.add(new Received(message(m), (String) Objects.requireNonNull(m.get("ReceiptHandle"))));
      }
    }
    return out;
  }

  /**
   * On a manual clock a long poll's deadline is virtual: it would wait until a test moves the
   * clock. A helper waiting for messages means real seconds, so a watchdog interrupts the poll
   * then; the engine answers an interrupted poll with no messages and takes none.
   */
  private Map<String, Object> longPoll(Map<String, Object> input, int waitSeconds) {
    if (watchdogs == null || waitSeconds == 0) {
      return engine.execute(context, "ReceiveMessage", input);
    }
    Thread caller = Thread.currentThread();
    Object guard = new Object();
    boolean[] state = new boolean[2]; // [0] poll finished, [1] watchdog fired
    ScheduledFuture<?> watchdog =
        watchdogs.schedule(
            () -> {
              synchronized (guard) {
                if (!state[0]) {
                  state[1] = true;
                  caller.interrupt();
                }
              }
            },
            waitSeconds,
            TimeUnit.SECONDS);
    try {
      return engine.execute(context, "ReceiveMessage", input);
    } finally {
      watchdog.cancel(false);
      synchronized (guard) {
        state[0] = true;
        if (state[1]) {
          Thread.interrupted(); // the watchdog's interrupt, not the test's
        }
      }
    }
  }

  /** A response tree's message as the helpers show it. */
  static QueueMessage message(Map<?, ?> m) {
    Map<String, String> values = new LinkedHashMap<>();
    if (m.get("MessageAttributes") instanceof Map<?, ?> attributes) {
      for (Map.Entry<?, ?> e : attributes.entrySet()) {
        Map<?, ?> v = (Map<?, ?>) e.getValue();
        Object value = v.get("StringValue");
        if (value == null && v.get("BinaryValue") instanceof byte[] bytes) {
          value = Base64.getEncoder().encodeToString(bytes);
        }
        values.put(String.valueOf(e.getKey()), String.valueOf(value));
      }
    }
    // The engine gives every message an id and a body (QueueMessage checks them, too).
    return new QueueMessage(
        (String) Objects.requireNonNull(m.get("MessageId")),
        (String) Objects.requireNonNull(m.get("Body")),
        strings(m.get("Attributes")),
        values);
  }

  @Override
  public void delete(String queueUrl, String receiptHandle) {
    engine.execute(
        context, "DeleteMessage", Map.of("QueueUrl", queueUrl, "ReceiptHandle", receiptHandle));
  }

  @Override
  public void deleteQueue(String queueUrl) {
    engine.execute(context, "DeleteQueue", Map.of("QueueUrl", queueUrl));
  }

  @Override
  public List<String> listQueues(String prefix) {
    Object urls =
        engine.execute(context, "ListQueues", Map.of("QueueNamePrefix", prefix)).get("QueueUrls");
    List<String> out = new ArrayList<>();
    if (urls instanceof List<?> list) {
      list.forEach(u -> out.add((String) u));
    }
    return out;
  }

  private static Map<String, String> strings(@Nullable Object tree) {
    Map<String, String> out = new LinkedHashMap<>();
    if (tree instanceof Map<?, ?> map) {
      map.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
    }
    return out;
  }
}

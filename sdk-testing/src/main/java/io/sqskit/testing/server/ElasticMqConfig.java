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
package io.sqskit.testing.server;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --config}: the {@code queues { ... }} block of an ElasticMQ configuration file (HOCON,
 * read with Typesafe Config as ElasticMQ reads it) as CreateQueue requests. Each queue takes {@code
 * defaultVisibilityTimeout}, {@code delay}, {@code receiveMessageWait} (durations such as {@code 10
 * seconds}), {@code deadLettersQueue { name, maxReceiveCount }}, {@code fifo}, {@code
 * contentBasedDeduplication} and {@code tags { ... }}; anything else (ElasticMQ's {@code copyTo},
 * {@code moveTo}, its server settings such as {@code node-address} or {@code rest-sqs}) is named in
 * a warning and ignored. Dead-letter queues are created before the queues that name them, as
 * ElasticMQ does.
 *
 * <p>Typesafe Config is an optional dependency of sdk-testing, shaded into the server jar only;
 * this class is loaded only when {@code --config} is given.
 */
final class ElasticMqConfig {
  private static final Set<String> QUEUE_KEYS =
      Set.of(
          "defaultVisibilityTimeout",
          "delay",
          "receiveMessageWait",
          "deadLettersQueue",
          "fifo",
          "contentBasedDeduplication",
          "tags");

  /** The queues of a file, in creation order, and what was ignored. */
  record Queues(List<Map<String, Object>> requests, List<String> warnings) {}

  private ElasticMqConfig() {}

  /**
   * Reads the file's {@code queues} block.
   *
   * @param region the region of the dead-letter queues' ARNs
   * @param account the account of the dead-letter queues' ARNs
   * @throws IllegalArgumentException when the file cannot be read or a value has the wrong type,
   *     with the file, line and key
   */
  static Queues read(String file, String region, String account) {
    Config config;
    try {
      config =
          ConfigFactory.parseFile(
                  new File(file), ConfigParseOptions.defaults().setAllowMissing(false))
              .resolve();
    } catch (ConfigException e) {
      throw new IllegalArgumentException("--config " + e.getMessage(), e);
    }
    List<String> warnings = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    for (String key : config.root().keySet()) {
      if (!key.equals("queues")) {
        ignored.add(key);
      }
    }
    if (!ignored.isEmpty()) {
      warnings.add(
          "ignored (not supported; the server takes --host, --port, --region and --account): "
              + String.join(", ", ignored));
    }
    if (!config.hasPath("queues")) {
      return new Queues(List.of(), warnings);
    }
    try {
      return new Queues(queues(config.getObject("queues"), region, account, warnings), warnings);
    } catch (ConfigException e) {
      throw new IllegalArgumentException("--config " + e.getMessage(), e);
    }
  }

  private static List<Map<String, Object>> queues(
      ConfigObject queues, String region, String account, List<String> warnings) {
    Map<String, Map<String, Object>> requests = new LinkedHashMap<>();
    Map<String, String> deadLetterOf = new LinkedHashMap<>();
    for (Map.Entry<String, ConfigValue> entry : queues.entrySet()) {
      String name = entry.getKey();
      ConfigValue value = entry.getValue();
      if (value.valueType() != ConfigValueType.OBJECT) {
        throw new IllegalArgumentException(
            "--config "
                + value.origin().description()
                + ": queues."
                + name
                + " must be a block { ... }, not "
                + value.valueType().name().toLowerCase(java.util.Locale.ROOT));
      }
      Config queue = ((ConfigObject) value).toConfig();
      Map<String, String> attributes = new LinkedHashMap<>();
      for (String key : ((ConfigObject) value).keySet()) {
        if (!QUEUE_KEYS.contains(key)) {
          warnings.add("queue " + name + ": " + key + " is not supported, ignored");
        }
      }
      seconds(queue, "defaultVisibilityTimeout", "VisibilityTimeout", attributes);
      seconds(queue, "delay", "DelaySeconds", attributes);
      seconds(queue, "receiveMessageWait", "ReceiveMessageWaitTimeSeconds", attributes);
      boolean fifo = queue.hasPath("fifo") && queue.getBoolean("fifo");
      if (fifo) {
        attributes.put("FifoQueue", "true");
      }
      if (queue.hasPath("contentBasedDeduplication")) {
        boolean contentBased = queue.getBoolean("contentBasedDeduplication");
        if (fifo) {
          attributes.put("ContentBasedDeduplication", Boolean.toString(contentBased));
        } else if (contentBased) {
          warnings.add(
              "queue " + name + ": contentBasedDeduplication applies to FIFO queues only, ignored");
        }
      }
      if (queue.hasPath("deadLettersQueue")) {
        Config dlq = queue.getConfig("deadLettersQueue");
        String target = dlq.getString("name");
        int maxReceiveCount = dlq.getInt("maxReceiveCount");
        attributes.put(
            "RedrivePolicy",
            "{\"deadLetterTargetArn\":\"arn:aws:sqs:"
                + region
                + ":"
                + account
                + ":"
                + target
                + "\",\"maxReceiveCount\":"
                + maxReceiveCount
                + "}");
        deadLetterOf.put(name, target);
      }
      Map<String, Object> request = new LinkedHashMap<>();
      request.put("QueueName", name);
      if (!attributes.isEmpty()) {
        request.put("Attributes", new LinkedHashMap<String, Object>(attributes));
      }
      if (queue.hasPath("tags")) {
        Map<String, Object> tags = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigValue> tag : queue.getObject("tags").entrySet()) {
          tags.put(tag.getKey(), String.valueOf(tag.getValue().unwrapped()));
        }
        request.put("tags", tags);
      }
      requests.put(name, request);
    }
    return inCreationOrder(requests, deadLetterOf);
  }

  /** Whole seconds of a duration key, when present. */
  private static void seconds(
      Config queue, String key, String attribute, Map<String, String> attributes) {
    if (queue.hasPath(key)) {
      Duration d = queue.getDuration(key);
      attributes.put(attribute, Long.toString(d.toSeconds()));
    }
  }

  /**
   * Dead-letter queues first: a queue comes after the queue its redrive policy names, when that one
   * is in the file (CreateQueue checks that the target exists).
   */
  private static List<Map<String, Object>> inCreationOrder(
      Map<String, Map<String, Object>> requests, Map<String, String> deadLetterOf) {
    List<Map<String, Object>> out = new ArrayList<>();
    Set<String> done = new java.util.HashSet<>();
    while (done.size() < requests.size()) {
      int before = done.size();
      for (Map.Entry<String, Map<String, Object>> e : requests.entrySet()) {
        String name = e.getKey();
        String target = deadLetterOf.get(name);
        boolean ready = target == null || done.contains(target) || !requests.containsKey(target);
        if (!done.contains(name) && ready) {
          done.add(name);
          out.add(e.getValue());
        }
      }
      if (done.size() == before) {
        List<String> left = new ArrayList<>(requests.keySet());
        left.removeAll(done);
        throw new IllegalArgumentException(
            "--config: the dead-letter queues of " + String.join(", ", left) + " form a cycle");
      }
    }
    return out;
  }
}

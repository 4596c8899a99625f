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

import io.sqskit.testing.engine.MessageSnapshot;
import io.sqskit.testing.engine.PeekedMessage;
import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.server.AdminApi.AdminError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The admin API's paths of one queue, {@code /_sqskit/queues/<account>/<name>/...}, which the
 * dashboard uses: its messages with their state (peek), send, remove one, purge, and redrive from a
 * dead-letter queue (a message move task) with its progress. Send, purge and redrive run as the SQS
 * actions of the queue's account, with their validation and errors (a 4xx JSON answer naming the
 * SQS error code); none of them goes through the fault rules.
 */
final class AdminQueues {

  private static final Set<String> SEND_FIELDS =
      Set.of(
          "body", "delaySeconds", "messageAttributes", "messageGroupId", "messageDeduplicationId");

  private final AdminApi api;

  AdminQueues(AdminApi api) {
    this.api = api;
  }

  /**
   * Answers {@code rest}, the path after {@code /queues/}: {@code <account>/<name>/messages},
   * {@code .../messages/<id>}, {@code .../purge} or {@code .../redrive}.
   */
  Object route(ServerRequest request, Caller caller, String rest) {
    String[] parts = rest.split("/", -1);
    if (parts.length < 3 || parts.length > 4) {
      throw notFound(request);
    }
    SqsEngine engine = api.engine();
    ListedQueue queue = queue(engine, caller, parts[0], parts[1], region(request));
    String url = queue.url();
    RequestContext context = queue.context(caller.baseUrl());
    String method = request.method();
    switch (parts[2]) {
      case "messages":
        if (parts.length == 4) {
          AdminApi.requireMethod(method, "DELETE");
          AdminApi.requireMutating(request);
          return remove(engine, queue.engineUrl(), parts[3]);
        }
        if (method.equals("GET") || method.equals("HEAD")) {
          return messages(engine, queue);
        }
        AdminApi.requireMethod(method, "POST");
        AdminApi.requireMutating(request);
        return send(engine, context, url, AdminApi.object(request, true));
      case "purge":
        if (parts.length != 3) {
          throw notFound(request);
        }
        AdminApi.requireMethod(method, "POST");
        AdminApi.requireMutating(request);
        sqs(engine, context, "PurgeQueue", new HashMap<>(Map.of("QueueUrl", url)));
        return Map.of("purged", url);
      case "redrive":
        if (parts.length != 3) {
          throw notFound(request);
        }
        String arn = arn(engine, context, url);
        if (method.equals("GET") || method.equals("HEAD")) {
          return Map.of(
              "tasks",
              sqs(engine, context, "ListMessageMoveTasks", input("SourceArn", arn))
                  .getOrDefault("Results", List.of()));
        }
        AdminApi.requireMethod(method, "POST");
        AdminApi.requireMutating(request);
        return redrive(engine, context, arn, AdminApi.object(request, false));
      default:
        throw notFound(request);
    }
  }

  private static AdminError notFound(ServerRequest request) {
    return new AdminError(
        404,
        "NotFound",
        null,
        "no admin path "
            + request.path()
            + "; a queue's paths are /_sqskit/queues/<account>/<name>/messages (GET, POST),"
            + " .../messages/<message id> (DELETE), .../purge (POST) and .../redrive (GET, POST)");
  }

  /**
   * The queue {@code account/name} as the queue list gives it, in {@code region} (the {@code
   * region} query parameter); without one, the engine's region's, else the first region's; 404 when
   * none.
   */
  private static ListedQueue queue(
      SqsEngine engine, Caller caller, String account, String name, @Nullable String region) {
    ListedQueue found = null;
    for (ListedQueue q : ListedQueue.all(engine, caller.baseUrl())) {
      if (!q.account().equals(account) || !q.name().equals(name)) {
        continue;
      }
      if (region != null ? q.region().equals(region) : q.region().equals(engine.region())) {
        return q;
      }
      if (region == null && found == null) {
        found = q;
      }
    }
    if (found != null) {
      return found;
    }
    throw new AdminError(
        404,
        "QueueDoesNotExist",
        null,
        "no queue " + name + " in account " + account + (region == null ? "" : " in " + region));
  }

  /** The {@code region} query parameter, or null. */
  private static @Nullable String region(ServerRequest request) {
    String query = request.query();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&", -1)) {
      if (pair.startsWith("region=")) {
        try {
          return URLDecoder.decode(pair.substring(7), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          throw new AdminError(400, "InvalidField", "region", "region is not URL-encoded: " + pair);
        }
      }
    }
    return null;
  }

  /** Runs an SQS action; its error becomes a 4xx admin error that names the SQS code. */
  private static Map<String, Object> sqs(
      SqsEngine engine, RequestContext context, String action, Map<String, Object> input) {
    try {
      return engine.execute(context, action, input);
    } catch (SqsError e) {
      throw fromSqs(e);
    }
  }

  static AdminError fromSqs(SqsError e) {
    String type = e.code().jsonType();
    int status = e.code().httpStatus();
    return new AdminError(
        status >= 400 && status < 500 ? status : 400,
        type.substring(type.indexOf('#') + 1),
        null,
        e.jsonMessage());
  }

  private static Map<String, Object> input(String key, Object value) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put(key, value);
    return input;
  }

  private static String arn(SqsEngine engine, RequestContext context, String url) {
    Map<String, Object> input = input("QueueUrl", url);
    input.put("AttributeNames", List.of("QueueArn"));
    Object attributes = sqs(engine, context, "GetQueueAttributes", input).get("Attributes");
    Object arn = attributes instanceof Map<?, ?> map ? map.get("QueueArn") : null;
    if (arn == null) {
      throw new AdminError(404, "QueueDoesNotExist", null, "the queue has no ARN: " + url);
    }
    return arn.toString();
  }

  /** Every message with its state, as the peek door shows it plus the deadline of its state. */
  private static Map<String, Object> messages(SqsEngine engine, ListedQueue queue) {
    String url = queue.engineUrl();
    List<MessageSnapshot> snapshots;
    List<PeekedMessage> peeked;
    try {
      snapshots = engine.inspect(url);
      peeked = engine.peek(url);
    } catch (SqsError e) {
      throw fromSqs(e);
    }
    Map<String, MessageSnapshot> byId = new HashMap<>();
    for (MessageSnapshot snapshot : snapshots) {
      byId.put(snapshot.messageId(), snapshot);
    }
    List<Object> out = new ArrayList<>();
    for (PeekedMessage message : peeked) {
      Map<String, Object> tree = message.message();
      Object id = tree.get("MessageId");
      MessageSnapshot snapshot = id == null ? null : byId.get(id.toString());
      Map<String, @Nullable Object> item = new LinkedHashMap<>();
      item.put("messageId", id);
      item.put("state", stateName(message));
      item.put("availableAt", snapshot == null ? null : instant(snapshot.availableAt()));
      item.put("receiveCount", snapshot == null ? 0 : snapshot.receiveCount());
      item.put("sentTimestamp", snapshot == null ? null : snapshot.sentTimestamp().toString());
      item.put("messageGroupId", snapshot == null ? null : snapshot.messageGroupId());
      item.put("body", tree.get("Body"));
      item.put("attributes", tree.getOrDefault("Attributes", Map.of()));
      item.put("messageAttributes", messageAttributes(tree.get("MessageAttributes")));
      out.add(item);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("queueUrl", queue.url());
    result.put("now", engine.clock().instant().toString());
    result.put("messages", out);
    return result;
  }

  private static String stateName(PeekedMessage message) {
    return switch (message.state()) {
      case VISIBLE -> "visible";
      case IN_FLIGHT -> "inFlight";
      case DELAYED -> "delayed";
    };
  }

  private static @Nullable String instant(java.time.@Nullable Instant at) {
    return at == null ? null : at.toString();
  }

  /** Message attributes as {@code name -> {dataType, stringValue | binaryValue (base64)}}. */
  private static Map<String, Object> messageAttributes(@Nullable Object tree) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (!(tree instanceof Map<?, ?> map)) {
      return out;
    }
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getValue() instanceof Map<?, ?> value)) {
        continue;
      }
      Map<String, Object> attribute = new LinkedHashMap<>();
      attribute.put("dataType", String.valueOf(value.get("DataType")));
      if (value.get("BinaryValue") instanceof byte[] bytes) {
        attribute.put("binaryValue", Base64.getEncoder().encodeToString(bytes));
      } else {
        attribute.put("stringValue", String.valueOf(value.get("StringValue")));
      }
      out.put(String.valueOf(entry.getKey()), attribute);
    }
    return out;
  }

  private static Map<String, Object> remove(SqsEngine engine, String url, String messageId) {
    boolean removed;
    try {
      removed = engine.removeMessage(url, messageId);
    } catch (SqsError e) {
      throw fromSqs(e);
    }
    if (!removed) {
      throw new AdminError(404, "MessageNotFound", null, "the queue holds no message " + messageId);
    }
    return Map.of("removed", messageId);
  }

  /** SendMessage from {@code {body, delaySeconds?, messageAttributes?, messageGroupId?, ...}}. */
  private static Map<String, Object> send(
      SqsEngine engine, RequestContext context, String url, Map<String, @Nullable Object> body) {
    Map<String, Object> input = input("QueueUrl", url);
    for (Map.Entry<String, @Nullable Object> entry : body.entrySet()) {
      if (!SEND_FIELDS.contains(entry.getKey())) {
        throw new AdminError(
            400,
            "InvalidField",
            entry.getKey(),
            "unknown field "
                + entry.getKey()
                + "; a message takes "
                + String.join(", ", SEND_FIELDS));
      }
    }
    Object text = body.get("body");
    if (!(text instanceof String message)) {
      throw new AdminError(400, "InvalidField", "body", "body must be a string: " + text);
    }
    input.put("MessageBody", message);
    Object delay = body.get("delaySeconds");
    if (delay != null) {
      if (!(delay instanceof Long seconds) || seconds < 0 || seconds > Integer.MAX_VALUE) {
        throw new AdminError(
            400, "InvalidField", "delaySeconds", "delaySeconds must be a whole number: " + delay);
      }
      input.put("DelaySeconds", (int) (long) seconds);
    }
    putString(body, "messageGroupId", input, "MessageGroupId");
    putString(body, "messageDeduplicationId", input, "MessageDeduplicationId");
    Object attributes = body.get("messageAttributes");
    if (attributes != null) {
      input.put("MessageAttributes", sqsAttributes(attributes));
    }
    Map<String, Object> sent = sqs(engine, context, "SendMessage", input);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("messageId", sent.get("MessageId"));
    if (sent.get("SequenceNumber") != null) {
      out.put("sequenceNumber", sent.get("SequenceNumber"));
    }
    return out;
  }

  private static void putString(
      Map<String, @Nullable Object> body, String field, Map<String, Object> input, String member) {
    Object value = body.get(field);
    if (value == null) {
      return;
    }
    if (!(value instanceof String text)) {
      throw new AdminError(400, "InvalidField", field, field + " must be a string: " + value);
    }
    input.put(member, text);
  }

  /** {@code {name: {dataType, stringValue | binaryValue}}} as SendMessage's MessageAttributes. */
  private static Map<String, Object> sqsAttributes(Object attributes) {
    String field = "messageAttributes";
    if (!(attributes instanceof Map<?, ?> map)) {
      throw new AdminError(400, "InvalidField", field, field + " must be an object");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String name = String.valueOf(entry.getKey());
      if (!(entry.getValue() instanceof Map<?, ?> value)
          || !(value.get("dataType") instanceof String type)) {
        throw new AdminError(
            400,
            "InvalidField",
            field + "." + name,
            "an attribute is {\"dataType\": ..., \"stringValue\": ...} or with binaryValue"
                + " (base64)");
      }
      Map<String, Object> attribute = new LinkedHashMap<>();
      attribute.put("DataType", type);
      Object binary = value.get("binaryValue");
      Object string = value.get("stringValue");
      if (binary instanceof String base64) {
        try {
          attribute.put("BinaryValue", Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
          throw new AdminError(
              400, "InvalidField", field + "." + name, "binaryValue must be base64: " + base64);
        }
      } else if (string instanceof String text) {
        attribute.put("StringValue", text);
      } else {
        throw new AdminError(
            400,
            "InvalidField",
            field + "." + name,
            "an attribute needs a stringValue or a binaryValue (base64)");
      }
      out.put(name, attribute);
    }
    return out;
  }

  /**
   * StartMessageMoveTask from this dead-letter queue: {@code {destinationArn?, maxNumberOf...}}.
   */
  private static Map<String, Object> redrive(
      SqsEngine engine, RequestContext context, String arn, Map<String, @Nullable Object> body) {
    Map<String, Object> input = input("SourceArn", arn);
    for (Map.Entry<String, @Nullable Object> entry : body.entrySet()) {
      String field = entry.getKey();
      Object value = entry.getValue();
      if (field.equals("destinationArn")) {
        if (value != null && !(value instanceof String)) {
          throw new AdminError(400, "InvalidField", field, field + " must be a string: " + value);
        }
        if (value != null && !((String) value).isEmpty()) {
          input.put("DestinationArn", value);
        }
      } else if (field.equals("maxNumberOfMessagesPerSecond")) {
        if (value != null) {
          if (!(value instanceof Long rate) || rate < 1 || rate > Integer.MAX_VALUE) {
            throw new AdminError(
                400, "InvalidField", field, field + " must be a whole number: " + value);
          }
          input.put("MaxNumberOfMessagesPerSecond", (int) (long) rate);
        }
      } else {
        throw new AdminError(
            400,
            "InvalidField",
            field,
            "unknown field "
                + field
                + "; a redrive takes destinationArn and"
                + " maxNumberOfMessagesPerSecond");
      }
    }
    Map<String, Object> started = sqs(engine, context, "StartMessageMoveTask", input);
    return Map.of("taskHandle", String.valueOf(started.get("TaskHandle")), "sourceArn", arn);
  }
}

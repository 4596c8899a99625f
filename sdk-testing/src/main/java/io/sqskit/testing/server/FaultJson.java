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

import io.sqskit.testing.engine.SqsErrorCode;
import io.sqskit.testing.server.AdminApi.AdminError;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Fault} rule as a JSON object of the admin API: {@code kind} (throttle, internal_error,
 * service_unavailable, latency, drop_connection, corrupt_md5, error, duplicate_delivery,
 * partial_batch_failure, receipt_handle_invalid), {@code action}, {@code queue}, {@code accountId},
 * {@code times}, {@code probability}, {@code delayMillis} (latency), {@code errorCode} and {@code
 * message} (error; partial_batch_failure's entry Code and Message, default InternalError), {@code
 * every} and {@code senderFault} (partial_batch_failure). Reading builds the rule through {@link
 * Fault}'s own methods, so the JSON and the Java API accept and refuse the same rules; a refusal
 * names the field.
 */
final class FaultJson {

  private static final List<String> FIELDS =
      List.of(
          "kind",
          "action",
          "queue",
          "accountId",
          "times",
          "probability",
          "delayMillis",
          "errorCode",
          "message",
          "every",
          "senderFault");

  private FaultJson() {}

  /**
   * The rule a JSON object describes.
   *
   * @throws AdminError (400) naming the first bad field
   */
  static Fault read(Map<String, @Nullable Object> json) {
    for (String field : json.keySet()) {
      if (!FIELDS.contains(field)) {
        throw bad(
            field, "unknown field " + field + "; the fields are " + String.join(", ", FIELDS));
      }
    }
    String kindName = text(json, "kind");
    if (kindName == null) {
      throw bad("kind", "kind is required: one of " + kinds());
    }
    Fault.Kind kind;
    try {
      kind = Fault.Kind.valueOf(kindName.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw bad("kind", "kind " + kindName + " is not one of " + kinds());
    }
    Long delayMillis = whole(json, "delayMillis");
    String errorName = text(json, "errorCode");
    String message = text(json, "message");
    if (kind != Fault.Kind.LATENCY && delayMillis != null) {
      throw bad("delayMillis", "delayMillis belongs to kind latency only");
    }
    boolean partial = kind == Fault.Kind.PARTIAL_BATCH_FAILURE;
    if (kind != Fault.Kind.ERROR && !partial && (errorName != null || message != null)) {
      throw bad(
          errorName != null ? "errorCode" : "message",
          "errorCode and message belong to kinds error and partial_batch_failure only");
    }
    Long every = whole(json, "every");
    Object senderFault = json.get("senderFault");
    if (!partial && (every != null || senderFault != null)) {
      throw bad(
          every != null ? "every" : "senderFault",
          "every and senderFault belong to kind partial_batch_failure only");
    }
    if (senderFault != null && !(senderFault instanceof Boolean)) {
      throw bad("senderFault", "senderFault must be true or false: " + senderFault);
    }
    Fault fault;
    switch (kind) {
      case THROTTLE -> fault = Fault.throttle();
      case INTERNAL_ERROR -> fault = Fault.internalError();
      case SERVICE_UNAVAILABLE -> fault = Fault.serviceUnavailable();
      case DROP_CONNECTION -> fault = Fault.dropConnection();
      case CORRUPT_MD5 -> fault = Fault.corruptMd5();
      case DUPLICATE_DELIVERY -> fault = Fault.duplicateDelivery();
      case RECEIPT_HANDLE_INVALID -> fault = Fault.receiptHandleInvalid();
      case PARTIAL_BATCH_FAILURE -> {
        if (every == null) {
          throw bad("every", "kind partial_batch_failure needs every: 2 fails entries 2, 4, 6...");
        }
        if (every > Integer.MAX_VALUE || every < Integer.MIN_VALUE) {
          throw bad("every", "every is too large: " + every);
        }
        int n = every.intValue();
        String code = errorName == null ? Fault.INTERNAL_ERROR_CODE : errorName;
        String text = message == null ? Fault.INTERNAL_ERROR_MESSAGE : message;
        boolean sender = Boolean.TRUE.equals(senderFault);
        fault = apply("every", () -> Fault.partialBatchFailure(n, code, text, sender));
      }
      case LATENCY -> {
        if (delayMillis == null) {
          throw bad("delayMillis", "kind latency needs delayMillis, a number of milliseconds");
        }
        long millis = delayMillis;
        fault = apply("delayMillis", () -> Fault.latency(Duration.ofMillis(millis)));
      }
      case ERROR -> {
        if (errorName == null) {
          throw bad("errorCode", "kind error needs errorCode, e.g. QueueDoesNotExist");
        }
        SqsErrorCode code = errorCode(errorName);
        fault = message == null ? Fault.error(code) : Fault.error(code, message);
      }
      default -> throw new IllegalStateException("a Fault.Kind without a case: " + kind);
    }
    String action = text(json, "action");
    if (action != null) {
      Fault base = fault;
      fault = apply("action", () -> base.action(action));
    }
    String queue = text(json, "queue");
    if (queue != null) {
      Fault base = fault;
      fault = apply("queue", () -> base.queue(queue));
    }
    String accountId = text(json, "accountId");
    if (accountId != null) {
      Fault base = fault;
      fault = apply("accountId", () -> base.accountId(accountId));
    }
    Long times = whole(json, "times");
    if (times != null) {
      if (times > Integer.MAX_VALUE || times < Integer.MIN_VALUE) {
        throw bad("times", "times is too large: " + times);
      }
      Fault base = fault;
      int n = times.intValue();
      fault = apply("times", () -> base.times(n));
    }
    Object probability = json.get("probability");
    if (probability != null) {
      if (!(probability instanceof Number number)) {
        throw bad("probability", "probability must be a number: " + probability);
      }
      Fault base = fault;
      fault = apply("probability", () -> base.probability(number.doubleValue()));
    }
    return fault;
  }

  /** The JSON object of a rule; {@link #read} gives the same rule back. */
  static Map<String, Object> write(Fault fault) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", fault.kind().name().toLowerCase(Locale.ROOT));
    putIfSet(out, "action", fault.action());
    putIfSet(out, "queue", fault.queue());
    putIfSet(out, "accountId", fault.accountId());
    if (fault.times() > 0) {
      out.put("times", fault.times());
    }
    out.put("probability", fault.probability());
    if (fault.kind() == Fault.Kind.LATENCY) {
      out.put("delayMillis", fault.delay().toMillis());
    }
    SqsErrorCode code = fault.errorCode();
    if (code != null) {
      out.put("errorCode", code.queryCode());
    }
    putIfSet(out, "errorCode", fault.entryCode());
    putIfSet(out, "message", fault.message());
    if (fault.kind() == Fault.Kind.PARTIAL_BATCH_FAILURE) {
      out.put("every", fault.every());
      out.put("senderFault", fault.senderFault());
    }
    return out;
  }

  private static void putIfSet(Map<String, Object> out, String name, @Nullable Object value) {
    if (value != null) {
      out.put(name, value);
    }
  }

  /** One of Fault's builder steps; its refusal becomes a 400 naming {@code field}. */
  private static Fault apply(String field, java.util.function.Supplier<Fault> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException e) {
      throw bad(field, e.getMessage());
    }
  }

  /**
   * An error by its Query code ({@code AWS.SimpleQueueService.NonExistentQueue}), JSON type or
   * name.
   */
  private static SqsErrorCode errorCode(String name) {
    for (SqsErrorCode code : SqsErrorCode.values()) {
      if (code.queryCode().equals(name)
          || code.jsonType().equals(name)
          || code.name().equals(name)) {
        return code;
      }
    }
    throw bad(
        "errorCode", "errorCode " + name + " is not an SQS error code (e.g. QueueDoesNotExist)");
  }

  private static @Nullable String text(Map<String, @Nullable Object> json, String field) {
    Object value = json.get(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw bad(field, field + " must be a string: " + value);
    }
    return text;
  }

  private static @Nullable Long whole(Map<String, @Nullable Object> json, String field) {
    Object value = json.get(field);
    if (value == null) {
      return null;
    }
    if (!(value instanceof Long number)) {
      throw bad(field, field + " must be a whole number: " + value);
    }
    return number;
  }

  private static String kinds() {
    StringBuilder out = new StringBuilder();
    for (Fault.Kind kind : Fault.Kind.values()) {
      out.append(out.length() == 0 ? "" : ", ").append(kind.name().toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  private static AdminError bad(String field, @Nullable String message) {
    return new AdminError(
        400, "InvalidField", field, message == null ? field + " is invalid" : message);
  }
}

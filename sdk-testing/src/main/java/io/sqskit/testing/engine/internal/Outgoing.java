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
package io.sqskit.testing.engine.internal;

import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A validated message on its way into a queue (one SendMessage or one batch entry).
 *
 * @param size bytes counted against MaximumMessageSize: body plus attribute names, types, values
 */
@SuppressWarnings("ArrayRecordComponent") // bytes held as they are; see the Javadoc
record Outgoing(
    String body,
    byte[] md5,
    @Nullable Integer delaySeconds,
    @Nullable SortedMap<String, AttributeValue> attributes,
    @Nullable String attributesMd5,
    @Nullable String traceHeader,
    @Nullable String systemAttributesMd5,
    @Nullable String groupId,
    @Nullable String dedupId,
    int size) {

  private static final int MAX_ATTRIBUTES = 10;

  /**
   * Validates one message against its queue. Errors carry SQS's codes; the recorded texts are used
   * where sqs-reference has them, elsewhere the comment says where the text comes from.
   *
   * @param batch true for a SendMessageBatch entry (the size error reads differently there)
   */
  static Outgoing parse(Map<String, Object> in, QueueSettings settings, boolean batch) {
    String body = Params.string(in, "MessageBody");
    if (body == null || body.isEmpty()) {
      throw Params.missing("MessageBody"); // recorded: an empty body is a missing body
    }
    Integer delay = Params.integer(in, "DelaySeconds");
    if (delay != null) {
      if (settings.fifo && delay != 0) {
        // Recorded (test_fifo_queue_send_message_with_delay_seconds_fails); 0 is accepted and means
        // the queue's delay (test_fifo_queue_send_message_with_zero_delay_defaults_to_queue_delay).
        throw Params.invalid(
            "DelaySeconds",
            delay,
            "The request include parameter that is not valid for this queue type.");
      }
      if (delay < 0 || delay > 900) {
        throw Params.invalid("DelaySeconds", delay, "DelaySeconds must be >= 0 and <= 900.");
      }
      if (settings.fifo) {
        delay = null;
      }
    }
    int bad = Texts.firstInvalidBodyChar(body);
    if (bad >= 0) {
      // AWS wording for InvalidMessageContents; the allowed set is in semantics.md.
      throw new SqsError(
          SqsErrorCode.INVALID_MESSAGE_CONTENTS,
          "Invalid binary character '#x"
              + Integer.toHexString(bad).toUpperCase(java.util.Locale.ROOT)
              + "' was found in the message body, the set of allowed characters is #x9 | #xA | #xD"
              + " | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF");
    }
    int size = Texts.utf8Length(body);
    SortedMap<String, AttributeValue> attributes = null;
    String attributesMd5 = null;
    Map<String, Object> raw = Params.map(in, "MessageAttributes");
    if (raw != null && !raw.isEmpty()) {
      attributes = userAttributes(raw);
      attributesMd5 = Digests.attributesMd5Hex(attributes);
      for (Map.Entry<String, AttributeValue> e : attributes.entrySet()) {
        size += Texts.utf8Length(e.getKey()) + e.getValue().size();
      }
    }
    String trace = null;
    String systemMd5 = null;
    Map<String, Object> system = Params.map(in, "MessageSystemAttributes");
    if (system != null && !system.isEmpty()) {
      trace = traceHeader(system);
      SortedMap<String, AttributeValue> s = new TreeMap<>();
      s.put("AWSTraceHeader", new AttributeValue("String", trace, null));
      systemMd5 = Digests.attributesMd5Hex(s);
    }
    if (size > settings.maximumMessageSize) {
      // Recorded (test_send_oversized_message, test_send_batch_message_size): the texts differ
      // between SendMessage and a SendMessageBatch entry.
      String lead =
          batch
              ? "One or more parameters cannot be validated."
              : "One or more parameters are invalid.";
      throw new SqsError(
          SqsErrorCode.INVALID_PARAMETER_VALUE,
          lead
              + " Reason: Message must be shorter than "
              + settings.maximumMessageSize
              + " bytes.");
    }
    String group = Params.string(in, "MessageGroupId");
    String dedup = Params.string(in, "MessageDeduplicationId");
    if (group != null && !Texts.isGroupOrDedupId(group)) {
      // Recorded (test_send_message_to_standard_queue_with_invalid_message_group_id).
      throw Params.invalid(
          "MessageGroupId",
          group,
          "MessageGroupId can only include alphanumeric and punctuation characters. 1 to 128 in"
              + " length.");
    }
    if (dedup != null && !Texts.isGroupOrDedupId(dedup)) {
      // Recorded (test_message_deduplication_id_invalid).
      throw Params.invalid(
          "MessageDeduplicationId",
          dedup,
          "MessageDeduplicationId can only include alphanumeric and punctuation characters. 1 to"
              + " 128 in length.");
    }
    if (settings.fifo) {
      if (group == null) {
        if (batch) {
          // Recorded (test_send_batch_missing_message_group_id_for_fifo_queue): in a batch SQS
          // answers InvalidParameterValue for the whole request, not MissingParameter.
          throw new SqsError(
              SqsErrorCode.INVALID_PARAMETER_VALUE,
              "The request must contain the parameter MessageGroupId.");
        }
        throw Params.missing("MessageGroupId");
      }
      if (dedup == null) {
        if (!settings.contentBasedDeduplication) {
          // Recorded (test_posting_to_fifo_requires_deduplicationid_group_id).
          throw new SqsError(
              SqsErrorCode.INVALID_PARAMETER_VALUE,
              "The queue should either have ContentBasedDeduplication enabled or"
                  + " MessageDeduplicationId provided explicitly");
        }
        dedup = Digests.sha256Hex(body);
      }
    } else if (dedup != null) {
      // Standard queues accept MessageGroupId (fair queues, recorded in
      // test_fair_queue_with_message_group_id) but not a deduplication id; wording as for
      // DelaySeconds on FIFO queues.
      throw Params.invalid(
          "MessageDeduplicationId",
          dedup,
          "The request include parameter that is not valid for this queue type.");
    }
    return new Outgoing(
        body,
        Digests.md5(body),
        delay,
        attributes,
        attributesMd5,
        trace,
        systemMd5,
        group,
        dedup,
        size);
  }

  private static SortedMap<String, AttributeValue> userAttributes(Map<String, Object> raw) {
    if (raw.size() > MAX_ATTRIBUTES) {
      // AWS wording; the limit is in semantics.md.
      throw new SqsError(
          SqsErrorCode.INVALID_PARAMETER_VALUE,
          "Number of message attributes ["
              + raw.size()
              + "] exceeds the allowed maximum ["
              + MAX_ATTRIBUTES
              + "].");
    }
    SortedMap<String, AttributeValue> out = new TreeMap<>();
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      String name = e.getKey();
      checkAttributeName(name);
      Map<String, Object> v = Params.struct(e.getValue(), "MessageAttributes." + name);
      out.put(name, attributeValue(name, v, "Message (user) attribute"));
    }
    return out;
  }

  private static void checkAttributeName(String name) {
    // Rules from semantics.md ("Message attributes"); the texts are ours, the reference has none.
    String reason = null;
    if (name == null || name.isEmpty() || name.length() > 256) {
      reason = "Must be 1 to 256 characters long.";
    } else if (!isAttributeNameChars(name)) {
      reason = "Can only include alphanumeric characters, hyphens, underscores, or periods.";
    } else if (name.regionMatches(true, 0, "AWS.", 0, 4)
        || name.regionMatches(true, 0, "Amazon.", 0, 7)) {
      reason = "Names starting with 'AWS.' or 'Amazon.' are reserved.";
    } else if (name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
      reason = "Can't start or end with a period, or contain two periods in a row.";
    }
    if (reason != null) {
      throw new SqsError(
          SqsErrorCode.INVALID_PARAMETER_VALUE,
          "Message (user) attribute name '" + name + "' is invalid. " + reason);
    }
  }

  private static boolean isAttributeNameChars(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Texts.isAlnum(c) && c != '-' && c != '_' && c != '.') {
        return false;
      }
    }
    return true;
  }

  static AttributeValue attributeValue(String name, Map<String, Object> v, String kind) {
    String type = Params.string(v, "DataType");
    if (type == null || type.isEmpty()) {
      throw new SqsError(
          SqsErrorCode.INVALID_PARAMETER_VALUE,
          "The message attribute '" + name + "' must contain non-empty message attribute type.");
    }
    String base = type;
    int dot = type.indexOf('.');
    if (dot >= 0) {
      base = type.substring(0, dot);
      if (dot == type.length() - 1 || type.length() > 256) {
        throw badType(name);
      }
    }
    if (!base.equals("String") && !base.equals("Number") && !base.equals("Binary")) {
      throw badType(name);
    }
    if ((v.get("StringListValues") instanceof java.util.List<?> l1 && !l1.isEmpty())
        || (v.get("BinaryListValues") instanceof java.util.List<?> l2 && !l2.isEmpty())) {
      // The list members are reserved by SQS ("not implemented" in the API reference).
      throw new SqsError(
          SqsErrorCode.INVALID_PARAMETER_VALUE,
          kind + " '" + name + "' uses list values, which are not supported.");
    }
    if (base.equals("Binary")) {
      Object b = v.get("BinaryValue");
      if (!(b instanceof byte[] bytes) || bytes.length == 0) {
        throw emptyValue(kind, name, "Binary");
      }
      return new AttributeValue(type, null, bytes.clone());
    }
    String s = Params.string(v, "StringValue");
    if (s == null || s.isEmpty()) {
      throw emptyValue(kind, name, base);
    }
    if (Texts.firstInvalidBodyChar(s) >= 0) {
      throw new SqsError(
          SqsErrorCode.INVALID_PARAMETER_VALUE,
          kind + " '" + name + "' contains characters outside the allowed set.");
    }
    if (base.equals("Number")) {
      checkNumber(name, s, kind);
    }
    return new AttributeValue(type, s, null);
  }

  private static void checkNumber(String name, String s, String kind) {
    // semantics.md: up to 38 significant digits, from -10^128 to 10^126.
    BigDecimal n;
    try {
      n = new BigDecimal(s.trim());
    } catch (NumberFormatException e) {
      throw new SqsError(
          SqsErrorCode.INVALID_PARAMETER_VALUE,
          "Can't convert value '"
              + s
              + "' to Number for "
              + kind.toLowerCase(java.util.Locale.ROOT)
              + " '"
              + name
              + "'.");
    }
    BigDecimal stripped = n.stripTrailingZeros();
    boolean ok =
        stripped.precision() <= 38
            && n.compareTo(BigDecimal.TEN.pow(126)) <= 0
            && n.compareTo(BigDecimal.TEN.pow(128).negate()) >= 0;
    if (!ok) {
      throw new SqsError(
          SqsErrorCode.INVALID_PARAMETER_VALUE,
          kind + " '" + name + "' has a Number value out of range: " + s);
    }
  }

  private static SqsError badType(String name) {
    return new SqsError(
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        "The message attribute '"
            + name
            + "' has an invalid message attribute type, the set of supported type prefixes is"
            + " Binary, Number, and String.");
  }

  private static SqsError emptyValue(String kind, String name, String type) {
    // Recorded (test_send_message_with_empty_string_attribute) for String; same form for the rest.
    return new SqsError(
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        kind + " '" + name + "' must contain a non-empty value of type '" + type + "'.");
  }

  private static @Nullable String traceHeader(Map<String, Object> system) {
    String trace = null;
    for (Map.Entry<String, Object> e : system.entrySet()) {
      if (!e.getKey().equals("AWSTraceHeader")) {
        // MessageSystemAttributeNameForSends has AWSTraceHeader only (JSON model).
        throw new SqsError(
            SqsErrorCode.INVALID_PARAMETER_VALUE,
            "Message system attribute name '" + e.getKey() + "' is invalid.");
      }
      Map<String, Object> v = Params.struct(e.getValue(), "MessageSystemAttributes." + e.getKey());
      AttributeValue a = attributeValue(e.getKey(), v, "Message system attribute");
      if (!a.dataType().equals("String")) {
        throw new SqsError(
            SqsErrorCode.INVALID_PARAMETER_VALUE,
            "Message system attribute 'AWSTraceHeader' must be of type 'String'.");
      }
      trace = a.stringValue();
    }
    return trace;
  }

  /** The extras a stored message needs, or null for a plain message. */
  StoredMessage.@Nullable Extras extras() {
    if (attributes == null && traceHeader == null && groupId == null && dedupId == null) {
      return null;
    }
    return new StoredMessage.Extras(attributes, attributesMd5, traceHeader, groupId, dedupId);
  }
}

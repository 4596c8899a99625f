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
package io.sqskit.batch;

import io.sqskit.model.MessageAttributeValue;
import io.sqskit.model.SendMessageRequest;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The checks an entry passes before it is buffered, so that bad input fails in the caller's thread
 * with the {@link IllegalArgumentException} (and wording) the client's single call gives, and so
 * that one bad entry can never make the client reject a whole batch.
 *
 * <p>The client validates a batch request entry by entry with the same rules as the single call;
 * this class repeats the rules of one message against the public model (the batcher is written
 * against the public API only). Beyond them it checks what only the batcher knows: an entry larger
 * than a whole batch may be, and a send to a FIFO queue ({@code .fifo} URL) without a message
 * group, which SQS would answer with {@code MissingParameter}.
 */
final class EntryChecks {
  private static final int MAX_ATTRIBUTES = 10;
  private static final int MAX_FIFO_ID = 128;
  private static final int MAX_VISIBILITY = 43_200;
  private static final int MAX_DELAY = 900;

  private EntryChecks() {}

  /** Whether a queue URL names a FIFO queue: FIFO queue names end with {@code .fifo}. */
  static boolean isFifo(String queueUrl) {
    return queueUrl.endsWith(".fifo");
  }

  /**
   * Checks a send and returns its size as SQS counts it against the batch limit: the body plus
   * every message attribute's name, data type and value, in UTF-8 bytes (system attributes do not
   * count).
   */
  static int send(SendMessageRequest r, int maxBatchBytes) {
    String queueUrl = required("QueueUrl", r.queueUrl());
    String body = r.messageBody();
    if (body == null || body.isEmpty()) {
      throw missing("MessageBody");
    }
    range("DelaySeconds", r.delaySeconds(), 0, MAX_DELAY);
    Map<String, MessageAttributeValue> attributes = r.messageAttributes();
    if (attributes.size() > MAX_ATTRIBUTES) {
      throw new IllegalArgumentException(
          "Number of message attributes ["
              + attributes.size()
              + "] exceeds the allowed maximum ["
              + MAX_ATTRIBUTES
              + "] (parameter MessageAttribute).");
    }
    long size = utf8Length(body);
    for (Map.Entry<String, MessageAttributeValue> e : attributes.entrySet()) {
      attributeName(e.getKey());
      size += attributeValue("Message (user) attribute", e.getKey(), e.getValue());
      size += utf8Length(e.getKey());
    }
    for (Map.Entry<String, MessageAttributeValue> e : r.messageSystemAttributes().entrySet()) {
      attributeValue("Message system attribute", e.getKey(), e.getValue());
    }
    fifoId("MessageDeduplicationId", r.messageDeduplicationId());
    fifoId("MessageGroupId", r.messageGroupId());
    if (isFifo(queueUrl) && r.messageGroupId() == null) {
      throw missing("MessageGroupId");
    }
    if (size > maxBatchBytes) {
      // SQS's wording for a message over MaximumMessageSize, with the batcher's limit.
      throw new IllegalArgumentException(
          "One or more parameters are invalid. Reason: Message must be shorter than "
              + maxBatchBytes
              + " bytes (body and message attributes; this message has "
              + size
              + ").");
    }
    return (int) size;
  }

  /** Checks a delete. */
  static void delete(@Nullable String queueUrl, @Nullable String receiptHandle) {
    required("QueueUrl", queueUrl);
    required("ReceiptHandle", receiptHandle);
  }

  /** Checks a visibility change. */
  static void changeVisibility(
      @Nullable String queueUrl, @Nullable String receiptHandle, @Nullable Integer seconds) {
    required("QueueUrl", queueUrl);
    required("ReceiptHandle", receiptHandle);
    if (seconds == null) {
      throw missing("VisibilityTimeout");
    }
    range("VisibilityTimeout", seconds, 0, MAX_VISIBILITY);
  }

  private static void attributeName(String name) {
    String reason = null;
    if (name.isEmpty() || name.length() > 256) {
      reason = "Message attribute names must be 1 to 256 characters long.";
    } else if (name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
      reason =
          "Message attribute names cannot start or end with a period or contain two periods in a"
              + " row.";
    } else if (name.regionMatches(true, 0, "AWS.", 0, 4)
        || name.regionMatches(true, 0, "Amazon.", 0, 7)) {
      reason = "Message attribute names cannot start with AWS. or Amazon., which are reserved.";
    } else if (!name.chars().allMatch(c -> isWordChar(c) || c == '.')) {
      reason =
          "Message attribute names can contain only alphanumeric characters, hyphens,"
              + " underscores and periods.";
    }
    if (reason != null) {
      throw new IllegalArgumentException(
          "Value " + name + " for parameter MessageAttribute.Name is invalid. Reason: " + reason);
    }
  }

  /** Checks an attribute value and returns its size: data type plus value, in bytes. */
  private static long attributeValue(String kind, String name, MessageAttributeValue value) {
    String type = value.dataType();
    String base = null;
    for (String candidate : new String[] {"String", "Number", "Binary"}) {
      if (type.equals(candidate)
          || (type.startsWith(candidate + ".") && type.length() > candidate.length() + 1)) {
        base = candidate;
      }
    }
    if (base == null) {
      throw new IllegalArgumentException(
          kind
              + " '"
              + name
              + "' has invalid data type '"
              + type
              + "': must be String, Number or Binary, optionally followed by .<custom type>.");
    }
    long typeBytes = utf8Length(type);
    if (base.equals("Binary")) {
      byte[] binary = value.binaryValue();
      if (binary == null || binary.length == 0) {
        throw new IllegalArgumentException(
            kind + " '" + name + "' must contain a non-empty value of type 'Binary'.");
      }
      return typeBytes + binary.length;
    }
    String text = value.stringValue();
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException(
          kind + " '" + name + "' must contain a non-empty value of type '" + base + "'.");
    }
    return typeBytes + utf8Length(text);
  }

  private static void fifoId(String parameter, @Nullable String value) {
    if (value != null && value.length() > MAX_FIFO_ID) {
      throw new IllegalArgumentException(
          "Value "
              + value
              + " for parameter "
              + parameter
              + " is invalid. Reason: Must be at most "
              + MAX_FIFO_ID
              + " characters long.");
    }
  }

  private static void range(String parameter, @Nullable Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw new IllegalArgumentException(
          "Value "
              + value
              + " for parameter "
              + parameter
              + " is invalid. Reason: Must be >= "
              + min
              + " and <= "
              + max
              + ", if provided.");
    }
  }

  private static String required(String parameter, @Nullable String value) {
    if (value == null) {
      throw missing(parameter);
    }
    return value;
  }

  private static IllegalArgumentException missing(String parameter) {
    return new IllegalArgumentException(
        "The request must contain the parameter " + parameter + ".");
  }

  private static boolean isWordChar(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '-';
  }

  /** UTF-8 length without encoding: SQS limits count bytes. */
  static long utf8Length(String s) {
    long bytes = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}

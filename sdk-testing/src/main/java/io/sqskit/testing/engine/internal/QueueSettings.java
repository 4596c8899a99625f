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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The settable attributes of one queue, with SQS's defaults, ranges and validation
 * (sqs-reference/semantics.md, "Queues"; texts from recorded/test_sqs.snapshot.json where a case
 * exists). Mutable; a queue copies it, applies a request to the copy and commits the copy only when
 * every attribute was valid.
 */
final class QueueSettings {
  static final int DEFAULT_MAXIMUM_MESSAGE_SIZE = 1_048_576;

  /** Settable attribute names, in the order GetQueueAttributes lists them. */
  static final List<String> SETTABLE =
      List.of(
          "DelaySeconds",
          "MaximumMessageSize",
          "MessageRetentionPeriod",
          "ReceiveMessageWaitTimeSeconds",
          "VisibilityTimeout",
          "Policy",
          "RedrivePolicy",
          "RedriveAllowPolicy",
          "KmsMasterKeyId",
          "KmsDataKeyReusePeriodSeconds",
          "SqsManagedSseEnabled",
          "FifoQueue",
          "ContentBasedDeduplication",
          "DeduplicationScope",
          "FifoThroughputLimit");

  /** Attributes SQS computes; asking for them is fine, setting them is not. */
  static final List<String> READ_ONLY =
      List.of(
          "ApproximateNumberOfMessages",
          "ApproximateNumberOfMessagesNotVisible",
          "ApproximateNumberOfMessagesDelayed",
          "CreatedTimestamp",
          "LastModifiedTimestamp",
          "QueueArn");

  final boolean fifo;
  int delaySeconds;
  int maximumMessageSize = DEFAULT_MAXIMUM_MESSAGE_SIZE;
  int messageRetentionPeriod = 345_600;
  int receiveMessageWaitTimeSeconds;
  int visibilityTimeout = 30;
  @Nullable String policy;
  @Nullable String redrivePolicy;
  @Nullable String deadLetterTargetArn;
  int maxReceiveCount;
  @Nullable String redriveAllowPolicy;
  @Nullable String kmsMasterKeyId;
  int kmsDataKeyReusePeriodSeconds = 300;
  boolean sqsManagedSseEnabled = true;
  boolean contentBasedDeduplication;
  // A new FIFO queue reports DeduplicationScope "queue" (recorded:
  // test_fifo_set_content_based_deduplication_strategy).
  String deduplicationScope = "queue";
  String fifoThroughputLimit = "perQueue";

  QueueSettings(boolean fifo) {
    this.fifo = fifo;
  }

  QueueSettings copy() {
    QueueSettings c = new QueueSettings(fifo);
    c.delaySeconds = delaySeconds;
    c.maximumMessageSize = maximumMessageSize;
    c.messageRetentionPeriod = messageRetentionPeriod;
    c.receiveMessageWaitTimeSeconds = receiveMessageWaitTimeSeconds;
    c.visibilityTimeout = visibilityTimeout;
    c.policy = policy;
    c.redrivePolicy = redrivePolicy;
    c.deadLetterTargetArn = deadLetterTargetArn;
    c.maxReceiveCount = maxReceiveCount;
    c.redriveAllowPolicy = redriveAllowPolicy;
    c.kmsMasterKeyId = kmsMasterKeyId;
    c.kmsDataKeyReusePeriodSeconds = kmsDataKeyReusePeriodSeconds;
    c.sqsManagedSseEnabled = sqsManagedSseEnabled;
    c.contentBasedDeduplication = contentBasedDeduplication;
    c.deduplicationScope = deduplicationScope;
    c.fifoThroughputLimit = fifoThroughputLimit;
    return c;
  }

  /** The settable attributes as GetQueueAttributes renders them, in {@link #SETTABLE} order. */
  Map<String, String> render() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("DelaySeconds", Integer.toString(delaySeconds));
    m.put("MaximumMessageSize", Integer.toString(maximumMessageSize));
    m.put("MessageRetentionPeriod", Integer.toString(messageRetentionPeriod));
    m.put("ReceiveMessageWaitTimeSeconds", Integer.toString(receiveMessageWaitTimeSeconds));
    m.put("VisibilityTimeout", Integer.toString(visibilityTimeout));
    if (policy != null) {
      m.put("Policy", policy);
    }
    if (redrivePolicy != null) {
      m.put("RedrivePolicy", redrivePolicy);
    }
    if (redriveAllowPolicy != null) {
      m.put("RedriveAllowPolicy", redriveAllowPolicy);
    }
    // Recorded: KMS attributes appear only while a key is set
    // (test_set_queue_attributes_default_values).
    if (kmsMasterKeyId != null) {
      m.put("KmsMasterKeyId", kmsMasterKeyId);
      m.put("KmsDataKeyReusePeriodSeconds", Integer.toString(kmsDataKeyReusePeriodSeconds));
    }
    m.put("SqsManagedSseEnabled", Boolean.toString(sqsManagedSseEnabled));
    if (fifo) {
      m.put("FifoQueue", "true");
      m.put("ContentBasedDeduplication", Boolean.toString(contentBasedDeduplication));
      m.put("DeduplicationScope", deduplicationScope);
      m.put("FifoThroughputLimit", fifoThroughputLimit);
    }
    return m;
  }

  /**
   * Validates and applies {@code attributes} to this copy.
   *
   * @param creating true for CreateQueue (FifoQueue allowed), false for SetQueueAttributes
   * @param queues finds a queue by ARN, for the dead-letter target of a RedrivePolicy
   * @param selfArn the ARN of the queue being configured
   */
  void apply(
      Map<String, String> attributes,
      boolean creating,
      Function<String, @Nullable QueueState> queues,
      String selfArn) {
    boolean kmsGiven = false;
    boolean sseGiven = false;
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      String name = e.getKey();
      String value = e.getValue() == null ? "" : e.getValue();
      switch (name) {
        case "DelaySeconds" -> delaySeconds = intIn(name, value, 0, 900);
        case "MaximumMessageSize" -> maximumMessageSize = intIn(name, value, 1024, 1_048_576);
        case "MessageRetentionPeriod" -> messageRetentionPeriod = intIn(name, value, 60, 1_209_600);
        case "ReceiveMessageWaitTimeSeconds" ->
            receiveMessageWaitTimeSeconds = intIn(name, value, 0, 20);
        case "VisibilityTimeout" -> visibilityTimeout = intIn(name, value, 0, 43_200);
        case "Policy" -> policy = policy(value);
        case "RedrivePolicy" -> redrivePolicy(value, queues, selfArn);
        case "RedriveAllowPolicy" -> redriveAllowPolicy = redriveAllowPolicy(value);
        case "KmsMasterKeyId" -> {
          kmsMasterKeyId = value.isEmpty() ? null : value;
          kmsGiven = kmsMasterKeyId != null;
        }
        case "KmsDataKeyReusePeriodSeconds" ->
            kmsDataKeyReusePeriodSeconds = intIn(name, value, 60, 86_400);
        case "SqsManagedSseEnabled" -> {
          sqsManagedSseEnabled = bool(name, value);
          sseGiven = sqsManagedSseEnabled;
        }
        case "FifoQueue" -> fifoQueue(value, creating);
        case "ContentBasedDeduplication" -> {
          if (!fifo) {
            throw unknown(name);
          }
          contentBasedDeduplication = bool(name, value);
        }
        case "DeduplicationScope" -> {
          requireFifo(name);
          deduplicationScope = oneOf(name, value, "messageGroup", "queue");
        }
        case "FifoThroughputLimit" -> {
          requireFifo(name);
          fifoThroughputLimit = oneOf(name, value, "perQueue", "perMessageGroupId");
        }
        default -> throw unknown(name);
      }
    }
    if (kmsGiven && sseGiven) {
      // Recorded (test_sse_kms_and_sqs_are_mutually_exclusive): InvalidAttributeName.
      throw new SqsError(
          SqsErrorCode.INVALID_ATTRIBUTE_NAME,
          "You can use one type of server-side encryption (SSE) at one time. You can either enable"
              + " KMS SSE or SQS SSE.");
    }
    if (kmsGiven) {
      sqsManagedSseEnabled = false; // recorded: a KMS key switches SQS-managed SSE off
    }
    if (sseGiven) {
      kmsMasterKeyId = null;
    }
    // Any mix of DeduplicationScope and FifoThroughputLimit is accepted: the SQS Developer Guide
    // (high throughput for FIFO queues) says that with other values than messageGroup plus
    // perMessageGroupId, normal throughput applies and deduplication happens as specified.
  }

  private void fifoQueue(String value, boolean creating) {
    if (!fifo) {
      throw unknown("FifoQueue"); // recorded: standard queues do not know the attribute
    }
    if (creating) {
      if (!"true".equalsIgnoreCase(value)) {
        throw invalidValue("FifoQueue");
      }
      return;
    }
    // test_set_unsupported_attribute_fifo (AWS-validated): FifoQueue=true on a FIFO queue is
    // accepted and changes nothing; false answers "Modifying queue type is not supported". Its
    // "Unknown Attribute" step is the standard queue's.
    if ("true".equalsIgnoreCase(value)) {
      return;
    }
    if ("false".equalsIgnoreCase(value)) {
      throw new SqsError(
          SqsErrorCode.INVALID_ATTRIBUTE_VALUE,
          "Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not"
              + " supported.");
    }
    throw unknown("FifoQueue");
  }

  private void requireFifo(String name) {
    if (!fifo) {
      // Recorded (test_create_standard_queue_with_fifo_attribute_raises_error).
      throw new SqsError(
          SqsErrorCode.INVALID_ATTRIBUTE_NAME,
          "You can specify the " + name + " only when FifoQueue is set to true.");
    }
  }

  static SqsError unknown(String name) {
    return new SqsError(SqsErrorCode.INVALID_ATTRIBUTE_NAME, "Unknown Attribute " + name + ".");
  }

  static SqsError invalidValue(String name) {
    return new SqsError(
        SqsErrorCode.INVALID_ATTRIBUTE_VALUE, "Invalid value for the parameter " + name + ".");
  }

  private static int intIn(String name, String value, int min, int max) {
    long v;
    try {
      v = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw invalidValue(name);
    }
    if (v < min || v > max) {
      throw invalidValue(name);
    }
    return (int) v;
  }

  private static boolean bool(String name, String value) {
    if ("true".equalsIgnoreCase(value)) {
      return true;
    }
    if ("false".equalsIgnoreCase(value)) {
      return false;
    }
    throw invalidValue(name);
  }

  private static String oneOf(String name, String value, String a, String b) {
    if (a.equals(value) || b.equals(value)) {
      return value;
    }
    throw invalidValue(name);
  }

  private static @Nullable String policy(String value) {
    if (value.isEmpty()) {
      return null;
    }
    if (value.getBytes(StandardCharsets.UTF_8).length > 8_192) {
      // Policy quotas: at most 8,192 bytes. SQS's answer to a longer one is not recorded; this is
      // its answer to any other policy it refuses.
      throw invalidValue("Policy");
    }
    try {
      if (!(Json.parse(value) instanceof Map)) {
        throw invalidValue("Policy");
      }
    } catch (IllegalArgumentException e) {
      throw invalidValue("Policy");
    }
    return value;
  }

  private static SqsError redriveError(String value, String reason) {
    return new SqsError(
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        "Value " + value + " for parameter RedrivePolicy is invalid. Reason: " + reason);
  }

  private void redrivePolicy(
      String value, Function<String, @Nullable QueueState> queues, String selfArn) {
    if (value.isEmpty()) {
      // Recorded (test_set_empty_redrive_policy): an empty value removes the policy.
      redrivePolicy = null;
      deadLetterTargetArn = null;
      maxReceiveCount = 0;
      return;
    }
    Map<?, ?> m;
    try {
      Object parsed = Json.parse(value);
      if (!(parsed instanceof Map<?, ?> map)) {
        throw redriveError(value, "Invalid value for RedrivePolicy.");
      }
      m = map;
    } catch (IllegalArgumentException e) {
      throw redriveError(value, "Invalid value for RedrivePolicy.");
    }
    // Texts below follow the AWS answers as documented in the SQS developer guide's
    // troubleshooting notes; the reference has no recording of them.
    Object target = m.get("deadLetterTargetArn");
    if (!(target instanceof String arn) || arn.isEmpty()) {
      throw redriveError(
          value, "Redrive policy does not contain mandatory attribute: deadLetterTargetArn.");
    }
    Object count = m.get("maxReceiveCount");
    if (count == null) {
      throw redriveError(
          value, "Redrive policy does not contain mandatory attribute: maxReceiveCount.");
    }
    long n;
    try {
      n = count instanceof Number num ? num.longValue() : Long.parseLong(count.toString().trim());
    } catch (NumberFormatException e) {
      n = -1;
    }
    if (n < 1 || n > 1000) {
      throw redriveError(
          value,
          "Invalid value for maxReceiveCount: "
              + count
              + ", valid values are from 1 to 1000 both inclusive.");
    }
    if (!Arns.isQueueArn(arn)) {
      throw redriveError(value, "Invalid value for deadLetterTargetArn.");
    }
    QueueState dlq = queues.apply(arn);
    // semantics.md: the dead-letter queue is in the same account and region as its source.
    if (dlq != null && !Arns.account(arn).equals(Arns.account(selfArn))) {
      dlq = null;
    }
    if (dlq == null || arn.equals(selfArn)) {
      throw redriveError(value, "Dead letter target does not exist.");
    }
    if (dlq.fifo != fifo) {
      throw redriveError(value, "Dead-letter queue must be same type of queue as the source.");
    }
    if (!dlq.settings.allowsSource(selfArn)) {
      // The dead-letter queue's RedriveAllowPolicy decides who may use it (SQS developer guide,
      // "Configuring queue permissions for dead-letter queue redrive"); the text is ours.
      throw redriveError(
          value,
          "Queue " + arn + " does not allow " + selfArn + " to use it as a dead-letter queue.");
    }
    deadLetterTargetArn = arn;
    maxReceiveCount = (int) n;
    Map<String, Object> normal = new LinkedHashMap<>();
    normal.put("deadLetterTargetArn", arn);
    normal.put("maxReceiveCount", n);
    redrivePolicy = Json.write(normal);
  }

  private static SqsError allowError(String value, String reason) {
    return new SqsError(
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        "Value " + value + " for parameter RedriveAllowPolicy is invalid. Reason: " + reason);
  }

  private static @Nullable String redriveAllowPolicy(String value) {
    if (value.isEmpty()) {
      return null;
    }
    Map<?, ?> m;
    try {
      Object parsed = Json.parse(value);
      if (!(parsed instanceof Map<?, ?> map)) {
        throw allowError(value, "Invalid value for RedriveAllowPolicy.");
      }
      m = map;
    } catch (IllegalArgumentException e) {
      throw allowError(value, "Invalid value for RedriveAllowPolicy.");
    }
    Object permission = m.get("redrivePermission");
    if (!"allowAll".equals(permission)
        && !"denyAll".equals(permission)
        && !"byQueue".equals(permission)) {
      throw allowError(value, "Invalid value for redrivePermission.");
    }
    Object sources = m.get("sourceQueueArns");
    if ("byQueue".equals(permission)) {
      if (!(sources instanceof List<?> l) || l.isEmpty() || l.size() > 10) {
        throw allowError(
            value, "You must specify 1 to 10 sourceQueueArns when redrivePermission is byQueue.");
      }
      for (Object o : l) {
        if (!(o instanceof String s) || !Arns.isQueueArn(s)) {
          throw allowError(value, "Invalid value for sourceQueueArns.");
        }
      }
    } else if (sources != null) {
      throw allowError(value, "sourceQueueArns is allowed only when redrivePermission is byQueue.");
    }
    return value;
  }

  /** True when the dead-letter queue's RedriveAllowPolicy lets {@code sourceArn} use it. */
  boolean allowsSource(String sourceArn) {
    if (redriveAllowPolicy == null) {
      return true;
    }
    // Non-null: redriveAllowPolicy() accepted it as a JSON object.
    Map<?, ?> m = (Map<?, ?>) Objects.requireNonNull(Json.parse(redriveAllowPolicy));
    Object permission = m.get("redrivePermission");
    if ("denyAll".equals(permission)) {
      return false;
    }
    if ("byQueue".equals(permission)) {
      return m.get("sourceQueueArns") instanceof List<?> l && l.contains(sourceArn);
    }
    return true;
  }

  /**
   * The attribute names among {@code named} whose value differs between this and {@code other}, in
   * {@link #SETTABLE} order. CreateQueue of an existing queue compares only the attributes its
   * request names: one with no attributes, or with a matching subset, gets the existing URL
   * (recorded: test_create_queue_with_different_attributes_raises_exception).
   */
  List<String> differences(QueueSettings other, Set<String> named) {
    Map<String, String> a = render();
    Map<String, String> b = other.render();
    List<String> out = new ArrayList<>();
    for (String name : SETTABLE) {
      if (named.contains(name) && !Objects.equals(a.get(name), b.get(name))) {
        out.add(name);
      }
    }
    return out;
  }
}

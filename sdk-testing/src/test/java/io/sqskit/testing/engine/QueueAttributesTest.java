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
package io.sqskit.testing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueAttributesTest extends EngineTestSupport {

  @Test
  void standardQueueHasSqsDefaults() {
    String url = createQueue("q");
    assertThat(attributes(url, "All"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("ApproximateNumberOfMessages", "0"),
                Map.entry("ApproximateNumberOfMessagesDelayed", "0"),
                Map.entry("ApproximateNumberOfMessagesNotVisible", "0"),
                Map.entry("CreatedTimestamp", Long.toString(START.getEpochSecond())),
                Map.entry("DelaySeconds", "0"),
                Map.entry("LastModifiedTimestamp", Long.toString(START.getEpochSecond())),
                Map.entry("MaximumMessageSize", "1048576"),
                Map.entry("MessageRetentionPeriod", "345600"),
                Map.entry("QueueArn", "arn:aws:sqs:us-east-1:123456789012:q"),
                Map.entry("ReceiveMessageWaitTimeSeconds", "0"),
                Map.entry("SqsManagedSseEnabled", "true"),
                Map.entry("VisibilityTimeout", "30")));
  }

  @Test
  void fifoQueueAddsFifoDefaults() {
    String url = createFifoQueue("q.fifo");
    assertThat(attributes(url, "All"))
        .containsEntry("FifoQueue", "true")
        .containsEntry("ContentBasedDeduplication", "false")
        .containsEntry("DeduplicationScope", "queue")
        .containsEntry("FifoThroughputLimit", "perQueue");
  }

  @Test
  void getQueueAttributesReturnsOnlyTheNamedOnes() {
    String url = createQueue("q", "VisibilityTimeout", "20");
    assertThat(attributes(url, "VisibilityTimeout", "QueueArn"))
        .containsOnlyKeys("VisibilityTimeout", "QueueArn")
        .containsEntry("VisibilityTimeout", "20");
  }

  @Test
  void getQueueAttributesWithoutNamesReturnsNoAttributes() {
    String url = createQueue("q");
    assertThat(call("GetQueueAttributes", "QueueUrl", url)).isEmpty();
  }

  @Test
  void unknownAttributeNameIsInvalidAttributeName() {
    String url = createQueue("q");
    SqsError e = error(() -> attributes(url, "Colour"));
    assertError(e, SqsErrorCode.INVALID_ATTRIBUTE_NAME, 400, "Unknown Attribute Colour.");
  }

  @Test
  void setQueueAttributesChangesValuesAndLastModified() {
    String url = createQueue("q");
    advance(100);
    call(
        "SetQueueAttributes",
        "QueueUrl",
        url,
        "Attributes",
        Map.of("DelaySeconds", "420", "MaximumMessageSize", "2048", "VisibilityTimeout", "69"));
    assertThat(attributes(url, "All"))
        .containsEntry("DelaySeconds", "420")
        .containsEntry("MaximumMessageSize", "2048")
        .containsEntry("VisibilityTimeout", "69")
        .containsEntry("LastModifiedTimestamp", Long.toString(START.getEpochSecond() + 100))
        .containsEntry("CreatedTimestamp", Long.toString(START.getEpochSecond()));
  }

  @Test
  void outOfRangeValuesAreInvalidAttributeValue() {
    String url = createQueue("q");
    for (String[] bad :
        List.of(
            new String[] {"DelaySeconds", "901"},
            new String[] {"DelaySeconds", "-1"},
            new String[] {"MaximumMessageSize", "1023"},
            new String[] {"MaximumMessageSize", "1048577"},
            new String[] {"MessageRetentionPeriod", "59"},
            new String[] {"MessageRetentionPeriod", "1209601"},
            new String[] {"ReceiveMessageWaitTimeSeconds", "21"},
            new String[] {"VisibilityTimeout", "43201"},
            new String[] {"KmsDataKeyReusePeriodSeconds", "59"},
            new String[] {"VisibilityTimeout", "ten"},
            new String[] {"SqsManagedSseEnabled", "maybe"})) {
      SqsError e =
          error(
              () ->
                  call(
                      "SetQueueAttributes", "QueueUrl", url, "Attributes", Map.of(bad[0], bad[1])));
      assertError(
          e,
          SqsErrorCode.INVALID_ATTRIBUTE_VALUE,
          400,
          "Invalid value for the parameter " + bad[0] + ".");
    }
    assertThat(attributes(url, "DelaySeconds")).containsEntry("DelaySeconds", "0");
  }

  @Test
  void upperAndLowerBoundsAreAccepted() {
    String url =
        createQueue(
            "q",
            "DelaySeconds",
            "900",
            "MaximumMessageSize",
            "1024",
            "MessageRetentionPeriod",
            "1209600",
            "ReceiveMessageWaitTimeSeconds",
            "20",
            "VisibilityTimeout",
            "43200");
    assertThat(attributes(url, "VisibilityTimeout", "MessageRetentionPeriod"))
        .containsEntry("VisibilityTimeout", "43200")
        .containsEntry("MessageRetentionPeriod", "1209600");
  }

  @Test
  void invalidSetChangesNothing() {
    String url = createQueue("q");
    error(
        () ->
            call(
                "SetQueueAttributes",
                "QueueUrl",
                url,
                "Attributes",
                Map.of("DelaySeconds", "10", "VisibilityTimeout", "99999")));
    assertThat(attributes(url, "DelaySeconds")).containsEntry("DelaySeconds", "0");
  }

  @Test
  void readOnlyAttributesCannotBeSet() {
    String url = createQueue("q");
    SqsError e =
        error(
            () ->
                call(
                    "SetQueueAttributes",
                    "QueueUrl",
                    url,
                    "Attributes",
                    Map.of("ApproximateNumberOfMessages", "5")));
    assertError(
        e,
        SqsErrorCode.INVALID_ATTRIBUTE_NAME,
        400,
        "Unknown Attribute ApproximateNumberOfMessages.");
  }

  @Test
  void fifoOnlyAttributesOnStandardQueueAreRejectedAsRecorded() {
    String url = createQueue("q");
    assertError(
        error(
            () ->
                call(
                    "SetQueueAttributes",
                    "QueueUrl",
                    url,
                    "Attributes",
                    Map.of("FifoQueue", "true"))),
        SqsErrorCode.INVALID_ATTRIBUTE_NAME,
        400,
        "Unknown Attribute FifoQueue.");
    assertError(
        error(() -> createQueue("s", "ContentBasedDeduplication", "true")),
        SqsErrorCode.INVALID_ATTRIBUTE_NAME,
        400,
        "Unknown Attribute ContentBasedDeduplication.");
    assertError(
        error(() -> createQueue("s", "DeduplicationScope", "queue")),
        SqsErrorCode.INVALID_ATTRIBUTE_NAME,
        400,
        "You can specify the DeduplicationScope only when FifoQueue is set to true.");
    assertError(
        error(() -> createQueue("s", "FifoThroughputLimit", "perQueue")),
        SqsErrorCode.INVALID_ATTRIBUTE_NAME,
        400,
        "You can specify the FifoThroughputLimit only when FifoQueue is set to true.");
  }

  @Test
  void fifoQueueTypeCannotBeChanged() {
    String url = createFifoQueue("q.fifo");
    assertError(
        error(
            () ->
                call(
                    "SetQueueAttributes",
                    "QueueUrl",
                    url,
                    "Attributes",
                    Map.of("FifoQueue", "false"))),
        SqsErrorCode.INVALID_ATTRIBUTE_VALUE,
        400,
        "Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not"
            + " supported.");
  }

  @Test
  void kmsKeySwitchesOffSqsManagedSseAndShowsReusePeriod() {
    String url = createQueue("q");
    call(
        "SetQueueAttributes",
        "QueueUrl",
        url,
        "Attributes",
        Map.of("KmsMasterKeyId", "testKeyId", "KmsDataKeyReusePeriodSeconds", "6000"));
    assertThat(attributes(url, "All"))
        .containsEntry("KmsMasterKeyId", "testKeyId")
        .containsEntry("KmsDataKeyReusePeriodSeconds", "6000")
        .containsEntry("SqsManagedSseEnabled", "false");
    call("SetQueueAttributes", "QueueUrl", url, "Attributes", Map.of("KmsMasterKeyId", ""));
    assertThat(attributes(url, "All"))
        .doesNotContainKeys("KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds");
  }

  @Test
  void kmsAndSqsManagedSseTogetherAreRejected() {
    String url = createQueue("q");
    SqsError e =
        error(
            () ->
                call(
                    "SetQueueAttributes",
                    "QueueUrl",
                    url,
                    "Attributes",
                    Map.of("KmsMasterKeyId", "k", "SqsManagedSseEnabled", "true")));
    assertError(
        e,
        SqsErrorCode.INVALID_ATTRIBUTE_NAME,
        400,
        "You can use one type of server-side encryption (SSE) at one time. You can either enable"
            + " KMS SSE or SQS SSE.");
  }

  @Test
  void policyMustBeJsonAndEmptyValueRemovesIt() {
    String url = createQueue("q");
    assertThat(
            error(
                    () ->
                        call(
                            "SetQueueAttributes",
                            "QueueUrl",
                            url,
                            "Attributes",
                            Map.of("Policy", "{nope")))
                .code())
        .isEqualTo(SqsErrorCode.INVALID_ATTRIBUTE_VALUE);
    call(
        "SetQueueAttributes",
        "QueueUrl",
        url,
        "Attributes",
        Map.of("Policy", "{\"Version\":\"2012-10-17\"}"));
    assertThat(attributes(url, "Policy")).containsEntry("Policy", "{\"Version\":\"2012-10-17\"}");
    call("SetQueueAttributes", "QueueUrl", url, "Attributes", Map.of("Policy", ""));
    assertThat(attributes(url, "Policy")).isEmpty();
  }

  @Test
  void redrivePolicyIsValidatedAndNormalised() {
    String dlq = createQueue("dlq");
    String url = createQueue("q");
    String arn = "arn:aws:sqs:us-east-1:123456789012:dlq";
    call(
        "SetQueueAttributes",
        "QueueUrl",
        url,
        "Attributes",
        Map.of(
            "RedrivePolicy",
            "{\"maxReceiveCount\": \"3\", \"deadLetterTargetArn\": \"" + arn + "\"}"));
    assertThat(attributes(url, "RedrivePolicy"))
        .containsEntry(
            "RedrivePolicy", "{\"deadLetterTargetArn\":\"" + arn + "\",\"maxReceiveCount\":3}");
    SqsError missingTarget =
        error(
            () ->
                call(
                    "SetQueueAttributes",
                    "QueueUrl",
                    url,
                    "Attributes",
                    Map.of("RedrivePolicy", "{\"maxReceiveCount\":3}")));
    assertThat(missingTarget.code()).isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
    SqsError badCount =
        error(
            () ->
                call(
                    "SetQueueAttributes",
                    "QueueUrl",
                    url,
                    "Attributes",
                    Map.of(
                        "RedrivePolicy",
                        "{\"maxReceiveCount\":1001,\"deadLetterTargetArn\":\"" + arn + "\"}")));
    assertThat(badCount.getMessage()).contains("maxReceiveCount");
    SqsError noTarget =
        error(
            () ->
                call(
                    "SetQueueAttributes",
                    "QueueUrl",
                    url,
                    "Attributes",
                    Map.of(
                        "RedrivePolicy",
                        "{\"maxReceiveCount\":1,\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:123456789012:none\"}")));
    assertThat(noTarget.getMessage()).endsWith("Dead letter target does not exist.");
    call("SetQueueAttributes", "QueueUrl", url, "Attributes", Map.of("RedrivePolicy", ""));
    assertThat(attributes(url, "RedrivePolicy")).isEmpty();
    assertThat(dlq).isNotNull();
  }

  @Test
  void redriveAllowPolicyAcceptsTheThreePermissions() {
    String url = createQueue("q");
    call(
        "SetQueueAttributes",
        "QueueUrl",
        url,
        "Attributes",
        Map.of("RedriveAllowPolicy", "{\"redrivePermission\":\"denyAll\"}"));
    assertThat(attributes(url, "RedriveAllowPolicy")).containsKey("RedriveAllowPolicy");
    assertThat(
            error(
                    () ->
                        call(
                            "SetQueueAttributes",
                            "QueueUrl",
                            url,
                            "Attributes",
                            Map.of("RedriveAllowPolicy", "{\"redrivePermission\":\"byQueue\"}")))
                .code())
        .isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
  }

  @Test
  void highThroughputFifoAttributesAreStored() {
    String url =
        createFifoQueue(
            "q.fifo",
            "DeduplicationScope",
            "messageGroup",
            "FifoThroughputLimit",
            "perMessageGroupId");
    assertThat(attributes(url, "FifoThroughputLimit", "DeduplicationScope"))
        .containsEntry("FifoThroughputLimit", "perMessageGroupId")
        .containsEntry("DeduplicationScope", "messageGroup");
  }

  @Test
  void perMessageGroupThroughputWithQueueScopeIsAccepted() {
    String url = createFifoQueue("q.fifo", "FifoThroughputLimit", "perMessageGroupId");
    assertThat(attributes(url, "FifoThroughputLimit", "DeduplicationScope"))
        .containsEntry("FifoThroughputLimit", "perMessageGroupId")
        .containsEntry("DeduplicationScope", "queue");
  }

  @Test
  void maximumMessageSizeLimitsSends() {
    String url = createQueue("q", "MaximumMessageSize", "1024");
    send(url, "x".repeat(1024));
    SqsError e = error(() -> send(url, "x".repeat(1025)));
    assertError(
        e,
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "One or more parameters are invalid. Reason: Message must be shorter than 1024 bytes.");
  }

  @Test
  void defaultMaximumIsOneMebibyte() {
    String url = createQueue("q");
    send(url, "x".repeat(1_048_576));
    SqsError e = error(() -> send(url, "x".repeat(1_048_577)));
    assertThat(e.getMessage())
        .isEqualTo(
            "One or more parameters are invalid. Reason: Message must be shorter than 1048576"
                + " bytes.");
  }
}

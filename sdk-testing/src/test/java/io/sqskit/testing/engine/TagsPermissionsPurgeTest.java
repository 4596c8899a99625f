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

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagsPermissionsPurgeTest extends EngineTestSupport {

  @Test
  void tagUntagAndListTags() {
    String url = createQueue("q");
    call(
        "TagQueue",
        "QueueUrl",
        url,
        "Tags",
        Map.of("tag1", "value1", "tag2", "value2", "tag3", ""));
    assertThat(call("ListQueueTags", "QueueUrl", url))
        .containsEntry("Tags", Map.of("tag1", "value1", "tag2", "value2", "tag3", ""));
    call("UntagQueue", "QueueUrl", url, "TagKeys", List.of("tag1", "tag3"));
    assertThat(call("ListQueueTags", "QueueUrl", url))
        .containsEntry("Tags", Map.of("tag2", "value2"));
    call("UntagQueue", "QueueUrl", url, "TagKeys", List.of("tag2"));
    assertThat(call("ListQueueTags", "QueueUrl", url)).isEmpty();
  }

  @Test
  void createQueueAcceptsTags() {
    String url =
        (String) call("CreateQueue", "QueueName", "q", "tags", Map.of("team", "a")).get("QueueUrl");
    assertThat(call("ListQueueTags", "QueueUrl", url)).containsEntry("Tags", Map.of("team", "a"));
  }

  @Test
  void atMostFiftyTags() {
    String url = createQueue("q");
    Map<String, Object> tags = new HashMap<>();
    for (int i = 0; i < 51; i++) {
      tags.put("k" + i, "v");
    }
    assertThat(error(() -> call("TagQueue", "QueueUrl", url, "Tags", tags)).code())
        .isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
    tags.remove("k0");
    call("TagQueue", "QueueUrl", url, "Tags", tags);
  }

  @Test
  void tagKeyLongerThan128IsRejected() {
    String url = createQueue("q");
    assertThat(
            error(() -> call("TagQueue", "QueueUrl", url, "Tags", Map.of("k".repeat(129), "v")))
                .code())
        .isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
  }

  @Test
  void tagsFollowTheDocumentedCharacterRules() {
    // SQS Developer Guide, queue quotas: letters and digits of any script, white space, _ . : / =
    // + - @; no aws: prefix on a key or a value; keys up to 128 characters, values up to 256 and
    // possibly empty.
    String url = createQueue("q");
    Map<String, String> fine =
        Map.of(
            "Équipe / coût",
            "ventes@2026 = +1.5_x-y:z",
            "空",
            "",
            "k".repeat(127) + "\uD835\uDC00",
            "v".repeat(256)); // U+1D400, a letter: 128 characters
    call("TagQueue", "QueueUrl", url, "Tags", fine);
    assertThat(call("ListQueueTags", "QueueUrl", url).get("Tags")).isEqualTo(fine);

    for (Map<String, String> bad :
        List.of(
            Map.of("a!b", "v"),
            Map.of("k", "v#"),
            Map.of("aws:team", "x"),
            Map.of("AWS:team", "x"),
            Map.of("team", "aws:x"),
            Map.of("k", "v".repeat(257)))) {
      SqsError e = error(() -> call("TagQueue", "QueueUrl", url, "Tags", bad));
      assertThat(e.code()).as("%s", bad).isEqualTo(SqsErrorCode.INVALID_PARAMETER_VALUE);
    }
    assertThat(
            error(() -> call("CreateQueue", "QueueName", "q2", "tags", Map.of("aws:k", "v")))
                .jsonMessage())
        .isEqualTo(
            "Value aws:k for parameter Tag key is invalid. Reason: The prefix aws: is reserved for"
                + " AWS use.");
    assertThat(call("ListQueueTags", "QueueUrl", url).get("Tags"))
        .as("nothing kept of a refused call")
        .isEqualTo(fine);
  }

  @Test
  void policiesStayWithinTheDocumentedQuotas() {
    // SQS Developer Guide, policy quotas: 20 statements, 8,192 bytes. AddPermission past the
    // statements is OverLimit (AddPermission API reference).
    String url = createQueue("q");
    for (int i = 0; i < 20; i++) {
      call(
          "AddPermission",
          "QueueUrl",
          url,
          "Label",
          "l" + i,
          "AWSAccountIds",
          List.of("111122223333"),
          "Actions",
          List.of("SendMessage"));
    }
    SqsError e =
        error(
            () ->
                call(
                    "AddPermission",
                    "QueueUrl",
                    url,
                    "Label",
                    "l20",
                    "AWSAccountIds",
                    List.of("111122223333"),
                    "Actions",
                    List.of("SendMessage")));
    assertError(e, SqsErrorCode.OVER_LIMIT, 403, "The specified action violates a limit.");
    call("RemovePermission", "QueueUrl", url, "Label", "l0");
    call(
        "AddPermission",
        "QueueUrl",
        url,
        "Label",
        "l20",
        "AWSAccountIds",
        List.of("111122223333"),
        "Actions",
        List.of("SendMessage"));

    String big =
        "{\"Version\":\"2012-10-17\",\"Id\":\"" + "x".repeat(8_200) + "\",\"Statement\":[]}";
    assertError(
        error(
            () -> call("SetQueueAttributes", "QueueUrl", url, "Attributes", Map.of("Policy", big))),
        SqsErrorCode.INVALID_ATTRIBUTE_VALUE,
        400,
        "Invalid value for the parameter Policy.");
    String fits =
        "{\"Version\":\"2012-10-17\",\"Id\":\"" + "x".repeat(8_000) + "\",\"Statement\":[]}";
    call("SetQueueAttributes", "QueueUrl", url, "Attributes", Map.of("Policy", fits));
    assertThat(attributes(url, "Policy")).containsEntry("Policy", fits);
  }

  @Test
  void addPermissionWritesAStatementIntoPolicy() {
    String url = createQueue("q");
    call(
        "AddPermission",
        "QueueUrl",
        url,
        "Label",
        "crossaccountpermission",
        "AWSAccountIds",
        List.of("668614515564", "123456789012"),
        "Actions",
        List.of("ReceiveMessage"));
    assertThat(attributes(url, "Policy").get("Policy"))
        .isEqualTo(
            "{\"Version\":\"2008-10-17\",\"Id\":\"arn:aws:sqs:us-east-1:123456789012:q/SQSDefaultPolicy\","
                + "\"Statement\":[{\"Sid\":\"crossaccountpermission\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                + "[\"arn:aws:iam::668614515564:root\",\"arn:aws:iam::123456789012:root\"]},"
                + "\"Action\":\"SQS:ReceiveMessage\",\"Resource\":\"arn:aws:sqs:us-east-1:123456789012:q\"}]}");
  }

  @Test
  void permissionLabelsAreUniqueAndRemovable() {
    String url = createQueue("q");
    call(
        "AddPermission",
        "QueueUrl",
        url,
        "Label",
        "one",
        "AWSAccountIds",
        List.of("123456789012"),
        "Actions",
        List.of("SendMessage"));
    assertError(
        error(
            () ->
                call(
                    "AddPermission",
                    "QueueUrl",
                    url,
                    "Label",
                    "one",
                    "AWSAccountIds",
                    List.of("210987654321"),
                    "Actions",
                    List.of("SendMessage"))),
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "Value one for parameter Label is invalid. Reason: Already exists.");
    call(
        "AddPermission",
        "QueueUrl",
        url,
        "Label",
        "two",
        "AWSAccountIds",
        List.of("123456789012"),
        "Actions",
        List.of("SendMessage", "DeleteMessage"));
    call("RemovePermission", "QueueUrl", url, "Label", "one");
    assertThat(attributes(url, "Policy").get("Policy"))
        .doesNotContain("\"one\"")
        .contains("\"two\"")
        .contains("[\"SQS:SendMessage\",\"SQS:DeleteMessage\"]");
    call("RemovePermission", "QueueUrl", url, "Label", "two");
    assertThat(attributes(url, "Policy")).isEmpty();
    assertError(
        error(() -> call("RemovePermission", "QueueUrl", url, "Label", "two")),
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        400,
        "Value two for parameter Label is invalid. Reason: can't find label.");
  }

  @Test
  void purgeRemovesEveryMessage() {
    String url = createQueue("q");
    send(url, "a");
    send(url, "b");
    call("SendMessage", "QueueUrl", url, "MessageBody", "c", "DelaySeconds", 5);
    Map<String, Object> m = receive(url).get(0);
    call("PurgeQueue", "QueueUrl", url);
    counts(url, 0, 0, 0);
    delete(url, m);
    advance(60);
    assertThat(receiveMax(url)).isEmpty();
  }

  @Test
  void secondPurgeWithinSixtySecondsIsPurgeQueueInProgress() {
    String url = createQueue("q");
    call("PurgeQueue", "QueueUrl", url);
    advance(59);
    SqsError e = error(() -> call("PurgeQueue", "QueueUrl", url));
    assertError(
        e,
        SqsErrorCode.PURGE_QUEUE_IN_PROGRESS,
        403,
        "Only one PurgeQueue operation on q is allowed every 60 seconds.");
    advance(1);
    call("PurgeQueue", "QueueUrl", url);
  }
}

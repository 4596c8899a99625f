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
package io.sqskit.testing.replay;

import static io.sqskit.testing.replay.Replay.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Recorded cases about queues: creation, attributes, tags, permissions, listing, purge. */
final class QueueScenarios {
  private QueueScenarios() {}

  static void register(Map<String, Scenario> cases) {
    cases.put(
        "test_tag_untag_queue",
        r -> {
          String url = r.createQueue("queue-tags");
          r.ok(
              "TagQueue",
              "QueueUrl",
              url,
              "Tags",
              map("tag1", "value1", "tag2", "value2", "tag3", ""));
          r.match("get-tag-1", r.ok("ListQueueTags", "QueueUrl", url));
          r.ok("UntagQueue", "QueueUrl", url, "TagKeys", List.of("tag1", "tag3"));
          r.match("get-tag-2", r.ok("ListQueueTags", "QueueUrl", url));
          r.ok("UntagQueue", "QueueUrl", url, "TagKeys", List.of("tag2"));
          r.match("get-tag-after-untag", r.ok("ListQueueTags", "QueueUrl", url));
        });
    cases.put(
        "test_create_fifo_queue_with_different_attributes_raises_error",
        r -> {
          r.createFifoQueue("queue-1.fifo", "ContentBasedDeduplication", "true");
          r.step(
              "queue-already-exists",
              "CreateQueue",
              "QueueName",
              "queue-1.fifo",
              "Attributes",
              map("FifoQueue", "true", "ContentBasedDeduplication", "false"));
        });
    cases.put(
        "test_create_queue_with_different_attributes_raises_exception",
        r -> {
          String url =
              r.createQueue("queue-1", "ReceiveMessageWaitTimeSeconds", "1", "DelaySeconds", "1");
          // Only the attributes a request names are compared (issue 19's first disagreement). The
          // recording wins over sqs-reference/semantics.md ("with different ones it fails"),
          // which does not say that omitted attributes are not compared with their defaults.
          assertThat(r.createQueue("queue-1")).isEqualTo(url);
          assertThat(r.createQueue("queue-1", "DelaySeconds", "1")).isEqualTo(url);
          Object[] waitAndDelay2 = {"ReceiveMessageWaitTimeSeconds", "1", "DelaySeconds", "2"};
          r.step(
              "create_queue_01",
              "CreateQueue",
              "QueueName",
              "queue-1",
              "Attributes",
              map(waitAndDelay2));
          r.ok("SetQueueAttributes", "QueueUrl", url, "Attributes", map("DelaySeconds", "2"));
          assertThat(r.createQueue("queue-1", waitAndDelay2)).isEqualTo(url);
          r.step(
              "create_queue_02",
              "CreateQueue",
              "QueueName",
              "queue-1",
              "Attributes",
              map("ReceiveMessageWaitTimeSeconds", "1", "DelaySeconds", "1"));
        });
    cases.put(
        "test_create_and_update_queue_attributes",
        r -> {
          String url =
              r.createQueue(
                  "queue-1",
                  "MessageRetentionPeriod",
                  "604800",
                  "ReceiveMessageWaitTimeSeconds",
                  "10",
                  "VisibilityTimeout",
                  "20");
          r.match("get_queue_attributes", all(r, url));
          r.ok(
              "SetQueueAttributes",
              "QueueUrl",
              url,
              "Attributes",
              map("MaximumMessageSize", "2048", "VisibilityTimeout", "69", "DelaySeconds", "420"));
          r.match("get_updated_queue_attributes", all(r, url));
        });
    cases.put(
        "test_set_unsupported_attribute_fifo",
        r -> {
          String url = r.createQueue("queue-1");
          r.step(
              "invalid-attr-name-1",
              "SetQueueAttributes",
              "QueueUrl",
              url,
              "Attributes",
              map("FifoQueue", "true"));
          String fifo = r.createFifoQueue("queue-2.fifo");
          r.ok("SetQueueAttributes", "QueueUrl", fifo, "Attributes", map("FifoQueue", "true"));
          r.step(
              "invalid-attr-name-2",
              "SetQueueAttributes",
              "QueueUrl",
              fifo,
              "Attributes",
              map("FifoQueue", "false"));
        });
    cases.put(
        "test_set_unsupported_attribute_standard",
        r -> {
          String url = r.createQueue("queue-1");
          r.step(
              "invalid-attr-name-1",
              "SetQueueAttributes",
              "QueueUrl",
              url,
              "Attributes",
              map("FifoQueue", "true"));
          r.step(
              "invalid-attr-name-2",
              "SetQueueAttributes",
              "QueueUrl",
              url,
              "Attributes",
              map("FifoQueue", "false"));
        });
    cases.put(
        "test_create_standard_queue_with_fifo_attribute_raises_error",
        r -> {
          String[][] steps = {
            {"invalid-attribute-fifo-queue", "FifoQueue", "false"},
            {"invalid-attribute-content-based-deduplication", "ContentBasedDeduplication", "true"},
            {"invalid-attribute-deduplication-scope", "DeduplicationScope", "messageGroup"},
            {"invalid-attribute-throughput-limit", "FifoThroughputLimit", "perMessageGroupId"},
          };
          for (String[] s : steps) {
            r.step(s[0], "CreateQueue", "QueueName", "queue-1", "Attributes", map(s[1], s[2]));
          }
        });
    cases.put(
        "test_sse_queue_attributes",
        r -> {
          List<String> names =
              List.of("KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds", "SqsManagedSseEnabled");
          String url = r.createQueue("queue-1");
          r.ok(
              "SetQueueAttributes",
              "QueueUrl",
              url,
              "Attributes",
              map(
                  "KmsMasterKeyId",
                  "testKeyId",
                  "KmsDataKeyReusePeriodSeconds",
                  "6000",
                  "SqsManagedSseEnabled",
                  "false"));
          r.match(
              "sse_kms_attributes",
              r.ok("GetQueueAttributes", "QueueUrl", url, "AttributeNames", names));
          String second = r.createQueue("queue-2");
          r.ok(
              "SetQueueAttributes",
              "QueueUrl",
              second,
              "Attributes",
              map("SqsManagedSseEnabled", "true"));
          r.match(
              "sse_sqs_attributes",
              r.ok("GetQueueAttributes", "QueueUrl", second, "AttributeNames", names));
        });
    cases.put(
        "test_sse_kms_and_sqs_are_mutually_exclusive",
        r -> {
          String url = r.createQueue("queue-1");
          Map<String, Object> out =
              r.fails(
                  "SetQueueAttributes",
                  "QueueUrl",
                  url,
                  "Attributes",
                  map("KmsMasterKeyId", "testKeyId", "SqsManagedSseEnabled", "true"));
          // The case recorded str(ClientError): botocore's text around the code and message.
          r.match("error", clientError("SetQueueAttributes", out));
        });
    cases.put(
        "test_sqs_permission_lifecycle",
        r -> {
          String url = r.createQueue("queue-1");
          String self = Replay.ACCOUNT;
          Object[] receive = {"Actions", List.of("ReceiveMessage")};
          r.match(
              "add-permission-response",
              r.ok(
                  "AddPermission",
                  Replay.concat(
                      new Object[] {
                        "QueueUrl",
                        url,
                        "AWSAccountIds",
                        List.of(self, "668614515564"),
                        "Label",
                        "crossaccountpermission"
                      },
                      receive)));
          r.match("get-queue-policy-attribute", policy(r, url));
          r.match(
              "remove-permission-response",
              r.ok("RemovePermission", "QueueUrl", url, "Label", "crossaccountpermission"));
          r.match("get-queue-policy-attribute-after-removal", policy(r, url));
          r.ok(
              "AddPermission",
              Replay.concat(
                  new Object[] {
                    "QueueUrl",
                    url,
                    "AWSAccountIds",
                    List.of(self),
                    "Label",
                    "crossaccountpermission"
                  },
                  receive));
          r.match("get-queue-policy-attribute-first-account-same-label", policy(r, url));
          r.step(
              "get-queue-policy-attribute-second-account-same-label",
              "AddPermission",
              Replay.concat(
                  new Object[] {
                    "QueueUrl",
                    url,
                    "AWSAccountIds",
                    List.of("668614515564"),
                    "Label",
                    "crossaccountpermission"
                  },
                  receive));
          r.ok(
              "AddPermission",
              Replay.concat(
                  new Object[] {
                    "QueueUrl",
                    url,
                    "AWSAccountIds",
                    List.of(self),
                    "Label",
                    "crossaccountpermission2"
                  },
                  receive));
          r.match("get-queue-policy-attribute-second-account-different-label", policy(r, url));
          r.ok("RemovePermission", "QueueUrl", url, "Label", "crossaccountpermission");
          r.match("get-queue-policy-attribute-delete-first-permission", policy(r, url));
          r.ok("RemovePermission", "QueueUrl", url, "Label", "crossaccountpermission2");
          r.match("get-queue-policy-attribute-delete-second-permission", policy(r, url));
          r.step(
              "get-queue-policy-attribute-delete-non-existent-label",
              "RemovePermission",
              "QueueUrl",
              url,
              "Label",
              "crossaccountpermission2");
        });
    cases.put(
        "test_non_existent_queue",
        r -> {
          // Recorded with a JSON client, and one step with a Query client.
          r.step("queue-does-not-exist", "GetQueueUrl", "QueueName", "queue-missing");
          r.step(
              "queue-does-not-exist-url",
              "GetQueueAttributes",
              "QueueUrl",
              r.endpoint() + "/111111111111/queue-missing",
              "AttributeNames",
              List.of("All"));
          r.match(
              "queue-does-not-exist-query",
              r.wire(Wire.Protocol.QUERY).call("GetQueueUrl", map("QueueName", "queue-missing")));
        });
    cases.put(
        "test_list_queues_pagination",
        r -> {
          String prefix = "7f7df0f5";
          for (int i = 0; i < 10; i++) {
            String name = prefix + "-test-queue-" + i;
            r.createQueue(name);
            String url = (String) r.ok("GetQueueUrl", "QueueName", name).get("QueueUrl");
            assertThat(url).endsWith(name);
          }
          r.match("list_all", r.ok("ListQueues", "QueueNamePrefix", prefix));
          Map<String, Object> two = r.ok("ListQueues", "MaxResults", 2, "QueueNamePrefix", prefix);
          String token = (String) two.get("NextToken");
          assertThat(token).isNotEmpty();
          // The recording replaced AWS's opaque token by the base64 of the page's last URL
          // (a snapshot transformer of the case); the fake's token is opaque too.
          Map<String, Object> shown = new java.util.LinkedHashMap<>(two);
          shown.put(
              "NextToken",
              Base64.getEncoder()
                  .encodeToString(
                      ("http://sqs.<region>.localhost.localstack.cloud:4566/111111111111/"
                              + prefix
                              + "-test-queue-1")
                          .getBytes(StandardCharsets.UTF_8)));
          r.match("list_two_max", shown);
          r.match(
              "list_remaining",
              r.ok("ListQueues", "MaxResults", 10, "NextToken", token, "QueueNamePrefix", prefix));
        });
    cases.put(
        "test_set_queue_attributes_default_values",
        r -> {
          // The case's source is not in the copy we could read: the requests follow its step names
          // and answers (KMS set, then every settable attribute back to its default).
          String url = r.createQueue("queue-1");
          r.match("get-queue-attributes-initial-values", all(r, url));
          r.ok(
              "SetQueueAttributes",
              "QueueUrl",
              url,
              "Attributes",
              map("KmsMasterKeyId", "testKeyId", "KmsDataKeyReusePeriodSeconds", "6000"));
          r.match("get-queue-attributes-after-update", all(r, url));
          r.ok(
              "SetQueueAttributes",
              "QueueUrl",
              url,
              "Attributes",
              map(
                  "DelaySeconds",
                  "0",
                  "MaximumMessageSize",
                  "1048576",
                  "MessageRetentionPeriod",
                  "345600",
                  "ReceiveMessageWaitTimeSeconds",
                  "0",
                  "VisibilityTimeout",
                  "30",
                  "KmsMasterKeyId",
                  "",
                  "KmsDataKeyReusePeriodSeconds",
                  "300"));
          r.match("get-queue-attributes-after-set-to-defaults", all(r, url));
        });
    cases.put(
        "test_successive_purge_calls_fail",
        r -> {
          String url = r.createQueue("test-queue-purge");
          r.ok("PurgeQueue", "QueueUrl", url);
          r.bindings.matchText("<queue-name>", "test-queue-purge");
          r.step("purge_queue_error", "PurgeQueue", "QueueUrl", url);
        });
    cases.put(
        "test_send_message_via_queue_url_with_json_protocol",
        r -> {
          // The case's source is not in the copy we could read; the step's name says a JSON
          // request sent to the queue URL itself (not the service endpoint) is answered.
          String url = r.createQueue("queue-1");
          Wire atQueueUrl = new Wire(URI.create(url), Wire.Protocol.JSON);
          r.match(
              "receive-json-on-queue-url", atQueueUrl.call("ReceiveMessage", map("QueueUrl", url)));
        });
  }

  static Map<String, Object> all(Replay r, String url) {
    return r.ok("GetQueueAttributes", "QueueUrl", url, "AttributeNames", List.of("All"));
  }

  static Map<String, Object> policy(Replay r, String url) {
    return r.ok("GetQueueAttributes", "QueueUrl", url, "AttributeNames", List.of("Policy"));
  }

  /** How botocore's ClientError prints: {@code str(e)} in a case. */
  @SuppressWarnings("unchecked")
  static String clientError(String action, Map<String, Object> response) {
    Map<String, Object> error = (Map<String, Object>) response.get("Error");
    return "An error occurred ("
        + error.get("Code")
        + ") when calling the "
        + action
        + " operation: "
        + error.get("Message");
  }
}

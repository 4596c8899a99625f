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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.testing.engine.MessageEvent;
import io.sqskit.testing.engine.SqsEngine;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The faults of a message's life (duplicate delivery, partial batch failure, invalid receipt
 * handle), seen on the wire over both protocols.
 */
class LifecycleFaultsTest {

  private static final String ACCOUNT = "111122223333";

  private final HttpClient http = HttpClient.newHttpClient();
  private SqsEngine engine;
  private SqsServer server;

  @BeforeEach
  void start() throws Exception {
    engine = SqsEngine.builder().accountId(ACCOUNT).recordHistory(true).build();
    server = SqsServer.builder().engine(engine).warmUp(false).build().start();
    query("Action=CreateQueue&QueueName=orders");
    query(
        "Action=CreateQueue&QueueName=orders.fifo&Attribute.1.Name=FifoQueue&Attribute.1.Value=true");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String url(String name) {
    return server.endpoint() + "/" + ACCOUNT + "/" + name;
  }

  private HttpResponse<String> query(String form) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(server.endpoint())
            .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .header("Authorization", authorization())
            .POST(HttpRequest.BodyPublishers.ofString(form + "&Version=2012-11-05"))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> json(String action, String body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(server.endpoint())
            .header("Content-Type", "application/x-amz-json-1.0")
            .header("X-Amz-Target", "AmazonSQS." + action)
            .header("Authorization", authorization())
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String authorization() {
    return "AWS4-HMAC-SHA256 Credential="
        + ACCOUNT
        + "/20260101/us-east-1/sqs/aws4_request, SignedHeaders=host, Signature=00";
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Every value of an XML element or a JSON string member in {@code body}. */
  private static List<String> all(String body, String name) {
    Matcher m =
        Pattern.compile("<" + name + ">([^<]*)</" + name + ">|\"" + name + "\":\"([^\"]*)\"")
            .matcher(body);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1) : m.group(2));
    }
    return out;
  }

  private static String one(String body, String name) {
    List<String> values = all(body, name);
    assertThat(values).as(name + " in " + body).hasSize(1);
    return values.get(0);
  }

  private String sendQuery(String queue, String body) throws Exception {
    String extra =
        queue.endsWith(".fifo") ? "&MessageGroupId=g&MessageDeduplicationId=" + body : "";
    return one(
        query("Action=SendMessage&QueueUrl=" + url(queue) + "&MessageBody=" + body + extra).body(),
        "MessageId");
  }

  private String receiveQuery(String queue) throws Exception {
    return query("Action=ReceiveMessage&MaxNumberOfMessages=10&QueueUrl=" + url(queue)).body();
  }

  private HttpResponse<String> deleteQuery(String queue, String handle) throws Exception {
    return query("Action=DeleteMessage&QueueUrl=" + url(queue) + "&ReceiptHandle=" + enc(handle));
  }

  // ---------------------------------------------------------------- duplicate delivery

  @Test
  void duplicateDeliveryDeliversADeletedMessageOnceMoreWithANewHandleOverQuery() throws Exception {
    server.faults().add(Fault.duplicateDelivery().queue("orders").times(1));
    String id = sendQuery("orders", "pay-42");

    String first = receiveQuery("orders");
    String firstHandle = one(first, "ReceiptHandle");
    assertThat(deleteQuery("orders", firstHandle).statusCode()).isEqualTo(200);
    String again = receiveQuery("orders");

    assertThat(one(again, "MessageId")).isEqualTo(id);
    assertThat(one(again, "Body")).isEqualTo("pay-42");
    String secondHandle = one(again, "ReceiptHandle");
    assertThat(secondHandle).isNotEqualTo(firstHandle);
    assertThat(deleteQuery("orders", secondHandle).statusCode()).isEqualTo(200);
    assertThat(all(receiveQuery("orders"), "MessageId")).as("delivered once more only").isEmpty();
    assertThat(server.faults().injected(Fault.Kind.DUPLICATE_DELIVERY)).isEqualTo(1);
    assertThat(engine.history(url("orders"), id).orElseThrow().events())
        .extracting(MessageEvent::kind)
        .containsExactly(
            MessageEvent.Kind.SENT,
            MessageEvent.Kind.RECEIVED,
            MessageEvent.Kind.DELETED,
            MessageEvent.Kind.DUPLICATE_DELIVERY,
            MessageEvent.Kind.RECEIVED,
            MessageEvent.Kind.DELETED);
  }

  @Test
  void duplicateDeliveryWorksOverJsonAndTheOldHandleDoesNotDeleteTheCopy() throws Exception {
    server.faults().add(Fault.duplicateDelivery().times(1));
    String id =
        one(
            json("SendMessage", "{\"QueueUrl\":\"" + url("orders") + "\",\"MessageBody\":\"a\"}")
                .body(),
            "MessageId");
    String receive = "{\"QueueUrl\":\"" + url("orders") + "\",\"AttributeNames\":[\"All\"]}";
    String handle = one(json("ReceiveMessage", receive).body(), "ReceiptHandle");
    String delete = "{\"QueueUrl\":\"" + url("orders") + "\",\"ReceiptHandle\":\"" + handle + "\"}";
    assertThat(json("DeleteMessage", delete).statusCode()).isEqualTo(200);

    // The handle of the deleted delivery again: SQS answers success, the copy stays.
    assertThat(json("DeleteMessage", delete).statusCode()).isEqualTo(200);
    String again = json("ReceiveMessage", receive).body();

    assertThat(one(again, "MessageId")).isEqualTo(id);
    assertThat(one(again, "ReceiptHandle")).isNotEqualTo(handle);
    assertThat(one(again, "ApproximateReceiveCount")).isEqualTo("2");
  }

  @Test
  void duplicateDeliveryCountsPerMessageSoAnEmptyReceiveUsesNothingUp() throws Exception {
    server.faults().add(Fault.duplicateDelivery().times(1));
    assertThat(all(receiveQuery("orders"), "MessageId")).isEmpty();
    sendQuery("orders", "a");
    sendQuery("orders", "b");

    List<String> handles = all(receiveQuery("orders"), "ReceiptHandle");
    for (String handle : handles) {
      deleteQuery("orders", handle);
    }

    assertThat(handles).hasSize(2);
    assertThat(server.faults().injected(Fault.Kind.DUPLICATE_DELIVERY)).isEqualTo(1);
    assertThat(all(receiveQuery("orders"), "MessageId")).hasSize(1);
  }

  @Test
  void duplicateDeliveryPassesFifoQueuesByAndRefusesToTargetOne() throws Exception {
    server.faults().add(Fault.duplicateDelivery());
    sendQuery("orders.fifo", "a");
    String handle = one(receiveQuery("orders.fifo"), "ReceiptHandle");
    deleteQuery("orders.fifo", handle);

    assertThat(all(receiveQuery("orders.fifo"), "MessageId")).isEmpty();
    assertThat(server.faults().injected(Fault.Kind.DUPLICATE_DELIVERY)).isZero();
    assertThatThrownBy(() -> Fault.duplicateDelivery().queue("orders.fifo"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a duplicate delivery cannot be injected on FIFO queue orders.fifo: SQS delivers a"
                + " FIFO queue's messages exactly once (duplicates are for standard queues, whose"
                + " delivery is at least once)");
    sendQuery("orders.fifo", "b");
    String other = one(receiveQuery("orders.fifo"), "ReceiptHandle");
    assertThatThrownBy(() -> engine.duplicateDelivery(url("orders.fifo"), other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FIFO queue orders.fifo");
  }

  // ---------------------------------------------------------------- partial batch failure

  @Test
  void partialBatchFailureFailsEverySecondEntryOfASendBatchOverQuery() throws Exception {
    server.faults().add(Fault.partialBatchFailure(2).action("SendMessageBatch"));
    StringBuilder form = new StringBuilder("Action=SendMessageBatch&QueueUrl=" + url("orders"));
    String[] ids = {"a", "b", "c", "d"};
    for (int i = 0; i < ids.length; i++) {
      String entry = "&SendMessageBatchRequestEntry." + (i + 1);
      form.append(entry).append(".Id=").append(ids[i]);
      form.append(entry).append(".MessageBody=body-").append(ids[i]);
    }

    HttpResponse<String> response = query(form.toString());

    assertThat(response.statusCode()).isEqualTo(200);
    String body = response.body();
    assertThat(body)
        .contains(
            "<BatchResultErrorEntry><Id>b</Id><SenderFault>false</SenderFault>"
                + "<Code>InternalError</Code>"
                + "<Message>We encountered an internal error. Please try again.</Message>"
                + "</BatchResultErrorEntry>")
        .contains("<BatchResultErrorEntry><Id>d</Id>");
    assertThat(all(body, "Id")).containsExactly("a", "c", "b", "d");
    assertThat(all(receiveQuery("orders"), "Body")).containsExactlyInAnyOrder("body-a", "body-c");
  }

  @Test
  void partialBatchFailureFailsDeleteEntriesOverJsonAndSparesTheOthers() throws Exception {
    server.faults().add(Fault.partialBatchFailure(2).action("DeleteMessageBatch").times(1));
    sendQuery("orders", "a");
    sendQuery("orders", "b");
    List<String> handles = all(receiveQuery("orders"), "ReceiptHandle");
    String entries =
        "[{\"Id\":\"one\",\"ReceiptHandle\":\""
            + handles.get(0)
            + "\"},{\"Id\":\"two\",\"ReceiptHandle\":\""
            + handles.get(1)
            + "\"}]";

    HttpResponse<String> response =
        json(
            "DeleteMessageBatch",
            "{\"QueueUrl\":\"" + url("orders") + "\",\"Entries\":" + entries + "}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"Successful\":[{\"Id\":\"one\"}]")
        .contains(
            "\"Failed\":[{\"Id\":\"two\",\"SenderFault\":false,\"Code\":\"InternalError\","
                + "\"Message\":\"We encountered an internal error. Please try again.\"}]");
    assertThat(server.engine().inspect(url("orders"))).hasSize(1);
  }

  @Test
  void partialBatchFailureTakesTheChosenCodeAndSenderFault() throws Exception {
    server.faults().add(Fault.partialBatchFailure(1, "InvalidParameterValue", "not today", true));
    sendQuery("orders", "a");
    String handle = one(receiveQuery("orders"), "ReceiptHandle");

    String body =
        query(
                "Action=ChangeMessageVisibilityBatch&QueueUrl="
                    + url("orders")
                    + "&ChangeMessageVisibilityBatchRequestEntry.1.Id=x"
                    + "&ChangeMessageVisibilityBatchRequestEntry.1.ReceiptHandle="
                    + enc(handle)
                    + "&ChangeMessageVisibilityBatchRequestEntry.1.VisibilityTimeout=0")
            .body();

    assertThat(body)
        .contains(
            "<BatchResultErrorEntry><Id>x</Id><SenderFault>true</SenderFault>"
                + "<Code>InvalidParameterValue</Code><Message>not today</Message>");
    assertThat(all(receiveQuery("orders"), "MessageId")).as("still in flight").isEmpty();
  }

  @Test
  void aBatchSqsRefusesAsAWholeKeepsItsErrorUnderAPartialFailure() throws Exception {
    server.faults().add(Fault.partialBatchFailure(2));
    StringBuilder form = new StringBuilder("Action=SendMessageBatch&QueueUrl=" + url("orders"));
    for (int i = 1; i <= 11; i++) {
      form.append("&SendMessageBatchRequestEntry.").append(i).append(".Id=e").append(i);
      form.append("&SendMessageBatchRequestEntry.").append(i).append(".MessageBody=x");
    }

    HttpResponse<String> response = query(form.toString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("<Code>AWS.SimpleQueueService.TooManyEntriesInBatchRequest</Code>");
  }

  // ---------------------------------------------------------------- invalid receipt handle

  @Test
  void receiptHandleInvalidAnswers404AndLeavesTheMessageOverQuery() throws Exception {
    server.faults().add(Fault.receiptHandleInvalid().action("DeleteMessage").times(1));
    String id = sendQuery("orders", "a");
    String handle = one(receiveQuery("orders"), "ReceiptHandle");

    HttpResponse<String> refused = deleteQuery("orders", handle);

    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.body())
        .contains("<Code>ReceiptHandleIsInvalid</Code>")
        .contains(
            "<Message>The input receipt handle &quot;"
                + handle
                + "&quot; is not a valid receipt handle.</Message>");
    assertThat(engine.history(url("orders"), id).orElseThrow().count(MessageEvent.Kind.DELETED))
        .isZero();
    assertThat(deleteQuery("orders", handle).statusCode()).as("the rule is used up").isEqualTo(200);
  }

  @Test
  void receiptHandleInvalidAnswersChangeVisibilityOverJsonWithTheQueryErrorHeader()
      throws Exception {
    server.faults().add(Fault.receiptHandleInvalid());
    sendQuery("orders", "a");
    String handle = one(receiveQuery("orders"), "ReceiptHandle");

    HttpResponse<String> refused =
        json(
            "ChangeMessageVisibility",
            "{\"QueueUrl\":\""
                + url("orders")
                + "\",\"ReceiptHandle\":\""
                + handle
                + "\",\"VisibilityTimeout\":0}");

    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.headers().firstValue("x-amzn-query-error"))
        .hasValue("ReceiptHandleIsInvalid;Sender");
    assertThat(refused.body()).contains("\"__type\":\"com.amazonaws.sqs#ReceiptHandleIsInvalid\"");
  }

  @Test
  void receiptHandleInvalidFailsEveryEntryOfADeleteBatch() throws Exception {
    server.faults().add(Fault.receiptHandleInvalid().action("DeleteMessageBatch"));
    sendQuery("orders", "a");
    String handle = one(receiveQuery("orders"), "ReceiptHandle");

    String body =
        query(
                "Action=DeleteMessageBatch&QueueUrl="
                    + url("orders")
                    + "&DeleteMessageBatchRequestEntry.1.Id=only"
                    + "&DeleteMessageBatchRequestEntry.1.ReceiptHandle="
                    + enc(handle))
            .body();

    assertThat(body)
        .contains(
            "<BatchResultErrorEntry><Id>only</Id><SenderFault>true</SenderFault>"
                + "<Code>ReceiptHandleIsInvalid</Code>");
    assertThat(server.engine().inspect(url("orders"))).hasSize(1);
  }

  // ---------------------------------------------------------------- validation and JSON rules

  @Test
  void theNewKindsRefuseActionsTheyCannotApplyTo() {
    assertThatThrownBy(() -> Fault.duplicateDelivery().action("SendMessage"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a duplicate_delivery rule cannot match SendMessage; it applies to ReceiveMessage");
    assertThatThrownBy(() -> Fault.partialBatchFailure(2).action("SendMessage"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a partial_batch_failure rule cannot match SendMessage; it applies to"
                + " SendMessageBatch, DeleteMessageBatch, ChangeMessageVisibilityBatch");
    assertThatThrownBy(() -> Fault.receiptHandleInvalid().action("ReceiveMessage"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("it applies to DeleteMessage, DeleteMessageBatch");
    assertThatThrownBy(() -> Fault.partialBatchFailure(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("every must be at least 1: 0");
    assertThatThrownBy(() -> Fault.partialBatchFailure(2, "", "m", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code must not be empty");
  }

  @Test
  void theNewKindsRoundTripThroughTheAdminJson() {
    List<Fault> rules =
        List.of(
            Fault.duplicateDelivery().queue("orders").times(1),
            Fault.receiptHandleInvalid().action("DeleteMessage").probability(0.5),
            Fault.partialBatchFailure(3),
            Fault.partialBatchFailure(2, "InvalidParameterValue", "no", true));
    for (Fault rule : rules) {
      // The admin API's JSON reader gives whole numbers as Long.
      Map<String, Object> longs = new LinkedHashMap<>();
      FaultJson.write(rule)
          .forEach((k, v) -> longs.put(k, v instanceof Integer n ? Long.valueOf(n) : v));
      assertThat(FaultJson.read(cast(longs))).isEqualTo(rule);
    }
    assertThat(FaultJson.write(Fault.partialBatchFailure(2)))
        .containsEntry("kind", "partial_batch_failure")
        .containsEntry("every", 2)
        .containsEntry("errorCode", "InternalError")
        .containsEntry("senderFault", false);
    assertThatThrownBy(() -> FaultJson.read(cast(Map.of("kind", "partial_batch_failure"))))
        .hasMessage("kind partial_batch_failure needs every: 2 fails entries 2, 4, 6...");
    assertThatThrownBy(() -> FaultJson.read(cast(Map.of("kind", "throttle", "every", 2L))))
        .hasMessage("every and senderFault belong to kind partial_batch_failure only");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> cast(Map<String, ?> map) {
    return (Map<String, @Nullable Object>) map;
  }
}

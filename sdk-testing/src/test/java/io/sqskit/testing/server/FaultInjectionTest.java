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

import io.sqskit.testing.engine.SqsErrorCode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.KmsNotFoundException;

/** Fault rules in the HTTP front, seen on the wire over both protocols. */
class FaultInjectionTest {

  private static final String ACCOUNT = "111122223333";
  private static final String OTHER = "444455556666";

  private final HttpClient http = HttpClient.newHttpClient();
  private SqsServer server;

  @BeforeEach
  void start() throws Exception {
    server = SqsServer.builder().warmUp(false).build().start();
    query(ACCOUNT, "Action=CreateQueue&QueueName=orders");
    query(ACCOUNT, "Action=CreateQueue&QueueName=audit");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String queueUrl(String name) {
    return server.endpoint() + "/" + ACCOUNT + "/" + name;
  }

  private HttpResponse<String> query(String account, String form)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(server.endpoint())
            .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .header("Authorization", authorization(account))
            .POST(HttpRequest.BodyPublishers.ofString(form + "&Version=2012-11-05"))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> json(String account, String action, String body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(server.endpoint())
            .header("Content-Type", "application/x-amz-json-1.0")
            .header("X-Amz-Target", "AmazonSQS." + action)
            .header("Authorization", authorization(account))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String authorization(String account) {
    return "AWS4-HMAC-SHA256 Credential="
        + account
        + "/20260101/us-east-1/sqs/aws4_request, SignedHeaders=host, Signature=00";
  }

  private HttpResponse<String> sendQuery(String queue, String body) throws Exception {
    return query(
        ACCOUNT, "Action=SendMessage&QueueUrl=" + queueUrl(queue) + "&MessageBody=" + body);
  }

  private HttpResponse<String> sendJson(String queue, String body) throws Exception {
    return json(
        ACCOUNT,
        "SendMessage",
        "{\"QueueUrl\":\"" + queueUrl(queue) + "\",\"MessageBody\":\"" + body + "\"}");
  }

  @Test
  void throttleAnswers403RequestThrottledOverQuery() throws Exception {
    server.faults().add(Fault.throttle().action("SendMessage"));

    HttpResponse<String> response = sendQuery("orders", "hi");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body())
        .contains("<Type>Sender</Type>")
        .contains("<Code>RequestThrottled</Code>")
        .contains("<Message>The request was denied due to request throttling.</Message>");
  }

  @Test
  void throttleAnswers403RequestThrottledOverJsonWithTheQueryErrorHeader() throws Exception {
    server.faults().add(Fault.throttle());

    HttpResponse<String> response = sendJson("orders", "hi");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("x-amzn-query-error"))
        .hasValue("RequestThrottled;Sender");
    assertThat(response.body())
        .contains("\"__type\":\"com.amazonaws.sqs#RequestThrottled\"")
        .contains("The request was denied due to request throttling.");
  }

  @Test
  void internalErrorAnswers500InternalFailureOverBothProtocols() throws Exception {
    server.faults().add(Fault.internalError().times(2));

    HttpResponse<String> overQuery = sendQuery("orders", "a");
    HttpResponse<String> overJson = sendJson("orders", "b");

    assertThat(overQuery.statusCode()).isEqualTo(500);
    assertThat(overQuery.body())
        .contains("<Type>Receiver</Type>")
        .contains("<Code>InternalFailure</Code>");
    assertThat(overJson.statusCode()).isEqualTo(500);
    assertThat(overJson.headers().firstValue("x-amzn-query-error"))
        .hasValue("InternalFailure;Receiver");
    assertThat(overJson.body()).contains("com.amazonaws.sqs#InternalFailure");
    assertThat(approximateMessages("orders")).isZero();
  }

  @Test
  void serviceUnavailableAnswers503OverBothProtocols() throws Exception {
    server.faults().add(Fault.serviceUnavailable().times(2));

    HttpResponse<String> overQuery = sendQuery("orders", "a");
    HttpResponse<String> overJson = sendJson("orders", "b");

    assertThat(overQuery.statusCode()).isEqualTo(503);
    assertThat(overQuery.body()).contains("<Code>ServiceUnavailable</Code>");
    assertThat(overJson.statusCode()).isEqualTo(503);
    assertThat(overJson.headers().firstValue("x-amzn-query-error"))
        .hasValue("ServiceUnavailable;Receiver");
  }

  @Test
  void errorAnswersAnyErrorWithItsStatusAndCodesInBothProtocols() throws Exception {
    server.faults().add(Fault.error(SqsErrorCode.KMS_THROTTLED).action("SendMessage").times(2));

    HttpResponse<String> overQuery = sendQuery("orders", "a");
    HttpResponse<String> overJson = sendJson("orders", "b");

    assertThat(overQuery.statusCode()).isEqualTo(400);
    assertThat(overQuery.body())
        .contains("<Type>Sender</Type>")
        .contains("<Code>KMS.ThrottlingException</Code>")
        .contains(
            "<Message>Amazon Web Services KMS throttles requests for the following conditions."
                + "</Message>");
    assertThat(overJson.statusCode()).isEqualTo(400);
    assertThat(overJson.headers().firstValue("x-amzn-query-error"))
        .hasValue("KMS.ThrottlingException;Sender");
    assertThat(overJson.body()).contains("\"__type\":\"com.amazonaws.sqs#KmsThrottled\"");
    assertThat(approximateMessages("orders")).isZero();
    assertThat(server.faults().injected(Fault.Kind.ERROR)).isEqualTo(2);
    assertThat(sendQuery("orders", "c").statusCode()).isEqualTo(200);
  }

  @Test
  void theAwsSdkReadsAnInjectedKmsErrorAsItsTypedException() {
    server.faults().add(Fault.error(SqsErrorCode.KMS_NOT_FOUND).action("SendMessage"));
    try (SqsClient client =
        SqsClient.builder()
            .endpointOverride(server.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCOUNT, "secret")))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      assertThatThrownBy(
              () -> client.sendMessage(r -> r.queueUrl(queueUrl("orders")).messageBody("x")))
          .isInstanceOfSatisfying(
              KmsNotFoundException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("KMS.NotFoundException");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(
                        "The request was rejected because the specified entity or resource could"
                            + " not be found.");
              });
    }
  }

  @Test
  void errorTakesTheMessageGivenAndTheStatusOfItsCode() throws Exception {
    server
        .faults()
        .add(Fault.error(SqsErrorCode.KMS_OPT_IN_REQUIRED, "opt in first").queue("audit"));

    HttpResponse<String> audit = sendQuery("audit", "a");

    assertThat(audit.statusCode()).isEqualTo(403);
    assertThat(audit.body())
        .contains("<Code>KMS.OptInRequired</Code>")
        .contains("<Message>opt in first</Message>");
    assertThat(sendQuery("orders", "b").statusCode()).isEqualTo(200);
    assertThat(Fault.error(SqsErrorCode.INVALID_PARAMETER_VALUE).message())
        .as("an error the service model does not describe gets its Query code")
        .isEqualTo("InvalidParameterValue");
    assertThat(Fault.error(SqsErrorCode.KMS_NOT_FOUND).toString())
        .startsWith("Fault{ERROR KMS.NotFoundException");
  }

  @Test
  void timesLimitsTheRuleToTheNextCalls() throws Exception {
    server.faults().add(Fault.throttle().action("SendMessage").queue("orders").times(2));

    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      statuses.add(sendQuery("orders", "m" + i).statusCode());
    }

    assertThat(statuses).containsExactly(403, 403, 200, 200);
    assertThat(server.faults().injected(Fault.Kind.THROTTLE)).isEqualTo(2);
    assertThat(server.faults().rules()).isEmpty();
  }

  @Test
  void actionAndQueueFiltersLeaveOtherCallsAlone() throws Exception {
    server.faults().add(Fault.internalError().action("SendMessage").queue("orders"));

    assertThat(sendQuery("audit", "x").statusCode()).isEqualTo(200);
    assertThat(query(ACCOUNT, "Action=GetQueueUrl&QueueName=orders").statusCode()).isEqualTo(200);
    assertThat(sendQuery("orders", "x").statusCode()).isEqualTo(500);
  }

  @Test
  void queueFilterMatchesQueueNameOfCreateQueue() throws Exception {
    server.faults().add(Fault.serviceUnavailable().queue("new-one"));

    assertThat(query(ACCOUNT, "Action=CreateQueue&QueueName=new-one").statusCode()).isEqualTo(503);
    assertThat(query(ACCOUNT, "Action=CreateQueue&QueueName=other-one").statusCode())
        .isEqualTo(200);
  }

  @Test
  void accountViewsOnlyHitTheirOwnAccount() throws Exception {
    query(OTHER, "Action=CreateQueue&QueueName=orders");
    FaultInjector mine = server.faults().forAccount(ACCOUNT);
    FaultInjector theirs = server.faults().forAccount(OTHER);
    mine.add(Fault.throttle());

    HttpResponse<String> other =
        query(
            OTHER,
            "Action=SendMessage&QueueUrl="
                + server.endpoint()
                + "/"
                + OTHER
                + "/orders&MessageBody=x");
    HttpResponse<String> own = sendQuery("orders", "x");

    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(own.statusCode()).isEqualTo(403);
    assertThat(mine.injected()).isEqualTo(1);
    assertThat(theirs.injected()).isZero();
    assertThat(server.faults().injected()).isEqualTo(1);
    assertThat(mine.rules()).singleElement().extracting(Fault::accountId).isEqualTo(ACCOUNT);

    theirs.add(Fault.internalError());
    mine.clear();
    assertThat(sendQuery("orders", "y").statusCode()).isEqualTo(200);
    assertThat(theirs.rules()).hasSize(1);
  }

  @Test
  void anAccountViewRefusesARuleForAnotherAccount() {
    FaultInjector mine = server.faults().forAccount(ACCOUNT);

    assertThatThrownBy(() -> mine.add(Fault.throttle().accountId(OTHER)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scoped to account " + ACCOUNT);
  }

  @Test
  void probabilityIsDeterministicForASeed() throws Exception {
    List<Integer> first = statusesWithSeed(7);
    List<Integer> second = statusesWithSeed(7);

    assertThat(first).isEqualTo(second);
    assertThat(first).contains(200, 500);
  }

  private List<Integer> statusesWithSeed(long seed) throws Exception {
    server.faults().clear();
    server.faults().seed(seed).add(Fault.internalError().action("GetQueueUrl").probability(0.5));
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      statuses.add(query(ACCOUNT, "Action=GetQueueUrl&QueueName=orders").statusCode());
    }
    return statuses;
  }

  @Test
  void droppedConnectionEndsTheExchangeWithoutAResponse() throws Exception {
    server.faults().add(Fault.dropConnection().action("SendMessage").times(1));

    assertThatThrownBy(() -> sendQuery("orders", "lost")).isInstanceOf(IOException.class);
    assertThat(server.faults().injected(Fault.Kind.DROP_CONNECTION)).isEqualTo(1);
    assertThat(approximateMessages("orders")).isZero();
    assertThat(sendQuery("orders", "kept").statusCode()).isEqualTo(200);
  }

  @Test
  void latencyDelaysButStillAnswers() throws Exception {
    server.faults().add(Fault.latency(Duration.ofMillis(1)).times(1));

    assertThat(sendQuery("orders", "late").statusCode()).isEqualTo(200);
    assertThat(server.faults().injected(Fault.Kind.LATENCY)).isEqualTo(1);
  }

  @Test
  void corruptMd5AltersTheBodyDigestOfSendAndReceive() throws Exception {
    String good = sendQuery("orders", "hello").body();
    server.faults().add(Fault.corruptMd5());

    String corrupted = sendQuery("orders", "hello").body();
    String received =
        query(
                ACCOUNT,
                "Action=ReceiveMessage&MaxNumberOfMessages=10&QueueUrl=" + queueUrl("orders"))
            .body();

    String md5 = "5d41402abc4b2a76b9719d911017c592"; // MD5 of "hello"
    assertThat(good).contains("<MD5OfMessageBody>" + md5 + "</MD5OfMessageBody>");
    assertThat(corrupted)
        .contains("<MD5OfMessageBody>" + Md5Corruption.flip(md5) + "</MD5OfMessageBody>");
    assertThat(received)
        .contains("<MD5OfBody>" + Md5Corruption.flip(md5) + "</MD5OfBody>")
        .doesNotContain(md5);
    assertThat(server.faults().injected(Fault.Kind.CORRUPT_MD5)).isEqualTo(2);
  }

  @Test
  void corruptMd5AltersBatchEntriesOverJsonAndSkipsActionsWithoutDigests() throws Exception {
    server.faults().add(Fault.corruptMd5().times(1));

    assertThat(query(ACCOUNT, "Action=GetQueueUrl&QueueName=orders").statusCode()).isEqualTo(200);
    String body =
        json(
                ACCOUNT,
                "SendMessageBatch",
                "{\"QueueUrl\":\""
                    + queueUrl("orders")
                    + "\",\"Entries\":[{\"Id\":\"a\",\"MessageBody\":\"hello\"}]}")
            .body();

    assertThat(body)
        .contains(
            "\"MD5OfMessageBody\":\""
                + Md5Corruption.flip("5d41402abc4b2a76b9719d911017c592")
                + "\"");
  }

  @Test
  void corruptMd5AltersTheAttributesDigestToo() throws Exception {
    String form =
        "Action=SendMessage&QueueUrl="
            + queueUrl("orders")
            + "&MessageBody=hello&MessageAttribute.1.Name=k&MessageAttribute.1.Value.DataType=String"
            + "&MessageAttribute.1.Value.StringValue=v";
    String good = query(ACCOUNT, form).body();
    server.faults().add(Fault.corruptMd5());

    String corrupted = query(ACCOUNT, form).body();

    String digest = between(good, "<MD5OfMessageAttributes>", "</MD5OfMessageAttributes>");
    assertThat(digest).hasSize(32);
    assertThat(between(corrupted, "<MD5OfMessageAttributes>", "</MD5OfMessageAttributes>"))
        .isEqualTo(Md5Corruption.flip(digest));
  }

  private static String between(String text, String open, String close) {
    int at = text.indexOf(open) + open.length();
    return text.substring(at, text.indexOf(close, at));
  }

  @Test
  void clearRemovesEveryRuleButKeepsTheCounts() throws Exception {
    server.faults().add(Fault.throttle().times(1)).add(Fault.internalError());
    sendQuery("orders", "x");

    server.faults().clear();

    assertThat(sendQuery("orders", "y").statusCode()).isEqualTo(200);
    assertThat(server.faults().injected()).isEqualTo(1);
    assertThat(server.faults().counts()).containsEntry(Fault.Kind.THROTTLE, 1L);
  }

  @Test
  void faultOptionsRejectNonsense() {
    assertThatThrownBy(() -> Fault.throttle().times(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.throttle().probability(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.throttle().probability(1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.latency(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fault.throttle().action(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Fault.throttle().action("SendMessage").times(2).toString())
        .isEqualTo("Fault{THROTTLE, action=SendMessage, queue=any, times=2}");
  }

  private int approximateMessages(String queue) throws Exception {
    String body =
        query(
                ACCOUNT,
                "Action=GetQueueAttributes&AttributeName.1=ApproximateNumberOfMessages&QueueUrl="
                    + queueUrl(queue))
            .body();
    int at = body.indexOf("<Value>");
    return Integer.parseInt(body.substring(at + 7, body.indexOf("</Value>", at)));
  }
}

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

import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP front on its own, over a recording stand-in for the engine: protocol choice and errors.
 */
class SqsHttpHandlerTest {

  private record Call(RequestContext context, String action, Map<String, Object> input) {}

  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private volatile Throwable failure;
  private SqsServer server;

  @BeforeEach
  void start() {
    server =
        SqsServer.builder()
            .dispatcher(
                (context, action, input) -> {
                  calls.add(new Call(context, action, input));
                  if (failure instanceof RuntimeException) {
                    throw (RuntimeException) failure;
                  }
                  if (failure instanceof Error) {
                    throw (Error) failure;
                  }
                  return action.equals("GetQueueUrl")
                      ? Map.of("QueueUrl", "http://h/1/q")
                      : Map.of();
                })
            .maxRequestBytes(4096)
            .warmUp(false)
            .build()
            .start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void queryPostAnswersXmlWithRequestId() throws Exception {
    HttpResponse<String> response =
        postForm("/", "Action=GetQueueUrl&Version=2012-11-05&QueueName=q");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/xml");
    String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();
    assertThat(response.body())
        .isEqualTo(
            "<?xml version=\"1.0\"?><GetQueueUrlResponse"
                + " xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\">"
                + "<GetQueueUrlResult><QueueUrl>http://h/1/q</QueueUrl></GetQueueUrlResult>"
                + "<ResponseMetadata><RequestId>"
                + requestId
                + "</RequestId></ResponseMetadata>"
                + "</GetQueueUrlResponse>");
    assertThat(calls)
        .singleElement()
        .satisfies(c -> assertThat(c.input()).isEqualTo(Map.of("QueueName", "q")));
  }

  @Test
  void queryGetReadsTheQueryString() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    server.endpoint().resolve("/?Action=GetQueueUrl&QueueName=a%20b"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(calls)
        .singleElement()
        .satisfies(c -> assertThat(c.input()).isEqualTo(Map.of("QueueName", "a b")));
  }

  @Test
  void queueUrlComesFromThePathWhenNotAParameter() throws Exception {
    postForm("/000000000000/q", "Action=DeleteQueue");

    assertThat(calls.get(0).input())
        .isEqualTo(Map.of("QueueUrl", server.endpoint() + "/000000000000/q"));
  }

  @Test
  void queueUrlParameterWinsOverThePath() throws Exception {
    postForm("/000000000000/q", "Action=DeleteQueue&QueueUrl=http%3A%2F%2Fx%2F1%2Fother");

    assertThat(calls.get(0).input()).isEqualTo(Map.of("QueueUrl", "http://x/1/other"));
  }

  @Test
  void contextCarriesAccessKeyHostTwelveDigitAccountAndScopeRegion() throws Exception {
    http.send(
        HttpRequest.newBuilder(server.endpoint())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=111122223333/20260101/eu-north-1/sqs/aws4_request, "
                    + "SignedHeaders=host, Signature=abc")
            .POST(HttpRequest.BodyPublishers.ofString("Action=ListQueues"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    postForm("/", "Action=ListQueues");

    assertThat(calls.get(0).context())
        .isEqualTo(
            new RequestContext(
                "111122223333", "http://127.0.0.1:" + server.port(), "111122223333", "eu-north-1"));
    assertThat(calls.get(1).context())
        .isEqualTo(
            new RequestContext(
                null, "http://127.0.0.1:" + server.port(), "AKIDEXAMPLE", "us-east-1"));
  }

  @Test
  void presignedGetTakesTheKeyFromXAmzCredential() throws Exception {
    http.send(
        HttpRequest.newBuilder(
                server
                    .endpoint()
                    .resolve(
                        "/?Action=ListQueues&X-Amz-Credential=222233334444%2F20260101%2Fus-east-1%2Fsqs%2Faws4_request"))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(calls.get(0).context().accountId()).isEqualTo("222233334444");
    assertThat(calls.get(0).context().region()).isEqualTo("us-east-1");
  }

  @Test
  void anUnsignedRequestHasNoRegionSoTheEngineUsesItsOwn() throws Exception {
    http.send(
        HttpRequest.newBuilder(server.endpoint())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("Action=ListQueues"))
            .build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(calls.get(0).context().region()).isNull();
  }

  @Test
  void accessKeyIdIsReadFromTheAuthorizationHeader() {
    assertThat(
            Caller.accessKeyId(
                "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/sqs/aws4_request,"
                    + " SignedHeaders=host"))
        .isEqualTo("AKID");
    assertThat(Caller.accessKeyId("Bearer token")).isNull();
    assertThat(Caller.accessKeyId(null)).isNull();
    assertThat(Caller.isAccountId("123456789012")).isTrue();
    assertThat(Caller.isAccountId("12345678901a")).isFalse();
    assertThat(Caller.isAccountId("1234567890123")).isFalse();
  }

  @Test
  void missingActionIsMissingAction() throws Exception {
    HttpResponse<String> response = postForm("/", "Version=2012-11-05");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("<Type>Sender</Type><Code>MissingAction</Code>")
        .contains("<RequestId>" + response.headers().firstValue("x-amzn-RequestId").orElseThrow());
    assertThat(calls).isEmpty();
  }

  @Test
  void unknownActionIsInvalidAction() throws Exception {
    HttpResponse<String> response = postForm("/", "Action=FlyToTheMoon");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains(
            "<Code>InvalidAction</Code><Message>The action FlyToTheMoon is not valid for this"
                + " endpoint.</Message>");
  }

  @Test
  void unreadableQueryNumberIsInvalidParameterValue() throws Exception {
    HttpResponse<String> response =
        postForm("/", "Action=ReceiveMessage&QueueUrl=u&MaxNumberOfMessages=ten");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains(
            "<Code>InvalidParameterValue</Code><Message>Value ten for parameter MaxNumberOfMessages"
                + " is invalid. Reason: Must be an integer.</Message>");
    assertThat(calls).isEmpty();
  }

  @Test
  void badPercentEscapeIsMalformedQueryString() throws Exception {
    HttpResponse<String> response = postForm("/", "Action=ListQueues&QueueNamePrefix=%zz");

    // SQS's Common Errors page gives MalformedQueryString 404
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("<Code>MalformedQueryString</Code>");
  }

  @Test
  void engineErrorOverQueryUsesQueryCodeAndMessage() throws Exception {
    failure =
        new SqsError(
            SqsErrorCode.QUEUE_DOES_NOT_EXIST,
            "The specified queue does not exist.",
            "The specified queue does not exist for this wsdl version.");

    HttpResponse<String> response = postForm("/", "Action=GetQueueUrl&QueueName=nope");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains(
            "<Error><Type>Sender</Type><Code>AWS.SimpleQueueService.NonExistentQueue</Code><Message>The"
                + " specified queue does not exist for this wsdl"
                + " version.</Message><Detail/></Error>");
  }

  @Test
  void engineErrorOverJsonUsesTypeStatusAndQueryErrorHeader() throws Exception {
    failure =
        new SqsError(
            SqsErrorCode.PURGE_QUEUE_IN_PROGRESS,
            "Only one PurgeQueue operation on q is allowed every 60 seconds.");

    HttpResponse<String> response = postJson("AmazonSQS.PurgeQueue", "{\"QueueUrl\":\"u\"}");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/x-amz-json-1.0");
    assertThat(response.headers().firstValue("x-amzn-query-error"))
        .hasValue("AWS.SimpleQueueService.PurgeQueueInProgress;Sender");
    assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
    assertThat(response.body())
        .isEqualTo(
            "{\"__type\":\"com.amazonaws.sqs#PurgeQueueInProgress\",\"message\":\"Only one"
                + " PurgeQueue operation on q is allowed every 60 seconds.\"}");
  }

  @Test
  void jsonRequestAnswersJson() throws Exception {
    HttpResponse<String> response = postJson("AmazonSQS.GetQueueUrl", "{\"QueueName\":\"q\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"QueueUrl\":\"http://h/1/q\"}");
    assertThat(calls.get(0).action()).isEqualTo("GetQueueUrl");
  }

  @Test
  void unknownTargetIsUnknownOperation() throws Exception {
    HttpResponse<String> response = postJson("AmazonSQS.FlyToTheMoon", "{}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo("{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}");
    assertThat(response.headers().firstValue("x-amzn-query-error")).isEmpty();
  }

  @Test
  void badJsonIsSerializationException() throws Exception {
    HttpResponse<String> response = postJson("AmazonSQS.ListQueues", "{\"QueueNamePrefix\":");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .startsWith("{\"__type\":\"com.amazon.coral.service#SerializationException\"");
    assertThat(calls).isEmpty();
  }

  @Test
  void mistypedJsonValueIsSerializationException() throws Exception {
    HttpResponse<String> response =
        postJson("AmazonSQS.ReceiveMessage", "{\"QueueUrl\":\"u\",\"MaxNumberOfMessages\":\"10\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo(
            "{\"__type\":\"com.amazon.coral.service#SerializationException\","
                + "\"message\":\"Member MaxNumberOfMessages must be an integer.\"}");
  }

  @Test
  void oversizedBodyIsRefusedWithoutCallingTheEngine() throws Exception {
    HttpResponse<String> response =
        postForm("/", "Action=SendMessage&QueueUrl=u&MessageBody=" + "x".repeat(5000));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("<Code>InvalidParameterValue</Code>")
        .contains("Request must be shorter than 4096 bytes.");
    assertThat(calls).isEmpty();
  }

  @Test
  void unexpectedExceptionIsInternalFailureWithoutStackTrace() throws Exception {
    failure = new IllegalStateException("boom");

    HttpResponse<String> query = postForm("/", "Action=ListQueues");
    HttpResponse<String> json = postJson("AmazonSQS.ListQueues", "{}");

    assertThat(query.statusCode()).isEqualTo(500);
    assertThat(query.body())
        .contains("<Type>Receiver</Type><Code>InternalFailure</Code>")
        .doesNotContain("boom");
    assertThat(json.statusCode()).isEqualTo(500);
    assertThat(json.headers().firstValue("x-amzn-query-error"))
        .hasValue("InternalFailure;Receiver");
    assertThat(json.body())
        .startsWith("{\"__type\":\"com.amazonaws.sqs#InternalFailure\"")
        .doesNotContain("boom");
  }

  @Test
  void errorThrownBelowTheFrontIsStillAnswered() throws Exception {
    failure = new NoClassDefFoundError("some/Missing");

    HttpResponse<String> response = postForm("/", "Action=ListQueues");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).contains("<Code>InternalFailure</Code>").doesNotContain("Missing");
  }

  @Test
  void headRequestGetsTheStatusWithoutABody() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(server.endpoint())
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void closeIsIdempotentAndEndsServing() {
    server.close();
    server.close();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> postForm("/", "Action=ListQueues"))
        .isInstanceOf(IOException.class);
  }

  private HttpResponse<String> postForm(String path, String form)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.endpoint() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/sqs/aws4_request")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postJson(String target, String json)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(server.endpoint())
            .header("Content-Type", "application/x-amz-json-1.0")
            .header("X-Amz-Target", target)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

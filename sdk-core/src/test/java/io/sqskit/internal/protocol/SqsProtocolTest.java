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
package io.sqskit.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.client.Protocol;
import io.sqskit.exception.QueueDoesNotExistException;
import io.sqskit.exception.ServiceUnavailableException;
import io.sqskit.exception.SqsClientException;
import io.sqskit.exception.SqsServiceException;
import io.sqskit.internal.protocol.json.JsonProtocol;
import io.sqskit.internal.protocol.query.QueryProtocol;
import io.sqskit.model.SendMessageRequest;
import io.sqskit.transport.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The two protocol objects behind {@link SqsProtocol}: headers, bodies and error answers. */
class SqsProtocolTest {
  private static final SendMessageRequest SEND =
      SendMessageRequest.builder()
          .queueUrl("https://sqs.eu-west-1.amazonaws.com/000000000000/q")
          .messageBody("hi")
          .build();

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void ofPicksTheImplementationOfTheConfiguredProtocol(Protocol protocol) {
    assertThat(SqsProtocol.of(protocol).protocol()).isEqualTo(protocol);
  }

  @Test
  void queryRequestsAreFormsWhateverTheAction() {
    SqsProtocol query = SqsProtocol.of(Protocol.QUERY);

    assertThat(query.headers("SendMessage"))
        .isEqualTo(Map.of("Content-Type", List.of(QueryProtocol.CONTENT_TYPE)))
        .isEqualTo(query.headers("PurgeQueue"));
    assertThat(new String(query.encode(SEND), StandardCharsets.UTF_8))
        .startsWith("Action=SendMessage&Version=2012-11-05&")
        .contains("MessageBody=hi");
  }

  @Test
  void jsonRequestsNameTheirActionInTheTarget() {
    SqsProtocol json = SqsProtocol.of(Protocol.JSON);

    assertThat(json.headers("SendMessage"))
        .containsEntry("Content-Type", List.of(JsonProtocol.CONTENT_TYPE))
        .containsEntry("X-Amz-Target", List.of("AmazonSQS.SendMessage"))
        .containsEntry("x-amzn-query-mode", List.of("true"));
    assertThat(json.headers("ListMessageMoveTasks"))
        .containsEntry("X-Amz-Target", List.of("AmazonSQS.ListMessageMoveTasks"));
    assertThat(new String(json.encode(SEND), StandardCharsets.UTF_8))
        .startsWith("{")
        .contains("\"MessageBody\":\"hi\"");
  }

  @Test
  void queryErrorsAreReadFromTheErrorResponseDocument() {
    HttpResponse answer =
        answer(
            400,
            Map.of("x-amzn-requestid", List.of("hdr-1")),
            "<ErrorResponse><Error><Type>Sender</Type>"
                + "<Code>AWS.SimpleQueueService.NonExistentQueue</Code>"
                + "<Message>The specified queue does not exist.</Message></Error>"
                + "<RequestId>body-1</RequestId></ErrorResponse>");

    RuntimeException e = SqsProtocol.of(Protocol.QUERY).error("SendMessage", answer);

    assertThat(e)
        .isInstanceOf(QueueDoesNotExistException.class)
        .hasMessage(
            "The specified queue does not exist. "
                + "(AWS.SimpleQueueService.NonExistentQueue, 400, body-1)");
  }

  @Test
  void jsonErrorsAreReadFromTheTypeAndTheQueryErrorHeader() {
    HttpResponse answer =
        answer(
            400,
            Map.of(
                "x-amzn-requestid",
                List.of("hdr-2"),
                "x-amzn-query-error",
                List.of("AWS.SimpleQueueService.NonExistentQueue;Sender")),
            "{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\","
                + "\"message\":\"The specified queue does not exist.\"}");

    RuntimeException e = SqsProtocol.of(Protocol.JSON).error("SendMessage", answer);

    assertThat(e).isInstanceOf(QueueDoesNotExistException.class);
    assertThat(((SqsServiceException) e).requestId()).isEqualTo("hdr-2");
    assertThat(((SqsServiceException) e).statusCode()).isEqualTo(400);
  }

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void aProxyPageIsAServiceFailureOnlyWhenTheStatusSaysSo(Protocol protocol) {
    SqsProtocol p = SqsProtocol.of(protocol);
    String page = "<html><body>Bad gateway</body></html>";

    assertThat(p.error("ReceiveMessage", answer(503, Map.of(), page)))
        .isInstanceOf(ServiceUnavailableException.class)
        .hasMessageContaining("Unreadable error response to ReceiveMessage");
    assertThat(p.error("ReceiveMessage", answer(400, Map.of(), page)))
        .isInstanceOf(SqsClientException.class)
        .hasMessageContaining("HTTP 400");
  }

  @Test
  void anErrorBodyOfTheOtherProtocolIsNotUnderstood() {
    String xml =
        "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAddress</Code>"
            + "<Message>x</Message></Error></ErrorResponse>";

    assertThat(SqsProtocol.of(Protocol.JSON).error("SendMessage", answer(404, Map.of(), xml)))
        .isInstanceOf(SqsClientException.class);
  }

  private static HttpResponse answer(int status, Map<String, List<String>> headers, String body) {
    return new HttpResponse(status, headers, body.getBytes(StandardCharsets.UTF_8));
  }
}

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
package io.sqskit.benchmarks.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.benchmarks.support.Payloads;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/** The fixture server's answers pass the AWS SDK's checks and speak Query to Query requests. */
class FixtureServerTest {
  private static FixtureServer server;

  @BeforeAll
  static void start() throws Exception {
    server = FixtureServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void awsSdkAcceptsTheSendAnswerAndItsBodyChecksum() {
    try (SqsClient client = AwsSdkQueueCalls.newClient(server.endpoint())) {
      String id =
          client
              .sendMessage(r -> r.queueUrl(server.queueUrl()).messageBody(Payloads.body()))
              .messageId();
      assertThat(id).isEqualTo("5fea7756-0ea4-451a-a703-a558b933e274");
    }
  }

  @Test
  void awsSdkReceivesTenOneKibMessagesWithVerifiedAttributes() {
    try (SqsClient client = AwsSdkQueueCalls.newClient(server.endpoint())) {
      List<Message> messages =
          client
              .receiveMessage(
                  r ->
                      r.queueUrl(server.queueUrl())
                          .maxNumberOfMessages(10)
                          .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                          .messageAttributeNames("All"))
              .messages();
      assertThat(messages).hasSize(10);
      assertThat(messages)
          .allSatisfy(
              m -> {
                assertThat(m.body()).hasSize(Payloads.BODY_BYTES);
                assertThat(m.messageAttributes()).containsOnlyKeys("traceId", "attempt");
                assertThat(m.attributesAsStrings()).containsKeys("SenderId", "SentTimestamp");
              });
    }
  }

  @Test
  void queryRequestsGetXmlAnswersForTheirAction() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(server.queueUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "Version=2012-11-05&Action=ReceiveMessage&MaxNumberOfMessages=10"))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body())
        .startsWith("<ReceiveMessageResponse")
        .contains("<MD5OfMessageAttributes>");
    assertThat(answer.body().split("<Message>", -1)).hasSize(11);
  }

  @Test
  void unknownActionsAreRejectedAndCounted() throws Exception {
    long before = server.rejected();
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.endpoint() + "/?Action=ListQueues"))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(server.rejected()).isEqualTo(before + 1);
  }

  @Test
  void actionIsFoundInTheFormOrTheUrlQuery() {
    byte[] form =
        "Version=2012-11-05&Action=SendMessage&MessageBody=x".getBytes(StandardCharsets.US_ASCII);
    assertThat(FixtureServer.action(form, null)).isEqualTo("SendMessage");
    assertThat(FixtureServer.action(new byte[0], "Action=ReceiveMessage&X=1"))
        .isEqualTo("ReceiveMessage");
    assertThat(
            FixtureServer.action("NotAction=SendMessage".getBytes(StandardCharsets.US_ASCII), null))
        .isNull();
  }
}

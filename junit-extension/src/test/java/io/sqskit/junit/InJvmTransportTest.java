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
package io.sqskit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.client.SqsClient;
import io.sqskit.exception.SqsServiceException;
import io.sqskit.model.Message;
import io.sqskit.testing.server.Fault;
import io.sqskit.testing.server.FaultInjector;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/**
 * {@code @SqsTest(transport = IN_JVM)}: every injected client reaches the fake without a socket,
 * with signatures checked, faults applied and long polls waiting as over HTTP.
 */
@SqsTest(transport = Transport.IN_JVM, strictSignatures = true)
class InJvmTransportTest {

  @Test
  void sqskitClientSendsReceivesAndDeletes(SqsClient client, @SqsQueue(name = "q") String url) {
    client.sendMessage(url, "hello");

    List<Message> messages = client.receiveMessage(r -> r.queueUrl(url)).messages();

    assertThat(messages).singleElement().satisfies(m -> assertThat(m.body()).isEqualTo("hello"));
    client.deleteMessage(url, messages.get(0).receiptHandle());
    assertThat(url).startsWith("http://sqskit.invalid/");
  }

  @Test
  void signaturesAreCheckedWithoutASocket(SqsClient client, SqsEndpoint endpoint) {
    try (SqsClient wrong =
        client.toBuilder().credentials(endpoint.accessKeyId(), "not-the-secret").build()) {
      assertThatThrownBy(wrong::listQueues)
          .isInstanceOfSatisfying(
              SqsServiceException.class,
              e -> assertThat(e.errorCode()).isEqualTo("SignatureDoesNotMatch"));
    }
  }

  @Test
  void awsSdkClientsSendAndReceive(
      software.amazon.awssdk.services.sqs.SqsClient sync,
      SqsAsyncClient async,
      @SqsQueue(name = "aws") String url) {
    sync.sendMessage(r -> r.queueUrl(url).messageBody("from sync"));
    async.sendMessage(r -> r.queueUrl(url).messageBody("from async")).join();

    var received =
        async
            .receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1))
            .join()
            .messages();
    var more = sync.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages();

    assertThat(received.size() + more.size()).isEqualTo(2);
  }

  @Test
  void aDroppedConnectionIsAnIoErrorTheAwsSdkRetries(
      software.amazon.awssdk.services.sqs.SqsClient sync,
      FaultInjector faults,
      @SqsQueue(name = "dropped") TestQueue queue) {
    faults.add(Fault.dropConnection().action("SendMessage").times(1));

    sync.sendMessage(r -> r.queueUrl(queue.url()).messageBody("after a drop"));

    assertThat(faults.injected(Fault.Kind.DROP_CONNECTION)).isEqualTo(1);
    assertThat(queue.awaitMessages(1, Duration.ofSeconds(10))).hasSize(1);
  }

  @Test
  void anEndpointOpensThePortForClientsOfTheTestsOwn(SqsEndpoint endpoint)
      throws IOException, InterruptedException {
    assertThat(endpoint.url().getHost()).isEqualTo("127.0.0.1");

    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(endpoint.url() + "/?Action=ListQueues"))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    // Strict signatures hold over the port too.
    assertThat(answer.body()).contains("MissingAuthenticationToken");
  }
}

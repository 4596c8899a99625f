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
package io.sqskit.junit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.client.SqsClient;
import io.sqskit.exception.QueueDoesNotExistException;
import io.sqskit.junit.SqsEndpoint;
import io.sqskit.junit.SqsTest;
import io.sqskit.model.Message;
import io.sqskit.model.MessageAttributeValue;
import io.sqskit.retry.RetryPolicy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The README's client example, run against the fake with the AWS default credentials chain. */
@SqsTest
class ClientExampleTest {
  private final List<String> processed = new ArrayList<>();
  private final List<String> logged = new ArrayList<>();

  @Test
  void sendsReceivesWithTheCustomerAttributeAndDeletes(SqsEndpoint fake) {
    // The default chain reads these first; the fake takes the 12-digit key id as the account.
    System.setProperty("aws.accessKeyId", fake.accessKeyId());
    System.setProperty("aws.secretAccessKey", fake.secretKey());
    URI endpoint = fake.url();

    // region client
    try (SqsClient sqs =
        SqsClient.builder()
            .region("eu-west-1") // credentials: the AWS default chain
            .endpointOverride(endpoint) // only for a fake or a VPC endpoint
            .retryPolicy(RetryPolicy.builder().maxAttempts(5).build())
            .build()) {
      String url =
          sqs.createQueue(r -> r.queueName("orders").attribute("VisibilityTimeout", "60"))
              .queueUrl();
      sqs.sendMessage(
          r ->
              r.queueUrl(url)
                  .messageBody("o-1")
                  .messageAttribute("customer", MessageAttributeValue.ofString("c-7")));
      List<Message> received =
          sqs.receiveMessage(
                  r ->
                      r.queueUrl(url)
                          .maxNumberOfMessages(10)
                          .waitTimeSeconds(20)
                          .messageAttributeNames("All")) // attributes come only when asked for
              .messages();
      for (Message m : received) {
        process(m.body(), m.messageAttributes().get("customer").stringValue());
        sqs.deleteMessage(url, m.receiptHandle());
      }
      sqs.listQueuesPaginator(r -> r.queueNamePrefix("ord")).items().forEach(System.out::println);
    } catch (QueueDoesNotExistException e) { // every SQS error code has its type
      log(e.errorCode(), e.statusCode(), e.requestId(), e.retryable());
    }
    // endregion client

    assertThat(processed).containsExactly("o-1 for c-7");
    assertThat(logged).isEmpty();
  }

  @AfterEach
  void forgetTheKeys() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  private void process(String body, String customer) {
    processed.add(body + " for " + customer);
  }

  private void log(String code, int status, @Nullable String requestId, boolean retryable) {
    logged.add(code + " " + status + " " + requestId + " " + retryable);
  }
}

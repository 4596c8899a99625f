package io.sqskit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.client.SqsClient;
import io.sqskit.exception.OverLimitException;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.server.SqsServer;
import org.junit.jupiter.api.Test;

/**
 * sqskit's client against the fake at its in-flight quota, lowered to two: SQS's 403 OverLimit
 * reaches the caller as {@link OverLimitException}, not retried, and a delete makes room again.
 */
class InFlightLimitClientTest {

  @Test
  void aShortPollAtTheLimitRaisesOverLimitException() {
    try (SqsServer server = SqsServer.builder().engine(SqsEngine.builder().inFlightLimit(2).build()).build().start();
        SqsClient client = SqsClient.builder()
            .endpointOverride(server.endpoint())
            .region("us-east-1")
            .credentials("AKIDEXAMPLE", "secret")
            .build()) {
      String url = client.createQueue(r -> r.queueName("limited")).queueUrl();
      for (String body : new String[] {"a", "b", "c"}) {
        client.sendMessage(url, body);
      }
      var first = client.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)).messages();
      assertThat(first).hasSize(2);

      assertThatThrownBy(() -> client.receiveMessage(url))
          .isInstanceOfSatisfying(OverLimitException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.errorCode()).isEqualTo("OverLimit");
            assertThat(e.retryable()).isFalse();
          });

      client.deleteMessage(url, first.get(0).receiptHandle());
      assertThat(client.receiveMessage(url).messages()).hasSize(1);
    }
  }
}

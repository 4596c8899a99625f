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
package io.sqskit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.exception.InvalidAttributeValueException;
import io.sqskit.exception.QueueDoesNotExistException;
import io.sqskit.internal.protocol.query.QueryProtocol;
import io.sqskit.internal.transport.ApacheHttpTransport;
import io.sqskit.retry.RetryPolicy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The pipeline against ElasticMQ, a third-party SQS-compatible server speaking the Query protocol.
 */
class ElasticMqPipelineTest {
  private static SQSRestServer server;
  private static URI endpoint;
  private static RequestPipeline pipeline;
  private static final List<Duration> SLEEPS = new ArrayList<>();

  @BeforeAll
  static void start() {
    server = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
    int port = server.waitUntilStarted().localAddress().getPort();
    endpoint = URI.create("http://127.0.0.1:" + port);
    pipeline =
        new RequestPipeline(
            new PipelineSettings(
                "elasticmq",
                StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")),
                Clock.systemUTC(),
                RetryPolicy.ofDefaults(),
                SLEEPS::add,
                new Random(1),
                ApacheHttpTransport.create(Duration.ofSeconds(2), 4)),
            QueryProtocol.INSTANCE);
  }

  @AfterAll
  static void stop() {
    if (pipeline != null) {
      pipeline.close();
    }
    if (server != null) {
      server.stopAndWait();
    }
  }

  private static String call(String action, String form) {
    byte[] body =
        pipeline.execute(
            endpoint,
            action,
            ("Action=" + action + "&Version=2012-11-05&" + form).getBytes(StandardCharsets.UTF_8),
            Duration.ofSeconds(10));
    return new String(body, StandardCharsets.UTF_8);
  }

  @Test
  void createQueueAnswersWithItsUrl() {
    String body = call("CreateQueue", "QueueName=pipeline-test");

    assertThat(body).contains("<CreateQueueResult>").contains("pipeline-test</QueueUrl>");
  }

  @Test
  void missingQueueIsQueueDoesNotExistAndNotRetried() {
    SLEEPS.clear();

    assertThatThrownBy(() -> call("GetQueueUrl", "QueueName=no-such-queue"))
        .isInstanceOfSatisfying(
            QueueDoesNotExistException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo("AWS.SimpleQueueService.NonExistentQueue");
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.retryable()).isFalse();
            });
    assertThat(SLEEPS).isEmpty();
  }

  @Test
  void invalidParameterIsATypedClientError() {
    call("CreateQueue", "QueueName=pipeline-invalid");

    assertThatThrownBy(
            () ->
                call(
                    "ReceiveMessage",
                    "QueueUrl="
                        + java.net.URLEncoder.encode(
                            endpoint + "/000000000000/pipeline-invalid", StandardCharsets.UTF_8)
                        + "&MaxNumberOfMessages=11"))
        // real SQS answers InvalidParameterValue here (recorded/); ElasticMQ 1.6 says
        // InvalidAttributeValue. Either way the table must give the typed, non-retryable exception.
        .isInstanceOfSatisfying(
            InvalidAttributeValueException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo("InvalidAttributeValue");
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.retryable()).isFalse();
              assertThat(e.senderFault()).isTrue();
            });
  }
}

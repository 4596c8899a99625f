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

import io.sqskit.testing.engine.SqsEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * {@code --config} (ElasticMQ's configuration, its queues block) and {@code --auto-create}. The
 * file {@code elasticmq/readme-custom.conf} is the example of ElasticMQ's README ("Automatically
 * creating queues on startup", softwaremill/elasticmq), unchanged.
 */
class ElasticMqConfigTest {

  private static final PrintStream QUIET =
      new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  @TempDir Path dir;

  @Test
  void helpNamesTheNewFlags() {
    assertThat(SqsServerMain.USAGE)
        .contains("--state <file>")
        .contains("--state-interval")
        .contains("--config")
        .contains("--auto-create");
  }

  @Test
  void elasticMqReadmeExampleCreatesItsQueuesAndNamesWhatItIgnores() throws Exception {
    Path conf = Path.of(getClass().getResource("/elasticmq/readme-custom.conf").toURI());
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (SqsServer server =
        SqsServerMain.launch(
            new String[] {"--port", "0", "--config", conf.toString()},
            QUIET,
            new PrintStream(log, true, StandardCharsets.UTF_8))) {
      SqsClient sqs = client(server.endpoint());
      assertThat(sqs.listQueues().queueUrls())
          .extracting(url -> url.substring(url.lastIndexOf('/') + 1))
          .containsExactlyInAnyOrder(
              "queue1", "queue1-dead-letters", "audit-queue-name", "redirect-queue-name");
      String url = sqs.getQueueUrl(r -> r.queueName("queue1")).queueUrl();
      Map<QueueAttributeName, String> attributes =
          sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.ALL))
              .attributes();
      assertThat(attributes)
          .containsEntry(QueueAttributeName.VISIBILITY_TIMEOUT, "10")
          .containsEntry(QueueAttributeName.DELAY_SECONDS, "5")
          .containsEntry(QueueAttributeName.RECEIVE_MESSAGE_WAIT_TIME_SECONDS, "0")
          .containsEntry(
              QueueAttributeName.REDRIVE_POLICY,
              "{\"deadLetterTargetArn\":\"arn:aws:sqs:us-east-1:000000000000:queue1-dead-letters\","
                  + "\"maxReceiveCount\":3}")
          .doesNotContainKey(QueueAttributeName.FIFO_QUEUE);
      assertThat(sqs.listQueueTags(r -> r.queueUrl(url)).tags())
          .isEqualTo(Map.of("tag1", "tagged1", "tag2", "tagged2"));
    }
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("warning: --config " + conf + ": queue queue1: copyTo is not supported, ignored")
        .contains("queue queue1: moveTo is not supported, ignored");
  }

  @Test
  void fifoQueuesServerSettingsAndTheAccountOfTheDeadLetterArn() throws Exception {
    Path conf = dir.resolve("elasticmq.conf");
    Files.writeString(
        conf,
        "node-address { protocol = http, host = localhost, port = 9324, context-path = \"\" }\n"
            + "queues {\n"
            + "  \"jobs.fifo\" {\n"
            + "    fifo = true\n"
            + "    contentBasedDeduplication = true\n"
            + "    defaultVisibilityTimeout = 2 minutes\n"
            + "    deadLettersQueue { name = \"jobs-dlq.fifo\", maxReceiveCount = 5 }\n"
            + "  }\n"
            + "  \"jobs-dlq.fifo\" { fifo = true }\n"
            + "}\n");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (SqsServer server =
        SqsServerMain.launch(
            new String[] {
              "--port",
              "0",
              "--account",
              "123456789012",
              "--region",
              "eu-west-1",
              "--config",
              conf.toString()
            },
            QUIET,
            new PrintStream(log, true, StandardCharsets.UTF_8))) {
      // The configured queues live in the server's --region; a client of that region sees them.
      SqsClient sqs = client(server.endpoint(), "123456789012", Region.EU_WEST_1);
      String url = sqs.getQueueUrl(r -> r.queueName("jobs.fifo")).queueUrl();
      assertThat(
              sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.ALL))
                  .attributes())
          .containsEntry(QueueAttributeName.FIFO_QUEUE, "true")
          .containsEntry(QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true")
          .containsEntry(QueueAttributeName.VISIBILITY_TIMEOUT, "120")
          .containsEntry(
              QueueAttributeName.REDRIVE_POLICY,
              "{\"deadLetterTargetArn\":\"arn:aws:sqs:eu-west-1:123456789012:jobs-dlq.fifo\","
                  + "\"maxReceiveCount\":5}");
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("ignored").contains("node-address");
  }

  @Test
  void aFileThatIsNotHoconNamesTheLine() throws Exception {
    Path conf = dir.resolve("broken.conf");
    Files.writeString(conf, "queues {\n  q { delay = \n");
    assertThatThrownBy(
            () ->
                SqsServerMain.launch(
                    new String[] {"--port", "0", "--config", conf.toString()}, QUIET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--config")
        .hasMessageContaining("broken.conf");
  }

  @Test
  void aDurationOfTheWrongTypeNamesTheKey() throws Exception {
    Path conf = dir.resolve("wrong.conf");
    Files.writeString(conf, "queues { q { delay = soon } }\n");
    assertThatThrownBy(
            () ->
                SqsServerMain.launch(
                    new String[] {"--port", "0", "--config", conf.toString()}, QUIET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delay");
  }

  @Test
  void withoutAutoCreateAMissingQueueDoesNotExist() {
    try (SqsServer server = SqsServerMain.launch(new String[] {"--port", "0"}, QUIET)) {
      SqsClient sqs = client(server.endpoint());
      assertThatThrownBy(() -> sqs.getQueueUrl(r -> r.queueName("orders")))
          .isInstanceOf(QueueDoesNotExistException.class);
      String url = server.endpoint() + "/000000000000/orders";
      assertThatThrownBy(() -> sqs.sendMessage(r -> r.queueUrl(url).messageBody("x")))
          .isInstanceOf(QueueDoesNotExistException.class);
      assertThat(sqs.listQueues().queueUrls()).isEmpty();
    }
  }

  @Test
  void autoCreateMakesAQueueOnFirstUse() {
    try (SqsServer server =
        SqsServerMain.launch(new String[] {"--port", "0", "--auto-create"}, QUIET)) {
      SqsClient sqs = client(server.endpoint());
      String url = server.endpoint() + "/000000000000/orders";
      sqs.sendMessage(r -> r.queueUrl(url).messageBody("first"));
      assertThat(sqs.receiveMessage(r -> r.queueUrl(url)).messages().get(0).body())
          .isEqualTo("first");
      SqsEngine engine = java.util.Objects.requireNonNull(server.engine());
      long changes = engine.changes();
      String fifo = sqs.getQueueUrl(r -> r.queueName("jobs.fifo")).queueUrl();
      // GetQueueUrl is a read, but the queue it created must reach the next --state write.
      assertThat(engine.changes()).isGreaterThan(changes);
      assertThat(
              sqs.getQueueAttributes(r -> r.queueUrl(fifo).attributeNames(QueueAttributeName.ALL))
                  .attributes())
          .containsEntry(QueueAttributeName.FIFO_QUEUE, "true")
          .containsEntry(QueueAttributeName.VISIBILITY_TIMEOUT, "30");
      // A name SQS would refuse is still a missing queue.
      assertThatThrownBy(() -> sqs.getQueueUrl(r -> r.queueName("no spaces allowed")))
          .isInstanceOf(QueueDoesNotExistException.class);
    }
  }

  @Test
  void autoCreateDoesNotMakeAQueueToDeleteIt() {
    try (SqsServer server =
        SqsServerMain.launch(new String[] {"--port", "0", "--auto-create"}, QUIET)) {
      SqsClient sqs = client(server.endpoint());
      String url = server.endpoint() + "/000000000000/typo";
      assertThatThrownBy(() -> sqs.deleteQueue(r -> r.queueUrl(url)))
          .isInstanceOf(QueueDoesNotExistException.class);
      assertThat(sqs.listQueues().queueUrls()).isEmpty();
      // a queue that exists is deleted as usual
      sqs.sendMessage(r -> r.queueUrl(url).messageBody("made on first use"));
      sqs.deleteQueue(r -> r.queueUrl(url));
      assertThat(sqs.listQueues().queueUrls()).isEmpty();
    }
  }

  private static SqsClient client(URI endpoint) {
    return client(endpoint, "000000000000");
  }

  private static SqsClient client(URI endpoint, String keyId) {
    return client(endpoint, keyId, Region.US_EAST_1);
  }

  private static SqsClient client(URI endpoint, String keyId, Region region) {
    return SqsClient.builder()
        .endpointOverride(endpoint)
        .region(region)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId, "x")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}

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

import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.server.SdkDriver.Attr;
import io.sqskit.testing.server.SdkDriver.Batch;
import io.sqskit.testing.server.SdkDriver.DriverError;
import io.sqskit.testing.server.SdkDriver.Entry;
import io.sqskit.testing.server.SdkDriver.Received;
import io.sqskit.testing.server.SdkDriver.Sent;
import java.math.BigInteger;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One scenario suite over the HTTP front, run by each official SDK: every action, every queue
 * attribute and every error an SDK can provoke, with the SDKs' own MD5 checks on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SdkScenarios {

  private static final AtomicInteger NAMES = new AtomicInteger();

  private SqsServer server;
  private URI endpoint;
  SdkDriver sqs;

  /** The SDK's client, sending to {@code endpoint}. */
  abstract SdkDriver driver(URI endpoint);

  /**
   * Where the clients send: the server's port, once started; a suite whose clients call {@link
   * SqsServer#directCalls()} (the in-JVM transport, in junit-extension) names any URI instead.
   */
  URI endpoint(SqsServer server) {
    return server.start().endpoint();
  }

  @BeforeAll
  void start() {
    server = SqsServer.builder().engine(SqsEngine.create()).build();
    endpoint = endpoint(server);
    sqs = driver(endpoint);
  }

  @AfterAll
  void stop() {
    sqs.close();
    server.close();
  }

  private static String unique(String base) {
    return base
        + "-"
        + NAMES.incrementAndGet()
        + "-"
        + Long.toHexString(System.nanoTime() & 0xffffff);
  }

  private String newQueue(String base) {
    return sqs.createQueue(unique(base), Map.of(), Map.of());
  }

  private static DriverError error(ThrowingCallable call) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(thrown).isInstanceOf(DriverError.class);
    return (DriverError) thrown;
  }

  private static void assertError(ThrowingCallable call, String code, int status) {
    DriverError e = error(call);
    assertThat(e.code).as(e.getMessage()).isEqualTo(code);
    assertThat(e.status).as(e.getMessage()).isEqualTo(status);
  }

  private List<Received> receiveAll(String url, int max) {
    return sqs.receiveMessage(url, max, 0, null, List.of("All"), List.of("All"));
  }

  // ---- queues ----------------------------------------------------------------------------

  @Test
  void queueLifecycleCreateGetListDelete() {
    String name = unique("life");
    String url = sqs.createQueue(name, Map.of(), Map.of());

    assertThat(url).isEqualTo(endpoint + "/000000000000/" + name);
    assertThat(sqs.getQueueUrl(name)).isEqualTo(url);
    assertThat(sqs.createQueue(name, Map.of(), Map.of()))
        .as("same attributes: same URL")
        .isEqualTo(url);
    assertThat(sqs.listQueues(name)).containsExactly(url);

    sqs.deleteQueue(url);

    assertThat(sqs.listQueues(name)).isEmpty();
    assertError(() -> sqs.getQueueUrl(name), "AWS.SimpleQueueService.NonExistentQueue", 400);
  }

  @Test
  void listQueuesPagesWithMaxResultsAndNextToken() {
    String prefix = unique("page");
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      urls.add(sqs.createQueue(prefix + "-" + i, Map.of(), Map.of()));
    }

    SdkDriver.Page first = sqs.listQueues(prefix, 2, null);
    assertThat(first.queueUrls()).hasSize(2);
    assertThat(first.nextToken()).isNotBlank();
    SdkDriver.Page second = sqs.listQueues(prefix, 2, first.nextToken());

    List<String> all = new ArrayList<>(first.queueUrls());
    all.addAll(second.queueUrls());
    assertThat(all).containsExactlyInAnyOrderElementsOf(urls);
    assertThat(second.nextToken()).isNull();
  }

  @Test
  void standardQueueReportsEveryAttributeWithDefaults() {
    String name = unique("attrs");
    String url = sqs.createQueue(name, Map.of(), Map.of());

    Map<String, String> attributes = sqs.getQueueAttributes(url, List.of("All"));

    assertThat(attributes)
        .containsEntry("DelaySeconds", "0")
        .containsEntry("MaximumMessageSize", "1048576")
        .containsEntry("MessageRetentionPeriod", "345600")
        .containsEntry("ReceiveMessageWaitTimeSeconds", "0")
        .containsEntry("VisibilityTimeout", "30")
        .containsEntry("ApproximateNumberOfMessages", "0")
        .containsEntry("ApproximateNumberOfMessagesNotVisible", "0")
        .containsEntry("ApproximateNumberOfMessagesDelayed", "0")
        .containsEntry("QueueArn", "arn:aws:sqs:us-east-1:000000000000:" + name)
        .containsKeys("CreatedTimestamp", "LastModifiedTimestamp")
        .doesNotContainKey("FifoQueue");
    assertThat(sqs.getQueueAttributes(url, List.of("VisibilityTimeout", "QueueArn")))
        .containsOnlyKeys("VisibilityTimeout", "QueueArn");
  }

  @Test
  void everySettableAttributeRoundTrips() {
    String dlqName = unique("attrs-dlq");
    String dlq = sqs.createQueue(dlqName, Map.of(), Map.of());
    String dlqArn = "arn:aws:sqs:us-east-1:000000000000:" + dlqName;
    Map<String, String> created = new LinkedHashMap<>();
    created.put("DelaySeconds", "5");
    created.put("MaximumMessageSize", "2048");
    created.put("MessageRetentionPeriod", "3600");
    created.put("ReceiveMessageWaitTimeSeconds", "1");
    created.put("VisibilityTimeout", "45");
    String url = sqs.createQueue(unique("attrs-all"), created, Map.of());
    Map<String, String> changed = new LinkedHashMap<>();
    changed.put("DelaySeconds", "0");
    changed.put("MaximumMessageSize", "1024");
    changed.put("MessageRetentionPeriod", "60");
    changed.put("ReceiveMessageWaitTimeSeconds", "0");
    changed.put("VisibilityTimeout", "0");
    changed.put(
        "RedrivePolicy", "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":3}");
    changed.put("KmsMasterKeyId", "alias/aws/sqs");
    changed.put("KmsDataKeyReusePeriodSeconds", "600");

    assertThat(sqs.getQueueAttributes(url, List.of("All"))).containsAllEntriesOf(created);
    sqs.setQueueAttributes(url, changed);
    sqs.setQueueAttributes(
        dlq, Map.of("RedriveAllowPolicy", "{\"redrivePermission\":\"allowAll\"}"));

    Map<String, String> read = sqs.getQueueAttributes(url, List.of("All"));
    assertThat(read)
        .containsEntry("DelaySeconds", "0")
        .containsEntry("MaximumMessageSize", "1024")
        .containsEntry("MessageRetentionPeriod", "60")
        .containsEntry("ReceiveMessageWaitTimeSeconds", "0")
        .containsEntry("VisibilityTimeout", "0")
        .containsEntry("KmsMasterKeyId", "alias/aws/sqs")
        .containsEntry("KmsDataKeyReusePeriodSeconds", "600");
    assertThat(read.get("RedrivePolicy")).contains(dlqArn).contains("3");
    assertThat(sqs.getQueueAttributes(dlq, List.of("RedriveAllowPolicy")).get("RedriveAllowPolicy"))
        .contains("allowAll");
    sqs.setQueueAttributes(dlq, Map.of("SqsManagedSseEnabled", "true"));
    assertThat(sqs.getQueueAttributes(dlq, List.of("SqsManagedSseEnabled")))
        .containsEntry("SqsManagedSseEnabled", "true");
  }

  @Test
  void fifoQueueAttributesAndDeduplication() {
    String name = unique("fifo") + ".fifo";
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("FifoQueue", "true");
    attributes.put("ContentBasedDeduplication", "true");
    attributes.put("DeduplicationScope", "messageGroup");
    attributes.put("FifoThroughputLimit", "perMessageGroupId");
    String url = sqs.createQueue(name, attributes, Map.of());

    assertThat(sqs.getQueueAttributes(url, List.of("All"))).containsAllEntriesOf(attributes);
    Sent first = sqs.sendMessage(url, "one", Map.of(), null, "g", null);
    Sent again = sqs.sendMessage(url, "one", Map.of(), null, "g", null);
    Sent second = sqs.sendMessage(url, "two", Map.of(), null, "g", "explicit");

    assertThat(again.messageId()).as("deduplicated").isEqualTo(first.messageId());
    assertThat(first.sequenceNumber()).isNotBlank();
    assertThat(new BigInteger(second.sequenceNumber()))
        .isGreaterThan(new BigInteger(first.sequenceNumber()));
    List<Received> got = receiveAll(url, 10);
    assertThat(got).extracting(Received::body).containsExactly("one", "two");
    assertThat(got.get(0).attributes())
        .containsEntry("MessageGroupId", "g")
        .containsEntry("SequenceNumber", first.sequenceNumber())
        .containsKey("MessageDeduplicationId");
  }

  @Test
  void tagsOnCreateTagListUntag() {
    String url = sqs.createQueue(unique("tags"), Map.of(), Map.of("team", "blue"));

    sqs.tagQueue(url, Map.of("env", "test", "team", "red"));
    assertThat(sqs.listQueueTags(url)).isEqualTo(Map.of("team", "red", "env", "test"));

    sqs.untagQueue(url, List.of("team"));
    assertThat(sqs.listQueueTags(url)).isEqualTo(Map.of("env", "test"));
  }

  @Test
  void permissionsAddAndRemove() {
    String url = newQueue("perm");

    sqs.addPermission(
        url, "share", List.of("111122223333"), List.of("SendMessage", "ReceiveMessage"));
    assertThat(sqs.getQueueAttributes(url, List.of("Policy")).get("Policy"))
        .contains("share")
        .contains("111122223333");
    assertError(
        () -> sqs.addPermission(url, "share", List.of("444455556666"), List.of("SendMessage")),
        "InvalidParameterValue",
        400);

    sqs.removePermission(url, "share");
    DriverError missing = error(() -> sqs.removePermission(url, "share"));
    assertThat(missing.code).isEqualTo("InvalidParameterValue");
    assertThat(missing.serviceMessage())
        .isEqualTo("Value share for parameter Label is invalid. Reason: can't find label.");
  }

  // ---- messages ----------------------------------------------------------------------------

  @Test
  void sendReceiveDeleteWithMessageAttributesAndSystemAttributes() {
    String url = newQueue("msg");
    Map<String, Attr> attributes = new LinkedHashMap<>();
    attributes.put("color", Attr.string("red"));
    attributes.put("count", Attr.number("42"));
    attributes.put("blob", Attr.binary(new byte[] {0, 1, 2}));

    Sent sent = sqs.sendMessage(url, "hello", attributes, null, null, null);

    assertThat(sent.md5OfBody()).isEqualTo("5d41402abc4b2a76b9719d911017c592");
    assertThat(sent.md5OfAttributes()).isEqualTo("2c3ddf1cb261b7c3801a87741554c57d");
    List<Received> got = receiveAll(url, 1);
    assertThat(got).hasSize(1);
    Received message = got.get(0);
    assertThat(message.messageId()).isEqualTo(sent.messageId());
    assertThat(message.body()).isEqualTo("hello");
    assertThat(message.attributes())
        .containsEntry("SenderId", "AKIDEXAMPLE")
        .containsEntry("ApproximateReceiveCount", "1")
        .containsKeys("SentTimestamp", "ApproximateFirstReceiveTimestamp");
    assertThat(message.messageAttributes()).containsOnlyKeys("color", "count", "blob");
    assertThat(message.messageAttributes().get("color")).isEqualTo(Attr.string("red"));
    assertThat(message.messageAttributes().get("count")).isEqualTo(Attr.number("42"));
    assertThat(message.messageAttributes().get("blob").binary()).containsExactly(0, 1, 2);

    sqs.deleteMessage(url, message.receiptHandle());
    assertThat(
            sqs.getQueueAttributes(
                url,
                List.of("ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible")))
        .containsEntry("ApproximateNumberOfMessages", "0")
        .containsEntry("ApproximateNumberOfMessagesNotVisible", "0");
  }

  @Test
  void bodyWithMarkupQuotesLineBreaksAndAstralCharactersSurvives() {
    String url = newQueue("chars");
    String body = "<a href=\"x\">&amp;</a> 'q' \r\n\t\u00e9\u4e2d\ud83d\ude00\r";

    sqs.sendMessage(url, body, Map.of(), null, null, null);

    assertThat(receiveAll(url, 1))
        .singleElement()
        .satisfies(m -> assertThat(m.body()).isEqualTo(body));
  }

  @Test
  void traceHeaderTravelsAsSystemAttribute() {
    String url = newQueue("trace");
    String header = "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1";

    Sent sent = sqs.sendTraced(url, "traced", header);

    assertThat(sent.md5OfAttributes()).isEqualTo("5f48eef650c1d0207456969c85af2fdd");
    assertThat(receiveAll(url, 1))
        .singleElement()
        .satisfies(m -> assertThat(m.attributes()).containsEntry("AWSTraceHeader", header));
  }

  @Test
  void receiveReturnsOnlyRequestedAttributes() {
    String url = newQueue("some");
    sqs.sendMessage(
        url, "x", Map.of("a", Attr.string("1"), "b", Attr.string("2")), null, null, null);

    List<Received> got =
        sqs.receiveMessage(url, 1, 0, null, List.of("SentTimestamp"), List.of("b"));

    assertThat(got)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.attributes()).containsOnlyKeys("SentTimestamp");
              assertThat(m.messageAttributes()).containsOnlyKeys("b");
            });
  }

  @Test
  void batchesSendDeleteAndChangeVisibilityWithPerEntryFailures() {
    String url = newQueue("batch");
    Batch sent =
        sqs.sendMessageBatch(
            url,
            List.of(
                Entry.of("a", "one"),
                new Entry("b", "two", Map.of("k", Attr.string("v")), 0, null, null),
                Entry.of("c", "three")));
    assertThat(sent.successful()).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(sent.failed()).isEmpty();

    List<Received> got = receiveAll(url, 10);
    assertThat(got).extracting(Received::body).containsExactlyInAnyOrder("one", "two", "three");

    Map<String, String> visibility = new LinkedHashMap<>();
    visibility.put("v1", got.get(0).receiptHandle());
    visibility.put("bad", "not-a-receipt-handle");
    Batch changed = sqs.changeMessageVisibilityBatch(url, visibility, 60);
    assertThat(changed.successful()).containsExactly("v1");
    assertThat(changed.failed())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.id()).isEqualTo("bad");
              assertThat(f.code()).isEqualTo("ReceiptHandleIsInvalid");
              assertThat(f.senderFault()).isTrue();
            });

    Map<String, String> deletes = new LinkedHashMap<>();
    for (int i = 0; i < got.size(); i++) {
      deletes.put("d" + i, got.get(i).receiptHandle());
    }
    deletes.put("bad", "not-a-receipt-handle");
    Batch deleted = sqs.deleteMessageBatch(url, deletes);
    assertThat(deleted.successful()).containsExactlyInAnyOrder("d0", "d1", "d2");
    assertThat(deleted.failed())
        .extracting(SdkDriver.Failure::code)
        .containsExactly("ReceiptHandleIsInvalid");
  }

  @Test
  void changeVisibilityToZeroMakesTheMessageReceivableAgain() {
    String url = newQueue("vis");
    sqs.sendMessage(url, "again", Map.of(), null, null, null);
    Received first = sqs.receiveMessage(url, 1, 0, 30, List.of("All"), null).get(0);
    assertThat(sqs.receiveMessage(url, 1, 0, null, null, null)).as("in flight").isEmpty();

    sqs.changeMessageVisibility(url, first.receiptHandle(), 0);

    Received second = sqs.receiveMessage(url, 1, 0, null, List.of("All"), null).get(0);
    assertThat(second.messageId()).isEqualTo(first.messageId());
    assertThat(second.receiptHandle()).isNotEqualTo(first.receiptHandle());
    assertThat(second.attributes()).containsEntry("ApproximateReceiveCount", "2");
  }

  @Test
  void concurrentLongPollsDoNotStarveEachOtherAndWakeOnSend() throws Exception {
    String first = newQueue("poll1");
    String second = newQueue("poll2");
    CompletableFuture<List<Received>> a =
        CompletableFuture.supplyAsync(() -> sqs.receiveMessage(first, 1, 20, null, null, null));
    CompletableFuture<List<Received>> b =
        CompletableFuture.supplyAsync(() -> sqs.receiveMessage(second, 1, 20, null, null, null));

    sqs.sendMessage(first, "to a", Map.of(), null, null, null);
    sqs.sendMessage(second, "to b", Map.of(), null, null, null);

    assertThat(a.get(15, TimeUnit.SECONDS)).extracting(Received::body).containsExactly("to a");
    assertThat(b.get(15, TimeUnit.SECONDS)).extracting(Received::body).containsExactly("to b");
  }

  @Test
  void concurrentProducersAndConsumersLoseAndDuplicateNothing() throws Exception {
    String url = newQueue("stress");
    int producers = 4;
    int perProducer = 25;
    Set<String> sent = ConcurrentHashMap.newKeySet();
    Set<String> received = ConcurrentHashMap.newKeySet();
    AtomicInteger duplicates = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2 * producers);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int p = 0; p < producers; p++) {
        int producer = p;
        work.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perProducer; i++) {
                    String body = producer + "-" + i;
                    sqs.sendMessage(url, body, Map.of(), null, null, null);
                    sent.add(body);
                  }
                }));
      }
      for (int c = 0; c < producers; c++) {
        work.add(
            pool.submit(
                () -> {
                  while (received.size() < producers * perProducer) {
                    for (Received m : sqs.receiveMessage(url, 10, 1, 60, null, null)) {
                      if (!received.add(m.body())) {
                        duplicates.incrementAndGet();
                      }
                      sqs.deleteMessage(url, m.receiptHandle());
                    }
                  }
                }));
      }
      for (Future<?> f : work) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(received).isEqualTo(sent).hasSize(producers * perProducer);
    assertThat(duplicates).hasValue(0);
    assertThat(
            sqs.getQueueAttributes(
                url,
                List.of("ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible")))
        .containsEntry("ApproximateNumberOfMessages", "0")
        .containsEntry("ApproximateNumberOfMessagesNotVisible", "0");
  }

  @Test
  void purgeEmptiesTheQueueAndASecondPurgeWithinSixtySecondsFails() {
    String url = newQueue("purge");
    sqs.sendMessage(url, "gone", Map.of(), null, null, null);

    sqs.purgeQueue(url);

    assertThat(receiveAll(url, 10)).isEmpty();
    assertError(() -> sqs.purgeQueue(url), "AWS.SimpleQueueService.PurgeQueueInProgress", 403);
  }

  @Test
  void deadLetterQueueReceivesMessagesPastMaxReceiveCountAndMovesBack() {
    String dlqName = unique("dlq");
    String dlq = sqs.createQueue(dlqName, Map.of(), Map.of());
    String dlqArn = "arn:aws:sqs:us-east-1:000000000000:" + dlqName;
    String sourceName = unique("src");
    String source =
        sqs.createQueue(
            sourceName,
            Map.of(
                "RedrivePolicy",
                "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"1\"}"),
            Map.of());
    sqs.sendMessage(source, "poison", Map.of(), null, null, null);

    assertThat(sqs.receiveMessage(source, 1, 0, 0, null, null)).hasSize(1);
    assertThat(sqs.receiveMessage(source, 1, 0, 0, null, null)).as("moved to the DLQ").isEmpty();
    assertThat(sqs.listDeadLetterSourceQueues(dlq)).containsExactly(source);
    List<Received> dead = sqs.receiveMessage(dlq, 1, 0, 0, List.of("All"), null);
    assertThat(dead).extracting(Received::body).containsExactly("poison");
    assertThat(dead.get(0).attributes())
        .containsEntry(
            "DeadLetterQueueSourceArn", "arn:aws:sqs:us-east-1:000000000000:" + sourceName);

    String task = sqs.startMessageMoveTask(dlqArn, null);
    assertThat(task).isNotBlank();
    assertThat(sqs.listMessageMoveTasks(dlqArn))
        .first()
        .satisfies(
            t -> {
              assertThat(t.sourceArn()).isEqualTo(dlqArn);
              assertThat(t.status()).isIn("RUNNING", "COMPLETED");
            });
  }

  @Test
  void cancelMessageMoveTaskOfUnknownTaskIsResourceNotFound() {
    String dlqName = unique("dlq-cancel");
    sqs.createQueue(dlqName, Map.of(), Map.of());

    DriverError e = error(() -> sqs.cancelMessageMoveTask("bm90LWEtdGFzaw=="));
    assertThat(e.code).isIn("ResourceNotFoundException", "InvalidParameterValue");
    assertThat(e.status).isIn(400, 404);
    assertError(
        () -> sqs.listMessageMoveTasks("arn:aws:sqs:us-east-1:000000000000:" + unique("none")),
        "ResourceNotFoundException",
        404);
  }

  // ---- errors ------------------------------------------------------------------------------

  @Test
  void createWithDifferentAttributesIsQueueAlreadyExists() {
    String name = unique("exists");
    sqs.createQueue(name, Map.of("DelaySeconds", "1"), Map.of());

    DriverError e = error(() -> sqs.createQueue(name, Map.of("DelaySeconds", "2"), Map.of()));

    assertThat(e.code).isEqualTo("QueueAlreadyExists");
    assertThat(e.status).isEqualTo(400);
    assertThat(e.serviceMessage())
        .isEqualTo(
            "A queue already exists with the same name and a different value for attribute"
                + " DelaySeconds");
  }

  @Test
  void recreatingADeletedQueueWithinSixtySecondsIsQueueDeletedRecently() {
    String name = unique("recent");
    String url = sqs.createQueue(name, Map.of(), Map.of());
    sqs.deleteQueue(url);

    assertError(
        () -> sqs.createQueue(name, Map.of(), Map.of()),
        "AWS.SimpleQueueService.QueueDeletedRecently",
        400);
  }

  @Test
  void unknownAttributeIsInvalidAttributeName() {
    DriverError e =
        error(() -> sqs.createQueue(unique("bad-attr"), Map.of("FifoQueue", "false"), Map.of()));
    assertThat(e.code).isIn("InvalidAttributeName", "InvalidAttributeValue");
    assertError(
        () -> sqs.getQueueAttributes(newQueue("bad-get"), List.of("Bogus")),
        "InvalidAttributeName",
        400);
  }

  @Test
  void outOfRangeAttributeIsInvalidAttributeValue() {
    assertError(
        () -> sqs.createQueue(unique("range"), Map.of("VisibilityTimeout", "43201"), Map.of()),
        "InvalidAttributeValue",
        400);
  }

  @Test
  void sendingToAMissingQueueIsNonExistentQueue() {
    String url = endpoint + "/000000000000/" + unique("missing");
    assertError(
        () -> sqs.sendMessage(url, "x", Map.of(), null, null, null),
        "AWS.SimpleQueueService.NonExistentQueue",
        400);
  }

  @Test
  void receiveMoreThanTenIsInvalidParameterValue() {
    String url = newQueue("eleven");

    DriverError e = error(() -> sqs.receiveMessage(url, 11, 0, null, null, null));

    assertThat(e.code).isEqualTo("InvalidParameterValue");
    assertThat(e.status).isEqualTo(400);
    assertThat(e.serviceMessage())
        .isEqualTo(
            "Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and"
                + " 10, if provided.");
  }

  @Test
  void fifoSendWithoutGroupIsMissingParameter() {
    String url =
        sqs.createQueue(
            unique("nogroup") + ".fifo",
            Map.of("FifoQueue", "true", "ContentBasedDeduplication", "true"),
            Map.of());

    DriverError e = error(() -> sqs.sendMessage(url, "x", Map.of(), null, null, null));

    assertThat(e.code).isEqualTo("MissingParameter");
    assertThat(e.serviceMessage())
        .isEqualTo("The request must contain the parameter MessageGroupId.");
  }

  @Test
  void bodyWithForbiddenCharacterIsInvalidMessageContents() {
    String url = newQueue("contents");
    assertError(
        () -> sqs.sendMessage(url, "bad \u0001 char", Map.of(), null, null, null),
        "InvalidMessageContents",
        400);
  }

  @Test
  void oversizedMessageIsInvalidParameterValue() {
    String url = sqs.createQueue(unique("small"), Map.of("MaximumMessageSize", "1024"), Map.of());

    DriverError e = error(() -> sqs.sendMessage(url, "x".repeat(1025), Map.of(), null, null, null));

    assertThat(e.code).isEqualTo("InvalidParameterValue");
    assertThat(e.serviceMessage())
        .isEqualTo(
            "One or more parameters are invalid. Reason: Message must be shorter than 1024 bytes.");
  }

  @Test
  void invalidReceiptHandleIsReceiptHandleIsInvalid() {
    String url = newQueue("rh");
    DriverError e = error(() -> sqs.deleteMessage(url, "garbage"));
    assertThat(e.code).isEqualTo("ReceiptHandleIsInvalid");
  }

  @Test
  void changingVisibilityOfAMessageNotInFlightIsMessageNotInflight() {
    String url =
        sqs.createQueue(
            unique("inflight") + ".fifo",
            Map.of("FifoQueue", "true", "ContentBasedDeduplication", "true"),
            Map.of());
    sqs.sendMessage(url, "x", Map.of(), null, "g", null);
    Received got = sqs.receiveMessage(url, 1, 0, 30, null, null).get(0);
    sqs.changeMessageVisibility(url, got.receiptHandle(), 0);

    assertError(
        () -> sqs.changeMessageVisibility(url, got.receiptHandle(), 10),
        "AWS.SimpleQueueService.MessageNotInflight",
        400);
  }

  @Test
  void batchErrors() {
    String url = newQueue("batch-errors");
    List<Entry> eleven = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      eleven.add(Entry.of("e" + i, "x"));
    }
    DriverError tooMany = error(() -> sqs.sendMessageBatch(url, eleven));
    assertThat(tooMany.code).isEqualTo("AWS.SimpleQueueService.TooManyEntriesInBatchRequest");
    assertThat(tooMany.serviceMessage())
        .isEqualTo("Maximum number of entries per request are 10. You have sent 11.");

    assertError(
        () -> sqs.sendMessageBatch(url, List.of()),
        "AWS.SimpleQueueService.EmptyBatchRequest",
        400);
    assertError(
        () -> sqs.sendMessageBatch(url, List.of(Entry.of("same", "a"), Entry.of("same", "b"))),
        "AWS.SimpleQueueService.BatchEntryIdsNotDistinct",
        400);
    assertError(
        () -> sqs.deleteMessageBatch(url, Map.of("bad:id", "h")),
        "AWS.SimpleQueueService.InvalidBatchEntryId",
        400);
    String half = "x".repeat(600 * 1024);
    DriverError tooLong =
        error(() -> sqs.sendMessageBatch(url, List.of(Entry.of("a", half), Entry.of("b", half))));
    assertThat(tooLong.code).isEqualTo("AWS.SimpleQueueService.BatchRequestTooLong");
  }

  @Test
  void queueUrlWithoutAccountAndNameIsInvalidAddress() {
    assertError(() -> sqs.purgeQueue(endpoint + "/only-one-segment"), "InvalidAddress", 404);
  }

  // ---- answers recorded from real SQS (sqs-reference/recorded/test_sqs.snapshot.json) -------

  /** test_non_existent_queue: the message differs by protocol. */
  @Test
  void recordedNonExistentQueue() {
    DriverError e = error(() -> sqs.getQueueUrl(unique("never")));

    assertThat(e.code).isEqualTo("AWS.SimpleQueueService.NonExistentQueue");
    assertThat(e.status).isEqualTo(400);
    assertThat(e.serviceMessage())
        .isEqualTo(
            sqs.json()
                ? "The specified queue does not exist."
                : "The specified queue does not exist for this wsdl version.");
  }

  /** test_send_receive_wait_time_seconds. */
  @Test
  void recordedWaitTimeSecondsOutOfRange() {
    String url = newQueue("wait");
    for (int wait : new int[] {21, -1}) {
      DriverError e = error(() -> sqs.receiveMessage(url, 1, wait, null, null, null));
      assertThat(e.code).isEqualTo("InvalidParameterValue");
      assertThat(e.serviceMessage())
          .isEqualTo(
              "Value "
                  + wait
                  + " for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if"
                  + " provided.");
    }
  }

  /** test_send_empty_message. */
  @Test
  void recordedEmptyMessageBody() {
    String url = newQueue("empty");

    DriverError e = error(() -> sqs.sendMessage(url, "", Map.of(), null, null, null));

    assertThat(e.code).isEqualTo("MissingParameter");
    assertThat(e.status).isEqualTo(400);
    assertThat(e.serviceMessage()).isEqualTo("The request must contain the parameter MessageBody.");
  }

  /** test_too_many_entries_in_batch_request. */
  @Test
  void recordedTwentyEntries() {
    String url = newQueue("twenty");
    List<Entry> twenty = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      twenty.add(Entry.of("e" + i, "x"));
    }

    DriverError e = error(() -> sqs.sendMessageBatch(url, twenty));

    assertThat(e.code).isEqualTo("AWS.SimpleQueueService.TooManyEntriesInBatchRequest");
    assertThat(e.status).isEqualTo(400);
    assertThat(e.serviceMessage())
        .isEqualTo("Maximum number of entries per request are 10. You have sent 20.");
  }

  /** test_invalid_batch_id, test_delete_message_batch_invalid_msg_id. */
  @Test
  void recordedInvalidBatchEntryIds() {
    String url = newQueue("ids");
    for (String id : new String[] {"", "invalid:id", "testLongId".repeat(10)}) {
      DriverError e = error(() -> sqs.deleteMessageBatch(url, Map.of(id, "handle")));
      assertThat(e.code).isEqualTo("AWS.SimpleQueueService.InvalidBatchEntryId");
      assertThat(e.serviceMessage())
          .isEqualTo(
              "A batch entry id can only contain alphanumeric characters, hyphens and underscores. "
                  + "It can be at most 80 letters long.");
    }
  }

  /** test_successive_purge_calls_fail. */
  @Test
  void recordedSuccessivePurge() {
    String name = unique("purged");
    String url = sqs.createQueue(name, Map.of(), Map.of());
    sqs.purgeQueue(url);

    DriverError e = error(() -> sqs.purgeQueue(url));

    assertThat(e.status).isEqualTo(403);
    assertThat(e.serviceMessage())
        .isEqualTo("Only one PurgeQueue operation on " + name + " is allowed every 60 seconds.");
  }

  /** test_create_standard_queue_with_fifo_attribute_raises_error. */
  @Test
  void recordedFifoAttributesOnStandardQueue() {
    Map<String, String> cases =
        Map.of(
            "ContentBasedDeduplication", "Unknown Attribute ContentBasedDeduplication.",
            "DeduplicationScope",
                "You can specify the DeduplicationScope only when FifoQueue is set to true.",
            "FifoThroughputLimit",
                "You can specify the FifoThroughputLimit only when FifoQueue is set to true.");
    Map<String, String> values =
        Map.of(
            "ContentBasedDeduplication",
            "true",
            "DeduplicationScope",
            "queue",
            "FifoThroughputLimit",
            "perQueue");
    cases.forEach(
        (attribute, message) -> {
          DriverError e =
              error(
                  () ->
                      sqs.createQueue(
                          unique("std"), Map.of(attribute, values.get(attribute)), Map.of()));
          assertThat(e.code).as(attribute).isEqualTo("InvalidAttributeName");
          assertThat(e.serviceMessage()).as(attribute).isEqualTo(message);
        });
  }

  /** test_fifo_queue_send_message_with_delay_seconds_fails. */
  @Test
  void recordedDelayOnFifoMessage() {
    String url =
        sqs.createQueue(
            unique("fifo-delay") + ".fifo",
            Map.of("FifoQueue", "true", "ContentBasedDeduplication", "true"),
            Map.of());

    DriverError e = error(() -> sqs.sendMessage(url, "x", Map.of(), 2, "g", null));

    assertThat(e.code).isEqualTo("InvalidParameterValue");
    assertThat(e.serviceMessage())
        .isEqualTo(
            "Value 2 for parameter DelaySeconds is invalid. Reason: The request include parameter"
                + " that is not valid for this queue type.");
  }

  /** test_send_message_with_empty_string_attribute. */
  @Test
  void recordedEmptyStringAttribute() {
    String url = newQueue("empty-attr");

    DriverError e =
        error(
            () ->
                sqs.sendMessage(
                    url, "x", Map.of("ErrorDetails", Attr.string("")), null, null, null));

    assertThat(e.code).isEqualTo("InvalidParameterValue");
    assertThat(e.serviceMessage())
        .isEqualTo(
            "Message (user) attribute 'ErrorDetails' must contain a non-empty value of type"
                + " 'String'.");
  }

  /** test_message_deduplication_id_invalid. */
  @Test
  void recordedInvalidDeduplicationIds() {
    String url = sqs.createQueue(unique("dedup") + ".fifo", Map.of("FifoQueue", "true"), Map.of());
    for (String id : new String[] {"group 123", "a".repeat(129)}) {
      DriverError e = error(() -> sqs.sendMessage(url, "x", Map.of(), null, "g", id));
      assertThat(e.code).isEqualTo("InvalidParameterValue");
      assertThat(e.serviceMessage())
          .isEqualTo(
              "Value "
                  + id
                  + " for parameter MessageDeduplicationId is invalid. Reason:"
                  + " MessageDeduplicationId can only include alphanumeric and punctuation"
                  + " characters. 1 to 128 in length.");
    }
  }

  /** test_send_oversized_message. */
  @Test
  void recordedOversizedMessage() {
    String url = newQueue("big");

    DriverError e =
        error(() -> sqs.sendMessage(url, "x".repeat(1024 * 1024 + 1), Map.of(), null, null, null));

    assertThat(e.code).isEqualTo("InvalidParameterValue");
    assertThat(e.serviceMessage())
        .isEqualTo(
            "One or more parameters are invalid. Reason: Message must be shorter than 1048576"
                + " bytes.");
  }
}

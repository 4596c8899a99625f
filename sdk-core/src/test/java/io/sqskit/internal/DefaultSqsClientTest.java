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

import io.sqskit.client.SqsClient;
import io.sqskit.exception.QueueDoesNotExistException;
import io.sqskit.exception.SqsClientException;
import io.sqskit.internal.protocol.xml.QueryResponseReaderTestAccess;
import io.sqskit.model.MessageAttributeValue;
import io.sqskit.model.SendMessageBatchRequestEntry;
import io.sqskit.model.SendMessageResponse;
import io.sqskit.retry.RetryPolicy;
import io.sqskit.transport.HttpRequest;
import io.sqskit.transport.HttpResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The client against a fake transport: routing, timeouts, MD5 verification, fail fast, close. */
class DefaultSqsClientTest {
  private static final String URL = "https://sqs.us-east-1.amazonaws.com/123456789012/q";
  private static final String NS = " xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\"";
  // MD5 of "hello" and of {color: String "red"} (sqs-reference/semantics.md)
  private static final String MD5_HELLO = "5d41402abc4b2a76b9719d911017c592";
  private static final String MD5_RED = "20ca9041878c8c65d5a4bf6eaf446c21";
  private static final String TRACE = "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1";
  private static final String MD5_TRACE = "5f48eef650c1d0207456969c85af2fdd";

  private static SqsClient client(FakeTransport transport, boolean md5) {
    return SqsClient.builder()
        .region("us-east-1")
        .credentials("AKIDEXAMPLE", "secret")
        .transport(transport)
        .retryPolicy(RetryPolicy.none())
        .md5Validation(md5)
        .callTimeout(Duration.ofSeconds(7))
        .signingClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
        .build();
  }

  private static String sendResponse(String md5Body, String md5Attributes, String md5System) {
    return "<SendMessageResponse"
        + NS
        + "><SendMessageResult>"
        + "<MD5OfMessageBody>"
        + md5Body
        + "</MD5OfMessageBody>"
        + (md5Attributes == null
            ? ""
            : "<MD5OfMessageAttributes>" + md5Attributes + "</MD5OfMessageAttributes>")
        + (md5System == null
            ? ""
            : "<MD5OfMessageSystemAttributes>" + md5System + "</MD5OfMessageSystemAttributes>")
        + "<MessageId>m-1</MessageId></SendMessageResult></SendMessageResponse>";
  }

  @Test
  void postsTheSignedFormToTheRegionalEndpointWithTheQueueUrlAsParameter() {
    FakeTransport transport = FakeTransport.answering(sendResponse(MD5_HELLO, null, null));
    try (SqsClient client = client(transport, true)) {
      SendMessageResponse sent = client.sendMessage(URL, "hello");

      assertThat(sent.messageId()).isEqualTo("m-1");
      HttpRequest request = transport.lastRequest();
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.uri()).isEqualTo(URI.create("https://sqs.us-east-1.amazonaws.com"));
      assertThat(transport.lastForm())
          .containsExactly(
              Map.entry("Action", "SendMessage"),
              Map.entry("Version", "2012-11-05"),
              Map.entry("QueueUrl", URL),
              Map.entry("MessageBody", "hello"));
      Map<String, List<String>> headers = request.headers();
      assertThat(headers.entrySet())
          .anySatisfy(
              h -> {
                assertThat(h.getKey()).isEqualToIgnoringCase("Authorization");
                assertThat(h.getValue().get(0))
                    .startsWith(
                        "AWS4-HMAC-SHA256"
                            + " Credential=AKIDEXAMPLE/20260101/us-east-1/sqs/aws4_request");
              });
    }
  }

  @Test
  void sendsToTheEndpointOverride() {
    FakeTransport transport = FakeTransport.answering("<DeleteQueueResponse/>");
    try (SqsClient client =
        client(transport, true).toBuilder()
            .endpointOverride(URI.create("http://127.0.0.1:9324"))
            .build()) {
      client.deleteQueue(r -> r.queueUrl(URL));
      assertThat(transport.lastRequest().uri()).isEqualTo(URI.create("http://127.0.0.1:9324"));
    }
  }

  @Test
  void everyCallButReceiveUsesTheCallTimeout() {
    FakeTransport transport = FakeTransport.answering("<PurgeQueueResponse/>");
    try (SqsClient client = client(transport, true)) {
      client.purgeQueue(r -> r.queueUrl(URL));
      assertThat(transport.lastRequest().responseTimeout()).isEqualTo(Duration.ofSeconds(7));
    }
  }

  @Test
  void aLongPollWaitsItsWaitTimeOnTopOfTheCallTimeout() {
    FakeTransport transport =
        FakeTransport.answering(
            "<ReceiveMessageResponse><ReceiveMessageResult/></ReceiveMessageResponse>");
    try (SqsClient client = client(transport, true)) {
      client.receiveMessage(r -> r.queueUrl(URL).waitTimeSeconds(5));
      assertThat(transport.lastRequest().responseTimeout()).isEqualTo(Duration.ofSeconds(12));
      client.receiveMessage(r -> r.queueUrl(URL).waitTimeSeconds(0));
      assertThat(transport.lastRequest().responseTimeout()).isEqualTo(Duration.ofSeconds(7));
    }
  }

  @Test
  void aReceiveWithoutWaitTimeAllowsForTheLongestQueueDefault() {
    FakeTransport transport =
        FakeTransport.answering(
            "<ReceiveMessageResponse><ReceiveMessageResult/></ReceiveMessageResponse>");
    try (SqsClient client = client(transport, true)) {
      assertThat(client.receiveMessage(URL).messages()).isEmpty();
      assertThat(transport.lastRequest().responseTimeout()).isEqualTo(Duration.ofSeconds(27));
    }
  }

  @Test
  void matchingDigestsOfBodyAttributesAndSystemAttributesPass() {
    FakeTransport transport = FakeTransport.answering(sendResponse(MD5_HELLO, MD5_RED, MD5_TRACE));
    try (SqsClient client = client(transport, true)) {
      SendMessageResponse sent =
          client.sendMessage(
              r ->
                  r.queueUrl(URL)
                      .messageBody("hello")
                      .messageAttribute("color", MessageAttributeValue.ofString("red"))
                      .messageSystemAttribute(
                          "AWSTraceHeader", MessageAttributeValue.ofString(TRACE)));
      assertThat(sent.md5OfMessageSystemAttributes()).isEqualTo(MD5_TRACE);
    }
  }

  @Test
  void aTamperedBodyDigestFailsNamingTheMessageAndBothDigests() {
    FakeTransport transport =
        FakeTransport.answering(sendResponse("00000000000000000000000000000000", null, null));
    try (SqsClient client = client(transport, true)) {
      assertThatThrownBy(() -> client.sendMessage(URL, "hello"))
          .isInstanceOf(SqsClientException.class)
          .hasMessageStartingWith(
              "MD5OfMessageBody mismatch for message m-1: SQS returned"
                  + " 00000000000000000000000000000000 but the client computed "
                  + MD5_HELLO);
    }
  }

  @Test
  void aTamperedAttributesDigestFails() {
    FakeTransport transport = FakeTransport.answering(sendResponse(MD5_HELLO, MD5_HELLO, null));
    try (SqsClient client = client(transport, true)) {
      assertThatThrownBy(
              () ->
                  client.sendMessage(
                      r ->
                          r.queueUrl(URL)
                              .messageBody("hello")
                              .messageAttribute("color", MessageAttributeValue.ofString("red"))))
          .isInstanceOf(SqsClientException.class)
          .hasMessageContaining("MD5OfMessageAttributes mismatch for message m-1")
          .hasMessageContaining(MD5_RED);
    }
  }

  @Test
  void aMissingSystemAttributesDigestFails() {
    FakeTransport transport = FakeTransport.answering(sendResponse(MD5_HELLO, null, null));
    try (SqsClient client = client(transport, true)) {
      assertThatThrownBy(
              () ->
                  client.sendMessage(
                      r ->
                          r.queueUrl(URL)
                              .messageBody("hello")
                              .messageSystemAttribute(
                                  "AWSTraceHeader", MessageAttributeValue.ofString(TRACE))))
          .isInstanceOf(SqsClientException.class)
          .hasMessageContaining(
              "MD5OfMessageSystemAttributes mismatch for message m-1: SQS returned null");
    }
  }

  @Test
  void turningValidationOffAcceptsWrongDigests() {
    FakeTransport transport = FakeTransport.answering(sendResponse("bad", "bad", "bad"));
    try (SqsClient client = client(transport, false)) {
      assertThat(
              client
                  .sendMessage(
                      r ->
                          r.queueUrl(URL)
                              .messageBody("hello")
                              .messageAttribute("color", MessageAttributeValue.ofString("red")))
                  .messageId())
          .isEqualTo("m-1");
    }
  }

  @Test
  void batchDigestsAreCheckedPerEntry() {
    String xml =
        "<SendMessageBatchResponse><SendMessageBatchResult>"
            + "<SendMessageBatchResultEntry><Id>a</Id><MessageId>m-a</MessageId><MD5OfMessageBody>"
            + MD5_HELLO
            + "</MD5OfMessageBody></SendMessageBatchResultEntry>"
            + "<SendMessageBatchResultEntry><Id>b</Id><MessageId>m-b</MessageId><MD5OfMessageBody>"
            + MD5_HELLO
            + "</MD5OfMessageBody></SendMessageBatchResultEntry>"
            + "</SendMessageBatchResult></SendMessageBatchResponse>";
    FakeTransport transport = FakeTransport.answering(xml);
    try (SqsClient client = client(transport, true)) {
      assertThatThrownBy(
              () ->
                  client.sendMessageBatch(
                      r ->
                          r.queueUrl(URL)
                              .entries(
                                  SendMessageBatchRequestEntry.builder()
                                      .id("a")
                                      .messageBody("hello")
                                      .build(),
                                  SendMessageBatchRequestEntry.builder()
                                      .id("b")
                                      .messageBody("hullo")
                                      .build())))
          .isInstanceOf(SqsClientException.class)
          .hasMessageStartingWith("MD5OfMessageBody mismatch for message m-b");
    }
  }

  @Test
  void receivedMessagesAreVerifiedIncludingBinaryAttributes() {
    byte[] recorded = QueryResponseReaderTestAccess.fixture("ReceiveMessage-attributes.xml");
    // the second message of this fixture carries a wrong MD5OfBody on purpose
    try (SqsClient client = client(FakeTransport.answering(recorded), true)) {
      assertThatThrownBy(() -> client.receiveMessage(URL))
          .isInstanceOf(SqsClientException.class)
          .hasMessageStartingWith(
              "MD5OfBody mismatch for message 7d1b1a1e-2c1f-4f39-9f8e-0e6f0d6a2b22: SQS returned"
                  + " ignored-here");
    }
    try (SqsClient client = client(FakeTransport.answering(recorded), false)) {
      assertThat(client.receiveMessage(URL).messages()).hasSize(2);
    }
  }

  @Test
  void theRecordedBinaryAttributeDigestMatches() {
    String xml =
        new String(
            QueryResponseReaderTestAccess.fixture("ReceiveMessage-attributes.xml"),
            StandardCharsets.UTF_8);
    String firstOnly =
        xml.substring(0, xml.indexOf("<Message>", xml.indexOf("</Message>")))
            + "</ReceiveMessageResult></ReceiveMessageResponse>";
    try (SqsClient client = client(FakeTransport.answering(firstOnly), true)) {
      assertThat(client.receiveMessage(URL).messages())
          .singleElement()
          .satisfies(
              m ->
                  assertThat(m.md5OfMessageAttributes())
                      .isEqualTo("8cbe4db156db8a94db8b801b7addb984"));
    }
  }

  @Test
  void digestsRecordedFromRealSqsVerify() {
    byte[] recorded = QueryResponseReaderTestAccess.fixture("ReceiveMessage-recorded.xml");
    try (SqsClient client = client(FakeTransport.answering(recorded), true)) {
      assertThat(client.receiveMessage(URL).messages())
          .singleElement()
          .satisfies(m -> assertThat(m.messageAttributes()).hasSize(3));
    }
  }

  @Test
  void invalidInputIsRejectedBeforeAnythingIsSent() {
    FakeTransport transport = FakeTransport.answering("<x/>");
    try (SqsClient client = client(transport, true)) {
      assertThatThrownBy(() -> client.receiveMessage(r -> r.queueUrl(URL).maxNumberOfMessages(11)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and"
                  + " 10, if provided.");
      assertThat(transport.requests()).isEmpty();
    }
  }

  @Test
  void serviceErrorsArriveTyped() {
    String error =
        "<ErrorResponse><Error><Type>Sender</Type><Code>AWS.SimpleQueueService.NonExistentQueue</Code><Message>The"
            + " specified queue does not exist for this wsdl version.</Message><Detail/></Error>"
            + "<RequestId>req-1</RequestId></ErrorResponse>";
    FakeTransport transport =
        new FakeTransport(
            r -> new HttpResponse(400, Map.of(), error.getBytes(StandardCharsets.UTF_8)));
    try (SqsClient client = client(transport, true)) {
      assertThatThrownBy(() -> client.getQueueUrl(r -> r.queueName("nope")))
          .isInstanceOf(QueueDoesNotExistException.class)
          .hasMessageContaining("req-1");
    }
  }

  @Test
  void aGivenTransportIsNotClosedAndCallsAfterCloseFail() {
    FakeTransport transport = FakeTransport.answering("<DeleteQueueResponse/>");
    SqsClient client = client(transport, true);
    client.close();
    client.close();
    assertThat(transport.closed()).isFalse();
    assertThatThrownBy(() -> client.deleteQueue(r -> r.queueUrl(URL)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the client is closed");
  }

  @Test
  void theDefaultCredentialsChainIsNotCreatedUntilACallNeedsIt() {
    try (SqsClient client =
        SqsClient.builder()
            .region("eu-west-1")
            .transport(FakeTransport.answering("<x/>"))
            .build()) {
      assertThat(((DefaultSqsClient) client).defaultCredentialsCreated()).isFalse();
      assertThat(client.config().credentialsProvider()).isNull();
      assertThat(client.config().endpoint())
          .isEqualTo(URI.create("https://sqs.eu-west-1.amazonaws.com"));
    }
  }

  @Test
  void paginatorsFollowNextTokenLazilyFromTheFirstPage() {
    FakeTransport transport =
        new FakeTransport(
            request -> {
              String body = new String(request.body(), StandardCharsets.UTF_8);
              String page;
              if (!body.contains("NextToken=")) {
                page = "<QueueUrl>u1</QueueUrl><QueueUrl>u2</QueueUrl><NextToken>t%2B2</NextToken>";
              } else if (body.contains("NextToken=t%252B2")) {
                page = "<QueueUrl>u3</QueueUrl><NextToken>t3</NextToken>";
              } else {
                page = "<QueueUrl>u4</QueueUrl>";
              }
              String xml =
                  "<ListQueuesResponse><ListQueuesResult>"
                      + page
                      + "</ListQueuesResult></ListQueuesResponse>";
              return new HttpResponse(200, Map.of(), xml.getBytes(StandardCharsets.UTF_8));
            });
    try (SqsClient client = client(transport, true)) {
      var pages = client.listQueuesPaginator(r -> r.queueNamePrefix("u").maxResults(2));
      assertThat(transport.requests()).isEmpty();
      assertThat(pages.items().toList()).containsExactly("u1", "u2", "u3", "u4");
      assertThat(transport.requests()).hasSize(3);
      assertThat(transport.lastForm())
          .containsEntry("QueueNamePrefix", "u")
          .containsEntry("MaxResults", "2")
          .containsEntry("NextToken", "t3");
      assertThat(pages.stream().map(p -> p.queueUrls().size()).toList()).containsExactly(2, 1, 1);
    }
  }

  @Test
  void theDeadLetterPaginatorStopsOnAnEmptyToken() {
    FakeTransport transport =
        FakeTransport.answering(
            "<ListDeadLetterSourceQueuesResponse><ListDeadLetterSourceQueuesResult><QueueUrl>s1</QueueUrl>"
                + "<NextToken></NextToken></ListDeadLetterSourceQueuesResult></ListDeadLetterSourceQueuesResponse>");
    try (SqsClient client = client(transport, true)) {
      assertThat(client.listDeadLetterSourceQueuesPaginator(r -> r.queueUrl(URL)).items().toList())
          .containsExactly("s1");
      assertThat(transport.requests()).hasSize(1);
    }
  }

  @Test
  void derivedClientsShareTheBuiltInPoolUnlessItsSettingsChange() {
    try (SqsClient parent = SqsClient.builder().region("us-east-1").credentials("a", "b").build();
        SqsClient sameSettings = parent.toBuilder().md5Validation(false).build();
        SqsClient biggerPool = parent.toBuilder().maxConnections(99).build()) {
      SharedTransport pool = ((DefaultSqsClient) parent).sharedTransport();
      assertThat(((DefaultSqsClient) sameSettings).sharedTransport()).isSameAs(pool);
      assertThat(((DefaultSqsClient) biggerPool).sharedTransport()).isNotSameAs(pool);
    }
  }

  @Test
  void aClientNeedsARegion() {
    assertThatThrownBy(() -> SqsClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("region is required");
  }
}

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

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.sqskit.exception.InternalFailureException;
import io.sqskit.exception.InvalidParameterValueException;
import io.sqskit.exception.QueueDoesNotExistException;
import io.sqskit.exception.RequestThrottledException;
import io.sqskit.exception.ServiceUnavailableException;
import io.sqskit.exception.SqsClientException;
import io.sqskit.exception.SqsServiceException;
import io.sqskit.internal.protocol.query.QueryProtocol;
import io.sqskit.internal.transport.ApacheHttpTransport;
import io.sqskit.retry.RetryPolicy;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

class RequestPipelineTest {
  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort())
          .build();

  private static final String OK_BODY =
      "<SendMessageResponse><SendMessageResult><MessageId>m-1</MessageId></SendMessageResult>"
          + "<ResponseMetadata><RequestId>r-ok</RequestId></ResponseMetadata></SendMessageResponse>";
  private static final String FORM = "Action=SendMessage&Version=2012-11-05&MessageBody=hello%20w";
  private static final byte[] FORM_BYTES = FORM.getBytes(StandardCharsets.UTF_8);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  private final List<Duration> sleeps = new ArrayList<>();
  private RequestPipeline pipeline;

  @AfterEach
  void close() {
    if (pipeline != null) {
      pipeline.close();
    }
  }

  private RequestPipeline pipeline(RetryPolicy policy) {
    return pipeline(
        policy, StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "SECRET")));
  }

  private RequestPipeline pipeline(RetryPolicy policy, StaticCredentialsProvider credentials) {
    pipeline =
        new RequestPipeline(
            new PipelineSettings(
                "eu-west-1",
                credentials,
                CLOCK,
                policy,
                sleeps::add,
                new Random(7),
                ApacheHttpTransport.create(Duration.ofSeconds(2), 4)),
            QueryProtocol.INSTANCE);
    return pipeline;
  }

  private URI queueUrl() {
    return URI.create("http://127.0.0.1:" + wm.getPort() + "/000000000000/q");
  }

  private byte[] send() {
    return pipeline.execute(queueUrl(), "SendMessage", FORM_BYTES, Duration.ofSeconds(5));
  }

  private static String error(String type, String code, String message) {
    return "<ErrorResponse xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\"><Error><Type>"
        + type
        + "</Type><Code>"
        + code
        + "</Code><Message>"
        + message
        + "</Message><Detail/></Error><RequestId>req-"
        + code
        + "</RequestId></ErrorResponse>";
  }

  @Test
  void postsTheSignedFormAndReturnsTheBody() {
    wm.stubFor(post("/000000000000/q").willReturn(aResponse().withStatus(200).withBody(OK_BODY)));
    pipeline(RetryPolicy.ofDefaults());

    assertThat(new String(send(), StandardCharsets.UTF_8)).isEqualTo(OK_BODY);

    wm.verify(
        1,
        postRequestedFor(urlEqualTo("/000000000000/q"))
            // Jetty (inside WireMock) upper-cases the charset when it reports the header; the raw
            // bytes on the wire are the constant (checked in ApacheHttpTransportTest)
            .withHeader("Content-Type", equalToIgnoreCase(QueryProtocol.CONTENT_TYPE))
            .withHeader("Host", equalTo("127.0.0.1:" + wm.getPort()))
            .withHeader("X-Amz-Date", equalTo("20260102T030405Z"))
            .withHeader(
                "Authorization",
                matching(
                    "AWS4-HMAC-SHA256 Credential=AKID/20260102/eu-west-1/sqs/aws4_request,"
                        + " SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date,"
                        + " Signature=[0-9a-f]{64}"))
            .withHeader("x-amz-content-sha256", equalTo(sha256Hex(FORM)))
            .withoutHeader("X-Amz-Security-Token")
            .withRequestBody(equalTo(FORM)));
    assertThat(sleeps).isEmpty();
  }

  @Test
  void sessionTokenIsSentAndSigned() {
    wm.stubFor(post("/000000000000/q").willReturn(aResponse().withStatus(200).withBody(OK_BODY)));
    pipeline(
        RetryPolicy.ofDefaults(),
        StaticCredentialsProvider.create(AwsSessionCredentials.create("AKID", "SECRET", "TOKEN")));

    send();

    wm.verify(
        postRequestedFor(urlEqualTo("/000000000000/q"))
            .withHeader("X-Amz-Security-Token", equalTo("TOKEN"))
            .withHeader("Authorization", containing("x-amz-security-token")));
  }

  static Stream<Arguments> retriedFailures() {
    return Stream.of(
        Arguments.of("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
        Arguments.of("empty response", aResponse().withFault(Fault.EMPTY_RESPONSE)),
        Arguments.of("malformed chunk", aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)),
        Arguments.of(
            "500 InternalFailure",
            aResponse().withStatus(500).withBody(error("Receiver", "InternalFailure", "boom"))),
        Arguments.of("503 without body", aResponse().withStatus(503)),
        Arguments.of(
            "403 RequestThrottled",
            aResponse()
                .withStatus(403)
                .withBody(error("Sender", "RequestThrottled", "Rate exceeded"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("retriedFailures")
  void transientFailureIsRetriedUntilSuccess(String name, ResponseDefinitionBuilder failure) {
    stubSequence(failure, failure, aResponse().withStatus(200).withBody(OK_BODY));
    pipeline(RetryPolicy.ofDefaults());

    assertThat(new String(send(), StandardCharsets.UTF_8)).isEqualTo(OK_BODY);

    wm.verify(3, postRequestedFor(urlEqualTo("/000000000000/q")));
    assertThat(sleeps).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("retriedFailures")
  void transientFailureFailsAfterMaxAttempts(String name, ResponseDefinitionBuilder failure) {
    wm.stubFor(post("/000000000000/q").willReturn(failure));
    pipeline(RetryPolicy.builder().maxAttempts(4).build());

    assertThatThrownBy(this::send).isInstanceOf(io.sqskit.exception.SqsException.class);

    wm.verify(4, postRequestedFor(urlEqualTo("/000000000000/q")));
    assertThat(sleeps).hasSize(3);
  }

  @Test
  void ioFailureIsClientExceptionWithCause() {
    wm.stubFor(
        post("/000000000000/q").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    pipeline(RetryPolicy.none());

    assertThatThrownBy(this::send)
        .isInstanceOf(SqsClientException.class)
        .hasMessageContaining("SendMessage")
        .hasCauseInstanceOf(java.io.IOException.class);
    wm.verify(1, postRequestedFor(urlEqualTo("/000000000000/q")));
  }

  @Test
  void invalidParameterValueIsNotRetried() {
    wm.stubFor(
        post("/000000000000/q")
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        error(
                            "Sender",
                            "InvalidParameterValue",
                            "Value 11 for parameter MaxNumberOfMessages is invalid."))));
    pipeline(RetryPolicy.ofDefaults());

    assertThatThrownBy(this::send)
        .isInstanceOfSatisfying(
            InvalidParameterValueException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo("InvalidParameterValue");
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.requestId()).isEqualTo("req-InvalidParameterValue");
              assertThat(e.senderFault()).isTrue();
              assertThat(e.retryable()).isFalse();
            })
        .hasMessage(
            "Value 11 for parameter MaxNumberOfMessages is invalid."
                + " (InvalidParameterValue, 400, req-InvalidParameterValue)");
    wm.verify(1, postRequestedFor(urlEqualTo("/000000000000/q")));
    assertThat(sleeps).isEmpty();
  }

  @Test
  void queueDoesNotExistIsTypedAndNotRetried() {
    wm.stubFor(
        post("/000000000000/q")
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        error(
                            "Sender",
                            "AWS.SimpleQueueService.NonExistentQueue",
                            "The specified queue does not exist for this wsdl version."))));
    pipeline(RetryPolicy.ofDefaults());

    assertThatThrownBy(this::send).isInstanceOf(QueueDoesNotExistException.class);
    wm.verify(1, postRequestedFor(urlEqualTo("/000000000000/q")));
  }

  @Test
  void lastThrottlingErrorIsThrownWithThrottlingBackoff() {
    wm.stubFor(
        post("/000000000000/q")
            .willReturn(
                aResponse().withStatus(403).withBody(error("Sender", "RequestThrottled", "slow"))));
    RetryPolicy policy =
        RetryPolicy.builder()
            .maxAttempts(3)
            .baseDelay(Duration.ofMillis(10))
            .throttlingBaseDelay(Duration.ofMillis(700))
            .build();
    pipeline(policy);

    assertThatThrownBy(this::send)
        .isInstanceOfSatisfying(
            RequestThrottledException.class, e -> assertThat(e.isThrottling()).isTrue());
    assertThat(sleeps).hasSize(2);
    // full jitter: retry n waits in [0, base * 2^(n-1)); a seeded random puts it well above
    // the 10 ms non-throttling ceiling at least once
    assertThat(sleeps.get(0)).isLessThan(Duration.ofMillis(700));
    assertThat(sleeps.get(1)).isLessThan(Duration.ofMillis(1400));
    assertThat(sleeps).anySatisfy(d -> assertThat(d).isGreaterThan(Duration.ofMillis(20)));
  }

  @Test
  void backoffStaysBelowTheCap() {
    wm.stubFor(post("/000000000000/q").willReturn(aResponse().withStatus(503)));
    RetryPolicy policy =
        RetryPolicy.builder()
            .maxAttempts(8)
            .baseDelay(Duration.ofMillis(100))
            .maxBackoff(Duration.ofMillis(300))
            .build();
    pipeline(policy);

    assertThatThrownBy(this::send).isInstanceOf(ServiceUnavailableException.class);
    assertThat(sleeps).hasSize(7);
    assertThat(sleeps.get(0)).isLessThan(Duration.ofMillis(100));
    assertThat(sleeps.get(1)).isLessThan(Duration.ofMillis(200));
    assertThat(sleeps.subList(2, 7))
        .allSatisfy(d -> assertThat(d).isLessThan(Duration.ofMillis(300)));
  }

  @Test
  void responseSlowerThanTheTimeoutIsClientException() {
    wm.stubFor(
        post("/000000000000/q")
            .willReturn(aResponse().withStatus(200).withBody(OK_BODY).withFixedDelay(2_000)));
    pipeline(RetryPolicy.none());

    assertThatThrownBy(
            () -> pipeline.execute(queueUrl(), "SendMessage", FORM_BYTES, Duration.ofMillis(200)))
        .isInstanceOf(SqsClientException.class)
        .hasCauseInstanceOf(InterruptedIOException.class);
  }

  @Test
  void retryQuotaExhaustionStopsRetrying() {
    wm.stubFor(post("/000000000000/q").willReturn(aResponse().withStatus(500)));
    // 12 tokens pay for two retries of cost 5, not a third
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(3).quotaCapacity(12).build();
    pipeline(policy);

    assertThatThrownBy(this::send).isInstanceOf(InternalFailureException.class);
    wm.verify(3, postRequestedFor(urlEqualTo("/000000000000/q")));
    assertThat(pipeline.retryExecutor().availableQuota()).isEqualTo(2);

    wm.resetRequests();
    assertThatThrownBy(this::send).isInstanceOf(InternalFailureException.class);
    wm.verify(1, postRequestedFor(urlEqualTo("/000000000000/q")));
  }

  @Test
  void unreadableClientErrorIsClientException() {
    wm.stubFor(
        post("/000000000000/q")
            .willReturn(aResponse().withStatus(400).withBody("<html>Bad Request</html>")));
    pipeline(RetryPolicy.ofDefaults());

    assertThatThrownBy(this::send)
        .isInstanceOf(SqsClientException.class)
        .hasMessageContaining("HTTP 400")
        .hasMessageContaining("Bad Request");
    wm.verify(1, postRequestedFor(urlEqualTo("/000000000000/q")));
  }

  @Test
  void unreadableBadGatewayIsRetryableServiceException() {
    wm.stubFor(
        post("/000000000000/q")
            .willReturn(
                aResponse()
                    .withStatus(502)
                    .withHeader("x-amzn-RequestId", "hdr-1")
                    .withBody("bad gateway")));
    pipeline(RetryPolicy.builder().maxAttempts(2).build());

    assertThatThrownBy(this::send)
        .isExactlyInstanceOf(SqsServiceException.class)
        .hasMessage("Unreadable error response to SendMessage: bad gateway (Http502, 502, hdr-1)");
    wm.verify(2, postRequestedFor(urlEqualTo("/000000000000/q")));
  }

  private static String sha256Hex(String text) {
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void unreadableTooManyRequestsIsRetriedAsThrottling() {
    wm.stubFor(
        post("/000000000000/q").willReturn(aResponse().withStatus(429).withBody("slow down")));
    pipeline(
        RetryPolicy.builder()
            .maxAttempts(2)
            .baseDelay(Duration.ZERO)
            .throttlingBaseDelay(Duration.ofMillis(500))
            .build());

    assertThatThrownBy(this::send)
        .isExactlyInstanceOf(SqsServiceException.class)
        .isInstanceOfSatisfying(
            SqsServiceException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo("Http429");
              assertThat(e.isThrottling()).isTrue();
              assertThat(e.senderFault()).isTrue();
            });
    wm.verify(2, postRequestedFor(urlEqualTo("/000000000000/q")));
    // the throttling base applies: with a zero normal base only throttling can wait at all
    assertThat(sleeps).singleElement().satisfies(d -> assertThat(d).isPositive());
  }

  @Test
  void requestIdFallsBackToTheHeaderWhenTheBodyHasNone() {
    io.sqskit.transport.HttpResponse response =
        new io.sqskit.transport.HttpResponse(
            404,
            java.util.Map.of("x-amzn-requestid", List.of("hdr-9")),
            ("<ErrorResponse><Error><Type>Sender</Type><Code>ReceiptHandleIsInvalid</Code>"
                    + "<Message>The input receipt handle is invalid.</Message></Error>"
                    + "</ErrorResponse>")
                .getBytes(StandardCharsets.UTF_8));

    assertThat(QueryProtocol.INSTANCE.error("DeleteMessage", response))
        .isInstanceOf(io.sqskit.exception.ReceiptHandleIsInvalidException.class)
        .hasMessage("The input receipt handle is invalid. (ReceiptHandleIsInvalid, 404, hdr-9)");
  }

  @Test
  void zeroResponseTimeoutIsRejected() {
    pipeline(RetryPolicy.ofDefaults());

    assertThatThrownBy(() -> pipeline.execute(queueUrl(), "SendMessage", FORM_BYTES, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("responseTimeout");
  }

  @Test
  void credentialsFailureIsClientExceptionAndNothingIsSent() {
    pipeline =
        new RequestPipeline(
            new PipelineSettings(
                "eu-west-1",
                software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider.builder()
                    .profileFile(
                        software.amazon.awssdk.profiles.ProfileFile.builder()
                            .content(new java.io.ByteArrayInputStream(new byte[0]))
                            .type(software.amazon.awssdk.profiles.ProfileFile.Type.CREDENTIALS)
                            .build())
                    .profileName("missing")
                    .build(),
                CLOCK,
                RetryPolicy.ofDefaults(),
                sleeps::add,
                new Random(7),
                ApacheHttpTransport.create(Duration.ofSeconds(2), 4)),
            QueryProtocol.INSTANCE);

    assertThatThrownBy(this::send)
        .isInstanceOf(SqsClientException.class)
        .hasMessageContaining("Unable to load credentials");
    wm.verify(0, postRequestedFor(urlEqualTo("/000000000000/q")));
    assertThat(sleeps).isEmpty();
  }

  @Test
  void closedPipelineFailsWithClientException() {
    pipeline(RetryPolicy.ofDefaults()).close();

    assertThatThrownBy(this::send)
        .isInstanceOf(SqsClientException.class)
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThat(sleeps).isEmpty();
  }

  private void stubSequence(ResponseDefinitionBuilder... responses) {
    for (int i = 0; i < responses.length; i++) {
      String state = i == 0 ? Scenario.STARTED : "step" + i;
      wm.stubFor(
          post("/000000000000/q")
              .inScenario("sequence")
              .whenScenarioStateIs(state)
              .willReturn(responses[i])
              .willSetStateTo("step" + (i + 1)));
    }
  }
}

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

import com.amazonaws.AmazonServiceException;
import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.services.sqs.AmazonSQS;
import com.amazonaws.services.sqs.AmazonSQSClientBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Opt-in SigV4 verification, checked with the official AWS SDKs' signers and raw requests. */
class StrictSignatureTest {

  private static final String KEY = "AKIAIOSFODNN7EXAMPLE";
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

  private SqsServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private SqsServer strict(Clock clock) {
    server =
        SqsServer.builder()
            .warmUp(false)
            .credentials(KEY, SECRET)
            .signatureClock(clock)
            .build()
            .start();
    return server;
  }

  private SqsClient v2(String key, String secret) {
    return SqsClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.EU_WEST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret)))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  private AmazonSQS v1(String key, String secret) {
    System.setProperty("aws.java.v1.disableDeprecationAnnouncement", "true");
    return AmazonSQSClientBuilder.standard()
        .withEndpointConfiguration(
            new EndpointConfiguration(server.endpoint().toString(), "us-east-1"))
        .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials(key, secret)))
        .build();
  }

  @Test
  void signaturesAreNotCheckedByDefault() throws Exception {
    server = SqsServer.builder().warmUp(false).build().start();

    assertThat(server.verifiesSignatures()).isFalse();
    assertThat(rawListQueues(null).statusCode()).isEqualTo(200);
  }

  @Test
  void awsSdkV2SignsCorrectlyOverJson() {
    strict(Clock.systemUTC());
    try (SqsClient client = v2(KEY, SECRET)) {
      String url = client.createQueue(r -> r.queueName("signed-q")).queueUrl();
      client.sendMessage(r -> r.queueUrl(url).messageBody("a b+c/d=é"));

      assertThat(client.receiveMessage(r -> r.queueUrl(url)).messages())
          .singleElement()
          .satisfies(m -> assertThat(m.body()).isEqualTo("a b+c/d=é"));
    }
  }

  @Test
  void awsSdkV1SignsCorrectlyOverQuery() {
    strict(Clock.systemUTC());
    AmazonSQS client = v1(KEY, SECRET);
    try {
      String url = client.createQueue("signed-v1").getQueueUrl();
      client.sendMessage(url, "a b+c/d=é&x");

      assertThat(client.receiveMessage(url).getMessages())
          .singleElement()
          .satisfies(m -> assertThat(m.getBody()).isEqualTo("a b+c/d=é&x"));
    } finally {
      client.shutdown();
    }
  }

  @Test
  void aWrongSecretGets403SignatureDoesNotMatchOverJson() {
    strict(Clock.systemUTC());
    try (SqsClient client = v2(KEY, "not-the-secret")) {
      assertThatThrownBy(client::listQueues)
          .isInstanceOfSatisfying(
              AwsServiceException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(SigV4Verifier.SIGNATURE_MISMATCH);
              });
    }
  }

  @Test
  void aWrongSecretGets403SignatureDoesNotMatchOverQuery() {
    strict(Clock.systemUTC());
    AmazonSQS client = v1(KEY, "not-the-secret");
    try {
      assertThatThrownBy(client::listQueues)
          .isInstanceOfSatisfying(
              AmazonServiceException.class,
              e -> {
                assertThat(e.getStatusCode()).isEqualTo(403);
                assertThat(e.getErrorCode()).isEqualTo("SignatureDoesNotMatch");
              });
    } finally {
      client.shutdown();
    }
  }

  @Test
  void anUnknownKeyGets403InvalidClientTokenId() {
    strict(Clock.systemUTC());
    try (SqsClient client = v2("AKIAUNKNOWNKEY000000", SECRET)) {
      assertThatThrownBy(client::listQueues)
          .isInstanceOfSatisfying(
              AwsServiceException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo("The security token included in the request is invalid.");
              });
    }
  }

  @Test
  void secretKeysLooksUpKeysNotKnownInAdvanceAfterTheFixedOnes() {
    server =
        SqsServer.builder()
            .warmUp(false)
            .credentials(KEY, SECRET)
            .secretKeys(keyId -> keyId.matches("\\d{12}") ? "account-secret-" + keyId : null)
            .build()
            .start();
    assertThat(server.verifiesSignatures()).isTrue();

    try (SqsClient fixed = v2(KEY, SECRET);
        SqsClient account = v2("123456789012", "account-secret-123456789012");
        SqsClient wrongSecret = v2("123456789012", "account-secret-000000000000");
        SqsClient unknown = v2("AKIAUNKNOWNKEY000000", SECRET)) {
      assertThat(fixed.listQueues().queueUrls()).isEmpty();
      // a 12-digit key id works in that account, now with its looked-up secret
      assertThat(account.createQueue(r -> r.queueName("looked-up")).queueUrl())
          .endsWith("/123456789012/looked-up");
      assertThatThrownBy(wrongSecret::listQueues)
          .isInstanceOfSatisfying(
              AwsServiceException.class,
              e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch"));
      assertThatThrownBy(unknown::listQueues)
          .isInstanceOfSatisfying(
              AwsServiceException.class,
              e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId"));
    }
  }

  @Test
  void aRequestSignedMoreThan15MinutesAgoGetsSignatureExpired() {
    Instant serverNow = Instant.now().plus(Duration.ofMinutes(20));
    strict(Clock.fixed(serverNow, ZoneOffset.UTC));
    AmazonSQS client = v1(KEY, SECRET);
    try {
      assertThatThrownBy(client::listQueues)
          .isInstanceOfSatisfying(
              AmazonServiceException.class,
              e -> {
                assertThat(e.getStatusCode()).isEqualTo(403);
                assertThat(e.getErrorCode()).isEqualTo("SignatureDoesNotMatch");
                assertThat(e.getErrorMessage())
                    .startsWith("Signature expired: ")
                    .contains(" is now earlier than ")
                    .endsWith(" - 15 min.)");
              });
    } finally {
      client.shutdown();
    }
  }

  @Test
  void aRequestSignedMoreThan15MinutesAheadIsNotYetCurrent() {
    strict(Clock.fixed(Instant.now().minus(Duration.ofMinutes(20)), ZoneOffset.UTC));
    try (SqsClient client = v2(KEY, SECRET)) {
      assertThatThrownBy(client::listQueues)
          .isInstanceOfSatisfying(
              AwsServiceException.class,
              e ->
                  assertThat(e.awsErrorDetails().errorMessage())
                      .startsWith("Signature not yet current: ")
                      .endsWith(" + 15 min.)"));
    }
  }

  @Test
  void aMissingAuthorizationGets403MissingAuthenticationToken() throws Exception {
    strict(Clock.systemUTC());

    HttpResponse<String> response = rawListQueues(null);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body())
        .contains("<Code>MissingAuthenticationToken</Code>")
        .contains("<Message>Request is missing Authentication Token</Message>");
  }

  @Test
  void aGarbledAuthorizationGets400IncompleteSignature() throws Exception {
    strict(Clock.systemUTC());

    HttpResponse<String> response =
        rawListQueues(
            "AWS4-HMAC-SHA256 Credential=" + KEY + "/20260101/us-east-1/sqs/aws4_request");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("<Code>IncompleteSignature</Code>")
        .contains(
            "Authorization header requires 'Signature' parameter. Authorization header requires"
                + " 'SignedHeaders' parameter. Authorization=AWS4-HMAC-SHA256 Credential=");
  }

  @Test
  void anotherAlgorithmGetsIncompleteSignature() throws Exception {
    strict(Clock.systemUTC());

    HttpResponse<String> response = rawListQueues("Basic dXNlcjpwYXNz");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("<Code>IncompleteSignature</Code>");
  }

  @Test
  void theStandaloneServerVerifiesSignaturesWithCredentialsArguments() throws Exception {
    server =
        SqsServerMain.launch(
            new String[] {"--port", "0", "--credentials", KEY + ":" + SECRET},
            new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));

    assertThat(server.verifiesSignatures()).isTrue();
    assertThat(rawListQueues(null).statusCode()).isEqualTo(403);
    try (SqsClient client = v2(KEY, SECRET)) {
      assertThat(client.listQueues().queueUrls()).isEmpty();
    }
    assertThatThrownBy(
            () -> SqsServerMain.launch(new String[] {"--credentials", "no-colon"}, System.out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--credentials must be <access key id>:<secret key>");
  }

  private static final String LIST = "Action=ListQueues&Version=2012-11-05";

  /**
   * A GET of {@code query} presigned by the AWS SDK v2's signer (the signature in the query
   * string), valid for {@code expires} from {@code signedAt}; {@code payload} makes it hash the
   * empty body instead of writing {@code UNSIGNED-PAYLOAD}.
   */
  private URI presigned(
      String query,
      String key,
      String secret,
      Instant signedAt,
      Duration expires,
      boolean payload) {
    SdkHttpRequest request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.GET)
            .uri(URI.create(server.endpoint() + "/?" + query))
            .build();
    return AwsV4HttpSigner.create()
        .sign(
            r ->
                r.identity(AwsCredentialsIdentity.create(key, secret))
                    .request(request)
                    .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-1")
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sqs")
                    .putProperty(
                        AwsV4HttpSigner.AUTH_LOCATION, AwsV4HttpSigner.AuthLocation.QUERY_STRING)
                    .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, expires)
                    .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, payload)
                    .putProperty(
                        AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)))
        .request()
        .getUri();
  }

  private static HttpResponse<String> get(URI uri) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void presignedRequestsAreVerifiedWithEitherPayloadLine() throws Exception {
    strict(Clock.systemUTC());
    Instant now = Instant.now();
    URI create =
        presigned(
            "Action=CreateQueue&QueueName=presigned&Version=2012-11-05",
            KEY,
            SECRET,
            now,
            Duration.ofMinutes(5),
            false);
    assertThat(create.getRawQuery()).contains("X-Amz-Signature=", "X-Amz-Expires=300");
    HttpResponse<String> created = get(create);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    assertThat(created.body()).contains("/000000000000/presigned</QueueUrl>");

    // a signer that hashes the (empty) payload instead of writing UNSIGNED-PAYLOAD
    HttpResponse<String> listed =
        get(presigned(LIST, KEY, SECRET, now, Duration.ofMinutes(5), true));
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    assertThat(listed.body()).contains("/presigned</QueueUrl>");
  }

  @Test
  void aPresignedRequestWithAChangedParameterOrSecretGetsSignatureDoesNotMatch() throws Exception {
    strict(Clock.systemUTC());
    URI signed =
        presigned(
            "Action=ListQueues&QueueNamePrefix=a&Version=2012-11-05",
            KEY,
            SECRET,
            Instant.now(),
            Duration.ofMinutes(5),
            false);
    URI changed = URI.create(signed.toString().replace("QueueNamePrefix=a", "QueueNamePrefix=b"));
    HttpResponse<String> tampered = get(changed);
    assertThat(tampered.statusCode()).isEqualTo(403);
    assertThat(tampered.body()).contains("<Code>SignatureDoesNotMatch</Code>");

    HttpResponse<String> wrongSecret =
        get(presigned(LIST, KEY, "not-the-secret", Instant.now(), Duration.ofMinutes(5), false));
    assertThat(wrongSecret.statusCode()).isEqualTo(403);
    assertThat(wrongSecret.body()).contains("<Code>SignatureDoesNotMatch</Code>");

    HttpResponse<String> unknownKey =
        get(
            presigned(
                LIST, "AKIAUNKNOWNKEY000000", SECRET, Instant.now(), Duration.ofMinutes(5), false));
    assertThat(unknownKey.statusCode()).isEqualTo(403);
    assertThat(unknownKey.body()).contains("<Code>InvalidClientTokenId</Code>");
  }

  @Test
  void aPresignedRequestIsRefusedOnceItsExpiryOrTheFifteenMinutesHavePassed() throws Exception {
    Instant now = Instant.parse("2026-03-01T12:00:00Z");
    strict(Clock.fixed(now, ZoneOffset.UTC));
    Instant fiveMinutesAgo = now.minusSeconds(300);

    assertThat(
            get(presigned(LIST, KEY, SECRET, fiveMinutesAgo, Duration.ofMinutes(10), false))
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> expired =
        get(presigned(LIST, KEY, SECRET, fiveMinutesAgo, Duration.ofMinutes(2), false));
    assertThat(expired.statusCode()).isEqualTo(403);
    assertThat(expired.body())
        .contains("<Code>SignatureDoesNotMatch</Code>")
        .contains("Signature expired: 20260301T115700Z is now earlier than 20260301T120000Z");

    // a longer X-Amz-Expires does not stretch the 15 minutes every SigV4 request gets
    HttpResponse<String> old =
        get(presigned(LIST, KEY, SECRET, now.minusSeconds(1800), Duration.ofHours(1), false));
    assertThat(old.statusCode()).isEqualTo(403);
    assertThat(old.body())
        .contains("<Code>SignatureDoesNotMatch</Code>")
        .contains("Signature expired: 20260301T113000Z is now earlier than 20260301T114500Z");
  }

  @Test
  void aPresignedRequestWithoutItsSignatureGetsIncompleteSignature() throws Exception {
    strict(Clock.systemUTC());
    URI signed = presigned(LIST, KEY, SECRET, Instant.now(), Duration.ofMinutes(5), false);
    URI unsigned = URI.create(signed.toString().replaceAll("&?X-Amz-Signature=[0-9a-f]+", ""));
    HttpResponse<String> answer = get(unsigned);
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body())
        .contains("<Code>IncompleteSignature</Code>")
        .contains("AWS query-string parameters must include 'X-Amz-Algorithm'");
  }

  @Test
  void canonicalPathEncodesSegmentsTwice() {
    assertThat(SigV4Verifier.encode("a b%2F~")).isEqualTo("a%20b%252F~");
  }

  private HttpResponse<String> rawListQueues(String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .header("X-Amz-Date", "20260101T000000Z")
            .POST(HttpRequest.BodyPublishers.ofString("Action=ListQueues&Version=2012-11-05"));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}

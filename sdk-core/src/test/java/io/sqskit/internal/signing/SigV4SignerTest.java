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
package io.sqskit.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.exception.SqsClientException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.identity.spi.ResolveIdentityRequest;

/**
 * Vectors of the AWS SigV4 test suite as kept by awslabs/aws-c-auth
 * (tests/aws-signing-test-suite/v4/post-x-www-form-urlencoded[-parameters]/header-signed-request.txt):
 * the variant that signs the body and so carries {@code x-amz-content-sha256}, which the AWS SDK v2
 * signer always adds. The older published variant without that header (signature ff11897932...)
 * cannot be produced through {@code AwsV4HttpSigner}.
 */
class SigV4SignerTest {
  private static final Clock SUITE_CLOCK =
      Clock.fixed(Instant.parse("2015-08-30T12:36:00Z"), ZoneOffset.UTC);
  private static final StaticCredentialsProvider SUITE_CREDENTIALS =
      StaticCredentialsProvider.create(
          AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
  private static final URI SUITE_HOST = URI.create("https://example.amazonaws.com/");
  private static final byte[] BODY = "Param1=value1".getBytes(StandardCharsets.UTF_8);

  private final SigV4Signer signer =
      new SigV4Signer("us-east-1", "service", SUITE_CREDENTIALS, SUITE_CLOCK);

  @Test
  void postFormUrlEncoded() {
    Map<String, List<String>> signed =
        signer.sign(
            "POST",
            SUITE_HOST,
            Map.of(
                "Content-Type", List.of("application/x-www-form-urlencoded"),
                "Content-Length", List.of("13")),
            BODY);

    assertThat(header(signed, "Authorization"))
        .isEqualTo(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,"
                + " SignedHeaders=content-length;content-type;host;x-amz-content-sha256;x-amz-date,"
                + " Signature=d3875051da38690788ef43de4db0d8f280229d82040bfac253562e56c3f20e0b");
    assertThat(header(signed, "X-Amz-Date")).isEqualTo("20150830T123600Z");
    assertThat(header(signed, "x-amz-content-sha256"))
        .isEqualTo("9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e");
    assertThat(header(signed, "Host")).isEqualTo("example.amazonaws.com");
  }

  @Test
  void postFormUrlEncodedWithCharset() {
    Map<String, List<String>> signed =
        signer.sign(
            "POST",
            SUITE_HOST,
            Map.of(
                "Content-Type", List.of("application/x-www-form-urlencoded; charset=utf-8"),
                "Content-Length", List.of("13")),
            BODY);

    assertThat(header(signed, "Authorization"))
        .endsWith("Signature=328d1b9eaadca9f5818ef05e8392801e091653bafec24fcab71e7344e7f51422");
  }

  @Test
  void sqsScopeUsesRegionAndServiceName() {
    SigV4Signer sqs =
        new SigV4Signer("ap-southeast-2", SigV4Signer.SQS_SERVICE, SUITE_CREDENTIALS, SUITE_CLOCK);
    Map<String, List<String>> signed =
        sqs.sign(
            "POST",
            URI.create("https://sqs.ap-southeast-2.amazonaws.com/123456789012/q"),
            Map.of("Content-Type", List.of("application/x-www-form-urlencoded; charset=utf-8")),
            BODY);

    assertThat(header(signed, "Authorization"))
        .startsWith(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/ap-southeast-2/sqs/aws4_request, ");
    assertThat(header(signed, "Host")).isEqualTo("sqs.ap-southeast-2.amazonaws.com");
  }

  @Test
  void sessionTokenIsSentAndSigned() {
    SigV4Signer withToken =
        new SigV4Signer(
            "us-east-1",
            "sqs",
            StaticCredentialsProvider.create(AwsSessionCredentials.create("AK", "SK", "TOKEN")),
            SUITE_CLOCK);
    Map<String, List<String>> signed = withToken.sign("POST", SUITE_HOST, Map.of(), BODY);

    assertThat(header(signed, "X-Amz-Security-Token")).isEqualTo("TOKEN");
    assertThat(header(signed, "Authorization")).contains("x-amz-security-token");
  }

  @Test
  void credentialsAreResolvedOnEverySignature() {
    AtomicInteger calls = new AtomicInteger();
    IdentityProvider<AwsCredentialsIdentity> rotating =
        new IdentityProvider<>() {
          @Override
          public Class<AwsCredentialsIdentity> identityType() {
            return AwsCredentialsIdentity.class;
          }

          @Override
          public CompletableFuture<AwsCredentialsIdentity> resolveIdentity(
              ResolveIdentityRequest request) {
            int n = calls.incrementAndGet();
            return CompletableFuture.completedFuture(AwsCredentialsIdentity.create("AK" + n, "SK"));
          }
        };
    SigV4Signer rotatingSigner = new SigV4Signer("us-east-1", "sqs", rotating, SUITE_CLOCK);

    assertSignsWithFreshCredentialsEachTime(rotatingSigner);
  }

  @Test
  void failingCredentialsProviderIsClientException() {
    IdentityProvider<AwsCredentialsIdentity> failing =
        new IdentityProvider<>() {
          @Override
          public Class<AwsCredentialsIdentity> identityType() {
            return AwsCredentialsIdentity.class;
          }

          @Override
          public CompletableFuture<AwsCredentialsIdentity> resolveIdentity(
              ResolveIdentityRequest request) {
            return CompletableFuture.failedFuture(new IllegalStateException("no profile"));
          }
        };
    SigV4Signer failingSigner = new SigV4Signer("us-east-1", "sqs", failing, SUITE_CLOCK);

    assertThatThrownBy(() -> failingSigner.sign("POST", SUITE_HOST, Map.of(), BODY))
        .isInstanceOf(SqsClientException.class)
        .hasMessageContaining("no profile")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void anAwsCredentialsProviderIsAskedSynchronouslyOnEverySignature() {
    AtomicInteger calls = new AtomicInteger();
    AwsCredentialsProvider rotating =
        new AwsCredentialsProvider() {
          @Override
          public AwsCredentials resolveCredentials() {
            return AwsBasicCredentials.create("AK" + calls.incrementAndGet(), "SK");
          }

          @Override
          public CompletableFuture<AwsCredentialsIdentity> resolveIdentity(
              ResolveIdentityRequest request) {
            throw new AssertionError("the synchronous method is the one asked");
          }
        };
    SigV4Signer rotatingSigner = new SigV4Signer("us-east-1", "sqs", rotating, SUITE_CLOCK);

    assertSignsWithFreshCredentialsEachTime(rotatingSigner);
  }

  @Test
  void anAwsCredentialsProviderThatFailsOrAnswersNothingIsClientException() {
    AwsCredentialsProvider failing =
        () -> {
          throw new IllegalStateException("no profile");
        };
    assertThatThrownBy(
            () ->
                new SigV4Signer("us-east-1", "sqs", failing, SUITE_CLOCK)
                    .sign("POST", SUITE_HOST, Map.of(), BODY))
        .isInstanceOf(SqsClientException.class)
        .hasMessage("Unable to load credentials: no profile")
        .hasCauseInstanceOf(IllegalStateException.class);

    AwsCredentialsProvider empty = () -> null;
    assertThatThrownBy(
            () ->
                new SigV4Signer("us-east-1", "sqs", empty, SUITE_CLOCK)
                    .sign("POST", SUITE_HOST, Map.of(), BODY))
        .isInstanceOf(SqsClientException.class)
        .hasMessage("The credentials provider returned no credentials");
  }

  private static String header(Map<String, List<String>> headers, String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(e -> e.getValue().get(0))
        .findFirst()
        .orElse(null);
  }

  /** Two signatures in a row carry the key ids AK1 and AK2: credentials are asked for each time. */
  private static void assertSignsWithFreshCredentialsEachTime(SigV4Signer signer) {
    assertThat(header(signer.sign("POST", SUITE_HOST, Map.of(), BODY), "Authorization"))
        .contains("Credential=AK1/");
    assertThat(header(signer.sign("POST", SUITE_HOST, Map.of(), BODY), "Authorization"))
        .contains("Credential=AK2/");
  }
}

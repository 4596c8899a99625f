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

import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.engine.SqsError;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * Regions are served like accounts: the region of a request's SigV4 credential scope decides which
 * queues it sees and the region of their ARNs, as in AWS and LocalStack; an unsigned call gets the
 * engine's region (the server's {@code --region}).
 */
class RegionsTest {
  private static final String KEY = "AKIAIOSFODNN7EXAMPLE";
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  private static final String ACCOUNT = SqsEngine.DEFAULT_ACCOUNT_ID;

  private SqsServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private SqsServer start(SqsServer.Builder builder) {
    server = builder.warmUp(false).build().start();
    return server;
  }

  private SqsClient client(Region region) {
    return SqsClient.builder()
        .endpointOverride(server.endpoint())
        .region(region)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY, SECRET)))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  private static String arn(SqsClient client, String url) {
    return client
        .getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
        .attributes()
        .get(QueueAttributeName.QUEUE_ARN);
  }

  @Test
  void twoClientsInTwoRegionsOnOneServerHaveTheirOwnQueues() {
    start(SqsServer.builder());
    try (SqsClient ireland = client(Region.EU_WEST_1);
        SqsClient sydney = client(Region.AP_SOUTHEAST_2)) {
      String inIreland = ireland.createQueue(r -> r.queueName("orders")).queueUrl();
      String inSydney = sydney.createQueue(r -> r.queueName("orders")).queueUrl();
      ireland.sendMessage(r -> r.queueUrl(inIreland).messageBody("for Ireland"));

      assertThat(arn(ireland, inIreland)).isEqualTo("arn:aws:sqs:eu-west-1:" + ACCOUNT + ":orders");
      assertThat(arn(sydney, inSydney))
          .isEqualTo("arn:aws:sqs:ap-southeast-2:" + ACCOUNT + ":orders");
      assertThat(sydney.receiveMessage(r -> r.queueUrl(inSydney)).messages()).isEmpty();
      assertThat(ireland.receiveMessage(r -> r.queueUrl(inIreland)).messages())
          .singleElement()
          .satisfies(m -> assertThat(m.body()).isEqualTo("for Ireland"));
      ireland.createQueue(r -> r.queueName("only-in-ireland"));
      assertThat(sydney.listQueues().queueUrls()).containsExactly(inSydney);
      assertThat(ireland.listQueues().queueUrls()).hasSize(2);
      assertThatThrownBy(() -> sydney.getQueueUrl(r -> r.queueName("only-in-ireland")))
          .isInstanceOf(QueueDoesNotExistException.class);
    }
  }

  @Test
  void aRedrivePolicyBuiltFromTheClientsOwnRegionWorks() {
    start(SqsServer.builder());
    try (SqsClient ireland = client(Region.EU_WEST_1);
        SqsClient virginia = client(Region.US_EAST_1)) {
      String dlq = ireland.createQueue(r -> r.queueName("dead")).queueUrl();
      String dlqArn = "arn:aws:sqs:eu-west-1:" + ACCOUNT + ":dead";
      String policy = "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"1\"}";
      String source =
          ireland
              .createQueue(
                  r ->
                      r.queueName("work")
                          .attributes(
                              Map.of(
                                  QueueAttributeName.REDRIVE_POLICY,
                                  policy,
                                  QueueAttributeName.VISIBILITY_TIMEOUT,
                                  "0")))
              .queueUrl();
      ireland.sendMessage(r -> r.queueUrl(source).messageBody("poison"));
      assertThat(ireland.receiveMessage(r -> r.queueUrl(source)).messages()).hasSize(1);
      // The second receive finds the receive count spent: the message moves to the DLQ.
      assertThat(ireland.receiveMessage(r -> r.queueUrl(source)).messages()).isEmpty();
      assertThat(ireland.receiveMessage(r -> r.queueUrl(dlq)).messages())
          .singleElement()
          .satisfies(m -> assertThat(m.body()).isEqualTo("poison"));

      // A dead-letter target must be in the source's region: from us-east-1 it does not exist.
      assertThatThrownBy(
              () ->
                  virginia.createQueue(
                      r ->
                          r.queueName("work")
                              .attributes(Map.of(QueueAttributeName.REDRIVE_POLICY, policy))))
          .isInstanceOf(SqsException.class)
          .hasMessageContaining("Dead letter target does not exist.");
    }
  }

  @Test
  void unsignedCallsGetTheServersRegion() throws Exception {
    start(SqsServer.builder().engine(SqsEngine.builder().region("eu-central-1").build()));

    HttpResponse<String> created =
        post("Action=CreateQueue&QueueName=plain&Version=2012-11-05", null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    HttpResponse<String> attributes =
        post(
            "Action=GetQueueAttributes&QueueUrl="
                + server.endpoint()
                + "/"
                + ACCOUNT
                + "/plain&AttributeName.1=QueueArn&Version=2012-11-05",
            null);

    assertThat(attributes.body()).contains("arn:aws:sqs:eu-central-1:" + ACCOUNT + ":plain");
    try (SqsClient frankfurt = client(Region.EU_CENTRAL_1);
        SqsClient ireland = client(Region.EU_WEST_1)) {
      assertThat(frankfurt.listQueues().queueUrls()).singleElement().asString().endsWith("/plain");
      assertThat(ireland.listQueues().queueUrls()).isEmpty();
    }
  }

  @Test
  void theEngineSpellsDefaultQueueUrlsWithTheQueuesRegion() {
    SqsEngine engine = SqsEngine.create();
    RequestContext ireland = new RequestContext(null, "", null, "eu-west-1");

    Object url = engine.execute(ireland, "CreateQueue", Map.of("QueueName", "q")).get("QueueUrl");

    assertThat(url).isEqualTo("https://sqs.eu-west-1.amazonaws.com/" + ACCOUNT + "/q");
    // The engine's own Java API finds a queue of any region by its URL.
    assertThat(engine.sendMessage((String) url, "hello")).isNotEmpty();
    assertThat(engine.inspect((String) url)).hasSize(1);
  }

  @Test
  void aUrlWhoseHostNamesARegionFindsThatRegionsQueueOfTheName() {
    SqsEngine engine = SqsEngine.create(); // us-east-1
    RequestContext ireland = new RequestContext(null, "", null, "eu-west-1");
    String irelandUrl =
        (String) engine.execute(ireland, "CreateQueue", Map.of("QueueName", "q")).get("QueueUrl");
    String virginiaUrl = engine.createQueue("q", Map.of());
    assertThat(virginiaUrl).isEqualTo("https://sqs.us-east-1.amazonaws.com/" + ACCOUNT + "/q");
    engine.sendMessage(irelandUrl, "ireland");

    assertThat(engine.inspect(irelandUrl)).extracting(m -> m.body()).containsExactly("ireland");
    assertThat(engine.inspect(virginiaUrl)).isEmpty();
    // a host without a region is the engine's region, as before
    assertThat(engine.inspect("http://localhost:9324/" + ACCOUNT + "/q")).isEmpty();
    assertThat(engine.inspect("http://sqs.my-proxy.example/" + ACCOUNT + "/q")).isEmpty();
    // a region with no such queue does not fall back to another region
    assertThatThrownBy(
            () -> engine.inspect("https://sqs.ap-south-1.amazonaws.com/" + ACCOUNT + "/q"))
        .isInstanceOf(SqsError.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void strictSignaturesServeTheSignedRegionAndRefuseAScopeNamingAnother() throws Exception {
    start(SqsServer.builder().credentials(KEY, SECRET));
    String body = "Action=CreateQueue&QueueName=signed&Version=2012-11-05";
    String signed = authorization(body, "eu-west-1");
    assertThat(signed).contains("/eu-west-1/sqs/aws4_request");

    HttpResponse<String> otherRegion = post(body, signed.replace("/eu-west-1/", "/us-west-2/"));
    assertThat(otherRegion.statusCode()).isEqualTo(403);
    assertThat(otherRegion.body()).contains("<Code>SignatureDoesNotMatch</Code>");

    HttpResponse<String> noRegion = post(body, signed.replace("/eu-west-1/", "/EU WEST/"));
    assertThat(noRegion.statusCode()).isEqualTo(400);
    assertThat(noRegion.body()).contains("<Code>IncompleteSignature</Code>");

    HttpResponse<String> created = post(body, signed);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    try (SqsClient ireland = client(Region.EU_WEST_1)) {
      String url = ireland.getQueueUrl(r -> r.queueName("signed")).queueUrl();
      assertThat(arn(ireland, url)).isEqualTo("arn:aws:sqs:eu-west-1:" + ACCOUNT + ":signed");
    }
  }

  /** The Authorization header the AWS SDK v2's signer writes for a Query POST in {@code region}. */
  private String authorization(String body, String region) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    SdkHttpRequest request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(URI.create(server.endpoint() + "/"))
            .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .build();
    SdkHttpRequest signed =
        AwsV4HttpSigner.create()
            .sign(
                r ->
                    r.identity(AwsCredentialsIdentity.create(KEY, SECRET))
                        .request(request)
                        .payload(ContentStreamProvider.fromByteArray(bytes))
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sqs"))
            .request();
    signedHeaders.clear();
    signed
        .headers()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Authorization")) {
                signedHeaders.put(name, values.get(0));
              }
            });
    return signed.firstMatchingHeader("Authorization").orElseThrow();
  }

  /** The headers besides Authorization (and Host) of the last request signed. */
  private final Map<String, String> signedHeaders = new java.util.HashMap<>();

  private HttpResponse<String> post(String body, @Nullable String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization == null) {
      request.header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
    } else {
      request.header("Authorization", authorization);
      signedHeaders.forEach(request::header);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}

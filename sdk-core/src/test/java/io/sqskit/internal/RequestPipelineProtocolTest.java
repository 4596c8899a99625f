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

import io.sqskit.client.Protocol;
import io.sqskit.exception.QueueDoesNotExistException;
import io.sqskit.internal.protocol.SqsProtocol;
import io.sqskit.retry.RetryPolicy;
import io.sqskit.transport.HttpRequest;
import io.sqskit.transport.HttpResponse;
import io.sqskit.transport.HttpTransport;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The pipeline sends what the protocol object gives it and hands every error answer to that same
 * object: one path for both protocols, no branch of its own.
 */
class RequestPipelineProtocolTest {
  private static final URI QUEUE = URI.create("http://127.0.0.1:1/000000000000/q");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

  private final List<String> protocolCalls = new ArrayList<>();
  private final List<HttpRequest> sent = new ArrayList<>();

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void anErrorAnswerIsMappedByTheProtocolObjectOnly(Protocol protocol) {
    SqsProtocol recording = recording(SqsProtocol.of(protocol));
    HttpResponse notFound = notFound(protocol);
    try (RequestPipeline pipeline = pipeline(recording, request -> notFound)) {
      byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

      assertThatThrownBy(() -> pipeline.execute(QUEUE, "DeleteQueue", body, Duration.ofSeconds(1)))
          .isInstanceOf(QueueDoesNotExistException.class);
    }
    assertThat(protocolCalls).containsExactly("headers DeleteQueue", "error DeleteQueue");
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).headers())
        .containsAllEntriesOf(SqsProtocol.of(protocol).headers("DeleteQueue"));
  }

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void aSuccessfulAnswerIsReturnedWithoutAskingTheProtocol(Protocol protocol) {
    SqsProtocol recording = recording(SqsProtocol.of(protocol));
    byte[] answer = "ok".getBytes(StandardCharsets.UTF_8);
    try (RequestPipeline pipeline =
        pipeline(recording, request -> new HttpResponse(200, Map.of(), answer))) {

      assertThat(pipeline.execute(QUEUE, "PurgeQueue", new byte[0], Duration.ofSeconds(1)))
          .isEqualTo(answer);
    }
    assertThat(protocolCalls).containsExactly("headers PurgeQueue");
  }

  private static HttpResponse notFound(Protocol protocol) {
    String body =
        protocol == Protocol.JSON
            ? "{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\",\"message\":\"gone\"}"
            : "<ErrorResponse><Error><Type>Sender</Type>"
                + "<Code>AWS.SimpleQueueService.NonExistentQueue</Code><Message>gone</Message>"
                + "</Error><RequestId>r</RequestId></ErrorResponse>";
    return new HttpResponse(400, Map.of(), body.getBytes(StandardCharsets.UTF_8));
  }

  private RequestPipeline pipeline(SqsProtocol protocol, Answer answer) {
    HttpTransport transport =
        new HttpTransport() {
          @Override
          public HttpResponse execute(HttpRequest request) {
            sent.add(request);
            return answer.to(request);
          }

          @Override
          public void close() {}
        };
    return new RequestPipeline(
        new PipelineSettings(
            "eu-west-1",
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "SECRET")),
            CLOCK,
            RetryPolicy.none(),
            d -> {},
            new Random(7),
            transport),
        protocol);
  }

  /** Delegates to {@code real} and notes each call of {@code headers} and {@code error}. */
  private SqsProtocol recording(SqsProtocol real) {
    return (SqsProtocol)
        Proxy.newProxyInstance(
            SqsProtocol.class.getClassLoader(),
            new Class<?>[] {SqsProtocol.class},
            (proxy, method, args) -> {
              if (method.getName().equals("headers") || method.getName().equals("error")) {
                protocolCalls.add(method.getName() + " " + args[0]);
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private interface Answer {
    HttpResponse to(HttpRequest request);
  }
}

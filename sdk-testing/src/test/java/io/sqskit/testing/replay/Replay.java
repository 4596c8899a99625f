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
package io.sqskit.testing.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sqskit.testing.engine.ManualClock;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.server.SqsServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One run of one recorded case: a fresh fake behind its own HTTP server on a {@link ManualClock}, a
 * wire client in the case's protocol, the case's recorded steps and the placeholder bindings they
 * share. Scenarios call {@link #match} for each recorded step, in the recorded order.
 */
final class Replay implements AutoCloseable {
  static final String ACCOUNT = "111111111111";
  static final String REGION = "us-east-1";

  final String caseName;
  final String param;
  final ManualClock clock = ManualClock.create(Instant.parse("2026-01-01T00:00:00Z"));
  final SqsEngine engine =
      SqsEngine.builder().clock(clock).accountId(ACCOUNT).region(REGION).build();
  private final SqsServer server = SqsServer.builder().engine(engine).warmUp(false).build().start();
  final Wire wire;
  private final Wire.Protocol protocol;
  private final Map<String, Object> recorded;
  private final Set<String> matched = new LinkedHashSet<>();
  final Bindings bindings = new Bindings(server.endpoint().toString());

  Replay(String caseName, Wire.Protocol protocol, String param, Map<String, Object> recorded) {
    this.caseName = caseName;
    this.protocol = protocol;
    this.param = param;
    this.recorded = recorded;
    this.wire = new Wire(server.endpoint(), protocol);
  }

  String endpoint() {
    return server.endpoint().toString();
  }

  Wire.Protocol protocol() {
    return protocol;
  }

  boolean query() {
    return protocol == Wire.Protocol.QUERY;
  }

  /** A client of the other protocol on the same server (for cases that use both). */
  Wire wire(Wire.Protocol p) {
    return p == protocol ? wire : new Wire(server.endpoint(), p);
  }

  // ------------------------------------------------------------------------ steps

  /**
   * Sends a request as the recorded step did and compares the answer. A case's steps did not all
   * use the case's client: LocalStack's fixtures (sqs_create_queue among them) always speak JSON. A
   * recorded error tells which protocol answered it: {@code QueryErrorCode} (from the
   * x-amzn-query-error header) comes only over JSON, {@code Detail} only over Query.
   */
  Map<String, Object> step(String step, String action, Object... keyValues) {
    Wire.Protocol p = protocol;
    if (recorded.get(step) instanceof Map<?, ?> m && m.get("Error") instanceof Map<?, ?> error) {
      if (error.containsKey("QueryErrorCode")) {
        p = Wire.Protocol.JSON;
      } else if (error.containsKey("Detail")) {
        p = Wire.Protocol.QUERY;
      }
    }
    Map<String, Object> out = wire(p).call(action, map(keyValues));
    match(step, out);
    return out;
  }

  /** Compares {@code actual} with the recorded step of that name. */
  void match(String step, Object actual) {
    assertThat(recorded).as("%s: recorded steps", caseName).containsKey(step);
    assertThat(matched.add(step)).as("%s: step %s replayed twice", caseName, step).isTrue();
    Object expected = recorded.get(step);
    if (expected instanceof Map<?, ?> e
        && actual instanceof Map<?, ?> a
        && a.containsKey("Error")) {
      actual = clientSideOnly(e, a);
    }
    List<String> problems = bindings.compare(expected, actual);
    assertThat(problems).as("%s, step %s differs from the recording", caseName, step).isEmpty();
  }

  /**
   * Drops from an error answer what depends on the recording client's version rather than on the
   * service, where the recording does not have it: botocore copies a modelled JSON error's {@code
   * message} to the top level in some versions, and some cases removed {@code Error.Detail} (an
   * empty element over Query) with a transformer.
   */
  private static Map<String, Object> clientSideOnly(Map<?, ?> recorded, Map<?, ?> answer) {
    Map<String, Object> out = new LinkedHashMap<>();
    answer.forEach((k, v) -> out.put((String) k, v));
    if (!recorded.containsKey("message")) {
      out.remove("message");
    }
    if (recorded.get("Error") instanceof Map<?, ?> re
        && !re.containsKey("Detail")
        && out.get("Error") instanceof Map<?, ?> ae
        && ae.get("Detail") == null) {
      Map<String, Object> error = new LinkedHashMap<>();
      ae.forEach((k, v) -> error.put((String) k, v));
      error.remove("Detail");
      out.put("Error", error);
    }
    return out;
  }

  /** Fails unless every recorded step was matched. */
  void assertAllStepsMatched() {
    assertThat(matched)
        .as("%s: recorded steps replayed", caseName)
        .containsExactlyInAnyOrderElementsOf(recorded.keySet());
  }

  // ------------------------------------------------------------------------ requests

  Map<String, Object> call(String action, Object... keyValues) {
    return wire.call(action, map(keyValues));
  }

  /** A request that must succeed. */
  Map<String, Object> ok(String action, Object... keyValues) {
    Map<String, Object> out = call(action, keyValues);
    assertThat(status(out)).as("%s: %s answered %s", caseName, action, out).isEqualTo(200);
    return out;
  }

  /** A request that must fail; returns the answer with its Error. */
  Map<String, Object> fails(String action, Object... keyValues) {
    Map<String, Object> out = call(action, keyValues);
    assertThat(out).as("%s: %s must fail", caseName, action).containsKey("Error");
    return out;
  }

  static int status(Map<String, Object> response) {
    return (Integer) ((Map<?, ?>) response.get("ResponseMetadata")).get("HTTPStatusCode");
  }

  @SuppressWarnings("unchecked")
  static String errorCode(Map<String, Object> response) {
    return (String) ((Map<String, Object>) response.get("Error")).get("Code");
  }

  /**
   * Sends a receive that the fake must hold as a long poll, moves the clock by {@code seconds} once
   * it waits, and returns its answer.
   */
  Map<String, Object> afterWaiting(
      String queueUrl, int seconds, String action, Object... keyValues) {
    CompletableFuture<Map<String, Object>> call =
        CompletableFuture.supplyAsync(() -> call(action, keyValues));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> call.isDone() || engine.waitingReceives(queueUrl) > 0);
    assertThat(call).as("%s: %s must wait", caseName, action).isNotDone();
    clock.advance(Duration.ofSeconds(seconds));
    return call.orTimeout(10, TimeUnit.SECONDS).join();
  }

  void advance(int seconds) {
    clock.advance(Duration.ofSeconds(seconds));
  }

  String createQueue(String name, Object... attributes) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("QueueName", name);
    if (attributes.length > 0) {
      params.put("Attributes", map(attributes));
    }
    Map<String, Object> out = wire.call("CreateQueue", params);
    assertThat(status(out))
        .as("%s: CreateQueue %s answered %s", caseName, name, out)
        .isEqualTo(200);
    return (String) out.get("QueueUrl");
  }

  String createFifoQueue(String name, Object... attributes) {
    Object[] all = new Object[attributes.length + 2];
    all[0] = "FifoQueue";
    all[1] = "true";
    System.arraycopy(attributes, 0, all, 2, attributes.length);
    return createQueue(name, all);
  }

  @SuppressWarnings("unchecked")
  String arn(String queueUrl) {
    Map<String, Object> out =
        ok("GetQueueAttributes", "QueueUrl", queueUrl, "AttributeNames", List.of("QueueArn"));
    return (String) ((Map<String, Object>) out.get("Attributes")).get("QueueArn");
  }

  Map<String, Object> send(String queueUrl, String body, Object... extra) {
    return ok(
        "SendMessage", concat(new Object[] {"QueueUrl", queueUrl, "MessageBody", body}, extra));
  }

  Map<String, Object> receive(String queueUrl, Object... extra) {
    return ok("ReceiveMessage", concat(new Object[] {"QueueUrl", queueUrl}, extra));
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> messages(Map<String, Object> response) {
    return (List<Map<String, Object>>) response.getOrDefault("Messages", List.of());
  }

  static List<String> bodies(Map<String, Object> response) {
    List<String> out = new ArrayList<>();
    messages(response).forEach(m -> out.add((String) m.get("Body")));
    return out;
  }

  static String handle(Map<String, Object> response, int index) {
    return (String) messages(response).get(index).get("ReceiptHandle");
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> attributes(Map<String, Object> response) {
    return (Map<String, String>) response.getOrDefault("Attributes", Map.of());
  }

  /** A map in the given order, from alternating keys and values. */
  static Map<String, Object> map(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  /** A String message attribute value. */
  static Map<String, Object> text(String value) {
    return map("DataType", "String", "StringValue", value);
  }

  static Object[] concat(Object[] a, Object[] b) {
    Object[] out = new Object[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Override
  public void close() {
    server.close();
  }
}

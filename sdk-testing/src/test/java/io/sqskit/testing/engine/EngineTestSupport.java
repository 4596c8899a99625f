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
package io.sqskit.testing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared set-up for engine tests: an engine on a ManualClock and short helpers. */
abstract class EngineTestSupport {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final String BASE = "http://127.0.0.1:9324";

  final ManualClock clock = ManualClock.create(START);
  final SqsEngine engine =
      configure(SqsEngine.builder().clock(clock).accountId("123456789012").region("us-east-1"))
          .build();
  final RequestContext ctx = new RequestContext(null, BASE, null);

  /**
   * Further engine settings of a test class; called while the class is constructed, so it must not
   * read the subclass's own fields.
   */
  SqsEngine.Builder configure(SqsEngine.Builder builder) {
    return builder;
  }

  Map<String, Object> call(String action, Object... keyValues) {
    return engine.execute(ctx, action, map(keyValues));
  }

  static Map<String, Object> map(Object... keyValues) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  String createQueue(String name, Object... attributes) {
    Map<String, Object> attrs = new HashMap<>();
    for (int i = 0; i < attributes.length; i += 2) {
      attrs.put((String) attributes[i], attributes[i + 1]);
    }
    return (String) call("CreateQueue", "QueueName", name, "Attributes", attrs).get("QueueUrl");
  }

  String createFifoQueue(String name, Object... attributes) {
    Object[] all = new Object[attributes.length + 2];
    all[0] = "FifoQueue";
    all[1] = "true";
    System.arraycopy(attributes, 0, all, 2, attributes.length);
    return createQueue(name, all);
  }

  String send(String url, String body) {
    return (String) call("SendMessage", "QueueUrl", url, "MessageBody", body).get("MessageId");
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> receive(String url, Object... extra) {
    Object[] all = new Object[extra.length + 2];
    all[0] = "QueueUrl";
    all[1] = url;
    System.arraycopy(extra, 0, all, 2, extra.length);
    Map<String, Object> out = call("ReceiveMessage", all);
    return (List<Map<String, Object>>) out.getOrDefault("Messages", List.of());
  }

  List<Map<String, Object>> receiveMax(String url) {
    return receive(url, "MaxNumberOfMessages", 10);
  }

  void delete(String url, Map<String, Object> message) {
    call("DeleteMessage", "QueueUrl", url, "ReceiptHandle", message.get("ReceiptHandle"));
  }

  @SuppressWarnings("unchecked")
  Map<String, String> attributes(String url, String... names) {
    Map<String, Object> out =
        call("GetQueueAttributes", "QueueUrl", url, "AttributeNames", List.of((Object[]) names));
    return (Map<String, String>) (Map<?, ?>) out.getOrDefault("Attributes", Map.of());
  }

  void counts(String url, int visible, int inFlight, int delayed) {
    Map<String, String> a = attributes(url, "All");
    assertThat(a)
        .containsEntry("ApproximateNumberOfMessages", Integer.toString(visible))
        .containsEntry("ApproximateNumberOfMessagesNotVisible", Integer.toString(inFlight))
        .containsEntry("ApproximateNumberOfMessagesDelayed", Integer.toString(delayed));
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> systemAttributes(Map<String, Object> message) {
    return (Map<String, String>) message.getOrDefault("Attributes", Map.of());
  }

  void advance(int seconds) {
    clock.advance(Duration.ofSeconds(seconds));
  }

  static SqsError error(ThrowingCallable call) {
    SqsError e = catchThrowableOfType(SqsError.class, call);
    assertThat(e).as("an SqsError").isNotNull();
    return e;
  }

  static void assertError(SqsError e, SqsErrorCode code, int status, String message) {
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.code().httpStatus()).isEqualTo(status);
    assertThat(e.jsonMessage()).isEqualTo(message);
  }
}

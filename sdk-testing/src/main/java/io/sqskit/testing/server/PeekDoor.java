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

import io.sqskit.testing.engine.MessageState;
import io.sqskit.testing.engine.PeekedMessage;
import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import io.sqskit.testing.protocol.Operation;
import io.sqskit.testing.protocol.SqsShapes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code /_aws/sqs/messages}, the peek door LocalStack offers under that path: the messages of a
 * queue as a ReceiveMessage answer, without receiving them. The queue comes from a {@code QueueUrl}
 * parameter (query string, form, or the JSON body of an SDK's ReceiveMessage sent to this path as
 * its endpoint) or from the path, {@code /_aws/sqs/messages/<region>/<account>/<queue name>}.
 * Visible messages only, unless {@code ShowInvisible=true} adds those in flight and {@code
 * ShowDelayed=true} the delayed ones, each then marked with an {@code IsVisible} or {@code
 * IsDelayed} attribute. No receipt handles: nothing is received.
 *
 * <p>A debugging door, not an SQS action: no signature check and no fault rules, so that a plain
 * curl can look at a queue whatever the server is set up to test.
 */
final class PeekDoor extends WireHandler {

  /** LocalStack's path for looking at a queue's messages; no SQS queue URL path can start so. */
  static final String PATH = "/_aws/sqs/messages";

  private final Dispatcher dispatcher;

  /**
   * @param dispatcher the engine, without fault rules
   */
  PeekDoor(Dispatcher dispatcher, int maxRequestBytes) {
    super(maxRequestBytes);
    this.dispatcher = dispatcher;
  }

  /** JSON when the request has a target or a JSON body (curl sends no target), else Query. */
  @Override
  WireCodec codec(ServerRequest request) {
    String target = request.header(JsonCodec.TARGET_HEADER);
    return target != null || JsonCodec.CONTENT_TYPE.equals(request.header("Content-Type"))
        ? new JsonCodec(request, target)
        : new QueryCodec(request);
  }

  @Override
  ServerResponse answer(ServerRequest request, Caller caller, WireCodec codec, String requestId) {
    // ReceiveMessage is one of the service model's actions, so its shape is always there.
    Operation receive = Objects.requireNonNull(SqsShapes.operation("ReceiveMessage"));
    String queueUrl;
    String rest = request.path().substring(PATH.length());
    if (rest.length() > 1) {
      String[] parts = rest.substring(1).split("/", -1);
      if (parts.length != 3 || parts[1].isEmpty() || parts[2].isEmpty()) {
        throw new SqsError(
            SqsErrorCode.INVALID_ADDRESS,
            "The address " + request.path() + " is not valid for this endpoint.");
      }
      // The region segment is not checked: the fake serves its one region under every name.
      queueUrl = caller.baseUrl() + "/" + parts[1] + "/" + parts[2];
    } else {
      String action = codec.action();
      if (action != null && !action.equals("ReceiveMessage")) {
        // The wording of InvalidAction elsewhere in this front: the door answers ReceiveMessage.
        throw new SqsError(
            SqsErrorCode.INVALID_ACTION,
            "The action " + action + " is not valid for this endpoint.");
      }
      queueUrl = codec.queueUrl(receive);
    }
    if (queueUrl == null || queueUrl.isEmpty()) {
      throw new SqsError(
          SqsErrorCode.MISSING_PARAMETER, "The request must contain the parameter QueueUrl.");
    }
    boolean showInvisible = isTrue(codec.parameter("ShowInvisible"));
    boolean showDelayed = isTrue(codec.parameter("ShowDelayed"));
    List<Object> messages = new ArrayList<>();
    for (PeekedMessage peeked : dispatcher.peek(queueUrl)) {
      MessageState state = peeked.state();
      if ((state == MessageState.IN_FLIGHT && !showInvisible)
          || (state == MessageState.DELAYED && !showDelayed)) {
        continue;
      }
      Map<String, Object> message = new LinkedHashMap<>(peeked.message());
      if (showInvisible || showDelayed) {
        @SuppressWarnings("unchecked") // the engine's trees hold attribute maps as this type
        Map<String, Object> attributes =
            new LinkedHashMap<>((Map<String, Object>) message.getOrDefault("Attributes", Map.of()));
        if (showInvisible) {
          attributes.put("IsVisible", Boolean.toString(state == MessageState.VISIBLE));
        }
        if (showDelayed) {
          attributes.put("IsDelayed", Boolean.toString(state == MessageState.DELAYED));
        }
        message.put("Attributes", attributes);
      }
      messages.add(message);
    }
    return codec.answer(receive, Map.of("Messages", messages), requestId);
  }

  private static boolean isTrue(@Nullable String flag) {
    return flag != null && (flag.equalsIgnoreCase("true") || flag.equals("1"));
  }
}

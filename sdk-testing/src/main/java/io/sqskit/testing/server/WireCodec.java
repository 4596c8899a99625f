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

import io.sqskit.testing.protocol.Operation;
import io.sqskit.testing.protocol.WireError;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request's wire protocol, chosen once when the request arrives: how its action and input are
 * read, and how its answer and errors are written. One instance per request (it may keep what it
 * parsed), never shared between threads.
 */
sealed interface WireCodec permits JsonCodec, QueryCodec {

  /** The SQS front's choice: AWS JSON 1.0 when {@code X-Amz-Target} is present, else Query. */
  static WireCodec of(ServerRequest request) {
    String target = request.header(JsonCodec.TARGET_HEADER);
    return target != null ? new JsonCodec(request, target) : new QueryCodec(request);
  }

  /** The action the request names (its target or {@code Action}), or null when it names none. */
  @Nullable String action();

  /**
   * The operation the request names.
   *
   * @throws io.sqskit.testing.engine.SqsError or {@link io.sqskit.testing.protocol.WireException}:
   *     this protocol's answer to a missing or unknown action
   */
  Operation operation();

  /**
   * The operation's input tree.
   *
   * @param baseUrl the caller's base URL, for a queue URL given by the request's path (Query)
   */
  Map<String, Object> input(Operation operation, String baseUrl);

  /**
   * A request parameter outside the action's input (the query string's, and for Query the form
   * body's too), or null.
   */
  @Nullable String parameter(String name);

  /** The input member {@code QueueUrl} as {@code operation} reads it, else {@link #parameter}. */
  @Nullable String queueUrl(Operation operation);

  /** A 200 answer carrying {@code output}. */
  ServerResponse answer(Operation operation, Map<String, Object> output, String requestId);

  /** The error's answer in this protocol. */
  ServerResponse error(WireError error, String requestId);
}

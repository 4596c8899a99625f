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
import io.sqskit.testing.protocol.SqsShapes;
import io.sqskit.testing.protocol.WireError;
import io.sqskit.testing.protocol.WireException;
import io.sqskit.testing.protocol.json.JsonRequestReader;
import io.sqskit.testing.protocol.json.JsonResponseWriter;
import io.sqskit.testing.protocol.query.FormDecoder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** AWS JSON 1.0: the action in {@code X-Amz-Target}, the input as a JSON body. */
final class JsonCodec implements WireCodec {

  static final String TARGET_HEADER = "X-Amz-Target";

  /** The JSON 1.0 target prefix of SQS, {@code AmazonSQS.<Action>}. */
  static final String TARGET_PREFIX = "AmazonSQS.";

  static final String CONTENT_TYPE = "application/x-amz-json-1.0";

  private final ServerRequest request;
  private final @Nullable String target;
  private @Nullable Map<String, String> queryParameters;

  /**
   * @param target the request's target, or null (a request to the peek door without one)
   */
  JsonCodec(ServerRequest request, @Nullable String target) {
    this.request = request;
    this.target = target;
  }

  @Override
  public @Nullable String action() {
    if (target == null) {
      return null;
    }
    return target.startsWith(TARGET_PREFIX)
        ? target.substring(TARGET_PREFIX.length())
        : target.substring(target.indexOf('.') + 1);
  }

  @Override
  public Operation operation() {
    Operation operation =
        target != null && target.startsWith(TARGET_PREFIX)
            ? SqsShapes.operation(target.substring(TARGET_PREFIX.length()))
            : null;
    if (operation == null) {
      // The generic answer of AWS JSON services to a target they do not know; no Query code.
      throw new WireException(
          new WireError(
              "com.amazon.coral.service#UnknownOperationException",
              null,
              400,
              true,
              null,
              "Unknown operation " + target + "."));
    }
    return operation;
  }

  @Override
  public Map<String, Object> input(Operation operation, String baseUrl) {
    byte[] body = request.body();
    return JsonRequestReader.read(operation.input(), body, body.length);
  }

  @Override
  public @Nullable String parameter(String name) {
    if (queryParameters == null) {
      queryParameters = new LinkedHashMap<>();
      FormDecoder.decode(request.query(), queryParameters);
    }
    return queryParameters.get(name);
  }

  @Override
  public @Nullable String queueUrl(Operation operation) {
    Object url = input(operation, "").get("QueueUrl");
    return url instanceof String text ? text : parameter("QueueUrl");
  }

  @Override
  public ServerResponse answer(Operation operation, Map<String, Object> output, String requestId) {
    return new ServerResponse(
        200,
        Map.of("Content-Type", CONTENT_TYPE, "x-amzn-RequestId", requestId),
        JsonResponseWriter.write(operation.output(), output));
  }

  @Override
  public ServerResponse error(WireError error, String requestId) {
    byte[] body = JsonResponseWriter.writeError(error);
    Map<String, String> headers =
        error.queryCode() == null
            ? Map.of("Content-Type", CONTENT_TYPE, "x-amzn-RequestId", requestId)
            // The legacy Query code and fault, which AWS SDKs read to keep old error codes.
            : Map.of(
                "Content-Type",
                CONTENT_TYPE,
                "x-amzn-RequestId",
                requestId,
                "x-amzn-query-error",
                error.queryCode() + ";" + error.fault());
    return new ServerResponse(error.status(), headers, body);
  }
}

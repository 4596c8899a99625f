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

import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import io.sqskit.testing.protocol.Operation;
import io.sqskit.testing.protocol.SqsShapes;
import io.sqskit.testing.protocol.WireError;
import io.sqskit.testing.protocol.query.FormDecoder;
import io.sqskit.testing.protocol.query.QueryRequestReader;
import io.sqskit.testing.protocol.query.QueryResponseWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** SQS's Query protocol: form parameters in the query string and body, XML answers. */
final class QueryCodec implements WireCodec {

  private static final String CONTENT_TYPE = "text/xml";

  private final ServerRequest request;
  private @Nullable Map<String, String> params;

  QueryCodec(ServerRequest request) {
    this.request = request;
  }

  /** The query string's parameters, then the form body's (a later value of a name wins). */
  private Map<String, String> params() {
    Map<String, String> decoded = params;
    if (decoded == null) {
      decoded = new LinkedHashMap<>();
      FormDecoder.decode(request.query(), decoded);
      byte[] body = request.body();
      if (body.length > 0) {
        FormDecoder.decode(new String(body, StandardCharsets.UTF_8), decoded);
      }
      params = decoded;
    }
    return decoded;
  }

  @Override
  public @Nullable String action() {
    return params().get("Action");
  }

  @Override
  public Operation operation() {
    String action = action();
    if (action == null || action.isEmpty()) {
      // Message: the description of MissingAction in the SQS API Reference's Common Errors.
      throw new SqsError(
          SqsErrorCode.MISSING_ACTION, "The request is missing an action or a required parameter.");
    }
    Operation operation = SqsShapes.operation(action);
    if (operation == null) {
      // Our wording, after the AWS Query services' "The action X is not valid for this endpoint."
      throw new SqsError(
          SqsErrorCode.INVALID_ACTION, "The action " + action + " is not valid for this endpoint.");
    }
    return operation;
  }

  @Override
  public Map<String, Object> input(Operation operation, String baseUrl) {
    Map<String, Object> input = QueryRequestReader.read(operation.input(), params());
    if (input.containsKey("AttributeNames") && operation.name().equals("ReceiveMessage")) {
      // Recorded from AWS (test_message_system_attribute_names_with_attribute_names, step
      // different_values): over Query, a receive naming both lists answers with the attributes of
      // AttributeName.N alone; over JSON it answers the union of the two lists.
      input.remove("MessageSystemAttributeNames");
    }
    if (!input.containsKey("QueueUrl") && operation.input().member("QueueUrl") != null) {
      // The AWS SDK for Java v1 posts to the queue URL instead of sending QueueUrl.
      String path = request.path();
      if (path.length() > 1) {
        input.put("QueueUrl", baseUrl + path);
      }
    }
    return input;
  }

  @Override
  public @Nullable String parameter(String name) {
    return params().get(name);
  }

  @Override
  public @Nullable String queueUrl(Operation operation) {
    return parameter("QueueUrl");
  }

  @Override
  public ServerResponse answer(Operation operation, Map<String, Object> output, String requestId) {
    String xml = QueryResponseWriter.write(operation.name(), operation.output(), output, requestId);
    return xml(200, xml, requestId);
  }

  @Override
  public ServerResponse error(WireError error, String requestId) {
    return xml(error.status(), QueryResponseWriter.writeError(error, requestId), requestId);
  }

  private static ServerResponse xml(int status, String xml, String requestId) {
    return new ServerResponse(
        status,
        Map.of("Content-Type", CONTENT_TYPE, "x-amzn-RequestId", requestId),
        xml.getBytes(StandardCharsets.UTF_8));
  }
}

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

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.sqskit.testing.engine.MessageState;
import io.sqskit.testing.engine.PeekedMessage;
import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import io.sqskit.testing.protocol.Operation;
import io.sqskit.testing.protocol.RequestIds;
import io.sqskit.testing.protocol.SqsShapes;
import io.sqskit.testing.protocol.WireError;
import io.sqskit.testing.protocol.WireException;
import io.sqskit.testing.protocol.json.JsonRequestReader;
import io.sqskit.testing.protocol.json.JsonResponseWriter;
import io.sqskit.testing.protocol.query.FormDecoder;
import io.sqskit.testing.protocol.query.QueryRequestReader;
import io.sqskit.testing.protocol.query.QueryResponseWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Picks each request's protocol (JSON 1.0 when {@code X-Amz-Target} is present, else Query),
 * converts it into the engine's tree, runs it and writes the answer or the error.
 */
final class SqsHttpHandler implements HttpHandler {

  /**
   * Looked up on first use only: the first System.getLogger call starts java.util.logging, which
   * took some 50 ms of a server's start on the build machine, and this class rarely logs at all.
   */
  private static final class Log {
    static final System.Logger LOG = System.getLogger(SqsHttpHandler.class.getName());
  }

  /** The JSON 1.0 target prefix of SQS, {@code AmazonSQS.<Action>}. */
  private static final String TARGET_PREFIX = "AmazonSQS.";

  private static final String JSON_CONTENT_TYPE = "application/x-amz-json-1.0";

  /** LocalStack's path for looking at a queue's messages; no SQS queue URL path can start so. */
  static final String PEEK_PATH = "/_aws/sqs/messages";

  private static final String XML_CONTENT_TYPE = "text/xml";

  private final Dispatcher dispatcher;
  private final String defaultBaseUrl;
  private final int maxRequestBytes;
  private final FaultInjector faults;
  private final @Nullable SigV4Verifier verifier;

  SqsHttpHandler(Dispatcher dispatcher, String defaultBaseUrl, int maxRequestBytes) {
    this(dispatcher, defaultBaseUrl, maxRequestBytes, new FaultInjector(), null);
  }

  /**
   * @param faults the server's fault rules
   * @param verifier checks signatures, or null to accept any (the default)
   */
  SqsHttpHandler(
      Dispatcher dispatcher,
      String defaultBaseUrl,
      int maxRequestBytes,
      FaultInjector faults,
      @Nullable SigV4Verifier verifier) {
    this.dispatcher = dispatcher;
    this.defaultBaseUrl = defaultBaseUrl;
    this.maxRequestBytes = maxRequestBytes;
    this.faults = faults;
    this.verifier = verifier;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String requestId = RequestIds.next();
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    String path = exchange.getRequestURI().getRawPath();
    boolean peek = path != null && (path.equals(PEEK_PATH) || path.startsWith(PEEK_PATH + "/"));
    boolean json =
        target != null
            || (peek
                && JSON_CONTENT_TYPE.equals(exchange.getRequestHeaders().getFirst("Content-Type")));
    try {
      try {
        Body body = readBody(exchange.getRequestBody());
        if (peek) {
          // A debugging door, not an SQS action: no signature check and no fault rules, so that
          // a plain curl can look at a queue whatever the server is set up to test.
          handlePeek(exchange, requestId, json, target, body, context(exchange));
          return;
        }
        if (verifier != null) {
          URI uri = exchange.getRequestURI();
          verifier.verify(
              exchange.getRequestMethod(),
              uri.getRawPath(),
              uri.getRawQuery(),
              exchange.getRequestHeaders(),
              body.bytes,
              body.length);
        }
        RequestContext context = context(exchange);
        if (json) {
          handleJson(exchange, requestId, target, body, context);
        } else {
          handleQuery(exchange, requestId, body, context);
        }
      } catch (DroppedConnection e) {
        // Nothing is sent: closing an exchange whose headers were never sent closes the connection.
        return;
      } catch (SqsError e) {
        sendError(exchange, requestId, json, WireError.of(e));
      } catch (WireException e) {
        sendError(exchange, requestId, json, e.error());
      } catch (RuntimeException | Error e) {
        // Errors too (a missing class, a deep recursion): the client still gets an SQS answer
        // instead of a dropped connection.
        Log.LOG.log(
            System.Logger.Level.ERROR, "Internal failure answering request " + requestId, e);
        sendError(exchange, requestId, json, internalFailure());
      }
    } finally {
      exchange.close();
    }
  }

  private void handleJson(
      HttpExchange exchange, String requestId, String target, Body body, RequestContext context)
      throws IOException {
    Operation operation =
        target.startsWith(TARGET_PREFIX)
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
    Map<String, Object> input = JsonRequestReader.read(operation.input(), body.bytes, body.length);
    Map<String, Object> output = execute(context, operation.name(), input);
    send(
        exchange,
        200,
        requestId,
        JSON_CONTENT_TYPE,
        JsonResponseWriter.write(operation.output(), output));
  }

  private void handleQuery(
      HttpExchange exchange, String requestId, Body body, RequestContext context)
      throws IOException {
    Map<String, String> params = new LinkedHashMap<>();
    FormDecoder.decode(exchange.getRequestURI().getRawQuery(), params);
    if (body.length > 0) {
      FormDecoder.decode(new String(body.bytes, 0, body.length, StandardCharsets.UTF_8), params);
    }
    String action = params.get("Action");
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
    Map<String, Object> input = QueryRequestReader.read(operation.input(), params);
    if (!input.containsKey("QueueUrl") && operation.input().member("QueueUrl") != null) {
      // The AWS SDK for Java v1 posts to the queue URL instead of sending QueueUrl.
      String path = exchange.getRequestURI().getRawPath();
      if (path != null && path.length() > 1) {
        input.put("QueueUrl", context.baseUrl() + path);
      }
    }
    Map<String, Object> output = execute(context, operation.name(), input);
    String xml = QueryResponseWriter.write(operation.name(), operation.output(), output, requestId);
    send(exchange, 200, requestId, XML_CONTENT_TYPE, xml.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@code /_aws/sqs/messages}, the peek door LocalStack offers under that path: the messages of a
   * queue as a ReceiveMessage answer, without receiving them. The queue comes from a {@code
   * QueueUrl} parameter (query string, form, or the JSON body of an SDK's ReceiveMessage sent to
   * this path as its endpoint) or from the path, {@code
   * /_aws/sqs/messages/<region>/<account>/<queue name>}. Visible messages only, unless {@code
   * ShowInvisible=true} adds those in flight and {@code ShowDelayed=true} the delayed ones, each
   * then marked with an {@code IsVisible} or {@code IsDelayed} attribute. No receipt handles:
   * nothing is received.
   */
  private void handlePeek(
      HttpExchange exchange,
      String requestId,
      boolean json,
      @Nullable String target,
      Body body,
      RequestContext context)
      throws IOException {
    // ReceiveMessage is one of the service model's actions, so its shape is always there.
    Operation receive = Objects.requireNonNull(SqsShapes.operation("ReceiveMessage"));
    Map<String, String> params = new LinkedHashMap<>();
    FormDecoder.decode(exchange.getRequestURI().getRawQuery(), params);
    String queueUrl;
    String rest = exchange.getRequestURI().getRawPath().substring(PEEK_PATH.length());
    if (rest.length() > 1) {
      String[] parts = rest.substring(1).split("/", -1);
      if (parts.length != 3 || parts[1].isEmpty() || parts[2].isEmpty()) {
        throw invalidAddress(exchange);
      }
      // The region segment is not checked: the fake serves its one region under every name.
      queueUrl = context.baseUrl() + "/" + parts[1] + "/" + parts[2];
    } else if (json) {
      if (target != null && !target.equals(TARGET_PREFIX + "ReceiveMessage")) {
        throw notForThisEndpoint(target.substring(target.indexOf('.') + 1));
      }
      Object url = JsonRequestReader.read(receive.input(), body.bytes, body.length).get("QueueUrl");
      queueUrl = url instanceof String text ? text : params.get("QueueUrl");
    } else {
      if (body.length > 0) {
        FormDecoder.decode(new String(body.bytes, 0, body.length, StandardCharsets.UTF_8), params);
      }
      String action = params.get("Action");
      if (action != null && !action.equals("ReceiveMessage")) {
        throw notForThisEndpoint(action);
      }
      queueUrl = params.get("QueueUrl");
    }
    if (queueUrl == null || queueUrl.isEmpty()) {
      throw new SqsError(
          SqsErrorCode.MISSING_PARAMETER, "The request must contain the parameter QueueUrl.");
    }
    boolean showInvisible = isTrue(params.get("ShowInvisible"));
    boolean showDelayed = isTrue(params.get("ShowDelayed"));
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
    Map<String, Object> output = Map.of("Messages", messages);
    if (json) {
      send(
          exchange,
          200,
          requestId,
          JSON_CONTENT_TYPE,
          JsonResponseWriter.write(receive.output(), output));
    } else {
      String xml = QueryResponseWriter.write(receive.name(), receive.output(), output, requestId);
      send(exchange, 200, requestId, XML_CONTENT_TYPE, xml.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static boolean isTrue(@Nullable String flag) {
    return flag != null && (flag.equalsIgnoreCase("true") || flag.equals("1"));
  }

  private static SqsError notForThisEndpoint(String action) {
    // The wording of InvalidAction elsewhere in this front: the door answers ReceiveMessage only.
    return new SqsError(
        SqsErrorCode.INVALID_ACTION, "The action " + action + " is not valid for this endpoint.");
  }

  private static SqsError invalidAddress(HttpExchange exchange) {
    return new SqsError(
        SqsErrorCode.INVALID_ADDRESS,
        "The address "
            + exchange.getRequestURI().getRawPath()
            + " is not valid for this endpoint.");
  }

  /** Runs the action, with the fault rules applied around it when any is set. */
  private Map<String, Object> execute(
      RequestContext context, String action, Map<String, Object> input) {
    if (!faults.active()) {
      return dispatcher.execute(context, action, input);
    }
    FaultInjector.Decision decision = faults.decide(action, queueName(input), context.accountId());
    if (decision == null) {
      return dispatcher.execute(context, action, input);
    }
    if (!decision.delay().isZero()) {
      try {
        Thread.sleep(decision.delay().toMillis(), decision.delay().toNanosPart() % 1_000_000);
      } catch (InterruptedException e) {
        // The server is closing: the call gets no answer, as when it stops mid-request.
        Thread.currentThread().interrupt();
        throw new DroppedConnection();
      }
    }
    Fault fault = decision.fault();
    if (fault == null) {
      return dispatcher.execute(context, action, input);
    }
    switch (fault.kind()) {
      case THROTTLE:
        // Message: the description of RequestThrottled in the SQS service model and API
        // Reference; SQS documents no other wording for it.
        throw new SqsError(
            SqsErrorCode.REQUEST_THROTTLED, "The request was denied due to request throttling.");
      case INTERNAL_ERROR:
        throw internalFailureError();
      case SERVICE_UNAVAILABLE:
        // Message: the description of ServiceUnavailable in the AWS Common Errors pages.
        throw new SqsError(
            SqsErrorCode.SERVICE_UNAVAILABLE,
            "The request has failed due to a temporary failure of the server.");
      case DROP_CONNECTION:
        throw new DroppedConnection();
      case ERROR:
        // Non-null: Fault.error sets both for Kind.ERROR.
        throw new SqsError(
            Objects.requireNonNull(fault.errorCode()), Objects.requireNonNull(fault.message()));
      case CORRUPT_MD5:
        return Md5Corruption.apply(dispatcher.execute(context, action, input));
      default:
        return dispatcher.execute(context, action, input);
    }
  }

  /** The queue a call is about: the last segment of QueueUrl, else QueueName. */
  private static @Nullable String queueName(Map<String, Object> input) {
    Object url = input.get("QueueUrl");
    if (url instanceof String text) {
      int slash = text.lastIndexOf('/');
      return slash < 0 ? text : text.substring(slash + 1);
    }
    Object name = input.get("QueueName");
    return name instanceof String text ? text : null;
  }

  /** Ends a call without an answer (an injected dropped connection). */
  private static final class DroppedConnection extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DroppedConnection() {
      super(null, null, false, false);
    }
  }

  private void sendError(HttpExchange exchange, String requestId, boolean json, WireError error)
      throws IOException {
    if (json) {
      if (error.queryCode() != null) {
        exchange
            .getResponseHeaders()
            .set("x-amzn-query-error", error.queryCode() + ";" + error.fault());
      }
      send(
          exchange,
          error.status(),
          requestId,
          JSON_CONTENT_TYPE,
          JsonResponseWriter.writeError(error));
    } else {
      String xml = QueryResponseWriter.writeError(error, requestId);
      send(
          exchange,
          error.status(),
          requestId,
          XML_CONTENT_TYPE,
          xml.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void send(
      HttpExchange exchange, int status, String requestId, String contentType, byte[] body)
      throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", contentType);
    headers.set("x-amzn-RequestId", requestId);
    // A HEAD answer carries headers only; the JDK server warns about a length given for one.
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, body.length == 0 || head ? -1 : body.length);
    if (body.length > 0 && !head) {
      exchange.getResponseBody().write(body);
    }
  }

  private static WireError internalFailure() {
    return WireError.of(internalFailureError());
  }

  private static SqsError internalFailureError() {
    // Message: the description of InternalFailure in the SQS API Reference's Common Errors.
    return new SqsError(
        SqsErrorCode.INTERNAL_FAILURE,
        "The request processing has failed because of an unknown error, exception or failure.");
  }

  /** Who calls: the SigV4 access key id, and the Host the client used for queue URLs. */
  private RequestContext context(HttpExchange exchange) {
    Headers headers = exchange.getRequestHeaders();
    String accessKey = accessKeyId(headers.getFirst("Authorization"));
    if (accessKey == null) {
      String query = exchange.getRequestURI().getRawQuery();
      if (query != null && query.contains("X-Amz-Credential=")) {
        Map<String, String> params = new LinkedHashMap<>();
        FormDecoder.decode(query, params);
        accessKey = credentialKey(params.get("X-Amz-Credential"));
      }
    }
    String host = headers.getFirst("Host");
    String baseUrl = host == null || host.isEmpty() ? defaultBaseUrl : "http://" + host;
    String accountId = accessKey != null && isAccountId(accessKey) ? accessKey : null;
    return new RequestContext(accountId, baseUrl, accessKey);
  }

  /**
   * The key id in {@code AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/sqs/aws4_request, ...}.
   */
  static @Nullable String accessKeyId(@Nullable String authorization) {
    if (authorization == null) {
      return null;
    }
    int at = authorization.indexOf("Credential=");
    if (at < 0) {
      return null;
    }
    return credentialKey(authorization.substring(at + "Credential=".length()));
  }

  private static @Nullable String credentialKey(@Nullable String credential) {
    if (credential == null) {
      return null;
    }
    int slash = credential.indexOf('/');
    String key = slash < 0 ? credential : credential.substring(0, slash);
    key = key.trim();
    return key.isEmpty() ? null : key;
  }

  static boolean isAccountId(String key) {
    if (key.length() != 12) {
      return false;
    }
    for (int i = 0; i < 12; i++) {
      char c = key.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** A request body read up to the limit, whatever Content-Length claims. */
  private static final class Body {
    final byte[] bytes;
    final int length;

    Body(byte[] bytes, int length) {
      this.bytes = bytes;
      this.length = length;
    }
  }

  private Body readBody(InputStream in) throws IOException {
    byte[] buffer = new byte[Math.min(8192, maxRequestBytes + 1)];
    int length = 0;
    while (true) {
      if (length == buffer.length) {
        if (length > maxRequestBytes) {
          discardRest(in);
          throw tooLarge();
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(buffer.length * 2L, maxRequestBytes + 1L));
      }
      int read = in.read(buffer, length, buffer.length - length);
      if (read < 0) {
        break;
      }
      length += read;
    }
    return new Body(buffer, length);
  }

  /**
   * How much of an oversized body is read and dropped before the error is sent. Closing a
   * connection with request bytes still unread makes the kernel reset it, and a client still
   * sending then loses the answer (seen as "bytes received: 0" in HostileRequestTest); reading the
   * rest first lets the error arrive. Beyond this much the connection is closed regardless.
   */
  private static final long DISCARD_LIMIT = 64L * 1024 * 1024;

  private static void discardRest(InputStream in) throws IOException {
    byte[] sink = new byte[64 * 1024];
    long discarded = 0;
    int read;
    while (discarded < DISCARD_LIMIT && (read = in.read(sink)) >= 0) {
      discarded += read;
    }
  }

  private SqsError tooLarge() {
    // Our own bound, well above SQS's 1 MiB message and batch limits even when form-encoded; SQS
    // documents no error for a request body over its front end's limit, so the closest one is used.
    return new SqsError(
        SqsErrorCode.INVALID_PARAMETER_VALUE,
        "One or more parameters are invalid. Reason: Request must be shorter than "
            + maxRequestBytes
            + " bytes.");
  }
}

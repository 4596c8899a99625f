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

import io.sqskit.testing.engine.ManualClock;
import io.sqskit.testing.engine.MessageSnapshot;
import io.sqskit.testing.engine.QueueCounters;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.protocol.json.AdminJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The admin API under {@value #PATH}: JSON in and out, beside the SQS front on the same port.
 *
 * <p>Two guards. Mutating calls (POST, DELETE) need the {@value #HEADER} header and a JSON content
 * type, which a page in a browser cannot send across origins without a CORS preflight this server
 * never grants: no cross-site request forgery. And when the server binds an address other than
 * loopback, or verifies signatures, every call needs the admin token as a bearer token, unless the
 * server was started open; when a token is set, it is needed everywhere. A loopback server without
 * a token answers only requests whose {@code Host} names this machine (no DNS rebinding).
 */
final class AdminApi implements Handler {

  /** The prefix of every admin path; no SQS queue URL path can start so. */
  static final String PATH = "/_sqskit";

  /** The header every mutating call must carry (any non-empty value). */
  static final String HEADER = "X-Sqskit-Admin";

  private static final Set<String> LOOPBACK =
      Set.of("127.0.0.1", "::1", "[::1]", "0:0:0:0:0:0:0:1", "localhost");

  private static final String[] GAUGES = {
    "ApproximateNumberOfMessagesVisible", "ApproximateNumberOfMessages",
    "ApproximateNumberOfMessagesNotVisible", "ApproximateNumberOfMessagesNotVisible",
    "ApproximateNumberOfMessagesDelayed", "ApproximateNumberOfMessagesDelayed",
  };

  private final @Nullable SqsEngine engine;
  private final FaultInjector faults;
  private final @Nullable String token;
  private final boolean guarded;
  private final boolean open;
  private final long startNanos = System.nanoTime();
  private final AdminQueues queueCalls = new AdminQueues(this);

  /**
   * @param engine the engine, or null for a server on a stand-in dispatcher (most calls then 503)
   * @param faults the server's fault rules
   * @param host the bound address
   * @param verifiesSignatures whether the server checks SigV4 signatures
   * @param token the admin token, or null for none
   * @param open whether the server was started with {@code --admin-open}
   */
  AdminApi(
      @Nullable SqsEngine engine,
      FaultInjector faults,
      String host,
      boolean verifiesSignatures,
      @Nullable String token,
      boolean open) {
    this.engine = engine;
    this.faults = faults;
    this.token = token;
    this.guarded = !open && (verifiesSignatures || !isLoopback(host));
    this.open = open;
  }

  /** Whether an address counts as this machine only for the token rule (127.0.0.2 does not). */
  static boolean isLoopback(String host) {
    return LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
  }

  @Override
  public ServerResponse handle(ServerRequest request, Caller caller) {
    try {
      return json(200, route(request, caller));
    } catch (AdminError e) {
      if (e.status == 401) {
        // The dashboard in a browser: ask for the token as the password of HTTP basic auth.
        return new ServerResponse(
            401,
            Map.of(
                "Content-Type",
                "text/plain; charset=utf-8",
                "WWW-Authenticate",
                "Basic realm=\"sqskit admin\", charset=\"UTF-8\""),
            (e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("error", e.code);
      error.put("message", e.getMessage());
      if (e.field != null) {
        error.put("field", e.field);
      }
      return json(e.status, error);
    } catch (RuntimeException e) {
      // A defect, not bad input; still JSON, and still not a stack trace on the wire.
      return json(500, Map.of("error", "InternalError", "message", String.valueOf(e.getMessage())));
    }
  }

  private Object route(ServerRequest request, Caller caller) {
    String path = request.path().substring(PATH.length());
    if (path.endsWith("/") && path.length() > 1) {
      path = path.substring(0, path.length() - 1);
    }
    boolean dashboard = path.isEmpty() || path.equals("/ui") || path.startsWith("/ui/");
    authorize(request, dashboard);
    String method = request.method();
    if (dashboard) {
      requireMethod(method, "GET");
      return Dashboard.file(path.isEmpty() ? "/ui" : path);
    }
    if (path.startsWith("/queues/")) {
      return queueCalls.route(request, caller, path.substring("/queues/".length()));
    }
    switch (path) {
      case "/health":
        requireMethod(method, "GET");
        return health();
      case "/queues":
        requireMethod(method, "GET");
        return Map.of("queues", queues(caller));
      case "/metrics":
        requireMethod(method, "GET");
        return new Metrics(metrics(caller));
      case "/faults":
        if (method.equals("GET") || method.equals("HEAD")) {
          return Map.of("faults", faultList());
        }
        requireMethod(method, "POST", "DELETE");
        requireMutating(request);
        if (method.equals("DELETE")) {
          faults.clear();
          return Map.of("faults", List.of());
        }
        Fault fault = FaultJson.read(object(request, true));
        faults.add(fault);
        return Map.of("added", FaultJson.write(fault), "faults", faultList());
      case "/reset":
        requireMethod(method, "POST");
        requireMutating(request);
        return reset(object(request, false));
      case "/clock/advance":
        requireMethod(method, "POST");
        requireMutating(request);
        return advance(object(request, true));
      default:
        throw new AdminError(
            404,
            "NotFound",
            null,
            "no admin path "
                + request.path()
                + "; the paths are /_sqskit/health, /_sqskit/queues, /_sqskit/faults,"
                + " /_sqskit/reset, /_sqskit/clock/advance, /_sqskit/metrics,"
                + " /_sqskit/queues/<account>/<name>/... and the dashboard, /_sqskit/ui");
    }
  }

  /**
   * The token rule; see the class comment. The token comes as a bearer token or, from a browser
   * showing the dashboard, as the password of HTTP basic auth (any user name); a dashboard page
   * asked for without it gets 401 and a basic challenge, so that the browser asks for it.
   */
  private void authorize(ServerRequest request, boolean dashboard) {
    String expected = token;
    if (expected != null) {
      String presented = presentedToken(request.header("Authorization"));
      if (!MessageDigest.isEqual(
          presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
        throw new AdminError(
            dashboard ? 401 : 403,
            "Forbidden",
            null,
            dashboard
                ? "the dashboard needs the server's admin token: give it as the password (any user"
                    + " name)"
                : "the admin API needs the server's admin token: Authorization: Bearer <token>");
      }
    } else if (guarded) {
      throw new AdminError(
          403,
          "Forbidden",
          null,
          "the admin API is closed on a server that binds a non-loopback address or verifies"
              + " signatures; start it with --admin-token <token> (and send Authorization: Bearer"
              + " <token>) or, at your own risk, --admin-open");
    } else if (!open && !isLoopback(hostName(request.header("Host")))) {
      // DNS rebinding: a page of another site whose name resolves to 127.0.0.1 reaches this port
      // with its own name in Host; an open loopback server answers only names of this machine.
      throw new AdminError(
          403,
          "Forbidden",
          null,
          "the admin API answers only requests addressed to localhost, 127.0.0.1 or ::1 (Host was"
              + " not one of them); start the server with --admin-token <token> or --admin-open to"
              + " reach it by another name");
    }
  }

  /** The host part of a Host header ({@code localhost} when absent, as from in-JVM calls). */
  static String hostName(@Nullable String hostHeader) {
    if (hostHeader == null || hostHeader.isBlank()) {
      return "localhost";
    }
    String h = hostHeader.trim();
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(0, end + 1);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }

  /** The bearer token, or the password of basic auth; empty when neither is there. */
  private static String presentedToken(@Nullable String authorization) {
    if (authorization == null) {
      return "";
    }
    if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return authorization.substring(7).trim();
    }
    if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String pair =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).trim()),
                StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        return colon < 0 ? "" : pair.substring(colon + 1);
      } catch (IllegalArgumentException e) {
        return "";
      }
    }
    return "";
  }

  static void requireMethod(String method, String... allowed) {
    for (String ok : allowed) {
      if (ok.equals(method) || (ok.equals("GET") && method.equals("HEAD"))) {
        return;
      }
    }
    throw new AdminError(
        405,
        "MethodNotAllowed",
        null,
        "method " + method + " is not allowed here; allowed: " + String.join(", ", allowed));
  }

  /** The CSRF rule: a custom header and a JSON content type, which no plain form can send. */
  static void requireMutating(ServerRequest request) {
    String header = request.header(HEADER);
    if (header == null || header.isBlank()) {
      throw new AdminError(
          403,
          "Forbidden",
          HEADER,
          "a changing admin call needs the header "
              + HEADER
              + ": 1 (so that no web page can send"
              + " it)");
    }
    String type = request.header("Content-Type");
    String bare = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!bare.equals("application/json")) {
      throw new AdminError(
          415,
          "UnsupportedMediaType",
          "Content-Type",
          "a changing admin call needs Content-Type: application/json, not "
              + (type == null ? "none" : type));
    }
  }

  /** The request's JSON object; an empty body is an empty object unless {@code required}. */
  static Map<String, @Nullable Object> object(ServerRequest request, boolean required) {
    if (request.body().length == 0 && !required) {
      return Map.of();
    }
    Object tree;
    try {
      tree = AdminJson.read(request.body());
    } catch (IllegalArgumentException e) {
      throw new AdminError(400, "InvalidJson", null, String.valueOf(e.getMessage()));
    }
    if (!(tree instanceof Map<?, ?>)) {
      throw new AdminError(400, "InvalidJson", null, "the body must be a JSON object");
    }
    @SuppressWarnings("unchecked") // AdminJson reads objects as maps of string keys
    Map<String, @Nullable Object> object = (Map<String, @Nullable Object>) tree;
    return object;
  }

  SqsEngine engine() {
    SqsEngine e = engine;
    if (e == null) {
      throw new AdminError(503, "NoEngine", null, "this server runs without an engine");
    }
    return e;
  }

  private Map<String, Object> health() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", "ok");
    out.put("version", SqsServerMain.version());
    out.put("uptimeSeconds", Duration.ofNanos(System.nanoTime() - startNanos).toSeconds());
    int queues = 0;
    long messages = 0;
    SqsEngine e = engine;
    if (e != null) {
      for (ListedQueue q : ListedQueue.all(e, "http://localhost")) {
        Map<String, Object> attributes = attributes(e, q, "http://localhost");
        if (attributes != null) {
          queues++;
          messages += count(attributes, "ApproximateNumberOfMessages");
          messages += count(attributes, "ApproximateNumberOfMessagesNotVisible");
          messages += count(attributes, "ApproximateNumberOfMessagesDelayed");
        }
      }
    }
    out.put("queues", queues);
    out.put("messages", messages);
    return out;
  }

  private List<Object> queues(Caller caller) {
    SqsEngine e = engine();
    List<Object> out = new ArrayList<>();
    for (ListedQueue q : ListedQueue.all(e, caller.baseUrl())) {
      Map<String, Object> attributes = attributes(e, q, caller.baseUrl());
      if (attributes == null) {
        continue; // deleted since it was listed
      }
      String name = q.name();
      Map<String, @Nullable Object> queue = new LinkedHashMap<>();
      queue.put("account", q.account());
      queue.put("region", q.region());
      queue.put("name", name);
      queue.put("url", q.url());
      queue.put("type", name.endsWith(".fifo") ? "fifo" : "standard");
      queue.put("visible", count(attributes, "ApproximateNumberOfMessages"));
      queue.put("inFlight", count(attributes, "ApproximateNumberOfMessagesNotVisible"));
      queue.put("delayed", count(attributes, "ApproximateNumberOfMessagesDelayed"));
      queue.put("deadLetterTarget", deadLetterTarget(attributes));
      queue.put("waitingReceives", waitingReceives(e, q.engineUrl()));
      queue.put("attributes", attributes);
      out.add(queue);
    }
    return out;
  }

  /** Long polls parked on a queue (0 once it is gone). */
  private static int waitingReceives(SqsEngine e, String url) {
    try {
      return e.waitingReceives(url);
    } catch (SqsError gone) {
      return 0;
    }
  }

  /** A queue's attributes (all of them), or null when it is gone. */
  private static @Nullable Map<String, Object> attributes(
      SqsEngine e, ListedQueue q, String baseUrl) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("QueueUrl", q.url());
    input.put("AttributeNames", List.of("All"));
    try {
      Object attributes =
          e.execute(q.context(baseUrl), "GetQueueAttributes", input).get("Attributes");
      @SuppressWarnings("unchecked") // the engine's trees hold attribute maps as this type
      Map<String, Object> map = attributes == null ? Map.of() : (Map<String, Object>) attributes;
      return map;
    } catch (SqsError gone) {
      return null;
    }
  }

  private static long count(Map<String, Object> attributes, String name) {
    Object value = attributes.get(name);
    try {
      return value == null ? 0 : Long.parseLong(value.toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static @Nullable String deadLetterTarget(Map<String, Object> attributes) {
    Object policy = attributes.get("RedrivePolicy");
    if (policy == null) {
      return null;
    }
    try {
      Object tree = AdminJson.read(policy.toString().getBytes(StandardCharsets.UTF_8));
      if (tree instanceof Map<?, ?> map && map.get("deadLetterTargetArn") != null) {
        return String.valueOf(map.get("deadLetterTargetArn"));
      }
    } catch (IllegalArgumentException e) {
      // the engine stores only policies it parsed; nothing to name otherwise
    }
    return null;
  }

  private List<Object> faultList() {
    List<Object> out = new ArrayList<>();
    for (Fault fault : faults.rules()) {
      out.add(FaultJson.write(fault));
    }
    return out;
  }

  private Map<String, Object> reset(Map<String, @Nullable Object> body) {
    String account = null;
    for (Map.Entry<String, @Nullable Object> entry : body.entrySet()) {
      if (!entry.getKey().equals("account")) {
        throw new AdminError(
            400,
            "InvalidField",
            entry.getKey(),
            "unknown field " + entry.getKey() + "; reset" + " takes only account");
      }
      Object value = entry.getValue();
      if (!(value instanceof String text) || !Caller.isAccountId(text)) {
        throw new AdminError(
            400, "InvalidField", "account", "account must be a 12-digit account id: " + value);
      }
      account = text;
    }
    int deleted = engine().reset(account);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("deletedQueues", deleted);
    if (account != null) {
      out.put("account", account);
    }
    return out;
  }

  private Map<String, Object> advance(Map<String, @Nullable Object> body) {
    if (!(engine().clock() instanceof ManualClock clock)) {
      throw new AdminError(
          409,
          "VirtualTimeOff",
          null,
          "the clock moves only on a server started with --virtual-time");
    }
    long millis = -1;
    if (body.size() != 1) {
      throw new AdminError(
          400,
          "InvalidField",
          null,
          "give exactly one of seconds or millis, e.g. {\"seconds\": 30}");
    }
    Map.Entry<String, @Nullable Object> entry = body.entrySet().iterator().next();
    Object value = entry.getValue();
    String field = entry.getKey();
    if (!field.equals("seconds") && !field.equals("millis")) {
      throw new AdminError(
          400, "InvalidField", field, "unknown field " + field + "; give seconds or millis");
    }
    if (value instanceof Long whole) {
      millis = field.equals("seconds") ? multiply(whole, field) : whole;
    } else if (value instanceof Double fraction && field.equals("seconds")) {
      double m = fraction * 1000;
      millis = Double.isFinite(m) && m < Long.MAX_VALUE ? Math.round(m) : -1;
    }
    if (millis < 0) {
      throw new AdminError(
          400, "InvalidField", field, field + " must be a number of at least 0: " + value);
    }
    clock.advance(Duration.ofMillis(millis));
    return Map.of("now", Instant.ofEpochMilli(clock.millis()).toString(), "advancedMillis", millis);
  }

  private static long multiply(long seconds, String field) {
    try {
      return Math.multiplyExact(seconds, 1000L);
    } catch (ArithmeticException e) {
      throw new AdminError(400, "InvalidField", field, field + " is too large: " + seconds);
    }
  }

  private String metrics(Caller caller) {
    SqsEngine e = engine();
    StringBuilder out = new StringBuilder();
    List<String[]> rows = new ArrayList<>();
    long now = e.clock().millis();
    for (ListedQueue q : ListedQueue.all(e, caller.baseUrl())) {
      Map<String, Object> attributes = attributes(e, q, caller.baseUrl());
      if (attributes == null) {
        continue;
      }
      String url = q.engineUrl();
      String labels =
          "{account=\""
              + q.account()
              + "\",region=\""
              + q.region()
              + "\",queue=\""
              + q.name()
              + "\"}";
      for (int i = 0; i < GAUGES.length; i += 2) {
        rows.add(new String[] {GAUGES[i], labels, Long.toString(count(attributes, GAUGES[i + 1]))});
      }
      long oldest = now;
      QueueCounters counters;
      try {
        for (MessageSnapshot message : e.inspect(url)) {
          oldest = Math.min(oldest, message.sentTimestamp().toEpochMilli());
        }
        counters = e.counters(url);
      } catch (SqsError gone) {
        continue; // deleted since it was listed
      }
      rows.add(
          new String[] {
            "ApproximateAgeOfOldestMessage", labels, Long.toString((now - oldest) / 1000)
          });
      rows.add(
          new String[] {"NumberOfMessagesSent", labels, Long.toString(counters.messagesSent())});
      rows.add(
          new String[] {
            "NumberOfMessagesReceived", labels, Long.toString(counters.messagesReceived())
          });
      rows.add(
          new String[] {
            "NumberOfMessagesDeleted", labels, Long.toString(counters.messagesDeleted())
          });
      rows.add(
          new String[] {"NumberOfEmptyReceives", labels, Long.toString(counters.emptyReceives())});
    }
    String last = "";
    rows.sort((a, b) -> a[0].compareTo(b[0]));
    for (String[] row : rows) {
      // Counters (since the queue was created) end in _total, as Prometheus names counters.
      boolean counter = row[0].startsWith("NumberOf");
      String name = "sqs_" + snake(row[0]) + (counter ? "_total" : "");
      if (!row[0].equals(last)) {
        out.append("# HELP ").append(name).append(" SQS CloudWatch metric ").append(row[0]);
        out.append(
            row[0].startsWith("ApproximateAge")
                ? " (seconds)\n"
                : counter ? " (since the queue was created)\n" : "\n");
        out.append("# TYPE ").append(name).append(counter ? " counter\n" : " gauge\n");
        last = row[0];
      }
      out.append(name).append(row[1]).append(' ').append(row[2]).append('\n');
    }
    return out.toString();
  }

  /**
   * {@code ApproximateNumberOfMessagesVisible} as {@code approximate_number_of_messages_visible}.
   */
  static String snake(String camel) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        out.append('_');
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  private static ServerResponse json(int status, Object tree) {
    if (tree instanceof Dashboard.File file) {
      return file.response();
    }
    if (tree instanceof Metrics metrics) {
      return new ServerResponse(
          status,
          Map.of("Content-Type", "text/plain; version=0.0.4; charset=utf-8"),
          metrics.text.getBytes(StandardCharsets.UTF_8));
    }
    return new ServerResponse(
        status, Map.of("Content-Type", "application/json"), AdminJson.write(tree));
  }

  /** The metrics text: answered as Prometheus text rather than JSON. */
  private record Metrics(String text) {}

  /** A 4xx answer: its status, code, the field at fault (or null) and the message. */
  static final class AdminError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;
    final @Nullable String field;

    AdminError(int status, String code, @Nullable String field, String message) {
      super(message, null, false, false);
      this.status = status;
      this.code = code;
      this.field = field;
    }
  }
}

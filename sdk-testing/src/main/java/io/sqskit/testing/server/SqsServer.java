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

import com.sun.net.httpserver.HttpServer;
import io.sqskit.testing.engine.PeekedMessage;
import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsEngine;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The fake's HTTP front: serves SQS over Query (XML) and AWS JSON 1.0 from one {@link SqsEngine}.
 *
 * <pre>{@code
 * try (SqsServer server = SqsServer.builder().engine(engine).build().start()) {
 *   URI endpoint = server.endpoint(); // http://127.0.0.1:<port>
 * }
 * }</pre>
 *
 * <p>Thread-safe; {@link #close()} is idempotent.
 */
public final class SqsServer implements AutoCloseable {

  static {
    // The JDK server leaves Nagle's algorithm on by default; with keep-alive clients that can stall
    // small answers for a delayed-ACK period. Read once, when the JDK's server configuration loads.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    // Without a limit, a client that sends fewer body bytes than its Content-Length and keeps the
    // connection open holds a server thread forever. Reading one request may take at most a minute
    // (seconds; the JDK closes the connection after that). Responses are not limited: long polls.
    if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
      System.setProperty("sun.net.httpserver.maxReqTime", "60");
    }
  }

  /**
   * Requests above this many body bytes are refused (SQS messages and batches are at most 1 MiB).
   */
  static final int DEFAULT_MAX_REQUEST_BYTES = 8 * 1024 * 1024;

  /** Time between two writes of a state file unless told otherwise ({@code --state-interval}). */
  static final Duration DEFAULT_STATE_INTERVAL = Duration.ofSeconds(5);

  private final Dispatcher dispatcher;
  private final @Nullable SqsEngine engine;
  private final String host;
  private final int requestedPort;
  private final int maxRequestBytes;
  private final boolean warmUp;

  /** Secret key of an access key id (null when unknown); null when signatures go unchecked. */
  private final @Nullable Function<String, @Nullable String> secretOf;

  private final Clock signatureClock;
  private final FaultInjector faults = new FaultInjector();
  private final Front front;
  private final DirectCalls directCalls;
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile @Nullable HttpServer server;
  private volatile @Nullable ExecutorService executor;
  private volatile @Nullable URI endpoint;
  private final @Nullable StateFile stateFile;
  private final long messagesRead;

  private SqsServer(Builder builder) {
    // Non-null: build() sets an engine's dispatcher when none was given.
    this.dispatcher = Objects.requireNonNull(builder.dispatcher);
    this.engine = builder.engine;
    this.host = builder.host;
    this.requestedPort = builder.port;
    this.maxRequestBytes = builder.maxRequestBytes;
    this.warmUp = builder.warmUp;
    this.secretOf = builder.secretOf();
    this.signatureClock = builder.signatureClock;
    SigV4Verifier verifier = secretOf == null ? null : new SigV4Verifier(secretOf, signatureClock);
    Handler actions =
        new SqsActions(new FaultingDispatcher(dispatcher, faults), verifier, maxRequestBytes);
    String hostPart = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    this.front =
        new Front(actions, "http://" + hostPart)
            .route(PeekDoor.PATH, new PeekDoor(dispatcher, maxRequestBytes))
            .route(
                AdminApi.PATH,
                new AdminApi(
                    engine, faults, host, secretOf != null, builder.adminToken, builder.adminOpen));
    if (builder.requestLog != null) {
      front.log(new RequestLog(builder.requestLog));
    }
    this.directCalls = new DirectCalls(front);
    Path state = builder.stateFile;
    if (state != null) {
      if (engine == null) {
        throw new IllegalStateException("a state file needs an engine");
      }
      StateFile file = new StateFile(state, builder.stateInterval, engine, System.err);
      this.messagesRead = file.load();
      this.stateFile = file;
    } else {
      this.stateFile = null;
      this.messagesRead = -1;
    }
  }

  /**
   * {@return how many messages were read from the state file when this server was built, or -1 when
   * it has no state file or the file did not exist yet}
   *
   * @since 0.1
   */
  public long messagesRead() {
    return messagesRead;
  }

  /** {@return a builder for a server on a free loopback port with a fresh engine} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Binds the port and starts answering.
   *
   * @return this server
   * @throws UncheckedIOException when the address cannot be bound
   * @throws IllegalStateException when started twice or after {@link #close()}
   */
  public SqsServer start() {
    if (closed.get() || !started.compareAndSet(false, true)) {
      throw new IllegalStateException("SqsServer can be started once, before close()");
    }
    if (warmUp) {
      Thread preload = new Thread(WarmUp::preload, "sqskit-preload");
      preload.setDaemon(true);
      preload.start();
    }
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(host, requestedPort), 128);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot bind " + host + ":" + requestedPort, e);
    }
    int port = http.getAddress().getPort();
    String hostPart = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    URI uri = URI.create("http://" + hostPart + ":" + port);
    // Unbounded on purpose: a long poll holds its thread for up to 20 s, and must never keep other
    // requests waiting. Idle threads die after a minute.
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), threads(port));
    http.setExecutor(pool);
    front.defaultBaseUrl(uri.toString());
    http.createContext("/", new SqsHttpHandler(front, maxRequestBytes));
    http.start();
    this.executor = pool;
    this.endpoint = uri;
    this.server = http;
    if (warmUp) {
      Thread thread = new Thread(new WarmUp(http.getAddress()), "sqskit-warm-up-" + port);
      thread.setDaemon(true);
      thread.start();
    }
    StateFile state = stateFile;
    if (state != null) {
      state.start();
    }
    return this;
  }

  /**
   * The engine behind this server (the builder's, or the one it created).
   *
   * @return the engine; null only for a server built on a stand-in dispatcher (tests of the HTTP
   *     front itself)
   */
  public @Nullable SqsEngine engine() {
    return engine;
  }

  /**
   * The fault rules of this server's HTTP front; none by default.
   *
   * <pre>{@code
   * server.faults().add(Fault.throttle().action("SendMessage").times(2));
   * }</pre>
   *
   * @return the server's fault injector
   */
  public FaultInjector faults() {
    return faults;
  }

  /**
   * This server's front without a socket: the same handling as over HTTP, on the caller's thread.
   * Works whether or not the server was started; closing the server ends it too.
   *
   * @return the direct calls into this server's front
   */
  public DirectCalls directCalls() {
    return directCalls;
  }

  /** {@return whether requests must carry a valid SigV4 signature of a configured key} */
  public boolean verifiesSignatures() {
    return secretOf != null;
  }

  /** {@return {@code http://<host>:<port>}; the port is the bound one when 0 was asked} */
  public URI endpoint() {
    return requireStarted();
  }

  /** {@return the bound port} */
  public int port() {
    return requireStarted().getPort();
  }

  /**
   * Stops gracefully: answers every long poll in progress (with no messages, as when its wait ends)
   * and waits up to {@code grace} for requests in progress to be answered, then closes as {@link
   * #close()} does, which writes the state file last. What {@code SqsServerMain} does on SIGTERM.
   *
   * @param grace the longest wait for requests in progress
   */
  public void stop(Duration grace) {
    Objects.requireNonNull(grace, "grace");
    if (closed.get()) {
      return;
    }
    SqsEngine e = engine;
    if (e != null) {
      e.drain();
    }
    HttpServer http = server;
    if (http != null) {
      // Closes the listener, then waits for the exchanges in progress (now not long polls).
      http.stop((int) Math.max(1, Math.min(Integer.MAX_VALUE, grace.toSeconds())));
    }
    close();
  }

  /**
   * Stops answering and ends waiting long polls, then writes the state file (when there is one);
   * idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    directCalls.close();
    HttpServer http = server;
    if (http != null) {
      http.stop(0);
    }
    ExecutorService pool = executor;
    if (pool != null) {
      pool.shutdownNow();
    }
    StateFile state = stateFile;
    if (state != null) {
      state.finish();
    }
  }

  /** The endpoint, once started. */
  private URI requireStarted() {
    URI uri = endpoint;
    if (uri == null) {
      throw new IllegalStateException("SqsServer is not started");
    }
    return uri;
  }

  private static ThreadFactory threads(int port) {
    return new DaemonThreads("sqskit-http-" + port + "-");
  }

  /**
   * Named daemon threads. A class rather than a lambda: the first lambda of a JVM costs tens of
   * milliseconds of method-handle set-up, which the start-up budget cannot spare.
   */
  static final class DaemonThreads implements ThreadFactory {
    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    DaemonThreads(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable runnable) {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }

  /** The engine as a {@link Dispatcher}; a class for the same start-up reason as above. */
  private static final class EngineDispatcher implements Dispatcher {
    private final SqsEngine engine;

    EngineDispatcher(SqsEngine engine) {
      this.engine = engine;
    }

    @Override
    public Map<String, Object> execute(
        RequestContext context, String action, Map<String, Object> input) {
      return engine.execute(context, action, input);
    }

    @Override
    public List<PeekedMessage> peek(String queueUrl) {
      return engine.peek(queueUrl);
    }

    @Override
    public boolean duplicate(String queueUrl, String receiptHandle) {
      return engine.duplicateDelivery(queueUrl, receiptHandle);
    }
  }

  /** Options of an {@link SqsServer}; not thread-safe. */
  public static final class Builder {
    private @Nullable Dispatcher dispatcher;
    private @Nullable SqsEngine engine;
    private String host = "127.0.0.1";
    private int port;
    private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
    private boolean warmUp = true;
    private final Map<String, String> credentials = new LinkedHashMap<>();
    private @Nullable Function<String, @Nullable String> secretKeys;
    private Clock signatureClock = Clock.systemUTC();
    private @Nullable String adminToken;
    private boolean adminOpen;
    private @Nullable PrintStream requestLog;
    private @Nullable Path stateFile;
    private Duration stateInterval = DEFAULT_STATE_INTERVAL;

    private Builder() {}

    /**
     * Keeps the engine's queues and messages in {@code file} across restarts ({@code --state}):
     * {@link #build()} reads the file when it exists, the server writes it every {@code interval}
     * once started and a last time when it stops or closes (after long polls were answered). Each
     * write replaces the file atomically (a temporary file in the same directory, forced to disk,
     * then renamed), so a kill loses at most one interval and a crash never leaves a file that
     * cannot be read. A file that cannot be read (truncated, damaged, from a newer sqskit) makes
     * {@link #build()} fail and is left as it is.
     *
     * @param file the state file; its directory must exist
     * @param interval time between two writes; {@link Duration#ZERO} writes only at the stop
     * @return this builder
     * @since 0.1
     */
    public Builder stateFile(Path file, Duration interval) {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(interval, "interval");
      if (interval.isNegative()) {
        throw new IllegalArgumentException("interval must not be negative: " + interval);
      }
      this.stateFile = file;
      this.stateInterval = interval;
      return this;
    }

    /**
     * Writes one line per request to {@code out}: time, account, action, queue, HTTP status and
     * milliseconds ({@code --log-requests}); off by default.
     *
     * @param out where the lines go
     * @return this builder
     */
    public Builder logRequests(PrintStream out) {
      this.requestLog = Objects.requireNonNull(out, "out");
      return this;
    }

    /**
     * The bearer token the admin API under {@code /_sqskit/} asks for ({@code Authorization: Bearer
     * <token>}); once set, every admin call needs it. Without a token the admin API answers only a
     * server bound to a loopback address (127.0.0.1, ::1, localhost) that does not verify
     * signatures, unless {@link #adminOpen} says otherwise.
     *
     * @param token the token, not blank
     * @return this builder
     */
    public Builder adminToken(String token) {
      Objects.requireNonNull(token, "adminToken");
      if (token.isBlank()) {
        throw new IllegalArgumentException("adminToken must not be blank");
      }
      this.adminToken = token;
      return this;
    }

    /**
     * Whether the admin API answers without a token even on a non-loopback address or a server that
     * verifies signatures; default false. A risk: anyone who reaches the port can then delete every
     * queue and inject faults.
     *
     * @param open whether to open the admin API
     * @return this builder
     */
    public Builder adminOpen(boolean open) {
      this.adminOpen = open;
      return this;
    }

    /**
     * Turns on strict signatures (off by default) and accepts this key: every request must then
     * carry a valid SigV4 signature made with a configured secret, in its {@code Authorization}
     * header or, presigned, in its query string, or gets the error SQS gives ({@code
     * MissingAuthenticationToken}, {@code IncompleteSignature}, {@code InvalidClientTokenId},
     * {@code SignatureDoesNotMatch}). Call again to accept more keys.
     *
     * @param accessKeyId the access key id a client signs with
     * @param secretKey its secret key
     * @return this builder
     */
    public Builder credentials(String accessKeyId, String secretKey) {
      Objects.requireNonNull(accessKeyId, "accessKeyId");
      Objects.requireNonNull(secretKey, "secretKey");
      if (accessKeyId.isEmpty() || secretKey.isEmpty()) {
        throw new IllegalArgumentException("accessKeyId and secretKey must not be empty");
      }
      credentials.put(accessKeyId, secretKey);
      return this;
    }

    /**
     * Turns on strict signatures, as {@link #credentials} does, for keys that are not known in
     * advance: {@code secretKeyOf} gives the secret key of an access key id, or null for a key the
     * server does not know ({@code InvalidClientTokenId}). Keys given to {@link #credentials} are
     * looked up first. It is called on the server's request threads, so it must be thread-safe.
     *
     * <pre>{@code
     * // every 12-digit key id (the fake's account of that id) signs with the same secret
     * builder.secretKeys(keyId -> keyId.matches("\\d{12}") ? "test-secret" : null);
     * }</pre>
     *
     * @param secretKeyOf the secret key of an access key id, or null for an unknown one
     * @return this builder
     */
    public Builder secretKeys(Function<String, @Nullable String> secretKeyOf) {
      this.secretKeys = Objects.requireNonNull(secretKeyOf, "secretKeyOf");
      return this;
    }

    /** How the server finds secret keys, or null when it does not check signatures. */
    private @Nullable Function<String, @Nullable String> secretOf() {
      Map<String, String> known = Map.copyOf(credentials);
      Function<String, @Nullable String> more = secretKeys;
      if (more == null) {
        return known.isEmpty() ? null : known::get;
      }
      return keyId -> {
        String secret = known.get(keyId);
        return secret != null ? secret : more.apply(keyId);
      };
    }

    /**
     * The clock signatures are checked against (a request dated more than 15 minutes away is
     * refused); default the system clock. Only used with {@link #credentials} or {@link
     * #secretKeys}.
     *
     * @param clock the clock of the signature checks
     * @return this builder
     */
    public Builder signatureClock(Clock clock) {
      this.signatureClock = Objects.requireNonNull(clock, "signatureClock");
      return this;
    }

    /**
     * The engine that answers; default a fresh {@link SqsEngine#create()}.
     *
     * @param engine the engine
     * @return this builder
     */
    public Builder engine(SqsEngine engine) {
      this.engine = Objects.requireNonNull(engine, "engine");
      this.dispatcher = new EngineDispatcher(engine);
      return this;
    }

    /** Runs actions through a stand-in instead of an engine (tests of the front itself). */
    Builder dispatcher(Dispatcher dispatcher) {
      this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
      this.engine = null;
      return this;
    }

    /**
     * The address to bind; default {@code 127.0.0.1}.
     *
     * @param host a host name or IP address
     * @return this builder
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * The port to bind, 0 (the default) for a free one.
     *
     * @param port 0..65535
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Largest accepted request body in bytes; default 8 MiB.
     *
     * @param maxRequestBytes at least 1024
     * @return this builder
     */
    public Builder maxRequestBytes(int maxRequestBytes) {
      if (maxRequestBytes < 1024) {
        throw new IllegalArgumentException(
            "maxRequestBytes must be at least 1024: " + maxRequestBytes);
      }
      this.maxRequestBytes = maxRequestBytes;
      return this;
    }

    /**
     * Whether {@link SqsServer#start()} sends itself two read-only ListQueues requests in the
     * background, so the first real request does not pay the JVM's first-use costs; default true.
     *
     * @param warmUp whether to warm up
     * @return this builder
     */
    public Builder warmUp(boolean warmUp) {
      this.warmUp = warmUp;
      return this;
    }

    /**
     * {@return a server, not yet started}
     *
     * @throws IllegalStateException when a {@link #stateFile} cannot be read; the message names the
     *     file and the reason
     */
    public SqsServer build() {
      if (dispatcher == null) {
        engine(SqsEngine.create());
      }
      return new SqsServer(this);
    }
  }
}

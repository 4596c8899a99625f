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
package io.sqskit.junit.internal;

import io.sqskit.junit.SqsEndpoint;
import io.sqskit.junit.Transport;
import io.sqskit.testing.engine.ManualClock;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.server.DirectCalls;
import io.sqskit.testing.server.FaultInjector;
import io.sqskit.testing.server.SqsServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.jspecify.annotations.Nullable;

/**
 * The in-JVM fake: an engine and its front, on real or manual time; clients reach it over HTTP on
 * 127.0.0.1, or with {@link Transport#IN_JVM} through its direct calls (the port is then opened
 * only when a test asks for an endpoint).
 */
public final class FakeBackend implements Backend {

  /** The region of the fake; any region would do, this is the one SDK examples use. */
  static final String REGION = "us-east-1";

  private final SqsEngine engine;
  private final @Nullable ManualClock clock; // null on real time
  private final SqsServer server;
  private final @Nullable DirectCalls direct; // null over HTTP
  private final URI url; // what injected clients use as their endpoint
  private final @Nullable ScheduledExecutorService watchdogs; // null on real time
  private boolean portOpened; // an in-JVM fake's, once a test asked for its endpoint
  private @Nullable SqskitClients sqskit;
  private @Nullable AwsSdkClients awsSdk;

  /**
   * The endpoint of in-JVM clients: never connected to, it only names the host of the queue URLs
   * they get (a reserved name, RFC 6761, so that a stray connection fails at once).
   */
  static final URI IN_JVM_URL = URI.create("http://sqskit.invalid");

  private FakeBackend(
      SqsEngine engine, @Nullable ManualClock clock, SqsServer server, Transport transport) {
    this.engine = engine;
    this.clock = clock;
    this.server = server;
    this.direct = transport == Transport.IN_JVM ? server.directCalls() : null;
    this.url = direct != null ? IN_JVM_URL : server.endpoint();
    this.watchdogs =
        clock == null ? null : Executors.newSingleThreadScheduledExecutor(FakeBackend::daemon);
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "sqskit-junit-watchdog");
    thread.setDaemon(true);
    return thread;
  }

  /** Starts a fake on real time that does not check signatures, with SQS's in-flight quota. */
  public static FakeBackend start() {
    return start(false, SqsEngine.DEFAULT_IN_FLIGHT_LIMIT);
  }

  /**
   * Starts a fake on real time; with {@code strictSignatures}, it checks SigV4 signatures, and a
   * queue holds at most {@code inFlightLimit} messages in flight.
   */
  public static FakeBackend start(boolean strictSignatures, int inFlightLimit) {
    return start(strictSignatures, inFlightLimit, Transport.HTTP);
  }

  /** Starts a fake on real time, reached by clients through {@code transport}. */
  public static FakeBackend start(
      boolean strictSignatures, int inFlightLimit, Transport transport) {
    return start(Clock.systemUTC(), null, strictSignatures, inFlightLimit, transport);
  }

  /** Starts a fake whose clock moves only when a test advances it; otherwise as {@link #start}. */
  public static FakeBackend startVirtual(
      Instant startTime, boolean strictSignatures, int inFlightLimit, Transport transport) {
    return startVirtual(startTime, strictSignatures, inFlightLimit, transport, false);
  }

  /**
   * Starts a virtual-time fake; with {@code autoAdvance} its clock jumps to the next deadline when
   * every call waits on it, otherwise a long poll on a clock nobody moves fails after {@link
   * #STALLED_POLL_GRACE} with a message naming virtual time.
   */
  public static FakeBackend startVirtual(
      Instant startTime,
      boolean strictSignatures,
      int inFlightLimit,
      Transport transport,
      boolean autoAdvance) {
    ManualClock clock = ManualClock.create(startTime);
    FakeBackend fake = start(clock, clock, strictSignatures, inFlightLimit, transport);
    if (autoAdvance) {
      fake.engine.autoAdvance(AUTO_ADVANCE_QUIET);
    } else {
      fake.engine.failStalledPolls(STALLED_POLL_GRACE);
    }
    return fake;
  }

  /** Real time without activity before an auto-advancing clock jumps. */
  static final Duration AUTO_ADVANCE_QUIET = Duration.ofMillis(30);

  /** Real time a long poll may wait on a virtual clock that nobody advances. */
  public static final Duration STALLED_POLL_GRACE = Duration.ofSeconds(3);

  /**
   * The sqskit client's classes (when sdk-core is on the class path), loaded by {@link #preload()}
   * on a second thread while the calling thread starts the server: a first test class then pays for
   * the two side by side (measured with OverheadFigures: benchmarks/README.md, "What moved the
   * figures").
   */
  private static final String[] FIRST_TEST_CLASSES = {
    "io.sqskit.client.SqsClient",
    "io.sqskit.internal.DefaultSqsClient",
    "io.sqskit.internal.RequestPipeline",
    "io.sqskit.internal.transport.ApacheHttpTransport",
    "org.apache.hc.client5.http.impl.classic.MinimalHttpClient",
    "org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder",
    "org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager",
    "io.sqskit.internal.signing.SigV4Signer",
  };

  private static void preload() {
    ClassLoader loader = FakeBackend.class.getClassLoader();
    for (String name : FIRST_TEST_CLASSES) {
      try {
        Class.forName(name, true, loader);
      } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
        // absent optional parts fail again, with their real error, where a test uses them
      }
    }
  }

  private static FakeBackend start(
      Clock time,
      @Nullable ManualClock manual,
      boolean strictSignatures,
      int inFlightLimit,
      Transport transport) {
    Thread preload = new Thread(FakeBackend::preload, "sqskit-junit-preload");
    preload.setDaemon(true);
    preload.start();
    SqsEngine engine =
        SqsEngine.builder()
            .clock(time)
            .region(REGION)
            .inFlightLimit(inFlightLimit)
            .recordHistory(true) // for TestQueue's lifecycle assertions
            .build();
    // No warm-up requests: they help a standalone server, whose clients arrive later, but here the
    // first test's setup runs at once and the warm-up thread competed with it for the CPU
    // (measured with OverheadFigures: benchmarks/README.md, "What moved the figures").
    SqsServer.Builder builder =
        SqsServer.builder().engine(engine).host("127.0.0.1").port(0).warmUp(false);
    if (strictSignatures) {
      // Signatures are dated by the clients' real clocks, so they are checked against real time
      // even when the engine runs on a manual clock (the builder's default signature clock).
      builder.secretKeys(Accounts::secretKeyOf);
    }
    SqsServer server = builder.build();
    if (transport == Transport.HTTP) {
      server.start();
    }
    return new FakeBackend(engine, manual, server, transport);
  }

  @Override
  public boolean isFake() {
    return true;
  }

  @Override
  public String description() {
    return (clock == null ? "the fake" : "the virtual-time fake")
        + (direct == null ? " at " + url : " in the JVM (no socket)");
  }

  @Override
  public TestState newTest() {
    String accountId = Accounts.next();
    EngineQueueOps ops = new EngineQueueOps(engine, accountId, REGION, url.toString(), watchdogs);
    return new TestState(this, accountId, "", ops, new EngineInspection(engine), false);
  }

  @Override
  public Optional<SqsEngine> engine() {
    return Optional.of(engine);
  }

  @Override
  public Optional<ManualClock> clock() {
    return Optional.ofNullable(clock);
  }

  @Override
  public Optional<FaultInjector> faults() {
    return Optional.of(server.faults());
  }

  @Override
  public synchronized SqskitClients sqskit() {
    if (sqskit == null) {
      sqskit = SqskitClients.forFake(url, REGION, clock != null, direct);
    }
    return sqskit;
  }

  @Override
  public synchronized AwsSdkClients awsSdk() {
    if (awsSdk == null) {
      awsSdk = AwsSdkClients.forFake(url, REGION, direct);
    }
    return awsSdk;
  }

  @Override
  public SqsEndpoint endpoint(@Nullable String accountId) {
    // newTest() gives every test on the fake an account.
    return new SqsEndpoint(
        httpUrl(), REGION, Objects.requireNonNull(accountId), Accounts.SECRET_KEY);
  }

  /** The fake's HTTP endpoint; an in-JVM fake opens its port on the first call. */
  private synchronized URI httpUrl() {
    if (direct == null) {
      return url;
    }
    if (!portOpened) {
      server.start();
      portOpened = true;
    }
    return server.endpoint();
  }

  @Override
  public synchronized void close() {
    List<AutoCloseable> open = new ArrayList<>();
    if (sqskit != null) {
      open.add(sqskit);
    }
    if (awsSdk != null) {
      open.add(awsSdk);
    }
    open.add(server);
    if (watchdogs != null) {
      open.add(watchdogs::shutdownNow);
    }
    Closer.closeAll(open);
  }

  @Override
  public String toString() {
    return description();
  }
}

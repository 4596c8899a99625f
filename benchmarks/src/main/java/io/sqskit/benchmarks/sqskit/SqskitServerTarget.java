package io.sqskit.benchmarks.sqskit;

import io.sqskit.benchmarks.server.ServerTarget;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.server.SqsServer;
import java.net.URI;

/** sqskit's SqsServer with a default SqsEngine, in this JVM on a free loopback port. */
public final class SqskitServerTarget implements ServerTarget {
  private final SqsServer server;

  /** Starts the server. */
  public SqskitServerTarget() {
    this.server =
        SqsServer.builder().engine(SqsEngine.create()).host("127.0.0.1").port(0).build().start();
  }

  @Override
  public String name() {
    return "sqskit";
  }

  @Override
  public URI endpoint() {
    return server.endpoint();
  }

  @Override
  public void close() {
    server.close();
  }
}

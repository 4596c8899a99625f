package io.sqskit.benchmarks.sqskit;

import io.sqskit.benchmarks.startup.FirstRequest;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.server.SqsServer;

/**
 * Child JVM: starts sqskit's SqsServer on a free port and reports when its first request is
 * answered.
 */
public final class SqskitStartup {
  private SqskitStartup() {}

  /** Entry point of the child. */
  public static void main(String[] args) throws Exception {
    FirstRequest.measureStartup(
        () ->
            SqsServer.builder()
                .engine(SqsEngine.create())
                .host("127.0.0.1")
                .port(0)
                .build()
                .start()
                .port());
  }
}

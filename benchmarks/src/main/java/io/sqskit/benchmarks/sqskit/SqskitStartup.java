package io.sqskit.benchmarks.sqskit;

import io.sqskit.benchmarks.startup.FirstRequest;
import io.sqskit.benchmarks.support.ChildReport;
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
    long begin = System.currentTimeMillis();
    SqsServer server =
        SqsServer.builder().engine(SqsEngine.create()).host("127.0.0.1").port(0).build().start();
    long ready = System.currentTimeMillis();
    FirstRequest.createQueue(server.port());
    long answered = System.currentTimeMillis();
    // a second server in the same, now warm, JVM: what each further test class or suite pays
    long secondBegin = System.nanoTime();
    SqsServer second =
        SqsServer.builder().engine(SqsEngine.create()).host("127.0.0.1").port(0).build().start();
    FirstRequest.createQueue(second.port());
    long secondMicros = (System.nanoTime() - secondBegin) / 1_000;
    ChildReport.print(
        answered,
        ChildReport.since("ready", ready),
        "fromStart=" + (answered - begin),
        "again=" + secondMicros / 1000.0);
    Runtime.getRuntime().halt(0);
  }
}

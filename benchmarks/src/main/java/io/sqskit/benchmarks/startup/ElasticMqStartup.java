package io.sqskit.benchmarks.startup;

import io.sqskit.benchmarks.support.ChildReport;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/** Child JVM: starts ElasticMQ on a free port and reports when its first request is answered. */
public final class ElasticMqStartup {
  private ElasticMqStartup() {}

  /** Entry point of the child. */
  public static void main(String[] args) throws Exception {
    long begin = System.currentTimeMillis();
    SQSRestServer server =
        SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
    int port = server.waitUntilStarted().localAddress().getPort();
    long ready = System.currentTimeMillis();
    FirstRequest.createQueue(port);
    long answered = System.currentTimeMillis();
    // a second server in the same, now warm, JVM
    long secondBegin = System.nanoTime();
    SQSRestServer second =
        SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
    FirstRequest.createQueue(second.waitUntilStarted().localAddress().getPort());
    long secondMicros = (System.nanoTime() - secondBegin) / 1_000;
    ChildReport.print(
        answered,
        ChildReport.since("ready", ready),
        "fromStart=" + (answered - begin),
        "again=" + secondMicros / 1000.0);
    Runtime.getRuntime().halt(0);
  }
}

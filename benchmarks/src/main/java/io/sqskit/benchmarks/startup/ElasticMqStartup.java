package io.sqskit.benchmarks.startup;

import io.sqskit.benchmarks.support.ChildReport;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/** Child JVM: starts ElasticMQ on a free port and reports when its first request is answered. */
public final class ElasticMqStartup {
  private ElasticMqStartup() {}

  /** Entry point of the child. */
  public static void main(String[] args) throws Exception {
    SQSRestServer server =
        SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
    int port = server.waitUntilStarted().localAddress().getPort();
    long ready = System.currentTimeMillis();
    FirstRequest.createQueue(port);
    long answered = System.currentTimeMillis();
    ChildReport.print(answered, ChildReport.since("ready", ready));
    Runtime.getRuntime().halt(0);
  }
}

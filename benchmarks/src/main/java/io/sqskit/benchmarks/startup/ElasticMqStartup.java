package io.sqskit.benchmarks.startup;

import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/** Child JVM: starts ElasticMQ on a free port and reports when its first request is answered. */
public final class ElasticMqStartup {
  private ElasticMqStartup() {}

  /** Entry point of the child. */
  public static void main(String[] args) throws Exception {
    FirstRequest.measureStartup(
        () ->
            SQSRestServerBuilder.withInterface("127.0.0.1")
                .withDynamicPort()
                .start()
                .waitUntilStarted()
                .localAddress()
                .getPort());
  }
}

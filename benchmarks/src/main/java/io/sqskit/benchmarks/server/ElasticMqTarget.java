package io.sqskit.benchmarks.server;

import java.net.URI;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/** ElasticMQ's SQS REST server embedded in this JVM on a free loopback port. */
public final class ElasticMqTarget implements ServerTarget {
  /** The contender's name in reports. */
  public static final String NAME = "elasticmq";

  private final SQSRestServer server;
  private final URI endpoint;

  /** Starts ElasticMQ and waits until it is bound. */
  public ElasticMqTarget() {
    this.server = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
    this.endpoint =
        URI.create("http://127.0.0.1:" + server.waitUntilStarted().localAddress().getPort());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public URI endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    server.stopAndWait();
  }
}

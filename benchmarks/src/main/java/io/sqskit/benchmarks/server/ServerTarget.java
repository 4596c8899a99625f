package io.sqskit.benchmarks.server;

import java.net.URI;

/** A running SQS-compatible server in this JVM that the server benchmark drives over HTTP. */
public interface ServerTarget extends AutoCloseable {

  /** The contender's name in reports. */
  String name();

  /** Where the server listens, e.g. {@code http://127.0.0.1:9324}. */
  URI endpoint();

  @Override
  void close();
}

package io.sqskit.benchmarks.client;

/**
 * The two calls the client benchmark makes, implemented once per client library. Implementations
 * are thread-safe: one instance serves every benchmark thread, as one client would in an
 * application.
 */
public interface QueueCalls extends AutoCloseable {

  /** SendMessage of the benchmark body; throws unless the answer carries a message id. */
  void send();

  /** ReceiveMessage of up to ten messages with all attributes; returns how many came back. */
  int receive();

  @Override
  void close();
}

package io.sqskit.testing.server;

import io.sqskit.testing.engine.PeekedMessage;
import io.sqskit.testing.engine.RequestContext;
import java.util.List;
import java.util.Map;

/** Runs one action on a request tree: the engine's {@code execute}, or a stand-in in tests. */
@FunctionalInterface
interface Dispatcher {
  Map<String, Object> execute(RequestContext context, String action, Map<String, Object> input);

  /** The engine's {@code peek}; a stand-in holds no messages, so it shows none. */
  default List<PeekedMessage> peek(String queueUrl) {
    return List.of();
  }
}

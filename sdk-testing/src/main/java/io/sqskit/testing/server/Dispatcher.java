package io.sqskit.testing.server;

import io.sqskit.testing.engine.PeekedMessage;
import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import java.util.List;
import java.util.Map;

/** Runs one action on a request tree: the engine's {@code execute}, or a stand-in in tests. */
@FunctionalInterface
interface Dispatcher {
  Map<String, Object> execute(RequestContext context, String action, Map<String, Object> input);

  /** The engine's {@code peek}; a stand-in without queues has nothing to show. */
  default List<PeekedMessage> peek(String queueUrl) {
    throw new SqsError(
        SqsErrorCode.QUEUE_DOES_NOT_EXIST,
        "The specified queue does not exist.",
        "The specified queue does not exist for this wsdl version.");
  }
}

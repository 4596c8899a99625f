/*
 * Copyright 2026 The sqskit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.sqskit.testing.server;

import io.sqskit.testing.engine.PeekedMessage;
import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A {@link Dispatcher} with the server's fault rules applied around each action. */
final class FaultingDispatcher implements Dispatcher {

  private final Dispatcher delegate;
  private final FaultInjector faults;

  FaultingDispatcher(Dispatcher delegate, FaultInjector faults) {
    this.delegate = delegate;
    this.faults = faults;
  }

  @Override
  public Map<String, Object> execute(
      RequestContext context, String action, Map<String, Object> input) {
    if (!faults.active()) {
      return delegate.execute(context, action, input);
    }
    FaultInjector.Decision decision = faults.decide(action, queueName(input), context.accountId());
    if (decision == null) {
      return delegate.execute(context, action, input);
    }
    if (!decision.delay().isZero()) {
      try {
        Thread.sleep(decision.delay().toMillis(), decision.delay().toNanosPart() % 1_000_000);
      } catch (InterruptedException e) {
        // The server is closing (or a direct call timed out): the call gets no answer, as when
        // a server stops mid-request.
        Thread.currentThread().interrupt();
        throw new DroppedConnection();
      }
    }
    Fault fault = decision.fault();
    if (fault == null) {
      Map<String, Object> out = delegate.execute(context, action, input);
      FaultInjector.Rule duplicates = decision.duplicates();
      if (duplicates != null) {
        duplicate(input, out, duplicates);
      }
      return out;
    }
    switch (fault.kind()) {
      case THROTTLE:
        // Message: the description of RequestThrottled in the SQS service model and API
        // Reference; SQS documents no other wording for it.
        throw new SqsError(
            SqsErrorCode.REQUEST_THROTTLED, "The request was denied due to request throttling.");
      case INTERNAL_ERROR:
        throw WireHandler.internalFailure();
      case SERVICE_UNAVAILABLE:
        // Message: the description of ServiceUnavailable in the AWS Common Errors pages.
        throw new SqsError(
            SqsErrorCode.SERVICE_UNAVAILABLE,
            "The request has failed due to a temporary failure of the server.");
      case DROP_CONNECTION:
        throw new DroppedConnection();
      case ERROR:
        // Non-null: Fault.error sets both for Kind.ERROR.
        throw new SqsError(
            Objects.requireNonNull(fault.errorCode()), Objects.requireNonNull(fault.message()));
      case CORRUPT_MD5:
        return Md5Corruption.apply(delegate.execute(context, action, input));
      case PARTIAL_BATCH_FAILURE:
        return BatchFaults.partial(delegate, context, action, input, fault);
      case RECEIPT_HANDLE_INVALID:
        return BatchFaults.invalidHandle(delegate, context, action, input);
      default:
        return delegate.execute(context, action, input);
    }
  }

  /** Schedules a duplicate of each message a receive answered, as far as the rule reaches. */
  private void duplicate(
      Map<String, Object> input, Map<String, Object> out, FaultInjector.Rule rule) {
    if (!(input.get("QueueUrl") instanceof String queueUrl)
        || !(out.get("Messages") instanceof List<?> messages)) {
      return;
    }
    for (Object message : messages) {
      if (message instanceof Map<?, ?> m
          && m.get("ReceiptHandle") instanceof String handle
          && faults.duplicate(rule)) {
        delegate.duplicate(queueUrl, handle);
      }
    }
  }

  /** Peeking is a debugging door: no fault rule reaches it. */
  @Override
  public List<PeekedMessage> peek(String queueUrl) {
    return delegate.peek(queueUrl);
  }

  /** The queue a call is about: the last segment of QueueUrl, else QueueName. */
  private static @Nullable String queueName(Map<String, Object> input) {
    Object url = input.get("QueueUrl");
    if (url instanceof String text) {
      int slash = text.lastIndexOf('/');
      return slash < 0 ? text : text.substring(slash + 1);
    }
    Object name = input.get("QueueName");
    return name instanceof String text ? text : null;
  }
}

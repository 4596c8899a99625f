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

  /**
   * The engine's {@code duplicateDelivery}: the message received with {@code receiptHandle} is
   * delivered once more after it is deleted. A stand-in holds no messages, so it does nothing.
   */
  default boolean duplicate(String queueUrl, String receiptHandle) {
    return false;
  }
}

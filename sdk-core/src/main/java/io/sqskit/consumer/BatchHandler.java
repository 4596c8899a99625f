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
package io.sqskit.consumer;

import java.util.List;

/**
 * Handles the messages of one receive together; called on one of the consumer's handler threads.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface BatchHandler {
  /**
   * Handles the messages (1 to {@code receiveBatchSize}, in the order received); messages the
   * handler did not settle itself are then settled together as the consumer's {@link AckMode} says.
   *
   * @throws Exception anything; every unsettled message is then handled as a failure
   * @param messages the messages of one receive
   */
  void handle(List<MessageContext> messages) throws Exception;
}

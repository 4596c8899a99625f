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

/**
 * Handles one received message; called on one of the consumer's handler threads.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface MessageHandler {
  /**
   * Handles the message; returning normally or throwing decides its fate as the consumer's {@link
   * AckMode} says.
   *
   * @throws Exception anything; the message is then handled as a failure
   * @param context the message and its controls
   */
  void handle(MessageContext context) throws Exception;
}

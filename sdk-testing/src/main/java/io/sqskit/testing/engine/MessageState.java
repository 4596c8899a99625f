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
package io.sqskit.testing.engine;

/**
 * Where a message stands in its queue, as seen by {@link SqsEngine#inspect}.
 *
 * @since 0.1
 */
public enum MessageState {
  /** Ready to be received. */
  VISIBLE,
  /** Received and not yet deleted; hidden until its visibility timeout ends. */
  IN_FLIGHT,
  /** Sent with a delay that has not ended yet. */
  DELAYED
}

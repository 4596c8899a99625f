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
 * What the consumer did with a received message, as reported to {@link ConsumerListener#onSettle};
 * the OpenTelemetry messaging operation {@code settle}.
 *
 * @since 0.1
 */
public enum Settlement {
  /** Deleted ({@code DeleteMessage}, sent through the batcher). */
  ACKNOWLEDGED,
  /** Made visible again, at once or after a backoff ({@code ChangeMessageVisibility}). */
  RELEASED,
  /** Kept hidden longer, by the heartbeat or by {@link MessageContext#extend}. */
  EXTENDED
}

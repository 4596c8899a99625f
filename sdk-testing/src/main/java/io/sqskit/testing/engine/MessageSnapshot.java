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

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A read-only view of one queued message, taken by {@link SqsEngine#inspect} without changing
 * anything.
 *
 * @param messageId the message id
 * @param body the body
 * @param state visible, in flight or delayed, at the engine clock's current time
 * @param receiveCount how many times the message was received (ApproximateReceiveCount)
 * @param sentTimestamp when it was sent
 * @param availableAt when it becomes visible (delayed or in flight), or null when visible
 * @param messageGroupId the message group (FIFO queues, fair queues), or null
 * @since 0.1
 */
public record MessageSnapshot(
    String messageId,
    String body,
    MessageState state,
    int receiveCount,
    Instant sentTimestamp,
    @Nullable Instant availableAt,
    @Nullable String messageGroupId) {}

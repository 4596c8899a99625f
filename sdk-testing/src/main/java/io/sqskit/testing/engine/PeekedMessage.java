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

import java.util.Map;

/**
 * One queued message as ReceiveMessage would answer it, taken by {@link SqsEngine#peek} without
 * receiving it.
 *
 * @param state visible, in flight or delayed, at the engine clock's current time
 * @param message the message's tree in the ReceiveMessage answer's shape ({@code MessageId}, {@code
 *     MD5OfBody}, {@code Body}, {@code Attributes} with every system attribute, and {@code
 *     MD5OfMessageAttributes} and {@code MessageAttributes} when it has message attributes), with
 *     no {@code ReceiptHandle}: nothing was received
 * @since 0.1
 */
public record PeekedMessage(MessageState state, Map<String, Object> message) {}

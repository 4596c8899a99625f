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
 * A message returned by the typed {@link SqsEngine#receiveMessages} fast path.
 *
 * @param messageId the message id
 * @param receiptHandle the handle of this receive, for delete and visibility changes
 * @param body the body
 * @param md5OfBody lowercase hex MD5 of the body's UTF-8 bytes
 * @param receiveCount how many times the message has been received, this time included
 * @since 0.1
 */
public record ReceivedMessage(
    String messageId, String receiptHandle, String body, String md5OfBody, int receiveCount) {}

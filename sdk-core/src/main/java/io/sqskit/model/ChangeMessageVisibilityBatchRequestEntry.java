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
package io.sqskit.model;

import org.jspecify.annotations.Nullable;

/**
 * One message of a {@code ChangeMessageVisibilityBatch}.
 *
 * @param id the entry id, unique in the batch: 1 to 80 of {@code A-Z a-z 0-9 - _}
 * @param receiptHandle the receipt handle from the receive of the message
 * @param visibilityTimeout the new visibility timeout in seconds, 0 to 43,200, or null to send none
 *     (the model does not require the member)
 * @since 0.1
 */
public record ChangeMessageVisibilityBatchRequestEntry(
    String id, String receiptHandle, @Nullable Integer visibilityTimeout) {}

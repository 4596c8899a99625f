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
 * How many messages a queue took in, handed out and saw deleted since it was created, counted as
 * SQS's CloudWatch metrics of the same names count them.
 *
 * <p>{@code messagesSent} ({@code NumberOfMessagesSent}) counts messages added by SendMessage and
 * SendMessageBatch; a FIFO duplicate, accepted but not added, is not counted, and neither are
 * messages a redrive policy moves to a dead-letter queue or a move task moves (SQS Developer Guide:
 * a message moved to a dead-letter queue after failed processing is not captured by this metric).
 * {@code messagesReceived} ({@code NumberOfMessagesReceived}) counts messages returned by
 * ReceiveMessage. {@code messagesDeleted} ({@code NumberOfMessagesDeleted}) counts every successful
 * delete with a valid receipt handle, including a second delete of the same message, as SQS does; a
 * purge is not a delete. {@code emptyReceives} ({@code NumberOfEmptyReceives}) counts
 * ReceiveMessage calls that returned no message: one per call, however long it waited.
 *
 * @param messagesSent messages added to the queue
 * @param messagesReceived messages returned by ReceiveMessage calls
 * @param messagesDeleted successful deletes with a valid receipt handle
 * @param emptyReceives ReceiveMessage calls that returned no message
 * @since 0.1
 */
public record QueueCounters(
    long messagesSent, long messagesReceived, long messagesDeleted, long emptyReceives) {}

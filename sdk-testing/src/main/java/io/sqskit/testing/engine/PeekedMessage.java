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
 * @since 0.1.0
 */
public record PeekedMessage(MessageState state, Map<String, Object> message) {}

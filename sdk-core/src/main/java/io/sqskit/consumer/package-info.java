/**
 * The managed consumer: {@link io.sqskit.consumer.SqsConsumer}, the receive loop above any {@link
 * io.sqskit.client.SqsClient}, with its handlers, message context and listener.
 *
 * @since 0.1
 */
@NullMarked
package io.sqskit.consumer;

import org.jspecify.annotations.NullMarked;

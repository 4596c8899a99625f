/**
 * A small order pipeline on sqskit: {@link io.sqskit.samples.OrderProducer} puts orders on a FIFO
 * queue (one message group per customer, so each customer's orders stay in order), {@link
 * io.sqskit.samples.OrderWorker} charges them, retries when the payment service is down and sends
 * poison messages to a dead-letter queue.
 */
package io.sqskit.samples;

/**
 * The SQS client: {@link io.sqskit.client.SqsClient}, its builder and {@link
 * io.sqskit.client.ClientConfig}.
 *
 * <pre>{@code
 * SqsClient client = SqsClient.builder().region("us-east-1").build();
 * }</pre>
 *
 * @since 0.1
 */
package io.sqskit.client;

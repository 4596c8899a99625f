package io.sqskit.testing.engine;

/**
 * A message returned by the typed {@link SqsEngine#receiveMessages} fast path.
 *
 * @param messageId the message id
 * @param receiptHandle the handle of this receive, for delete and visibility changes
 * @param body the body
 * @param md5OfBody lowercase hex MD5 of the body's UTF-8 bytes
 * @param receiveCount how many times the message has been received, this time included
 * @since 0.1.0
 */
public record ReceivedMessage(
    String messageId, String receiptHandle, String body, String md5OfBody, int receiveCount) {}

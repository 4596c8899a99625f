/**
 * The fake's HTTP front: {@link io.sqskit.testing.server.SqsServer} serves one engine over SQS's
 * Query (XML) and AWS JSON 1.0 protocols; {@link io.sqskit.testing.server.SqsServerMain} runs it
 * standalone.
 */
package io.sqskit.testing.server;

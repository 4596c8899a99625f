/**
 * The JUnit 5 extension for SQS tests: {@link io.sqskit.junit.SqsTest} (or {@link
 * io.sqskit.junit.SqsExtension} registered programmatically) starts the in-JVM fake once per run,
 * gives each test its own account, and injects clients, {@link io.sqskit.junit.SqsEndpoint}s and
 * {@link io.sqskit.junit.SqsQueue} queues; {@link io.sqskit.junit.TestQueue} waits for and inspects
 * messages. With {@code SQS_TEST_ENDPOINT} set, the same tests run against a real endpoint.
 *
 * <p>Needs only {@code junit-jupiter-api} and {@code sdk-testing} at run time; {@code sdk-core} and
 * the AWS SDK for Java v2 are used when the test classpath has them.
 */
package io.sqskit.junit;

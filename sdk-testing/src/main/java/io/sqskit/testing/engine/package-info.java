/**
 * The fake SQS engine: {@link io.sqskit.testing.engine.SqsEngine} runs the 23 SQS actions on
 * request trees (or through a small typed fast path), with every time rule on an injected clock
 * ({@link io.sqskit.testing.engine.ManualClock} in tests) and no HTTP types. Errors are {@link
 * io.sqskit.testing.engine.SqsError}s carrying an entry of the {@link
 * io.sqskit.testing.engine.SqsErrorCode} table.
 *
 * @since 0.1.0
 */
package io.sqskit.testing.engine;

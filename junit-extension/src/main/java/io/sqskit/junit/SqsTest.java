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
package io.sqskit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a fake SQS started once per test run, each test in its own account.
 *
 * <pre>{@code
 * @SqsTest
 * class OrderTest {
 *   @Test
 *   void sends(io.sqskit.client.SqsClient sqs, @SqsQueue(name = "orders") String url) {
 *     sqs.sendMessage(url, "order-1");
 *   }
 * }
 * }</pre>
 *
 * <p>With {@code SQS_TEST_ENDPOINT} or {@code -Dsqs.test.endpoint} set, the same tests run against
 * that endpoint instead (a contract run); tests that need the fake are then skipped.
 *
 * @since 0.1
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SqsExtension.class)
public @interface SqsTest {

  /**
   * {@return whether the tests of this class run on a manual clock that only moves when a test
   * calls {@link io.sqskit.testing.engine.ManualClock#advance}} Such a class gets its own fake
   * (shared by its tests, which then share the clock), and is skipped in contract runs.
   */
  boolean virtualTime() default false;

  /**
   * {@return where the manual clock starts, as an ISO-8601 instant} Used only with {@link
   * #virtualTime}.
   */
  String startTime() default "2026-01-01T00:00:00Z";

  /**
   * {@return whether the fake checks every request's SigV4 signature, as SQS does} Injected clients
   * and {@link SqsEndpoint} sign with the test's account id as access key id and {@link
   * SqsEndpoint#secretKey()} as secret; any other secret gets 403 {@code SignatureDoesNotMatch}, a
   * key id that is not a 12-digit account 403 {@code InvalidClientTokenId}, and an unsigned request
   * 403 {@code MissingAuthenticationToken}. Such classes share a fake of their own (with {@link
   * #virtualTime}, the class's own fake checks signatures). Contract runs are unchanged: real SQS
   * always checks signatures.
   */
  boolean strictSignatures() default false;

  /**
   * {@return how many messages of one queue may be in flight (received, not yet deleted) at once on
   * the fake; SQS's quota of {@value io.sqskit.testing.engine.SqsEngine#DEFAULT_IN_FLIGHT_LIMIT} by
   * default} At the limit a short-polling receive of a standard queue fails with 403 {@code
   * OverLimit}, and long polls and FIFO queues get nothing, so a low value lets a test try its
   * handling of that. Classes with another limit share a fake of their own, and are skipped in
   * contract runs, where SQS applies its own quota.
   */
  int inFlightLimit() default io.sqskit.testing.engine.SqsEngine.DEFAULT_IN_FLIGHT_LIMIT;

  /**
   * How injected clients reach the fake: over HTTP (the default) or {@link Transport#IN_JVM},
   * without a socket. Classes with another transport share a fake of their own. Contract runs
   * always use HTTP.
   *
   * @return the transport of injected clients
   * @since 0.1
   */
  Transport transport() default Transport.HTTP;

  /**
   * {@return whether each test fails, after it ran, when one of its queues holds a message it
   * received and neither deleted nor released} The failure tells each such message's story (see
   * {@link TestQueue#assertNothingInFlight()}). Checked on the fake only; contract runs skip it.
   *
   * @since 0.1
   */
  boolean verifyNothingInFlight() default false;

  /**
   * {@return whether the manual clock of a {@link #virtualTime} class moves by itself} When every
   * call to the fake is a long poll waiting on the clock and nothing else happened for about 30 ms
   * of real time, the clock jumps to the earliest deadline (a long poll's end, a delay or
   * visibility timeout ending), so a consumer loop with 20-second long polls runs in milliseconds.
   * Without it, a long poll on a clock nobody advances fails after 3 seconds of real time with a
   * message naming virtual time and {@link io.sqskit.testing.engine.ManualClock#advance}.
   *
   * @since 0.1
   */
  boolean autoAdvance() default false;
}

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

import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.cause;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.sqskit.testing.engine.ManualClock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** What a test gets for asking wrongly: the messages, word for word. */
class MisuseTest {

  private static void assertTestFails(
      Class<?> testCase, Class<? extends Throwable> type, String expected) {
    EngineExecutionResults results = Kit.run(testCase);
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1, event(test("test"), finishedWithFailure(instanceOf(type), message(expected))));
  }

  private static void assertClassFails(
      Map<String, String> parameters,
      Class<?> testCase,
      Class<? extends Throwable> type,
      String expected) {
    Kit.run(parameters, testCase)
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(container(testCase), finishedWithFailure(instanceOf(type), message(expected))));
  }

  @Test
  void queueOfAnotherType() {
    assertTestFails(
        WrongTypeTestCase.class,
        ParameterResolutionException.class,
        "@SqsQueue on parameter #0 of WrongTypeTestCase.test() needs type String (the queue URL) or"
            + " TestQueue, not java.lang.Integer");
  }

  @Test
  void unnamedQueueParameterWithoutParameterNames() {
    assertTestFails(
        UnnamedTestCase.class,
        ParameterResolutionException.class,
        "@SqsQueue on parameter #0 of UnnamedTestCase.test() needs a name: set @SqsQueue(name ="
            + " \"...\") or compile with -parameters");
  }

  @Test
  void manualClockWithoutVirtualTime() {
    assertTestFails(
        ClockTestCase.class,
        ParameterResolutionException.class,
        "parameter #0 of ClockTestCase.test() asks for a ManualClock: use @SqsTest(virtualTime ="
            + " true) on the test class");
  }

  @Test
  void staticQueueField() {
    assertTestFails(
        StaticFieldTestCase.class,
        ExtensionConfigurationException.class,
        "@SqsQueue field StaticFieldTestCase.queue must be neither static nor final: each test gets"
            + " its own queue");
  }

  @Test
  void attributeWithoutValue() {
    assertTestFails(
        AttributeTestCase.class,
        ParameterResolutionException.class,
        "@SqsQueue(attributes) on parameter #0 of AttributeTestCase.test() must be Name=Value"
            + " pairs, but got 'VisibilityTimeout'");
  }

  @Test
  void maxReceiveCountOutOfRange() {
    assertTestFails(
        MaxReceiveTestCase.class,
        ParameterResolutionException.class,
        "@SqsQueue(maxReceiveCount) on parameter #0 of MaxReceiveTestCase.test() must be between 1"
            + " and 1000, but was 0");
  }

  @Test
  void attributeSqsRejects() {
    assertTestFails(
        RejectedAttributeTestCase.class,
        ParameterResolutionException.class,
        "@SqsQueue on parameter #0 of RejectedAttributeTestCase.test() could not create queue 'q':"
            + " Invalid value for the parameter VisibilityTimeout.");
  }

  @Test
  void sameQueueWithOtherSettings() {
    assertTestFails(
        ConflictTestCase.class,
        ParameterResolutionException.class,
        "@SqsQueue on parameter #1 of ConflictTestCase.test() declares queue 'q' again with other"
            + " settings: QueueSpec[name=q, fifo=false, attributes={DelaySeconds=5},"
            + " deadLetterQueue=, maxReceiveCount=0] after QueueSpec[name=q, fifo=false,"
            + " attributes={}, deadLetterQueue=, maxReceiveCount=0]");
  }

  @Test
  void annotationAndProgrammaticRegistrationTogether() {
    assertClassFails(
        Map.of(),
        TwiceTestCase.class,
        ExtensionConfigurationException.class,
        "io.sqskit.junit.MisuseTest$TwiceTestCase uses both @SqsTest and @RegisterExtension"
            + " SqsExtension (field sqs); use one of them");
  }

  @Test
  void startTimeThatIsNoInstant() {
    assertClassFails(
        Map.of(),
        StartTimeTestCase.class,
        ExtensionConfigurationException.class,
        "@SqsTest(startTime) on io.sqskit.junit.MisuseTest$StartTimeTestCase must be an ISO-8601"
            + " instant such as 2026-01-01T00:00:00Z, but was 'yesterday'");
  }

  @Test
  void inFlightLimitBelowOne() {
    assertClassFails(
        Map.of(),
        ZeroInFlightLimitTestCase.class,
        ExtensionConfigurationException.class,
        "@SqsTest(inFlightLimit) on io.sqskit.junit.MisuseTest$ZeroInFlightLimitTestCase must be at"
            + " least 1, but was 0");
  }

  @Test
  void endpointThatIsNoUrl() {
    // JUnit wraps what a condition throws; the cause is the extension's message.
    Kit.run(Map.of("sqs.test.endpoint", "localhost:9324"), WrongTypeTestCase.class)
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container(WrongTypeTestCase.class),
                finishedWithFailure(
                    cause(
                        instanceOf(ExtensionConfigurationException.class),
                        message(
                            "sqs.test.endpoint (or SQS_TEST_ENDPOINT) must be an http or https URL"
                                + " such as https://sqs.us-east-1.amazonaws.com, but was"
                                + " 'localhost:9324'")))));
  }

  @SqsTest
  static class WrongTypeTestCase {
    @Test
    void test(@SqsQueue(name = "q") Integer queue) {}
  }

  @SqsTest
  static class UnnamedTestCase {
    @Test
    void test(@SqsQueue String queue) {}
  }

  @SqsTest
  static class ClockTestCase {
    @Test
    void test(ManualClock clock) {}
  }

  @SqsTest
  static class StaticFieldTestCase {
    @SqsQueue static String queue;

    @Test
    void test() {}
  }

  @SqsTest
  static class AttributeTestCase {
    @Test
    void test(@SqsQueue(name = "q", attributes = "VisibilityTimeout") String queue) {}
  }

  @SqsTest
  static class MaxReceiveTestCase {
    @Test
    void test(@SqsQueue(name = "q", deadLetterQueue = "dlq", maxReceiveCount = 0) String queue) {}
  }

  @SqsTest
  static class RejectedAttributeTestCase {
    @Test
    void test(@SqsQueue(name = "q", attributes = "VisibilityTimeout=43201") String queue) {}
  }

  @SqsTest
  static class ConflictTestCase {
    @Test
    void test(
        @SqsQueue(name = "q") String first,
        @SqsQueue(name = "q", attributes = "DelaySeconds=5") String again) {}
  }

  @SqsTest
  static class TwiceTestCase {
    @RegisterExtension static SqsExtension sqs = SqsExtension.builder().build();

    @Test
    void test() {}
  }

  @SqsTest(startTime = "yesterday")
  static class StartTimeTestCase {
    @Test
    void test() {}
  }

  @SqsTest(inFlightLimit = 0)
  static class ZeroInFlightLimitTestCase {
    @Test
    void test() {}
  }
}

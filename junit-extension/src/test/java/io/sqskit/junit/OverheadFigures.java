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

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.client.SqsClient;
import io.sqskit.junit.internal.ClientSupport;
import io.sqskit.junit.internal.FakeBackend;
import io.sqskit.junit.internal.QueueSpec;
import io.sqskit.junit.internal.TestState;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Measures what {@code @SqsTest} costs; not a test (no assertions on time), so surefire skips it
 * unless asked. Run each figure in a fresh JVM:
 *
 * <pre>
 * ./mvnw -B -o -q -pl junit-extension -am verify -Dsurefire.failIfNoSpecifiedTests=false -Dtest='OverheadFigures#fake'
 * ./mvnw -B -o -q -pl junit-extension -am verify -Dsurefire.failIfNoSpecifiedTests=false -Dtest='OverheadFigures#elasticMq'
 * ./mvnw -B -o -q -pl junit-extension -am verify -Dsurefire.failIfNoSpecifiedTests=false -Dtest='OverheadFigures#inJvm'
 * cat junit-extension/target/overhead-figures.txt
 * </pre>
 *
 * <p>"First test class ready" is the time from the start of the run to the first line of the first
 * test (with a client and a queue injected), the backend's start included; the first SendMessage of
 * that test is timed too, so that cost moved from setup to the first call shows. "Further test's
 * setup" is the time from the first beforeEach callback to the first line of the test: the account,
 * the injected client and endpoint, and the creation of one queue.
 */
class OverheadFigures {

  private static final int TESTS = 1000;
  private static final int WARM_UP = 500;
  private static final Path OUT = Path.of("target", "overhead-figures.txt");

  static volatile long classStart;
  static volatile long firstLine;
  static volatile long firstAnswer;
  static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  static final ThreadLocal<long[]> SETUP_START = new ThreadLocal<>();
  static final List<Long> SETUPS = Collections.synchronizedList(new ArrayList<>());
  static final List<Long> SETUP_CPU = Collections.synchronizedList(new ArrayList<>());

  @Test
  void fake() throws IOException {
    long start = System.nanoTime();
    Kit.run(FirstTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));
    double first = (firstLine - start) / 1e6;
    double answered = (firstAnswer - start) / 1e6;
    double fromClass = (firstLine - classStart) / 1e6;
    SETUPS.clear();
    SETUP_CPU.clear();
    Kit.run(FurtherTestCase.class).testEvents().assertStatistics(s -> s.succeeded(TESTS));
    report("fake (SqsEngine + SqsServer in the test JVM)", first, answered);
    String line =
        String.format(
            Locale.ROOT,
            "fake: from the first test class's first callback (JUnit's discovery before it not"
                + " counted, the fake's start counted) to its first test's first line %.0f ms%n",
            fromClass);
    System.out.print(line);
    Files.writeString(
        OUT, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    SETUPS.clear();
    SETUP_CPU.clear();
    Kit.run(BaselineTestCase.class).testEvents().assertStatistics(s -> s.succeeded(TESTS));
    report("JUnit alone (same repeated test, no extension, one JUnit-resolved parameter)", -1, -1);
    extensionWorkAlone();
  }

  /** The same figures with {@code @SqsTest(transport = IN_JVM)}: no port, no HTTP client. */
  @Test
  void inJvm() throws IOException {
    long start = System.nanoTime();
    Kit.run(InJvmFirstTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));
    double first = (firstLine - start) / 1e6;
    double answered = (firstAnswer - start) / 1e6;
    double fromClass = (firstLine - classStart) / 1e6;
    SETUPS.clear();
    SETUP_CPU.clear();
    Kit.run(InJvmFurtherTestCase.class).testEvents().assertStatistics(s -> s.succeeded(TESTS));
    report("fake in-JVM (SqsEngine + direct calls, no socket)", first, answered);
    String line =
        String.format(
            Locale.ROOT,
            "fake in-JVM: from the first test class's first callback to its first test's first"
                + " line %.0f ms%n",
            fromClass);
    System.out.print(line);
    Files.writeString(
        OUT, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /**
   * The extension's own share of a test's setup, without JUnit around it: a new account, a client,
   * the endpoint, one queue, and the clean-up after the test.
   */
  private static void extensionWorkAlone() throws IOException {
    SqsQueue queue =
        FurtherTestCase.class.getDeclaredMethods()[0].getParameters()[2].getAnnotation(
            SqsQueue.class);
    try (FakeBackend backend = FakeBackend.start()) {
      List<Long> cpu = new ArrayList<>();
      for (int i = 0; i < 2 * TESTS; i++) {
        long start = THREADS.getCurrentThreadCpuTime();
        try (TestState state = backend.newTest()) {
          state.client(ClientSupport.SQSKIT_CLIENT, account -> backend.sqskit().client(account));
          backend.endpoint(state.accountId());
          state.queue(QueueSpec.of(queue, "q", "figures"), "figures");
        }
        cpu.add(THREADS.getCurrentThreadCpuTime() - start);
      }
      List<Long> warm = new ArrayList<>(cpu.subList(TESTS, cpu.size()));
      Collections.sort(warm);
      String line =
          String.format(
              Locale.ROOT,
              "extension work alone (account, client, endpoint, queue, clean-up; no JUnit): CPU"
                  + " median %.3f ms (%d after %d warm-up)%n",
              warm.get(warm.size() / 2) / 1e6,
              warm.size(),
              TESTS);
      System.out.print(line);
      Files.writeString(
          OUT, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
  }

  @Test
  void elasticMq() throws IOException {
    long start = System.nanoTime();
    SQSRestServer server =
        SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
    try {
      URI url =
          URI.create("http://127.0.0.1:" + server.waitUntilStarted().localAddress().getPort());
      System.setProperty("aws.accessKeyId", "figures");
      System.setProperty("aws.secretAccessKey", "figures");
      System.setProperty("aws.region", "us-east-1");
      Map<String, String> contract = Map.of("sqs.test.endpoint", url.toString());
      Kit.run(contract, FirstTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));
      double first = (firstLine - start) / 1e6;
      double answered = (firstAnswer - start) / 1e6;
      SETUPS.clear();
      SETUP_CPU.clear();
      Kit.run(contract, FurtherTestCase.class)
          .testEvents()
          .assertStatistics(s -> s.succeeded(TESTS));
      report("ElasticMQ embedded (same tests in contract mode)", first, answered);
    } finally {
      server.stopAndWait();
    }
  }

  private static void report(String backend, double firstMillis, double firstAnswerMillis)
      throws IOException {
    List<Long> sorted = new ArrayList<>(SETUPS.subList(WARM_UP, SETUPS.size()));
    Collections.sort(sorted);
    List<Long> cpu = new ArrayList<>(SETUP_CPU.subList(WARM_UP, SETUP_CPU.size()));
    Collections.sort(cpu);
    String line =
        String.format(
            Locale.ROOT,
            "%s: %sfurther test setup median %.2f ms (p90 %.2f ms), test-thread CPU median %.2f ms"
                + " (%d tests after %d warm-up; load average %.1f)%n",
            backend,
            firstMillis < 0
                ? ""
                : String.format(
                    Locale.ROOT,
                    "first test class ready %.0f ms, its first SendMessage answered at %.0f ms; ",
                    firstMillis,
                    firstAnswerMillis),
            sorted.get(sorted.size() / 2) / 1e6,
            sorted.get(sorted.size() * 9 / 10) / 1e6,
            cpu.get(cpu.size() / 2) / 1e6,
            sorted.size(),
            WARM_UP,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.print(line);
    Files.writeString(
        OUT, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    assertThat(sorted).isNotEmpty();
  }

  /** Notes when a test's setup begins; registered before the SQS extension, so it runs first. */
  static class SetupTimer implements BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
      SETUP_START.set(new long[] {System.nanoTime(), THREADS.getCurrentThreadCpuTime()});
    }
  }

  /** Notes when the first test class starts; registered before the SQS extension. */
  static class ClassTimer implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
      classStart = System.nanoTime();
    }
  }

  @ExtendWith(ClassTimer.class)
  @SqsTest
  static class FirstTestCase {
    @Test
    void first(SqsClient client, @SqsQueue(name = "q") String url) {
      firstLine = System.nanoTime();
      client.sendMessage(url, "first");
      firstAnswer = System.nanoTime();
    }
  }

  @ExtendWith(ClassTimer.class)
  @SqsTest(transport = Transport.IN_JVM)
  static class InJvmFirstTestCase {
    @Test
    void first(SqsClient client, @SqsQueue(name = "q") String url) {
      firstLine = System.nanoTime();
      client.sendMessage(url, "first");
      firstAnswer = System.nanoTime();
    }
  }

  @ExtendWith(SetupTimer.class)
  @SqsTest(transport = Transport.IN_JVM)
  static class InJvmFurtherTestCase {
    @RepeatedTest(TESTS)
    void further(SqsClient client, @SqsQueue(name = "q") String url) {
      long[] start = SETUP_START.get();
      SETUPS.add(System.nanoTime() - start[0]);
      SETUP_CPU.add(THREADS.getCurrentThreadCpuTime() - start[1]);
    }
  }

  @ExtendWith(SetupTimer.class)
  static class BaselineTestCase {
    @RepeatedTest(TESTS)
    void further(RepetitionInfo repetition) {
      long[] start = SETUP_START.get();
      SETUPS.add(System.nanoTime() - start[0]);
      SETUP_CPU.add(THREADS.getCurrentThreadCpuTime() - start[1]);
    }
  }

  @ExtendWith(SetupTimer.class)
  @SqsTest
  static class FurtherTestCase {
    @RepeatedTest(TESTS)
    void further(SqsClient client, SqsEndpoint endpoint, @SqsQueue(name = "q") String url) {
      long[] start = SETUP_START.get();
      SETUPS.add(System.nanoTime() - start[0]);
      SETUP_CPU.add(THREADS.getCurrentThreadCpuTime() - start[1]);
    }
  }
}

package io.sqskit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.client.SqsClient;
import java.io.IOException;
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
import org.junit.jupiter.api.Test;
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
 * cat junit-extension/target/overhead-figures.txt
 * </pre>
 *
 * <p>"First test class ready" is the time from the start of the run to the first line of the first
 * test (with a client and a queue injected), the backend's start included. "Further test's setup"
 * is the time from the first beforeEach callback to the first line of the test: the account, the
 * injected client and endpoint, and the creation of one queue.
 */
class OverheadFigures {

  private static final int TESTS = 200;
  private static final int WARM_UP = 50;
  private static final Path OUT = Path.of("target", "overhead-figures.txt");

  static volatile long firstLine;
  static final ThreadLocal<Long> SETUP_START = new ThreadLocal<>();
  static final List<Long> SETUPS = Collections.synchronizedList(new ArrayList<>());

  @Test
  void fake() throws IOException {
    long start = System.nanoTime();
    Kit.run(FirstTestCase.class).testEvents().assertStatistics(s -> s.succeeded(1));
    double first = (firstLine - start) / 1e6;
    SETUPS.clear();
    Kit.run(FurtherTestCase.class).testEvents().assertStatistics(s -> s.succeeded(TESTS));
    report("fake (SqsEngine + SqsServer in the test JVM)", first);
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
      SETUPS.clear();
      Kit.run(contract, FurtherTestCase.class)
          .testEvents()
          .assertStatistics(s -> s.succeeded(TESTS));
      report("ElasticMQ embedded (same tests in contract mode)", first);
    } finally {
      server.stopAndWait();
    }
  }

  private static void report(String backend, double firstMillis) throws IOException {
    List<Long> sorted = new ArrayList<>(SETUPS.subList(WARM_UP, SETUPS.size()));
    Collections.sort(sorted);
    double median = sorted.get(sorted.size() / 2) / 1e6;
    double p90 = sorted.get(sorted.size() * 9 / 10) / 1e6;
    String line =
        String.format(
            Locale.ROOT,
            "%s: first test class ready %.0f ms; further test setup median %.2f ms, p90 %.2f ms (%d"
                + " tests after %d warm-up)%n",
            backend,
            firstMillis,
            median,
            p90,
            sorted.size(),
            WARM_UP);
    System.out.print(line);
    Files.writeString(
        OUT, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    assertThat(sorted).isNotEmpty();
  }

  /** Notes when a test's setup begins; registered before the SQS extension, so it runs first. */
  static class SetupTimer implements BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
      SETUP_START.set(System.nanoTime());
    }
  }

  @SqsTest
  static class FirstTestCase {
    @Test
    void first(SqsClient client, @SqsQueue(name = "q") String url) {
      firstLine = System.nanoTime();
      client.sendMessage(url, "first");
    }
  }

  @ExtendWith(SetupTimer.class)
  @SqsTest
  static class FurtherTestCase {
    @RepeatedTest(TESTS)
    void further(SqsClient client, SqsEndpoint endpoint, @SqsQueue(name = "q") String url) {
      SETUPS.add(System.nanoTime() - SETUP_START.get());
    }
  }
}

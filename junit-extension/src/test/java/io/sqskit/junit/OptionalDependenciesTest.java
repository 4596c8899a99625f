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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * sdk-core and the AWS SDK's SQS client are optional: with neither on the classpath the extension
 * still runs tests against the fake, and a contract run says what is missing. Proven in a class
 * loader that hides both.
 */
class OptionalDependenciesTest {

  @Test
  void runsWithNeitherClientLibraryOnTheClasspath() throws Exception {
    try (URLClassLoader isolated =
        new URLClassLoader(classpathWithoutClients(), ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> Class.forName("io.sqskit.client.SqsClient", false, isolated))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(
              () -> Class.forName("software.amazon.awssdk.services.sqs.SqsClient", false, isolated))
          .isInstanceOf(ClassNotFoundException.class);

      assertThat(runIsolated(isolated, "")).isEqualTo("test(SqsEndpoint, TestQueue): SUCCESSFUL");
      assertThat(runIsolated(isolated, "http://127.0.0.1:9"))
          .isEqualTo(
              "OptionalDependenciesTest$NoClientsTestCase: FAILED: A contract run against"
                  + " http://127.0.0.1:9 needs io.sqskit:sdk-core or software.amazon.awssdk:sqs on"
                  + " the test classpath to create queues");
    }
  }

  private static String runIsolated(ClassLoader loader, String endpoint) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader); // the test kit finds engines through it
    try {
      return (String)
          Class.forName(IsolatedRun.class.getName(), true, loader)
              .getMethod("run", String.class)
              .invoke(null, endpoint);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static URL[] classpathWithoutClients() throws MalformedURLException {
    // Surefire passes the real test class path in this property (java.class.path is its booter
    // jar).
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      String path = entry.replace('\\', '/');
      if (path.contains("/software/amazon/awssdk/sqs/")
          || path.contains("sdk-core/target/")
          || path.contains("/io/sqskit/sdk-core/")) {
        continue;
      }
      urls.add(new File(entry).toURI().toURL());
    }
    return urls.toArray(URL[]::new);
  }

  /** Loaded again inside the isolated class loader: runs the test case there and sums it up. */
  public static final class IsolatedRun {
    private IsolatedRun() {}

    public static String run(String endpoint) {
      EngineExecutionResults results =
          EngineTestKit.engine("junit-jupiter")
              .selectors(selectClass(NoClientsTestCase.class))
              .configurationParameter("sqs.test.endpoint", endpoint)
              .execute();
      // Tests, and the containers that failed (a failing class never starts its tests).
      return results.allEvents().finished().stream()
          .filter(e -> e.getTestDescriptor().isTest() || result(e).getStatus() != Status.SUCCESSFUL)
          .map(IsolatedRun::describe)
          .collect(Collectors.joining("; "));
    }

    private static TestExecutionResult result(Event event) {
      return event.getRequiredPayload(TestExecutionResult.class);
    }

    private static String describe(Event event) {
      TestExecutionResult result = result(event);
      String name = event.getTestDescriptor().getDisplayName();
      return name
          + ": "
          + result.getStatus()
          + result.getThrowable().map(t -> ": " + t.getMessage()).orElse("");
    }
  }

  @SqsTest
  static class NoClientsTestCase {
    @Test
    void test(SqsEndpoint endpoint, @SqsQueue(name = "q") TestQueue queue) {
      assertThat(queue.url()).isEqualTo(endpoint.url() + "/" + endpoint.accessKeyId() + "/q");
      queue.assertEmpty();
    }
  }
}

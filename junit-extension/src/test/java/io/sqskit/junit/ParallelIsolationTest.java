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

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** Tests that JUnit runs at the same time, on one shared fake, do not see each other's queues. */
class ParallelIsolationTest {

  private static final int THREADS = 4;

  static final Map<Integer, List<String>> RECEIVED = new ConcurrentHashMap<>();
  static final Map<Integer, String> URLS = new ConcurrentHashMap<>();
  static final Set<String> THREAD_NAMES = ConcurrentHashMap.newKeySet();

  /**
   * Tests meet here in pairs after sending and before receiving: two parties prove that tests run
   * at the same time without asking the pool for more threads than it surely has.
   */
  static final CyclicBarrier ALL_SENT = new CyclicBarrier(2);

  @Test
  void concurrentTestsUsingTheSameQueueNameReceiveOnlyTheirOwnMessages() {
    RECEIVED.clear();
    URLS.clear();
    THREAD_NAMES.clear();
    ALL_SENT.reset();

    Kit.run(
            Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism",
                    Integer.toString(THREADS)),
            ParallelTestCase.class)
        .testEvents()
        .assertStatistics(s -> s.started(8).succeeded(8));

    assertThat(THREAD_NAMES).hasSizeGreaterThanOrEqualTo(2);
    assertThat(URLS.values()).doesNotHaveDuplicates().allMatch(url -> url.endsWith("/orders"));
    for (int i = 1; i <= 8; i++) {
      assertThat(RECEIVED.get(i))
          .as("test %d", i)
          .containsExactly("from test " + i, "from test " + i + " again");
    }
  }

  @SqsTest
  static class ParallelTestCase {
    @RepeatedTest(8)
    void sendAndReceive(
        RepetitionInfo repetition, SqsClient client, @SqsQueue(name = "orders") String url)
        throws InterruptedException, BrokenBarrierException, TimeoutException {
      int n = repetition.getCurrentRepetition();
      THREAD_NAMES.add(Thread.currentThread().getName());
      URLS.put(n, url);
      client.sendMessage(r -> r.queueUrl(url).messageBody("from test " + n));
      // Waiting for another test proves they run at the same time (or fails by timing out).
      ALL_SENT.await(30, TimeUnit.SECONDS);
      client.sendMessage(r -> r.queueUrl(url).messageBody("from test " + n + " again"));
      List<Message> got =
          client
              .receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1))
              .messages();
      RECEIVED.put(n, got.stream().map(Message::body).sorted().toList());
    }
  }
}

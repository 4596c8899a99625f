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

import io.sqskit.exception.RequestThrottledException;
import io.sqskit.testing.server.Fault;
import io.sqskit.testing.server.FaultInjector;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** An injected FaultInjector reaches only its own test: its account, and only until it ends. */
class FaultInjectionScopeTest {

  static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

  @BeforeEach
  void clear() {
    SEEN.clear();
  }

  @Test
  void faultsOfOneTestNeverReachTheNextOne() {
    Kit.run(LeakingTestCase.class).testEvents().assertStatistics(s -> s.started(2).succeeded(2));

    assertThat(SEEN.get("first account")).isNotEqualTo(SEEN.get("second account"));
    assertThat(SEEN.get("rules left for the second")).isEqualTo(0);
  }

  @Test
  void aFieldAndAParameterOfOneTestShareOneScope() {
    Kit.run(FieldTestCase.class).testEvents().assertStatistics(s -> s.started(1).succeeded(1));

    assertThat(SEEN.get("same")).isEqualTo(true);
  }

  @SqsTest
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class LeakingTestCase {
    @Test
    @Order(1)
    void addsARuleAndLeavesItBehind(
        FaultInjector faults, SqsEndpoint endpoint, io.sqskit.client.SqsClient client) {
      SEEN.put("first account", endpoint.accessKeyId());
      faults.add(Fault.throttle());
      assertThat(faults.accountId()).isEqualTo(endpoint.accessKeyId());
      assertThatThrownBy(client::listQueues).isInstanceOf(RequestThrottledException.class);
    }

    @Test
    @Order(2)
    void isNotThrottled(
        FaultInjector faults, SqsEndpoint endpoint, io.sqskit.client.SqsClient client) {
      SEEN.put("second account", endpoint.accessKeyId());
      SEEN.put("rules left for the second", faults.rules().size());
      assertThat(client.listQueues().queueUrls()).isEmpty();
    }
  }

  @Test
  void aRuleOfOneTestDoesNotHitAConcurrentTest() {
    BOTH.reset();
    Kit.run(
            Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "2"),
            ConcurrentTestCase.class)
        .testEvents()
        .assertStatistics(s -> s.started(2).succeeded(2));

    assertThat(SEEN.get("other call")).isEqualTo("succeeded");
  }

  /** The two tests meet twice: once the rule is set, and once the other test has called. */
  static final CyclicBarrier BOTH = new CyclicBarrier(2);

  @SqsTest
  static class ConcurrentTestCase {
    @Test
    void throttlesItself(FaultInjector faults, io.sqskit.client.SqsClient client) throws Exception {
      faults.add(Fault.throttle());
      BOTH.await(30, TimeUnit.SECONDS);
      BOTH.await(30, TimeUnit.SECONDS);
      assertThatThrownBy(client::listQueues).isInstanceOf(RequestThrottledException.class);
    }

    @Test
    void isNotHit(io.sqskit.client.SqsClient client) throws Exception {
      BOTH.await(30, TimeUnit.SECONDS);
      client.listQueues();
      SEEN.put("other call", "succeeded");
      BOTH.await(30, TimeUnit.SECONDS);
    }
  }

  @SqsTest
  static class FieldTestCase {
    FaultInjector field;

    @Test
    void same(FaultInjector parameter) {
      SEEN.put("same", parameter == field);
    }
  }
}

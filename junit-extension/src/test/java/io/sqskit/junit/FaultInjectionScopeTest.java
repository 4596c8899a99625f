package io.sqskit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.exception.RequestThrottledException;
import io.sqskit.testing.server.Fault;
import io.sqskit.testing.server.FaultInjector;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

  @SqsTest
  static class FieldTestCase {
    FaultInjector field;

    @Test
    void same(FaultInjector parameter) {
      SEEN.put("same", parameter == field);
    }
  }
}

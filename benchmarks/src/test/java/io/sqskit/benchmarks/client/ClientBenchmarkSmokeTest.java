package io.sqskit.benchmarks.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.benchmarks.support.Comparison;
import io.sqskit.benchmarks.support.Profile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the client harness for a fraction of a second: it must complete, not be fast. */
class ClientBenchmarkSmokeTest {

  @Test
  void clientHarnessMeasuresBothClientsOnEveryScenario() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    List<Comparison> rows =
        ClientBenchmark.run(Profile.SMOKE, new PrintStream(log, true, StandardCharsets.UTF_8));
    assertThat(rows).hasSize(6);
    assertThat(rows)
        .allSatisfy(
            row -> {
              assertThat(row.sqskit().isMeasured())
                  .as("%s: %s", row.benchmark(), row.sqskit().failure())
                  .isTrue();
              assertThat(row.other().isMeasured())
                  .as("%s: %s", row.benchmark(), row.other().failure())
                  .isTrue();
            });
    String text = log.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("rejected 0").doesNotContain(" 0 Query", " 0 JSON");
  }
}

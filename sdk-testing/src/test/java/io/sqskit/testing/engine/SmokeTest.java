package io.sqskit.testing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmokeTest extends EngineTestSupport {
  @Test
  void sendReceiveDeleteRoundTrip() {
    String url = createQueue("q1");
    assertThat(url).isEqualTo(BASE + "/123456789012/q1");
    String id = send(url, "hello");
    List<Map<String, Object>> got = receive(url);
    assertThat(got).hasSize(1);
    assertThat(got.get(0)).containsEntry("MessageId", id).containsEntry("Body", "hello")
        .containsEntry("MD5OfBody", "5d41402abc4b2a76b9719d911017c592");
    counts(url, 0, 1, 0);
    delete(url, got.get(0));
    counts(url, 0, 0, 0);
  }
}

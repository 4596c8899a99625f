package io.sqskit.testing.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The server's life cycle and options. */
class SqsServerTest {

  @Test
  void bindsAFreeLoopbackPortByDefault() {
    try (SqsServer server = SqsServer.builder().build().start()) {
      assertThat(server.port()).isPositive();
      assertThat(server.endpoint().toString()).isEqualTo("http://127.0.0.1:" + server.port());
    }
  }

  @Test
  void endpointBeforeStartIsAnError() {
    SqsServer server = SqsServer.builder().build();

    assertThatThrownBy(server::endpoint).isInstanceOf(IllegalStateException.class).hasMessage("SqsServer is not started");
  }

  @Test
  void startsOnceOnly() {
    try (SqsServer server = SqsServer.builder().build().start()) {
      assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aPortInUseIsReportedWithTheAddress() {
    try (SqsServer first = SqsServer.builder().build().start()) {
      SqsServer second = SqsServer.builder().port(first.port()).build();

      assertThatThrownBy(second::start)
          .isInstanceOf(UncheckedIOException.class)
          .hasMessage("Cannot bind 127.0.0.1:" + first.port());
    }
  }

  @Test
  void builderRejectsBadOptions() {
    assertThatThrownBy(() -> SqsServer.builder().port(70000)).hasMessage("port must be 0..65535: 70000");
    assertThatThrownBy(() -> SqsServer.builder().maxRequestBytes(10)).hasMessage("maxRequestBytes must be at least 1024: 10");
  }
}

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
package io.sqskit.junit.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.client.SqsClient;
import io.sqskit.exception.SqsClientException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every call ends within its bound against a server that accepts connections and never answers: the
 * call fails with the client's own exception instead of hanging. Only the outcome is asserted,
 * never a duration.
 */
class SilentServerTest {

  private final List<Socket> accepted = new CopyOnWriteArrayList<>();
  private ServerSocket silent;
  private Thread acceptor;
  private SqsClient client;

  @BeforeEach
  void start() throws IOException {
    silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor =
        new Thread(
            () -> {
              while (!silent.isClosed()) {
                try {
                  accepted.add(silent.accept()); // read nothing, write nothing, keep it open
                } catch (IOException e) {
                  return;
                }
              }
            },
            "silent-server");
    acceptor.setDaemon(true);
    acceptor.start();
    client =
        SqsClient.builder()
            .endpointOverride(URI.create("http://127.0.0.1:" + silent.getLocalPort()))
            .region("us-east-1")
            .credentials("000000000000", "secret")
            .callTimeout(Duration.ofMillis(200))
            .retryPolicy(ClientResilienceTest.FAST.toBuilder().maxAttempts(2).build())
            .build();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    silent.close();
    for (Socket socket : accepted) {
      socket.close();
    }
    acceptor.join(10_000);
  }

  @Test
  void aCallToASilentServerEndsInAClientExceptionAfterItsAttempts() {
    String url = "http://127.0.0.1:" + silent.getLocalPort() + "/000000000000/orders";

    assertThatThrownBy(() -> client.sendMessage(url, "never answered"))
        .isInstanceOf(SqsClientException.class)
        .hasCauseInstanceOf(InterruptedIOException.class)
        .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
  }

  @Test
  void aLongPollToASilentServerAlsoEnds() {
    String url = "http://127.0.0.1:" + silent.getLocalPort() + "/000000000000/orders";

    assertThatThrownBy(() -> client.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(1)))
        .isInstanceOf(SqsClientException.class)
        .hasCauseInstanceOf(InterruptedIOException.class);
  }
}

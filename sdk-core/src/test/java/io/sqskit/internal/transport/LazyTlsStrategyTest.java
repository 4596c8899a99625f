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
package io.sqskit.internal.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sqskit.transport.HttpRequest;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** TLS is set up on the first https connection, and then works as the JDK's default would. */
class LazyTlsStrategyTest {

  @Test
  void anHttpsEndpointGetsTheDefaultTlsCheckOnFirstUse() {
    // WireMock's certificate is self-signed, so the JDK's default trust store must refuse it: the
    // handshake failing proves the lazily built strategy is the real, verifying one.
    WireMockServer server =
        new WireMockServer(
            wireMockConfig().bindAddress("127.0.0.1").dynamicPort().dynamicHttpsPort());
    server.start();
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("ok")));
    try (ApacheHttpTransport transport = ApacheHttpTransport.create(Duration.ofSeconds(5), 2)) {
      HttpRequest request =
          new HttpRequest(
              "POST",
              URI.create("https://127.0.0.1:" + server.httpsPort() + "/"),
              Map.of(),
              new byte[0],
              Duration.ofSeconds(5));
      assertThatThrownBy(() -> transport.execute(request))
          .isInstanceOf(SSLHandshakeException.class)
          .hasMessageContaining("PKIX path building failed");
    } finally {
      server.stop();
    }
  }
}

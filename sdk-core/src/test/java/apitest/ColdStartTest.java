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
package apitest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a fresh JVM loads for a client: the AWS default credentials chain only when it is needed, no
 * Jackson databind at all, since responses are read with StAX, no TLS set-up for a plain-http
 * endpoint, and no ForkJoinPool for resolving credentials.
 */
class ColdStartTest {

  private static String run(String... mode) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                java,
                "-Xlog:class+load=info",
                "-cp",
                System.getProperty("java.class.path"),
                ColdStartMain.class.getName()));
    command.addAll(List.of(mode));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    // the class-load log is there, so the absence checks below mean something
    assertThat(output).contains("io.sqskit.internal.DefaultSqsClient source:");
    return output;
  }

  @Test
  void aCallWithGivenCredentialsNeverLoadsTheDefaultChainOrDatabind() throws Exception {
    String output = run("given");
    assertThat(output).contains("sent m-1");
    assertThat(output)
        .doesNotContain("software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider")
        .doesNotContain("com.fasterxml.jackson.databind.")
        // credentials are asked for synchronously: no CompletableFuture, no common pool
        .doesNotContain("java.util.concurrent.ForkJoinPool ");
  }

  @Test
  void buildingAClientWithoutCredentialsDoesNotCreateTheDefaultChain() throws Exception {
    String output = run("default");
    assertThat(output).contains("built us-east-1");
    assertThat(output)
        .doesNotContain("software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider ");
  }

  @Test
  void aPlainHttpEndpointNeverSetsUpTls() throws Exception {
    byte[] xml =
        ("<SendMessageResponse><SendMessageResult>"
                + "<MD5OfMessageBody>5d41402abc4b2a76b9719d911017c592</MD5OfMessageBody>"
                + "<MessageId>m-2</MessageId></SendMessageResult></SendMessageResponse>")
            .getBytes(StandardCharsets.UTF_8);
    com.sun.net.httpserver.HttpServer server =
        com.sun.net.httpserver.HttpServer.create(
            new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(200, xml.length);
          exchange.getResponseBody().write(xml);
          exchange.close();
        });
    server.start();
    try {
      String output = run("http", "http://127.0.0.1:" + server.getAddress().getPort());
      assertThat(output).contains("sent m-2").contains("org.apache.hc.client5.http.impl.io.");
      // Creating the JDK's default SSLContext loads a few hundred classes; plain http needs none.
      assertThat(output).doesNotContain("sun.security.ssl.SSLContextImpl");
    } finally {
      server.stop(0);
    }
  }
}

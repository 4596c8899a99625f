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
package io.sqskit.benchmarks.sqskit;

import io.sqskit.benchmarks.injvm.Cycles;
import io.sqskit.benchmarks.support.Payloads;
import io.sqskit.client.SqsClient;
import io.sqskit.junit.internal.DirectSqskitTransport;
import io.sqskit.model.Message;
import io.sqskit.testing.server.SqsServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The in-JVM benchmark's cycle with sqskit's client, over HTTP or through the extension's in-JVM
 * transport on the server's direct calls.
 */
public final class SqskitCycles implements Cycles {
  private final SqsClient client;
  private final List<String> queues = new ArrayList<>();
  private final String body = Payloads.body();

  /**
   * @param inJvm "true" for the in-JVM transport, else HTTP to the server's port
   */
  public SqskitCycles(SqsServer server, String inJvm, String prefix, Integer threads) {
    boolean direct = Boolean.parseBoolean(inJvm);
    SqsClient.Builder builder =
        SqsClient.builder()
            .region("us-east-1")
            .endpointOverride(direct ? URI.create("http://sqskit.invalid") : server.endpoint())
            .credentials("AKIDEXAMPLE", "secret");
    if (direct) {
      builder.transport(new DirectSqskitTransport(server.directCalls()));
    }
    this.client = builder.build();
    for (int i = 0; i < threads; i++) {
      String name = prefix + "-" + i;
      queues.add(client.createQueue(r -> r.queueName(name)).queueUrl());
    }
  }

  @Override
  public void cycle(int thread) {
    String url = queues.get(thread);
    client.sendMessage(url, body);
    List<Message> got = client.receiveMessage(r -> r.queueUrl(url)).messages();
    if (got.size() != 1) {
      throw new IllegalStateException("ReceiveMessage returned " + got.size() + " messages");
    }
    client.deleteMessage(url, Objects.requireNonNull(got.get(0).receiptHandle(), "receiptHandle"));
  }

  @Override
  public void close() {
    client.close();
  }
}

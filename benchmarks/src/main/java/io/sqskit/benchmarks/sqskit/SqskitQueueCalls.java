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

import io.sqskit.benchmarks.client.QueueCalls;
import io.sqskit.benchmarks.support.Payloads;
import io.sqskit.client.Protocol;
import io.sqskit.client.SqsClient;
import java.net.URI;

/** The client benchmark's calls made with sqskit's SqsClient, over Query (default) or JSON. */
public final class SqskitQueueCalls implements QueueCalls {
  private final SqsClient client;
  private final String queueUrl;
  private final String body = Payloads.body();

  /** A client for the given endpoint, sending to and receiving from {@code queueUrl}. */
  public SqskitQueueCalls(URI endpoint, String queueUrl) {
    this(endpoint, queueUrl, Protocol.QUERY.name());
  }

  /** Like {@link #SqskitQueueCalls(URI, String)}, speaking the named {@link Protocol}. */
  public SqskitQueueCalls(URI endpoint, String queueUrl, String protocol) {
    this.client =
        SqsClient.builder()
            .region("us-east-1")
            .endpointOverride(endpoint)
            .credentials("AKIDEXAMPLE", "secret")
            .protocol(Protocol.valueOf(protocol))
            .build();
    this.queueUrl = queueUrl;
  }

  /** A sqskit client as an application would build it for a local endpoint. */
  public static SqsClient newClient(URI endpoint) {
    return SqsClient.builder()
        .region("us-east-1")
        .endpointOverride(endpoint)
        .credentials("AKIDEXAMPLE", "secret")
        .build();
  }

  @Override
  public void send() {
    if (client.sendMessage(queueUrl, body).messageId() == null) {
      throw new IllegalStateException("SendMessage answered without a message id");
    }
  }

  @Override
  public int receive() {
    return client
        .receiveMessage(
            r ->
                r.queueUrl(queueUrl)
                    .maxNumberOfMessages(10)
                    .waitTimeSeconds(0)
                    .messageSystemAttributeNames("All")
                    .messageAttributeNames("All"))
        .messages()
        .size();
  }

  @Override
  public void close() {
    client.close();
  }
}

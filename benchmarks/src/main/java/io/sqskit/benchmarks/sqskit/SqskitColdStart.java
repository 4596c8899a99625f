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

import io.sqskit.benchmarks.support.ChildReport;
import io.sqskit.benchmarks.support.Payloads;
import io.sqskit.client.Protocol;
import io.sqskit.client.SqsClient;
import java.net.URI;

/**
 * Child JVM: builds a sqskit SqsClient, sends one message and reports the time since JVM start.
 * Arguments: endpoint, queue URL, and optionally the protocol ({@code QUERY} by default, {@code
 * JSON}).
 */
public final class SqskitColdStart {
  private SqskitColdStart() {}

  /** Entry point of the child. */
  public static void main(String[] args) {
    SqsClient client =
        SqsClient.builder()
            .region("us-east-1")
            .endpointOverride(URI.create(args[0]))
            .credentials("AKIDEXAMPLE", "secret")
            .protocol(args.length > 2 ? Protocol.valueOf(args[2]) : Protocol.QUERY)
            .build();
    String id = client.sendMessage(args[1], Payloads.body()).messageId();
    long answered = System.currentTimeMillis();
    if (id == null) {
      throw new IllegalStateException("SendMessage answered without a message id");
    }
    ChildReport.print(answered);
    System.exit(0);
  }
}

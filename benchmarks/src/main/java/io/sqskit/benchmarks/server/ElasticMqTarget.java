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
package io.sqskit.benchmarks.server;

import java.net.URI;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/** ElasticMQ's SQS REST server embedded in this JVM on a free loopback port. */
public final class ElasticMqTarget implements ServerTarget {
  /** The contender's name in reports. */
  public static final String NAME = "elasticmq";

  private final SQSRestServer server;
  private final URI endpoint;

  /** Starts ElasticMQ and waits until it is bound. */
  public ElasticMqTarget() {
    this.server = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
    this.endpoint =
        URI.create("http://127.0.0.1:" + server.waitUntilStarted().localAddress().getPort());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public URI endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    server.stopAndWait();
  }
}

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

import io.sqskit.benchmarks.server.ServerTarget;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.server.SqsServer;
import java.net.URI;

/** sqskit's SqsServer with a default SqsEngine, in this JVM on a free loopback port. */
public final class SqskitServerTarget implements ServerTarget {
  private final SqsServer server;

  /** Starts the server. */
  public SqskitServerTarget() {
    this.server =
        SqsServer.builder().engine(SqsEngine.create()).host("127.0.0.1").port(0).build().start();
  }

  @Override
  public String name() {
    return "sqskit";
  }

  @Override
  public URI endpoint() {
    return server.endpoint();
  }

  @Override
  public void close() {
    server.close();
  }
}

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
package io.sqskit.junit.internal;

import io.sqskit.junit.SqsEndpoint;
import io.sqskit.testing.engine.ManualClock;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.server.FaultInjector;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Where a test's queues live: an in-JVM fake or a contract endpoint; closed by the JUnit store. */
public interface Backend extends AutoCloseable {

  /** Whether this is the in-JVM fake. */
  boolean isFake();

  /** A short description for messages, such as {@code the fake at http://127.0.0.1:40123}. */
  String description();

  /**
   * A new scope for one test: its own account on the fake, its own queue-name prefix on a contract
   * endpoint.
   */
  TestState newTest();

  /** The engine, on the fake. */
  Optional<SqsEngine> engine();

  /** The manual clock, on a virtual-time fake. */
  Optional<ManualClock> clock();

  /** The fault rules of the fake's HTTP front (for all accounts), on the fake. */
  default Optional<FaultInjector> faults() {
    return Optional.empty();
  }

  /** Clients of the sqskit SDK, created on first use. */
  SqskitClients sqskit();

  /** Clients of the AWS SDK for Java v2, created on first use. */
  AwsSdkClients awsSdk();

  /** The endpoint a test with the given account id (null in a contract run) reaches. */
  SqsEndpoint endpoint(@Nullable String accountId);

  @Override
  void close();
}

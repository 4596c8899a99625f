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
package io.sqskit.junit;

/**
 * How injected clients reach the in-JVM fake.
 *
 * <pre>{@code
 * @SqsTest(transport = Transport.IN_JVM)
 * class FastTest { ... }
 * }</pre>
 *
 * @since 0.1
 */
public enum Transport {

  /**
   * Over HTTP on a port of 127.0.0.1, as any client reaches SQS: the default, and what a test of
   * the client's own HTTP handling needs.
   */
  HTTP,

  /**
   * Without a socket: the injected clients (sqskit's, and the AWS SDK for Java v2's synchronous and
   * asynchronous ones) hand their request bytes straight to the fake's front, which answers through
   * the same protocol readers and writers, signature checks, fault rules and peek door as over
   * HTTP. Long polls block the calling thread as they would wait on a socket; a dropped connection
   * or a read timeout is an I/O error for the client as over HTTP. The fake's port is opened only
   * when a test asks for an {@link SqsEndpoint} (to build a client of its own).
   */
  IN_JVM
}

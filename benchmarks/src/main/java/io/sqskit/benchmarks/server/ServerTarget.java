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

/** A running SQS-compatible server in this JVM that the server benchmark drives over HTTP. */
public interface ServerTarget extends AutoCloseable {

  /** The contender's name in reports. */
  String name();

  /** Where the server listens, e.g. {@code http://127.0.0.1:9324}. */
  URI endpoint();

  @Override
  void close();
}

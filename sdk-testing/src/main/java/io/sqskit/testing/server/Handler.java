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
package io.sqskit.testing.server;

/**
 * Answers the requests of one path of the front (the SQS actions, the peek door; later the admin
 * API and the dashboard): no socket, no streams, so the same handler serves the JDK server and
 * direct calls.
 */
interface Handler {

  /**
   * The answer to one request.
   *
   * @throws DroppedConnection when the request must get no answer at all (a fault rule)
   */
  ServerResponse handle(ServerRequest request, Caller caller);
}

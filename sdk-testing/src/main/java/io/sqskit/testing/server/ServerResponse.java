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

import java.util.Map;
import java.util.Objects;

/**
 * One whole HTTP answer of the fake's front.
 *
 * @param status the HTTP status
 * @param headers header names to values (the front sends one value per header)
 * @param body the answer's body, empty for none
 * @since 0.1
 */
@SuppressWarnings("ArrayRecordComponent") // bytes held as they are, not copied: answers are hot
public record ServerResponse(int status, Map<String, String> headers, byte[] body) {

  /**
   * Copies the headers.
   *
   * @param status the HTTP status
   * @param headers header names to values
   * @param body the body, empty for none
   */
  public ServerResponse {
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }
}

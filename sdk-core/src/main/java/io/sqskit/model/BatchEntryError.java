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
package io.sqskit.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One failed entry of a batch call (SQS's {@code BatchResultErrorEntry}).
 *
 * @param id the entry id from the request
 * @param senderFault true when the entry itself was at fault, false when the service was
 * @param code the error code, e.g. {@code InvalidParameterValue}
 * @param message the service's description, or null
 * @since 0.1
 */
public record BatchEntryError(
    String id, boolean senderFault, String code, @Nullable String message) {

  /**
   * Checks the id and code, which SQS always sends (required in its service model).
   *
   * @param id the entry id from the request
   * @param senderFault true when the entry itself was at fault, false when the service was
   * @param code the error code, e.g. {@code InvalidParameterValue}
   * @param message the service's description, or null
   */
  public BatchEntryError {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(code, "code");
  }
}

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

import io.sqskit.junit.SqsTest;
import io.sqskit.junit.Transport;
import io.sqskit.testing.engine.SqsEngine;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * What one test class asked for: virtual time, where its clock starts, strict signatures, the
 * in-flight quota.
 *
 * @param virtualTime whether the class runs on its own fake with a manual clock
 * @param startTime where the manual clock starts
 * @param strictSignatures whether the fake checks SigV4 signatures
 * @param inFlightLimit how many messages of a queue may be in flight at once
 * @param transport how injected clients reach the fake
 * @param autoAdvance whether a virtual clock jumps to the next deadline when every call waits on it
 */
public record Settings(
    boolean virtualTime,
    Instant startTime,
    boolean strictSignatures,
    int inFlightLimit,
    Transport transport,
    boolean autoAdvance) {

  /** Settings without auto-advance. */
  public Settings(
      boolean virtualTime,
      Instant startTime,
      boolean strictSignatures,
      int inFlightLimit,
      Transport transport) {
    this(virtualTime, startTime, strictSignatures, inFlightLimit, transport, false);
  }

  /** The defaults: shared fake, real time, signatures not checked, SQS's in-flight quota, HTTP. */
  public static final Settings DEFAULTS =
      new Settings(
          false,
          Instant.parse("2026-01-01T00:00:00Z"),
          false,
          SqsEngine.DEFAULT_IN_FLIGHT_LIMIT,
          Transport.HTTP);

  /** Whether the in-flight quota is SQS's own. */
  public boolean defaultInFlightLimit() {
    return inFlightLimit == SqsEngine.DEFAULT_IN_FLIGHT_LIMIT;
  }

  /** The settings an annotation states. */
  public static Settings of(SqsTest annotation, Class<?> annotated) {
    Instant start;
    try {
      start = Instant.parse(annotation.startTime());
    } catch (DateTimeParseException e) {
      throw new ExtensionConfigurationException(
          "@SqsTest(startTime) on "
              + annotated.getName()
              + " must be an ISO-8601 instant such as 2026-01-01T00:00:00Z, but was '"
              + annotation.startTime()
              + "'",
          e);
    }
    if (annotation.inFlightLimit() < 1) {
      throw new ExtensionConfigurationException(
          "@SqsTest(inFlightLimit) on "
              + annotated.getName()
              + " must be at least 1, but was "
              + annotation.inFlightLimit());
    }
    return new Settings(
        annotation.virtualTime(),
        start,
        annotation.strictSignatures(),
        annotation.inFlightLimit(),
        annotation.transport(),
        annotation.autoAdvance());
  }
}

package io.sqskit.junit.internal;

import io.sqskit.junit.SqsTest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * What one test class asked for: virtual time, where its clock starts, strict signatures.
 *
 * @param virtualTime whether the class runs on its own fake with a manual clock
 * @param startTime where the manual clock starts
 * @param strictSignatures whether the fake checks SigV4 signatures
 */
public record Settings(boolean virtualTime, Instant startTime, boolean strictSignatures) {

  /** The defaults: shared fake, real time, signatures not checked. */
  public static final Settings DEFAULTS =
      new Settings(false, Instant.parse("2026-01-01T00:00:00Z"), false);

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
    return new Settings(annotation.virtualTime(), start, annotation.strictSignatures());
  }
}

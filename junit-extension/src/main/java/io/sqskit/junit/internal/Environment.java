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

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one place that reads the environment and system properties for the extension.
 *
 * <p>{@code sqs.test.endpoint} is read as a JUnit configuration parameter, which covers system
 * properties, {@code junit-platform.properties} and launcher parameters; it wins over the {@code
 * SQS_TEST_ENDPOINT} environment variable. An empty value means "use the fake", so a build can pin
 * the fake even when the variable is set.
 */
public final class Environment {

  /** The configuration parameter (and system property) naming a contract endpoint. */
  public static final String ENDPOINT_PROPERTY = "sqs.test.endpoint";

  /** The environment variable naming a contract endpoint. */
  public static final String ENDPOINT_VARIABLE = "SQS_TEST_ENDPOINT";

  private Environment() {}

  /** The endpoint of a contract run, or empty to run against the fake. */
  public static Optional<URI> contractEndpoint(ExtensionContext context) {
    String value =
        context
            .getConfigurationParameter(ENDPOINT_PROPERTY)
            .orElseGet(() -> System.getenv(ENDPOINT_VARIABLE));
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(parse(value.trim()));
  }

  private static URI parse(String value) {
    URI uri;
    try {
      uri = URI.create(value);
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(invalid(value), e);
    }
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getHost() == null) {
      throw new ExtensionConfigurationException(invalid(value));
    }
    return uri;
  }

  private static String invalid(String value) {
    return ENDPOINT_PROPERTY
        + " (or "
        + ENDPOINT_VARIABLE
        + ") must be an http or https URL such as https://sqs.us-east-1.amazonaws.com, but was '"
        + value
        + "'";
  }
}

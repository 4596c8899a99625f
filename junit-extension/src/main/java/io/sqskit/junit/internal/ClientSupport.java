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

import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Which optional client libraries the test classpath has. Classes naming their types are touched
 * only after a check here, so a missing library gives a message, never a NoClassDefFoundError.
 */
public final class ClientSupport {

  /** The sqskit client a test may ask for. */
  public static final String SQSKIT_CLIENT = "io.sqskit.client.SqsClient";

  private static final String REGION_CHAIN =
      "software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain";

  private ClientSupport() {}

  /** Whether {@code io.sqskit:sdk-core} is on the classpath. */
  public static boolean sqskitPresent() {
    return present(SQSKIT_CLIENT);
  }

  /** Whether the AWS SDK for Java v2 SQS client is on the classpath. */
  public static boolean awsSdkPresent() {
    return present(AwsSdkClients.SYNC_CLIENT);
  }

  /** The region of the AWS default region chain, for a contract run. */
  static String defaultRegion() {
    if (!present(REGION_CHAIN)) {
      throw new ExtensionConfigurationException(
          "A contract run needs io.sqskit:sdk-core or software.amazon.awssdk:sqs on the test"
              + " classpath");
    }
    try {
      return AwsDefaults.region();
    } catch (RuntimeException e) {
      throw new ExtensionConfigurationException(
          "A contract run needs a region from the AWS default chain: set AWS_REGION, the aws.region"
              + " system property or a region in the AWS config file ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, ClientSupport.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}

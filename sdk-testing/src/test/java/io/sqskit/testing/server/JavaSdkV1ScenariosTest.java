package io.sqskit.testing.server;

import java.net.URI;

/** The scenario suite through the AWS SDK for Java v1, which speaks Query. */
class JavaSdkV1ScenariosTest extends SdkScenarios {
  @Override
  SdkDriver driver(URI endpoint) {
    return new V1Driver(endpoint);
  }
}

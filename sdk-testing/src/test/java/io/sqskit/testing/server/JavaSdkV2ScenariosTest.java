package io.sqskit.testing.server;

import java.net.URI;

/** The scenario suite through the AWS SDK for Java v2, which speaks AWS JSON 1.0. */
class JavaSdkV2ScenariosTest extends SdkScenarios {
  @Override
  SdkDriver driver(URI endpoint) {
    return new V2Driver(endpoint);
  }
}

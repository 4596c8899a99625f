package io.sqskit.testing.server;

import java.net.URI;

/**
 * The scenario suite through the AWS SDK for Java v2's asynchronous client on its Netty HTTP client
 * (AWS JSON 1.0): the other wire stack Java applications use, with its own connection handling.
 */
class JavaSdkV2AsyncScenariosTest extends SdkScenarios {
  @Override
  SdkDriver driver(URI endpoint) {
    return V2Driver.asyncNetty(endpoint);
  }
}

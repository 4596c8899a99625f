package apitest;

import io.sqskit.client.Protocol;

/** {@link ElasticMqEndToEndTests} over AWS JSON 1.0. */
class ElasticMqJsonEndToEndTest extends ElasticMqEndToEndTests {
  @Override
  Protocol protocol() {
    return Protocol.JSON;
  }
}

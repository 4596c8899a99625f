package apitest;

import io.sqskit.client.Protocol;

/** {@link ElasticMqEndToEndTests} over Query/XML. */
class ElasticMqQueryEndToEndTest extends ElasticMqEndToEndTests {
  @Override
  Protocol protocol() {
    return Protocol.QUERY;
  }
}

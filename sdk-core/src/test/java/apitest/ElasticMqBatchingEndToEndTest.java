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
package apitest;

import io.sqskit.batch.SqsBatcher;
import io.sqskit.client.Protocol;
import io.sqskit.client.SqsClient;
import java.time.Duration;

/**
 * The end-to-end suite against ElasticMQ through {@link SqsBatcher#asClient()}: its sends, deletes
 * and visibility changes go out as batch calls, every other call straight through, and the suite
 * must pass unchanged.
 */
class ElasticMqBatchingEndToEndTest extends ElasticMqEndToEndTests {
  @Override
  Protocol protocol() {
    return Protocol.JSON;
  }

  @Override
  SqsClient clientUnderTest(SqsClient plain) {
    return SqsBatcher.builder().client(plain).maxLinger(Duration.ZERO).build().asClient();
  }
}

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
package io.sqskit.junit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.client.SqsClient;
import io.sqskit.junit.SqsQueue;
import io.sqskit.junit.SqsTest;
import org.junit.jupiter.api.Test;

/** The README's example of injecting sqskit's and the AWS SDK's clients into one test. */
@SqsTest
class BothClientsExampleTest {

  // region both-clients
  @Test
  void bothClientsSeeOneQueue(
      SqsClient sqskit, // io.sqskit.client.SqsClient, imported
      software.amazon.awssdk.services.sqs.SqsClient aws, // same simple name: written out
      @SqsQueue(name = "orders") String url) {
    sqskit.sendMessage(url, "o-1");
    assertThat(aws.receiveMessage(r -> r.queueUrl(url)).messages()).hasSize(1);
  }
  // endregion both-clients
}

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
package io.sqskit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.client.SqsClient;
import io.sqskit.model.Message;
import io.sqskit.testing.engine.ManualClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Virtual time without a socket: long polls wait on the engine's manual clock as over HTTP. */
@SqsTest(transport = Transport.IN_JVM, virtualTime = true)
class InJvmVirtualTimeTest {

  @Test
  void aLongPollGetsAMessageSentMeanwhile(SqsClient client, @SqsQueue(name = "wait") String url)
      throws Exception {
    CompletableFuture<List<Message>> poll =
        CompletableFuture.supplyAsync(
            () -> client.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(20)).messages());

    client.sendMessage(url, "while waiting");

    assertThat(poll.get(10, TimeUnit.SECONDS))
        .singleElement()
        .satisfies(m -> assertThat(m.body()).isEqualTo("while waiting"));
  }

  @Test
  void aDelayedMessageArrivesWhenTheClockMoves(
      SqsClient client, ManualClock clock, @SqsQueue(name = "later") String url) {
    client.sendMessage(r -> r.queueUrl(url).messageBody("later").delaySeconds(60));

    assertThat(client.receiveMessage(r -> r.queueUrl(url)).messages()).isEmpty();
    clock.advance(Duration.ofSeconds(61));

    assertThat(client.receiveMessage(r -> r.queueUrl(url)).messages())
        .singleElement()
        .satisfies(m -> assertThat(m.body()).isEqualTo("later"));
  }
}

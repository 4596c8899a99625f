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
package io.sqskit.testing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Random operation sequences checked against a plain reference model of one standard queue. */
class RandomOperationsTest extends EngineTestSupport {

  /** The model's view of one message: when it is next visible and its latest handle. */
  private static final class Model {
    final String body;
    long visibleAt;
    boolean everReceived;
    String handle;

    Model(String body, long visibleAt) {
      this.body = body;
      this.visibleAt = visibleAt;
    }
  }

  @RepeatedTest(5)
  void engineAgreesWithReferenceModel(RepetitionInfo info) {
    Random random = new Random(1000 + info.getCurrentRepetition());
    String url = createQueue("q", "VisibilityTimeout", "7", "MessageRetentionPeriod", "1209600");
    Map<String, Model> model = new HashMap<>();
    int sent = 0;
    for (int step = 0; step < 3_000; step++) {
      long now = clock.millis();
      int op = random.nextInt(10);
      if (op < 3) {
        int delay = random.nextInt(4) == 0 ? random.nextInt(5) : 0;
        String body = "m" + sent++;
        String id =
            (String)
                call("SendMessage", "QueueUrl", url, "MessageBody", body, "DelaySeconds", delay)
                    .get("MessageId");
        model.put(id, new Model(body, now + delay * 1000L));
      } else if (op < 6) {
        int visibility = random.nextInt(3) == 0 ? random.nextInt(4) : 7;
        int asked = 1 + random.nextInt(10);
        List<Map<String, Object>> got =
            receive(url, "MaxNumberOfMessages", asked, "VisibilityTimeout", visibility);
        long visibleNow = model.values().stream().filter(m -> m.visibleAt <= now).count();
        // A single-node fake returns what it has: min(asked, visible), never an invisible one.
        assertThat(got).hasSize((int) Math.min(asked, visibleNow));
        for (Map<String, Object> m : got) {
          Model expected = model.get((String) m.get("MessageId"));
          assertThat(expected).as("received message exists").isNotNull();
          assertThat(expected.visibleAt)
              .as("received message was visible")
              .isLessThanOrEqualTo(now);
          assertThat(m.get("Body")).isEqualTo(expected.body);
          expected.visibleAt = now + visibility * 1000L;
          expected.handle = (String) m.get("ReceiptHandle");
          expected.everReceived = true;
        }
      } else if (op < 8) {
        List<String> received = new ArrayList<>();
        model.forEach(
            (id, m) -> {
              if (m.everReceived) {
                received.add(id);
              }
            });
        if (!received.isEmpty()) {
          String id = received.get(random.nextInt(received.size()));
          call("DeleteMessage", "QueueUrl", url, "ReceiptHandle", model.get(id).handle);
          model.remove(id);
        }
      } else {
        advance(random.nextInt(4));
      }
      if (step % 50 == 0) {
        long t = clock.millis();
        int visible = 0;
        int hidden = 0;
        int delayed = 0;
        for (Model m : model.values()) {
          if (m.visibleAt <= t) {
            visible++;
          } else if (m.everReceived) {
            hidden++;
          } else {
            delayed++;
          }
        }
        counts(url, visible, hidden, delayed);
        assertThat(engine.inspect(url)).hasSize(model.size());
      }
    }
  }
}

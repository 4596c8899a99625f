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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Random operation sequences on a FIFO queue, checked against the FIFO delivery rules, including
 * changes of the queue's DelaySeconds, which apply to messages already sent and not yet received.
 */
class RandomFifoOperationsTest extends EngineTestSupport {

  private static final class Model {
    final String id;
    final String group;
    final long sentAt;
    long visibleAt;
    String handle;

    Model(String id, String group, long sentAt) {
      this.id = id;
      this.group = group;
      this.sentAt = sentAt;
    }

    /** Whether a receive at {@code now} may take it, its group aside. */
    boolean available(long now, long delayMillis) {
      return handle == null ? sentAt + delayMillis <= now : visibleAt <= now;
    }
  }

  @RepeatedTest(5)
  void fifoQueueKeepsGroupOrderAndBlocksGroupsInFlight(RepetitionInfo info) {
    Random random = new Random(77 + info.getCurrentRepetition());
    String url =
        createFifoQueue("q.fifo", "ContentBasedDeduplication", "true", "VisibilityTimeout", "5");
    Map<String, List<Model>> groups = new LinkedHashMap<>(); // per group, send order, not deleted
    int sent = 0;
    long delayMillis = 0;
    int delayChanges = 0;
    for (int step = 0; step < 3_000; step++) {
      long now = clock.millis();
      long delay = delayMillis;
      int op = random.nextInt(20);
      if (op == 19) {
        int seconds = random.nextInt(4);
        call(
            "SetQueueAttributes",
            "QueueUrl",
            url,
            "Attributes",
            Map.of("DelaySeconds", Integer.toString(seconds)));
        delayChanges += seconds * 1000L == delayMillis ? 0 : 1;
        delayMillis = seconds * 1000L;
      } else if (op < 6) {
        String group = "g" + random.nextInt(5);
        String id =
            (String)
                call(
                        "SendMessage",
                        "QueueUrl",
                        url,
                        "MessageBody",
                        "m" + sent++,
                        "MessageGroupId",
                        group)
                    .get("MessageId");
        groups.computeIfAbsent(group, g -> new ArrayList<>()).add(new Model(id, group, now));
      } else if (op < 12) {
        int asked = 1 + random.nextInt(10);
        int visibility = random.nextInt(4) == 0 ? 0 : 5;
        int deliverable = 0;
        for (List<Model> lane : groups.values()) {
          // A group's received messages come first and delays grow with send order, so the
          // available ones are a prefix of the lane; a message in flight blocks those after it.
          for (Model m : lane) {
            if (m.handle != null && m.visibleAt > now) {
              break;
            }
            deliverable += m.available(now, delay) ? 1 : 0;
          }
        }
        List<Map<String, Object>> got =
            receive(url, "MaxNumberOfMessages", asked, "VisibilityTimeout", visibility);
        assertThat(got).hasSize(Math.min(asked, deliverable));
        Map<String, Integer> nextInGroup = new LinkedHashMap<>();
        for (Map<String, Object> m : got) {
          String id = (String) m.get("MessageId");
          Model model = find(groups, id);
          assertThat(model).as("received message exists").isNotNull();
          List<Model> lane = groups.get(model.group);
          int position = nextInGroup.getOrDefault(model.group, 0);
          assertThat(lane.get(position).id).as("group order").isEqualTo(id);
          nextInGroup.put(model.group, position + 1);
          assertThat(model.available(now, delay)).as("was neither in flight nor delayed").isTrue();
          model.visibleAt = now + visibility * 1000L;
          model.handle = (String) m.get("ReceiptHandle");
        }
      } else if (op < 16) {
        List<Model> inFlight = new ArrayList<>();
        groups
            .values()
            .forEach(
                l ->
                    l.stream()
                        .filter(m -> m.handle != null && m.visibleAt > now)
                        .forEach(inFlight::add));
        if (!inFlight.isEmpty()) {
          Model m = inFlight.get(random.nextInt(inFlight.size()));
          if (random.nextBoolean()) {
            call("DeleteMessage", "QueueUrl", url, "ReceiptHandle", m.handle);
            groups.get(m.group).remove(m);
          } else {
            call(
                "ChangeMessageVisibility",
                "QueueUrl",
                url,
                "ReceiptHandle",
                m.handle,
                "VisibilityTimeout",
                0);
            m.visibleAt = now;
          }
        }
      } else {
        advance(random.nextInt(3));
      }
    }
    int total = groups.values().stream().mapToInt(List::size).sum();
    assertThat(engine.inspect(url)).hasSize(total);
    assertThat(delayChanges).as("the delay changed now and then").isGreaterThan(10);
  }

  private static Model find(Map<String, List<Model>> groups, String id) {
    for (List<Model> lane : groups.values()) {
      for (Model m : lane) {
        if (m.id.equals(id)) {
          return m;
        }
      }
    }
    return null;
  }
}

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
package io.sqskit.junit.internal;

import io.sqskit.client.SqsClient;
import io.sqskit.junit.QueueMessage;
import io.sqskit.model.Message;
import io.sqskit.model.MessageAttributeValue;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link QueueOps} over a sqskit client: the extension's own calls in a contract run. */
final class SqskitQueueOps implements QueueOps {

  private final SqsClient client;

  SqskitQueueOps(SqsClient client) {
    this.client = client;
  }

  @Override
  public String createQueue(String name, Map<String, String> attributes) {
    // A CreateQueue that does not throw answers with the URL.
    return Objects.requireNonNull(
        client.createQueue(r -> r.queueName(name).attributes(attributes)).queueUrl());
  }

  @Override
  public Map<String, String> attributes(String queueUrl, List<String> names) {
    return Map.copyOf(
        client.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(names)).attributes());
  }

  @Override
  public List<Received> receive(String queueUrl, int maxMessages, int waitSeconds) {
    List<Message> messages =
        client
            .receiveMessage(
                r ->
                    r.queueUrl(queueUrl)
                        .maxNumberOfMessages(maxMessages)
                        .waitTimeSeconds(waitSeconds)
                        .messageSystemAttributeNames("All")
                        .messageAttributeNames("All"))
            .messages();
    List<Received> out = new ArrayList<>(messages.size());
    for (Message m : messages) {
      Map<String, String> values = new LinkedHashMap<>();
      for (Map.Entry<String, MessageAttributeValue> e : m.messageAttributes().entrySet()) {
        MessageAttributeValue v = e.getValue();
        values.put(
            e.getKey(),
            v.isBinary() ? Base64.getEncoder().encodeToString(v.binaryValue()) : v.stringValue());
      }
      // SQS sends every received message with its id, body and receipt handle.
      out.add(
          new Received(
              new QueueMessage(
                  Objects.requireNonNull(m.messageId()),
                  Objects.requireNonNull(m.body()),
                  m.attributes(),
                  values),
              Objects.requireNonNull(m.receiptHandle())));
    }
    return out;
  }

  @Override
  public void delete(String queueUrl, String receiptHandle) {
    client.deleteMessage(queueUrl, receiptHandle);
  }

  @Override
  public void deleteQueue(String queueUrl) {
    client.deleteQueue(r -> r.queueUrl(queueUrl));
  }

  @Override
  public List<String> listQueues(String prefix) {
    return client
        .listQueuesPaginator(r -> r.queueNamePrefix(prefix).maxResults(1000))
        .items()
        .toList();
  }
}

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

import io.sqskit.junit.QueueMessage;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * {@link QueueOps} over an AWS SDK for Java v2 client: the extension's own calls in a contract run.
 */
final class AwsSdkQueueOps implements QueueOps {

  private final SqsClient client;

  AwsSdkQueueOps(SqsClient client) {
    this.client = client;
  }

  @Override
  public String createQueue(String name, Map<String, String> attributes) {
    return client.createQueue(r -> r.queueName(name).attributesWithStrings(attributes)).queueUrl();
  }

  @Override
  public Map<String, String> attributes(String queueUrl, List<String> names) {
    List<QueueAttributeName> typed = new ArrayList<>();
    for (String name : names) {
      typed.add(QueueAttributeName.fromValue(name));
    }
    return Map.copyOf(
        client
            .getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(typed))
            .attributesAsStrings());
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
                        .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                        .messageAttributeNames("All"))
            .messages();
    List<Received> out = new ArrayList<>(messages.size());
    for (Message m : messages) {
      Map<String, String> values = new LinkedHashMap<>();
      for (Map.Entry<String, MessageAttributeValue> e : m.messageAttributes().entrySet()) {
        MessageAttributeValue v = e.getValue();
        values.put(
            e.getKey(),
            v.stringValue() != null
                ? v.stringValue()
                : Base64.getEncoder().encodeToString(v.binaryValue().asByteArray()));
      }
      out.add(
          new Received(
              new QueueMessage(m.messageId(), m.body(), m.attributesAsStrings(), values),
              m.receiptHandle()));
    }
    return out;
  }

  @Override
  public void delete(String queueUrl, String receiptHandle) {
    client.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(receiptHandle));
  }

  @Override
  public void deleteQueue(String queueUrl) {
    client.deleteQueue(r -> r.queueUrl(queueUrl));
  }

  @Override
  public List<String> listQueues(String prefix) {
    List<String> urls = new ArrayList<>();
    client
        .listQueuesPaginator(r -> r.queueNamePrefix(prefix).maxResults(1000))
        .queueUrls()
        .forEach(urls::add);
    return urls;
  }
}

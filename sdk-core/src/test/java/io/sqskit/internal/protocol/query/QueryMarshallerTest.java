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
package io.sqskit.internal.protocol.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.model.AddPermissionRequest;
import io.sqskit.model.CancelMessageMoveTaskRequest;
import io.sqskit.model.ChangeMessageVisibilityBatchRequest;
import io.sqskit.model.ChangeMessageVisibilityBatchRequestEntry;
import io.sqskit.model.ChangeMessageVisibilityRequest;
import io.sqskit.model.CreateQueueRequest;
import io.sqskit.model.DeleteMessageBatchRequest;
import io.sqskit.model.DeleteMessageBatchRequestEntry;
import io.sqskit.model.DeleteMessageRequest;
import io.sqskit.model.DeleteQueueRequest;
import io.sqskit.model.GetQueueAttributesRequest;
import io.sqskit.model.GetQueueUrlRequest;
import io.sqskit.model.ListDeadLetterSourceQueuesRequest;
import io.sqskit.model.ListMessageMoveTasksRequest;
import io.sqskit.model.ListQueueTagsRequest;
import io.sqskit.model.ListQueuesRequest;
import io.sqskit.model.MessageAttributeValue;
import io.sqskit.model.MessageSystemAttributeName;
import io.sqskit.model.MessageSystemAttributeNameForSends;
import io.sqskit.model.PurgeQueueRequest;
import io.sqskit.model.QueueAttributeName;
import io.sqskit.model.ReceiveMessageRequest;
import io.sqskit.model.RemovePermissionRequest;
import io.sqskit.model.SendMessageBatchRequest;
import io.sqskit.model.SendMessageBatchRequestEntry;
import io.sqskit.model.SendMessageRequest;
import io.sqskit.model.SetQueueAttributesRequest;
import io.sqskit.model.StartMessageMoveTaskRequest;
import io.sqskit.model.TagQueueRequest;
import io.sqskit.model.UntagQueueRequest;
import org.junit.jupiter.api.Test;

/** Golden Query bodies for every action; names per the locationNames of the Query model. */
class QueryMarshallerTest {
  private static final String URL = "https://sqs.us-east-1.amazonaws.com/123456789012/q";
  private static final String URL_ENC =
      "https%3A%2F%2Fsqs.us-east-1.amazonaws.com%2F123456789012%2Fq";
  private static final String V = "&Version=2012-11-05";
  private static final String DLQ_ARN = "arn:aws:sqs:us-east-1:123456789012:dlq";
  private static final String DLQ_ARN_ENC = "arn%3Aaws%3Asqs%3Aus-east-1%3A123456789012%3Adlq";

  @Test
  void addPermissionFlattensAccountIdsAndActionNames() {
    String body =
        QueryMarshaller.addPermission(
            AddPermissionRequest.builder()
                .queueUrl(URL)
                .label("l1")
                .awsAccountIds("111122223333", "444455556666")
                .actions("SendMessage", "ReceiveMessage")
                .build());
    assertThat(body)
        .isEqualTo(
            "Action=AddPermission"
                + V
                + "&QueueUrl="
                + URL_ENC
                + "&Label=l1"
                + "&AWSAccountId.1=111122223333&AWSAccountId.2=444455556666"
                + "&ActionName.1=SendMessage&ActionName.2=ReceiveMessage");
  }

  @Test
  void cancelMessageMoveTask() {
    assertThat(
            QueryMarshaller.cancelMessageMoveTask(
                CancelMessageMoveTaskRequest.builder().taskHandle("eyJ0YXNr+/=").build()))
        .isEqualTo("Action=CancelMessageMoveTask" + V + "&TaskHandle=eyJ0YXNr%2B%2F%3D");
  }

  @Test
  void changeMessageVisibility() {
    assertThat(
            QueryMarshaller.changeMessageVisibility(
                ChangeMessageVisibilityRequest.builder()
                    .queueUrl(URL)
                    .receiptHandle("rh+1")
                    .visibilityTimeout(60)
                    .build()))
        .isEqualTo(
            "Action=ChangeMessageVisibility"
                + V
                + "&QueueUrl="
                + URL_ENC
                + "&ReceiptHandle=rh%2B1&VisibilityTimeout=60");
  }

  @Test
  void changeMessageVisibilityBatchNumbersEntriesAndOmitsAbsentTimeout() {
    String body =
        QueryMarshaller.changeMessageVisibilityBatch(
            ChangeMessageVisibilityBatchRequest.builder()
                .queueUrl(URL)
                .entries(
                    new ChangeMessageVisibilityBatchRequestEntry("a", "rh1", 0),
                    new ChangeMessageVisibilityBatchRequestEntry("b", "rh2", null))
                .build());
    assertThat(body)
        .isEqualTo(
            "Action=ChangeMessageVisibilityBatch"
                + V
                + "&QueueUrl="
                + URL_ENC
                + "&ChangeMessageVisibilityBatchRequestEntry.1.Id=a"
                + "&ChangeMessageVisibilityBatchRequestEntry.1.ReceiptHandle=rh1"
                + "&ChangeMessageVisibilityBatchRequestEntry.1.VisibilityTimeout=0"
                + "&ChangeMessageVisibilityBatchRequestEntry.2.Id=b"
                + "&ChangeMessageVisibilityBatchRequestEntry.2.ReceiptHandle=rh2");
  }

  @Test
  void createQueueFlattensAttributesAndTagsInInsertionOrder() {
    String body =
        QueryMarshaller.createQueue(
            CreateQueueRequest.builder()
                .queueName("orders.fifo")
                .attribute(QueueAttributeName.FIFO_QUEUE, "true")
                .attribute(
                    "RedrivePolicy",
                    "{\"deadLetterTargetArn\":\"" + DLQ_ARN + "\",\"maxReceiveCount\":\"5\"}")
                .tag("team", "a b")
                .tag("cost-center", "42")
                .build());
    assertThat(body)
        .isEqualTo(
            "Action=CreateQueue"
                + V
                + "&QueueName=orders.fifo&Attribute.1.Name=FifoQueue&Attribute.1.Value=true"
                + "&Attribute.2.Name=RedrivePolicy&Attribute.2.Value=%7B%22deadLetterTargetArn%22%3A%22"
                + DLQ_ARN_ENC
                + "%22%2C%22maxReceiveCount%22%3A%225%22%7D"
                + "&Tag.1.Key=team&Tag.1.Value=a%20b&Tag.2.Key=cost-center&Tag.2.Value=42");
  }

  @Test
  void deleteMessage() {
    assertThat(
            QueryMarshaller.deleteMessage(
                DeleteMessageRequest.builder().queueUrl(URL).receiptHandle("AQEB/x==").build()))
        .isEqualTo(
            "Action=DeleteMessage" + V + "&QueueUrl=" + URL_ENC + "&ReceiptHandle=AQEB%2Fx%3D%3D");
  }

  @Test
  void deleteMessageBatch() {
    assertThat(
            QueryMarshaller.deleteMessageBatch(
                DeleteMessageBatchRequest.builder()
                    .queueUrl(URL)
                    .entries(
                        new DeleteMessageBatchRequestEntry("m1", "rh1"),
                        new DeleteMessageBatchRequestEntry("m2", "rh2"))
                    .build()))
        .isEqualTo(
            "Action=DeleteMessageBatch"
                + V
                + "&QueueUrl="
                + URL_ENC
                + "&DeleteMessageBatchRequestEntry.1.Id=m1&DeleteMessageBatchRequestEntry.1.ReceiptHandle=rh1"
                + "&DeleteMessageBatchRequestEntry.2.Id=m2&DeleteMessageBatchRequestEntry.2.ReceiptHandle=rh2");
  }

  @Test
  void deleteQueue() {
    assertThat(QueryMarshaller.deleteQueue(DeleteQueueRequest.builder().queueUrl(URL).build()))
        .isEqualTo("Action=DeleteQueue" + V + "&QueueUrl=" + URL_ENC);
  }

  @Test
  void getQueueAttributesFlattensAttributeNames() {
    assertThat(
            QueryMarshaller.getQueueAttributes(
                GetQueueAttributesRequest.builder()
                    .queueUrl(URL)
                    .attributeNames(
                        QueueAttributeName.QUEUE_ARN,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)
                    .build()))
        .isEqualTo(
            "Action=GetQueueAttributes"
                + V
                + "&QueueUrl="
                + URL_ENC
                + "&AttributeName.1=QueueArn&AttributeName.2=ApproximateNumberOfMessages");
  }

  @Test
  void getQueueUrlUsesQueryCasingOfOwnerAccountId() {
    assertThat(
            QueryMarshaller.getQueueUrl(
                GetQueueUrlRequest.builder()
                    .queueName("q")
                    .queueOwnerAwsAccountId("123456789012")
                    .build()))
        .isEqualTo("Action=GetQueueUrl" + V + "&QueueName=q&QueueOwnerAWSAccountId=123456789012");
  }

  @Test
  void listDeadLetterSourceQueues() {
    assertThat(
            QueryMarshaller.listDeadLetterSourceQueues(
                ListDeadLetterSourceQueuesRequest.builder()
                    .queueUrl(URL)
                    .nextToken("t/1")
                    .maxResults(10)
                    .build()))
        .isEqualTo(
            "Action=ListDeadLetterSourceQueues"
                + V
                + "&QueueUrl="
                + URL_ENC
                + "&NextToken=t%2F1&MaxResults=10");
  }

  @Test
  void listMessageMoveTasks() {
    assertThat(
            QueryMarshaller.listMessageMoveTasks(
                ListMessageMoveTasksRequest.builder().sourceArn(DLQ_ARN).maxResults(10).build()))
        .isEqualTo(
            "Action=ListMessageMoveTasks" + V + "&SourceArn=" + DLQ_ARN_ENC + "&MaxResults=10");
  }

  @Test
  void listQueueTags() {
    assertThat(QueryMarshaller.listQueueTags(ListQueueTagsRequest.builder().queueUrl(URL).build()))
        .isEqualTo("Action=ListQueueTags" + V + "&QueueUrl=" + URL_ENC);
  }

  @Test
  void listQueuesWithAndWithoutMembers() {
    assertThat(QueryMarshaller.listQueues(ListQueuesRequest.builder().build()))
        .isEqualTo("Action=ListQueues" + V);
    assertThat(
            QueryMarshaller.listQueues(
                ListQueuesRequest.builder()
                    .queueNamePrefix("ord")
                    .nextToken("abc")
                    .maxResults(1000)
                    .build()))
        .isEqualTo("Action=ListQueues" + V + "&QueueNamePrefix=ord&NextToken=abc&MaxResults=1000");
  }

  @Test
  void purgeQueue() {
    assertThat(QueryMarshaller.purgeQueue(PurgeQueueRequest.builder().queueUrl(URL).build()))
        .isEqualTo("Action=PurgeQueue" + V + "&QueueUrl=" + URL_ENC);
  }

  @Test
  void receiveMessageWritesEveryMember() {
    String body =
        QueryMarshaller.receiveMessage(
            ReceiveMessageRequest.builder()
                .queueUrl(URL)
                .attributeNames(MessageSystemAttributeName.SENT_TIMESTAMP)
                .messageAttributeNames("color", "trace.*")
                .maxNumberOfMessages(10)
                .visibilityTimeout(30)
                .waitTimeSeconds(20)
                .receiveRequestAttemptId("attempt-1")
                .build());
    assertThat(body)
        .isEqualTo(
            "Action=ReceiveMessage"
                + V
                + "&QueueUrl="
                + URL_ENC
                + "&AttributeName.1=SentTimestamp"
                + "&MessageAttributeName.1=color&MessageAttributeName.2=trace.%2A"
                + "&MaxNumberOfMessages=10&VisibilityTimeout=30&WaitTimeSeconds=20"
                + "&ReceiveRequestAttemptId=attempt-1");
  }

  @Test
  void receiveMessageSendsSystemAttributeNamesAsAttributeNameOnce() {
    String body =
        QueryMarshaller.receiveMessage(
            ReceiveMessageRequest.builder()
                .queueUrl(URL)
                .attributeNames(MessageSystemAttributeName.SENT_TIMESTAMP)
                .messageSystemAttributeNames(
                    MessageSystemAttributeName.SENT_TIMESTAMP,
                    MessageSystemAttributeName.MESSAGE_GROUP_ID)
                .build());
    assertThat(body)
        .isEqualTo(
            "Action=ReceiveMessage"
                + V
                + "&QueueUrl="
                + URL_ENC
                + "&AttributeName.1=SentTimestamp&AttributeName.2=MessageGroupId");
  }

  @Test
  void removePermission() {
    assertThat(
            QueryMarshaller.removePermission(
                RemovePermissionRequest.builder().queueUrl(URL).label("l1").build()))
        .isEqualTo("Action=RemovePermission" + V + "&QueueUrl=" + URL_ENC + "&Label=l1");
  }

  @Test
  void sendMessageWritesStringNumberBinaryAndSystemAttributes() {
    String body =
        QueryMarshaller.sendMessage(
            SendMessageRequest.builder()
                .queueUrl(URL)
                .messageBody("hello wörld & more")
                .delaySeconds(5)
                .messageAttribute("color", MessageAttributeValue.ofString("red"))
                .messageAttribute("count", new MessageAttributeValue("Number.int", "42", null))
                .messageAttribute(
                    "blob", MessageAttributeValue.ofBinary(new byte[] {0, 1, 2, (byte) 0xff}))
                .messageSystemAttribute(
                    MessageSystemAttributeNameForSends.AWS_TRACE_HEADER,
                    MessageAttributeValue.ofString(
                        "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1"))
                .messageDeduplicationId("d1")
                .messageGroupId("g1")
                .build());
    assertThat(body)
        .isEqualTo(
            "Action=SendMessage"
                + V
                + "&QueueUrl="
                + URL_ENC
                + "&MessageBody=hello%20w%C3%B6rld%20%26%20more&DelaySeconds=5"
                + "&MessageAttribute.1.Name=color&MessageAttribute.1.Value.DataType=String"
                + "&MessageAttribute.1.Value.StringValue=red"
                + "&MessageAttribute.2.Name=count&MessageAttribute.2.Value.DataType=Number.int"
                + "&MessageAttribute.2.Value.StringValue=42"
                + "&MessageAttribute.3.Name=blob&MessageAttribute.3.Value.DataType=Binary"
                + "&MessageAttribute.3.Value.BinaryValue=AAEC%2Fw%3D%3D"
                + "&MessageSystemAttribute.1.Name=AWSTraceHeader&MessageSystemAttribute.1.Value.DataType=String"
                + "&MessageSystemAttribute.1.Value.StringValue=Root%3D1-5759e988-bd862e3fe1be46a994272793%3BSampled%3D1"
                + "&MessageDeduplicationId=d1&MessageGroupId=g1");
  }

  @Test
  void sendMessageBatchNestsAttributesUnderEachEntry() {
    String body =
        QueryMarshaller.sendMessageBatch(
            SendMessageBatchRequest.builder()
                .queueUrl(URL)
                .entries(
                    SendMessageBatchRequestEntry.builder()
                        .id("m1")
                        .messageBody("one")
                        .delaySeconds(1)
                        .messageAttribute("bin", MessageAttributeValue.ofBinary(new byte[] {1}))
                        .build(),
                    SendMessageBatchRequestEntry.builder()
                        .id("m2")
                        .messageBody("two")
                        .messageAttribute("n", MessageAttributeValue.ofNumber(7))
                        .messageSystemAttribute(
                            "AWSTraceHeader", MessageAttributeValue.ofString("Root=1"))
                        .messageGroupId("g")
                        .messageDeduplicationId("d")
                        .build())
                .build());
    assertThat(body)
        .isEqualTo(
            "Action=SendMessageBatch"
                + V
                + "&QueueUrl="
                + URL_ENC
                + "&SendMessageBatchRequestEntry.1.Id=m1"
                + "&SendMessageBatchRequestEntry.1.MessageBody=one"
                + "&SendMessageBatchRequestEntry.1.DelaySeconds=1"
                + "&SendMessageBatchRequestEntry.1.MessageAttribute.1.Name=bin"
                + "&SendMessageBatchRequestEntry.1.MessageAttribute.1.Value.DataType=Binary"
                + "&SendMessageBatchRequestEntry.1.MessageAttribute.1.Value.BinaryValue=AQ%3D%3D"
                + "&SendMessageBatchRequestEntry.2.Id=m2"
                + "&SendMessageBatchRequestEntry.2.MessageBody=two"
                + "&SendMessageBatchRequestEntry.2.MessageAttribute.1.Name=n"
                + "&SendMessageBatchRequestEntry.2.MessageAttribute.1.Value.DataType=Number"
                + "&SendMessageBatchRequestEntry.2.MessageAttribute.1.Value.StringValue=7"
                + "&SendMessageBatchRequestEntry.2.MessageSystemAttribute.1.Name=AWSTraceHeader"
                + "&SendMessageBatchRequestEntry.2.MessageSystemAttribute.1.Value.DataType=String"
                + "&SendMessageBatchRequestEntry.2.MessageSystemAttribute.1.Value.StringValue=Root%3D1"
                + "&SendMessageBatchRequestEntry.2.MessageDeduplicationId=d"
                + "&SendMessageBatchRequestEntry.2.MessageGroupId=g");
  }

  @Test
  void setQueueAttributes() {
    assertThat(
            QueryMarshaller.setQueueAttributes(
                SetQueueAttributesRequest.builder()
                    .queueUrl(URL)
                    .attribute(QueueAttributeName.VISIBILITY_TIMEOUT, "45")
                    .attribute(QueueAttributeName.DELAY_SECONDS, "0")
                    .build()))
        .isEqualTo(
            "Action=SetQueueAttributes"
                + V
                + "&QueueUrl="
                + URL_ENC
                + "&Attribute.1.Name=VisibilityTimeout&Attribute.1.Value=45"
                + "&Attribute.2.Name=DelaySeconds&Attribute.2.Value=0");
  }

  @Test
  void startMessageMoveTask() {
    assertThat(
            QueryMarshaller.startMessageMoveTask(
                StartMessageMoveTaskRequest.builder()
                    .sourceArn(DLQ_ARN)
                    .destinationArn("arn:aws:sqs:us-east-1:123456789012:q")
                    .maxNumberOfMessagesPerSecond(50)
                    .build()))
        .isEqualTo(
            "Action=StartMessageMoveTask"
                + V
                + "&SourceArn="
                + DLQ_ARN_ENC
                + "&DestinationArn=arn%3Aaws%3Asqs%3Aus-east-1%3A123456789012%3Aq&MaxNumberOfMessagesPerSecond=50");
  }

  @Test
  void tagQueue() {
    assertThat(
            QueryMarshaller.tagQueue(
                TagQueueRequest.builder().queueUrl(URL).tag("k1", "v1").tag("k2", "").build()))
        .isEqualTo(
            "Action=TagQueue"
                + V
                + "&QueueUrl="
                + URL_ENC
                + "&Tag.1.Key=k1&Tag.1.Value=v1&Tag.2.Key=k2&Tag.2.Value=");
  }

  @Test
  void untagQueue() {
    assertThat(
            QueryMarshaller.untagQueue(
                UntagQueueRequest.builder().queueUrl(URL).tagKeys("k1", "k2").build()))
        .isEqualTo("Action=UntagQueue" + V + "&QueueUrl=" + URL_ENC + "&TagKey.1=k1&TagKey.2=k2");
  }
}

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
package io.sqskit.testing.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.sqskit.testing.protocol.json.JsonRequestReader;
import io.sqskit.testing.protocol.query.FormDecoder;
import io.sqskit.testing.protocol.query.QueryRequestReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every action's request: a Query form and a JSON body both read into the same engine tree. */
class RequestCasesTest {

  private static final String URL = "http://127.0.0.1:9324/000000000000/q";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "AddPermission",
            "QueueUrl="
                + enc(URL)
                + "&Label=l&AWSAccountId.1=111122223333&AWSAccountId.2=444455556666"
                + "&ActionName.1=SendMessage&ActionName.2=ReceiveMessage",
            "{\"QueueUrl\":\""
                + URL
                + "\",\"Label\":\"l\",\"AWSAccountIds\":[\"111122223333\","
                + "\"444455556666\"],\"Actions\":[\"SendMessage\",\"ReceiveMessage\"]}",
            "{AWSAccountIds=[\"111122223333\", \"444455556666\"], Actions=[\"SendMessage\", "
                + "\"ReceiveMessage\"], Label=\"l\", QueueUrl=\""
                + URL
                + "\"}"),
        Arguments.of(
            "CancelMessageMoveTask",
            "TaskHandle=h%3D%3D",
            "{\"TaskHandle\":\"h==\"}",
            "{TaskHandle=\"h==\"}"),
        Arguments.of(
            "ChangeMessageVisibility",
            "QueueUrl=" + enc(URL) + "&ReceiptHandle=r%2B1&VisibilityTimeout=60",
            "{\"QueueUrl\":\"" + URL + "\",\"ReceiptHandle\":\"r+1\",\"VisibilityTimeout\":60}",
            "{QueueUrl=\"" + URL + "\", ReceiptHandle=\"r+1\", VisibilityTimeout=60}"),
        Arguments.of(
            "ChangeMessageVisibilityBatch",
            "QueueUrl="
                + enc(URL)
                + "&ChangeMessageVisibilityBatchRequestEntry.2.Id=b"
                + "&ChangeMessageVisibilityBatchRequestEntry.2.ReceiptHandle=r2"
                + "&ChangeMessageVisibilityBatchRequestEntry.1.Id=a"
                + "&ChangeMessageVisibilityBatchRequestEntry.1.ReceiptHandle=r1"
                + "&ChangeMessageVisibilityBatchRequestEntry.1.VisibilityTimeout=10",
            "{\"QueueUrl\":\""
                + URL
                + "\",\"Entries\":[{\"Id\":\"a\",\"ReceiptHandle\":\"r1\","
                + "\"VisibilityTimeout\":10},{\"Id\":\"b\",\"ReceiptHandle\":\"r2\"}]}",
            "{Entries=[{Id=\"a\", ReceiptHandle=\"r1\", VisibilityTimeout=10}, {Id=\"b\", "
                + "ReceiptHandle=\"r2\"}], QueueUrl=\""
                + URL
                + "\"}"),
        Arguments.of(
            "CreateQueue",
            "QueueName=q.fifo&Attribute.1.Name=FifoQueue&Attribute.1.Value=true"
                + "&Attribute.2.Name=DelaySeconds&Attribute.2.Value=5&Tag.1.Key=team&Tag.1.Value=blue",
            "{\"QueueName\":\"q.fifo\",\"Attributes\":{\"FifoQueue\":\"true\",\"DelaySeconds\":\"5\"},"
                + "\"tags\":{\"team\":\"blue\"}}",
            "{Attributes={DelaySeconds=\"5\", FifoQueue=\"true\"}, QueueName=\"q.fifo\", "
                + "tags={team=\"blue\"}}"),
        Arguments.of(
            "DeleteMessage",
            "QueueUrl=" + enc(URL) + "&ReceiptHandle=rh",
            "{\"QueueUrl\":\"" + URL + "\",\"ReceiptHandle\":\"rh\"}",
            "{QueueUrl=\"" + URL + "\", ReceiptHandle=\"rh\"}"),
        Arguments.of(
            "DeleteMessageBatch",
            "QueueUrl="
                + enc(URL)
                + "&DeleteMessageBatchRequestEntry.1.Id=a"
                + "&DeleteMessageBatchRequestEntry.1.ReceiptHandle=r1",
            "{\"QueueUrl\":\"" + URL + "\",\"Entries\":[{\"Id\":\"a\",\"ReceiptHandle\":\"r1\"}]}",
            "{Entries=[{Id=\"a\", ReceiptHandle=\"r1\"}], QueueUrl=\"" + URL + "\"}"),
        Arguments.of(
            "DeleteQueue",
            "QueueUrl=" + enc(URL),
            "{\"QueueUrl\":\"" + URL + "\"}",
            "{QueueUrl=\"" + URL + "\"}"),
        Arguments.of(
            "GetQueueAttributes",
            "QueueUrl=" + enc(URL) + "&AttributeName.1=All&AttributeName.2=QueueArn",
            "{\"QueueUrl\":\"" + URL + "\",\"AttributeNames\":[\"All\",\"QueueArn\"]}",
            "{AttributeNames=[\"All\", \"QueueArn\"], QueueUrl=\"" + URL + "\"}"),
        Arguments.of(
            "GetQueueUrl",
            "QueueName=q&QueueOwnerAWSAccountId=111122223333",
            "{\"QueueName\":\"q\",\"QueueOwnerAWSAccountId\":\"111122223333\"}",
            "{QueueName=\"q\", QueueOwnerAWSAccountId=\"111122223333\"}"),
        Arguments.of(
            "ListDeadLetterSourceQueues",
            "QueueUrl=" + enc(URL) + "&MaxResults=5&NextToken=t",
            "{\"QueueUrl\":\"" + URL + "\",\"MaxResults\":5,\"NextToken\":\"t\"}",
            "{MaxResults=5, NextToken=\"t\", QueueUrl=\"" + URL + "\"}"),
        Arguments.of(
            "ListMessageMoveTasks",
            "SourceArn=arn%3Aaws%3Asqs%3Aus-east-1%3A000000000000%3Adlq&MaxResults=10",
            "{\"SourceArn\":\"arn:aws:sqs:us-east-1:000000000000:dlq\",\"MaxResults\":10}",
            "{MaxResults=10, SourceArn=\"arn:aws:sqs:us-east-1:000000000000:dlq\"}"),
        Arguments.of(
            "ListQueueTags",
            "QueueUrl=" + enc(URL),
            "{\"QueueUrl\":\"" + URL + "\"}",
            "{QueueUrl=\"" + URL + "\"}"),
        Arguments.of(
            "ListQueues",
            "QueueNamePrefix=a&MaxResults=1000&NextToken=n",
            "{\"QueueNamePrefix\":\"a\",\"MaxResults\":1000,\"NextToken\":\"n\"}",
            "{MaxResults=1000, NextToken=\"n\", QueueNamePrefix=\"a\"}"),
        Arguments.of(
            "PurgeQueue",
            "QueueUrl=" + enc(URL),
            "{\"QueueUrl\":\"" + URL + "\"}",
            "{QueueUrl=\"" + URL + "\"}"),
        Arguments.of(
            "ReceiveMessage",
            "QueueUrl="
                + enc(URL)
                + "&AttributeName.1=All&MessageSystemAttributeName.1=SenderId"
                + "&MessageAttributeName.1=.*&MaxNumberOfMessages=10&VisibilityTimeout=30"
                + "&WaitTimeSeconds=20&ReceiveRequestAttemptId=x",
            "{\"QueueUrl\":\""
                + URL
                + "\",\"AttributeNames\":[\"All\"],"
                + "\"MessageSystemAttributeNames\":[\"SenderId\"],\"MessageAttributeNames\":[\".*\"],"
                + "\"MaxNumberOfMessages\":10,\"VisibilityTimeout\":30,\"WaitTimeSeconds\":20,"
                + "\"ReceiveRequestAttemptId\":\"x\"}",
            "{AttributeNames=[\"All\"], MaxNumberOfMessages=10, MessageAttributeNames=[\".*\"], "
                + "MessageSystemAttributeNames=[\"SenderId\"], QueueUrl=\""
                + URL
                + "\", "
                + "ReceiveRequestAttemptId=\"x\", VisibilityTimeout=30, WaitTimeSeconds=20}"),
        Arguments.of(
            "RemovePermission",
            "QueueUrl=" + enc(URL) + "&Label=l",
            "{\"QueueUrl\":\"" + URL + "\",\"Label\":\"l\"}",
            "{Label=\"l\", QueueUrl=\"" + URL + "\"}"),
        Arguments.of(
            "SendMessage",
            "QueueUrl="
                + enc(URL)
                + "&MessageBody=h%C3%A9llo+w%0D%0A&DelaySeconds=0"
                + "&MessageAttribute.1.Name=color&MessageAttribute.1.Value.DataType=String"
                + "&MessageAttribute.1.Value.StringValue=red"
                + "&MessageAttribute.2.Name=blob&MessageAttribute.2.Value.DataType=Binary"
                + "&MessageAttribute.2.Value.BinaryValue=AAEC"
                + "&MessageSystemAttribute.1.Name=AWSTraceHeader"
                + "&MessageSystemAttribute.1.Value.DataType=String"
                + "&MessageSystemAttribute.1.Value.StringValue=Root%3D1"
                + "&MessageDeduplicationId=d&MessageGroupId=g",
            "{\"QueueUrl\":\""
                + URL
                + "\",\"MessageBody\":\"h\\u00e9llo w\\r"
                + "\\n"
                + "\",\"DelaySeconds\":0,"
                + "\"MessageAttributes\":{\"color\":{\"DataType\":\"String\",\"StringValue\":\"red\"},"
                + "\"blob\":{\"DataType\":\"Binary\",\"BinaryValue\":\"AAEC\"}},"
                + "\"MessageSystemAttributes\":{\"AWSTraceHeader\":{\"DataType\":\"String\","
                + "\"StringValue\":\"Root=1\"}},\"MessageDeduplicationId\":\"d\",\"MessageGroupId\":\"g\"}",
            "{DelaySeconds=0, MessageAttributes={blob={BinaryValue=b64:AAEC, DataType=\"Binary\"},"
                + " color={DataType=\"String\", StringValue=\"red\"}}, MessageBody=\"h\u00e9llo"
                + " w\r\n"
                + "\", MessageDeduplicationId=\"d\", MessageGroupId=\"g\","
                + " MessageSystemAttributes={AWSTraceHeader={DataType=\"String\","
                + " StringValue=\"Root=1\"}}, QueueUrl=\""
                + URL
                + "\"}"),
        Arguments.of(
            "SendMessageBatch",
            "QueueUrl="
                + enc(URL)
                + "&SendMessageBatchRequestEntry.1.Id=a"
                + "&SendMessageBatchRequestEntry.1.MessageBody=one"
                + "&SendMessageBatchRequestEntry.1.DelaySeconds=3"
                + "&SendMessageBatchRequestEntry.1.MessageAttribute.1.Name=n"
                + "&SendMessageBatchRequestEntry.1.MessageAttribute.1.Value.DataType=Number"
                + "&SendMessageBatchRequestEntry.1.MessageAttribute.1.Value.StringValue=42"
                + "&SendMessageBatchRequestEntry.10.Id=b&SendMessageBatchRequestEntry.10.MessageBody=two"
                + "&SendMessageBatchRequestEntry.10.MessageGroupId=g"
                + "&SendMessageBatchRequestEntry.10.MessageDeduplicationId=d",
            "{\"QueueUrl\":\""
                + URL
                + "\",\"Entries\":[{\"Id\":\"a\",\"MessageBody\":\"one\","
                + "\"DelaySeconds\":3,\"MessageAttributes\":{\"n\":{\"DataType\":\"Number\","
                + "\"StringValue\":\"42\"}}},{\"Id\":\"b\",\"MessageBody\":\"two\","
                + "\"MessageGroupId\":\"g\",\"MessageDeduplicationId\":\"d\"}]}",
            "{Entries=[{DelaySeconds=3, Id=\"a\", MessageAttributes={n={DataType=\"Number\", "
                + "StringValue=\"42\"}}, MessageBody=\"one\"}, {Id=\"b\", MessageBody=\"two\", "
                + "MessageDeduplicationId=\"d\", MessageGroupId=\"g\"}], QueueUrl=\""
                + URL
                + "\"}"),
        Arguments.of(
            "SetQueueAttributes",
            "QueueUrl=" + enc(URL) + "&Attribute.1.Name=VisibilityTimeout&Attribute.1.Value=45",
            "{\"QueueUrl\":\"" + URL + "\",\"Attributes\":{\"VisibilityTimeout\":\"45\"}}",
            "{Attributes={VisibilityTimeout=\"45\"}, QueueUrl=\"" + URL + "\"}"),
        Arguments.of(
            "StartMessageMoveTask",
            "SourceArn=arn%3Aaws%3Asqs%3Aus-east-1%3A000000000000%3Adlq"
                + "&DestinationArn=arn%3Aaws%3Asqs%3Aus-east-1%3A000000000000%3Aq"
                + "&MaxNumberOfMessagesPerSecond=50",
            "{\"SourceArn\":\"arn:aws:sqs:us-east-1:000000000000:dlq\","
                + "\"DestinationArn\":\"arn:aws:sqs:us-east-1:000000000000:q\","
                + "\"MaxNumberOfMessagesPerSecond\":50}",
            "{DestinationArn=\"arn:aws:sqs:us-east-1:000000000000:q\","
                + " MaxNumberOfMessagesPerSecond=50, "
                + "SourceArn=\"arn:aws:sqs:us-east-1:000000000000:dlq\"}"),
        Arguments.of(
            "TagQueue",
            "QueueUrl=" + enc(URL) + "&Tag.1.Key=a&Tag.1.Value=1&Tag.2.Key=b&Tag.2.Value=",
            "{\"QueueUrl\":\"" + URL + "\",\"Tags\":{\"a\":\"1\",\"b\":\"\"}}",
            "{QueueUrl=\"" + URL + "\", Tags={a=\"1\", b=\"\"}}"),
        Arguments.of(
            "UntagQueue",
            "QueueUrl=" + enc(URL) + "&TagKey.1=a&TagKey.2=b",
            "{\"QueueUrl\":\"" + URL + "\",\"TagKeys\":[\"a\",\"b\"]}",
            "{QueueUrl=\"" + URL + "\", TagKeys=[\"a\", \"b\"]}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void queryFormReadsIntoTree(String action, String form, String json, String expected) {
    Map<String, String> params = new LinkedHashMap<>();
    FormDecoder.decode("Action=" + action + "&Version=2012-11-05&" + form, params);

    Map<String, Object> tree = QueryRequestReader.read(SqsShapes.operation(action).input(), params);

    assertThat(Trees.show(tree)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void jsonBodyReadsIntoTree(String action, String form, String json, String expected) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);

    Map<String, Object> tree =
        JsonRequestReader.read(SqsShapes.operation(action).input(), body, body.length);

    assertThat(Trees.show(tree)).isEqualTo(expected);
  }

  @Test
  void everyActionHasACase() {
    assertThat(cases().map(a -> (String) a.get()[0]))
        .hasSize(23)
        .allSatisfy(action -> assertThat(SqsShapes.operation(action)).isNotNull());
  }

  @Test
  void tagQueueAcceptsTheTagsSpellingOfTheJavaSdkV1() {
    Map<String, String> params = new LinkedHashMap<>();
    FormDecoder.decode("Action=TagQueue&QueueUrl=u&Tags.1.Key=a&Tags.1.Value=1", params);

    Map<String, Object> tree =
        QueryRequestReader.read(SqsShapes.operation("TagQueue").input(), params);

    assertThat(Trees.show(tree)).isEqualTo("{QueueUrl=\"u\", Tags={a=\"1\"}}");
  }

  @Test
  void unknownQueryParametersAndBadIndexesAreIgnored() {
    Map<String, String> params = new LinkedHashMap<>();
    FormDecoder.decode(
        "QueueUrl=u&Bogus=1&AttributeName.0=X&AttributeName.x=Y&AttributeName.2=QueueArn", params);

    Map<String, Object> tree =
        QueryRequestReader.read(SqsShapes.operation("GetQueueAttributes").input(), params);

    assertThat(Trees.show(tree)).isEqualTo("{AttributeNames=[\"QueueArn\"], QueueUrl=\"u\"}");
  }

  @Test
  void jsonNullsAndUnknownMembersAreSkipped() {
    byte[] body =
        "{\"QueueUrl\":\"u\",\"MaxNumberOfMessages\":null,\"Extra\":{\"a\":[1,2,{}]}}"
            .getBytes(StandardCharsets.UTF_8);

    Map<String, Object> tree =
        JsonRequestReader.read(SqsShapes.operation("ReceiveMessage").input(), body, body.length);

    assertThat(Trees.show(tree)).isEqualTo("{QueueUrl=\"u\"}");
  }

  @Test
  void emptyJsonBodyReadsAsEmptyRequest() {
    assertThat(JsonRequestReader.read(SqsShapes.operation("ListQueues").input(), new byte[0], 0))
        .isEmpty();
  }

  private static String enc(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}

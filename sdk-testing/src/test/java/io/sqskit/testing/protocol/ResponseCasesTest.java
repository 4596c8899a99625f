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

import io.sqskit.testing.engine.SqsError;
import io.sqskit.testing.engine.SqsErrorCode;
import io.sqskit.testing.protocol.json.JsonResponseWriter;
import io.sqskit.testing.protocol.query.QueryResponseWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every response shape written as Query XML and as JSON, against golden strings. */
class ResponseCasesTest {

  private static final String NS = "<?xml version=\"1.0\"?>";
  private static final String XMLNS = " xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\"";
  private static final String URL = "http://127.0.0.1:9324/000000000000/q";

  static Stream<Arguments> cases() {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("SenderId", "AKIDEXAMPLE");
    attributes.put("SentTimestamp", "1767225600000");
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("MessageId", "m-1");
    message.put("ReceiptHandle", "rh+/=");
    message.put("MD5OfBody", "5d41402abc4b2a76b9719d911017c592");
    message.put("Body", "a<b>&\"c\"\r\n");
    message.put("Attributes", attributes);
    message.put("MD5OfMessageAttributes", "md5a");
    message.put(
        "MessageAttributes",
        Map.of("blob", Map.of("DataType", "Binary", "BinaryValue", new byte[] {0, 1, 2})));
    return Stream.of(
        Arguments.of("AddPermission", Map.of(), "", "{}"),
        Arguments.of(
            "CancelMessageMoveTask",
            Map.of("ApproximateNumberOfMessagesMoved", 7L),
            "<CancelMessageMoveTaskResult><ApproximateNumberOfMessagesMoved>7"
                + "</ApproximateNumberOfMessagesMoved></CancelMessageMoveTaskResult>",
            "{\"ApproximateNumberOfMessagesMoved\":7}"),
        Arguments.of(
            "ChangeMessageVisibilityBatch",
            Map.of(
                "Successful", List.of(Map.of("Id", "a"), Map.of("Id", "b")),
                "Failed",
                    List.of(
                        Map.of(
                            "Id", "c",
                            "SenderFault", true,
                            "Code", "ReceiptHandleIsInvalid",
                            "Message", "bad"))),
            "<ChangeMessageVisibilityBatchResult>"
                + "<ChangeMessageVisibilityBatchResultEntry><Id>a</Id></ChangeMessageVisibilityBatchResultEntry>"
                + "<ChangeMessageVisibilityBatchResultEntry><Id>b</Id></ChangeMessageVisibilityBatchResultEntry>"
                + "<BatchResultErrorEntry><Id>c</Id><SenderFault>true</SenderFault>"
                + "<Code>ReceiptHandleIsInvalid</Code><Message>bad</Message></BatchResultErrorEntry>"
                + "</ChangeMessageVisibilityBatchResult>",
            "{\"Successful\":[{\"Id\":\"a\"},{\"Id\":\"b\"}],\"Failed\":[{\"Id\":\"c\","
                + "\"SenderFault\":true,\"Code\":\"ReceiptHandleIsInvalid\",\"Message\":\"bad\"}]}"),
        Arguments.of(
            "CreateQueue",
            Map.of("QueueUrl", URL),
            "<CreateQueueResult><QueueUrl>" + URL + "</QueueUrl></CreateQueueResult>",
            "{\"QueueUrl\":\"" + URL + "\"}"),
        Arguments.of(
            "DeleteMessageBatch",
            Map.of("Successful", List.of(Map.of("Id", "a")), "Failed", List.of()),
            "<DeleteMessageBatchResult><DeleteMessageBatchResultEntry><Id>a</Id>"
                + "</DeleteMessageBatchResultEntry></DeleteMessageBatchResult>",
            "{\"Successful\":[{\"Id\":\"a\"}],\"Failed\":[]}"),
        Arguments.of("DeleteQueue", Map.of(), "", "{}"),
        Arguments.of(
            "GetQueueAttributes",
            Map.of("Attributes", new LinkedHashMap<>(Map.of("DelaySeconds", "0"))),
            "<GetQueueAttributesResult><Attribute><Name>DelaySeconds</Name><Value>0</Value>"
                + "</Attribute></GetQueueAttributesResult>",
            "{\"Attributes\":{\"DelaySeconds\":\"0\"}}"),
        Arguments.of(
            "GetQueueUrl",
            Map.of("QueueUrl", URL),
            "<GetQueueUrlResult><QueueUrl>" + URL + "</QueueUrl></GetQueueUrlResult>",
            "{\"QueueUrl\":\"" + URL + "\"}"),
        Arguments.of(
            "ListDeadLetterSourceQueues",
            Map.of("queueUrls", List.of(URL), "NextToken", "t"),
            "<ListDeadLetterSourceQueuesResult><QueueUrl>"
                + URL
                + "</QueueUrl><NextToken>t</NextToken>"
                + "</ListDeadLetterSourceQueuesResult>",
            "{\"queueUrls\":[\"" + URL + "\"],\"NextToken\":\"t\"}"),
        Arguments.of(
            "ListMessageMoveTasks",
            Map.of(
                "Results",
                List.of(
                    Map.of(
                        "Status",
                        "RUNNING",
                        "SourceArn",
                        "arn:s",
                        "MaxNumberOfMessagesPerSecond",
                        5,
                        "ApproximateNumberOfMessagesMoved",
                        1L,
                        "StartedTimestamp",
                        1767225600000L))),
            "<ListMessageMoveTasksResult><ListMessageMoveTasksResultEntry><Status>RUNNING</Status>"
                + "<SourceArn>arn:s</SourceArn><MaxNumberOfMessagesPerSecond>5</MaxNumberOfMessagesPerSecond>"
                + "<ApproximateNumberOfMessagesMoved>1</ApproximateNumberOfMessagesMoved>"
                + "<StartedTimestamp>1767225600000</StartedTimestamp></ListMessageMoveTasksResultEntry>"
                + "</ListMessageMoveTasksResult>",
            "{\"Results\":[{\"Status\":\"RUNNING\",\"SourceArn\":\"arn:s\",\"MaxNumberOfMessagesPerSecond\":5,"
                + "\"ApproximateNumberOfMessagesMoved\":1,\"StartedTimestamp\":1767225600000}]}"),
        Arguments.of(
            "ListQueueTags",
            Map.of("Tags", Map.of("team", "blue")),
            "<ListQueueTagsResult><Tag><Key>team</Key><Value>blue</Value></Tag></ListQueueTagsResult>",
            "{\"Tags\":{\"team\":\"blue\"}}"),
        Arguments.of(
            "ListQueues",
            Map.of("QueueUrls", List.of(URL, URL + "2")),
            "<ListQueuesResult><QueueUrl>"
                + URL
                + "</QueueUrl><QueueUrl>"
                + URL
                + "2</QueueUrl>"
                + "</ListQueuesResult>",
            "{\"QueueUrls\":[\"" + URL + "\",\"" + URL + "2\"]}"),
        Arguments.of("ListQueues", Map.of(), "<ListQueuesResult></ListQueuesResult>", "{}"),
        Arguments.of("PurgeQueue", Map.of(), "", "{}"),
        Arguments.of(
            "ReceiveMessage",
            Map.of("Messages", List.of(message)),
            "<ReceiveMessageResult><Message><MessageId>m-1</MessageId><ReceiptHandle>rh+/=</ReceiptHandle><MD5OfBody>5d41402abc4b2a76b9719d911017c592</MD5OfBody><Body>a&lt;b&gt;&amp;&quot;c&quot;&#xD;\n"
                + "</Body><Attribute><Name>SenderId</Name><Value>AKIDEXAMPLE</Value></Attribute>"
                + "<Attribute><Name>SentTimestamp</Name><Value>1767225600000</Value></Attribute>"
                + "<MD5OfMessageAttributes>md5a</MD5OfMessageAttributes>"
                + "<MessageAttribute><Name>blob</Name><Value><BinaryValue>AAEC</BinaryValue>"
                + "<DataType>Binary</DataType></Value></MessageAttribute></Message></ReceiveMessageResult>",
            "{\"Messages\":[{\"MessageId\":\"m-1\",\"ReceiptHandle\":\"rh+/=\",\"MD5OfBody\":\"5d41402abc4b2a76b9719d911017c592\",\"Body\":\"a<b>&\\\"c\\\"\\r"
                + "\\n"
                + "\",\"Attributes\":{\"SenderId\":\"AKIDEXAMPLE\",\"SentTimestamp\":\"1767225600000\"},"
                + "\"MD5OfMessageAttributes\":\"md5a\",\"MessageAttributes\":{\"blob\":"
                + "{\"BinaryValue\":\"AAEC\",\"DataType\":\"Binary\"}}}]}"),
        Arguments.of("RemovePermission", Map.of(), "", "{}"),
        Arguments.of(
            "SendMessage",
            Map.of(
                "MessageId", "m-1",
                "MD5OfMessageBody", "5d41402abc4b2a76b9719d911017c592",
                "MD5OfMessageAttributes", "20ca9041878c8c65d5a4bf6eaf446c21",
                "SequenceNumber", "18849496460467696128"),
            "<SendMessageResult><MD5OfMessageBody>5d41402abc4b2a76b9719d911017c592</MD5OfMessageBody>"
                + "<MD5OfMessageAttributes>20ca9041878c8c65d5a4bf6eaf446c21</MD5OfMessageAttributes>"
                + "<MessageId>m-1</MessageId><SequenceNumber>18849496460467696128</SequenceNumber>"
                + "</SendMessageResult>",
            "{\"MD5OfMessageBody\":\"5d41402abc4b2a76b9719d911017c592\","
                + "\"MD5OfMessageAttributes\":\"20ca9041878c8c65d5a4bf6eaf446c21\",\"MessageId\":\"m-1\","
                + "\"SequenceNumber\":\"18849496460467696128\"}"),
        Arguments.of(
            "SendMessageBatch",
            Map.of(
                "Successful",
                    List.of(
                        Map.of(
                            "Id", "a",
                            "MessageId", "m-1",
                            "MD5OfMessageBody", "x",
                            "MD5OfMessageSystemAttributes", "y")),
                "Failed",
                    List.of(
                        Map.of(
                            "Id", "b",
                            "SenderFault", true,
                            "Code", "InvalidParameterValue",
                            "Message", "m"))),
            "<SendMessageBatchResult><SendMessageBatchResultEntry><Id>a</Id><MessageId>m-1</MessageId>"
                + "<MD5OfMessageBody>x</MD5OfMessageBody><MD5OfMessageSystemAttributes>y"
                + "</MD5OfMessageSystemAttributes></SendMessageBatchResultEntry><BatchResultErrorEntry>"
                + "<Id>b</Id><SenderFault>true</SenderFault><Code>InvalidParameterValue</Code>"
                + "<Message>m</Message></BatchResultErrorEntry></SendMessageBatchResult>",
            "{\"Successful\":[{\"Id\":\"a\",\"MessageId\":\"m-1\",\"MD5OfMessageBody\":\"x\","
                + "\"MD5OfMessageSystemAttributes\":\"y\"}],\"Failed\":[{\"Id\":\"b\",\"SenderFault\":true,"
                + "\"Code\":\"InvalidParameterValue\",\"Message\":\"m\"}]}"),
        Arguments.of("SetQueueAttributes", Map.of(), "", "{}"),
        Arguments.of(
            "StartMessageMoveTask",
            Map.of("TaskHandle", "th"),
            "<StartMessageMoveTaskResult><TaskHandle>th</TaskHandle></StartMessageMoveTaskResult>",
            "{\"TaskHandle\":\"th\"}"),
        Arguments.of("TagQueue", Map.of(), "", "{}"),
        Arguments.of("UntagQueue", Map.of(), "", "{}"),
        Arguments.of("ChangeMessageVisibility", Map.of(), "", "{}"),
        Arguments.of("DeleteMessage", Map.of(), "", "{}"));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("cases")
  void writesQueryXml(String action, Map<String, Object> tree, String result, String json) {
    String xml =
        QueryResponseWriter.write(action, SqsShapes.operation(action).output(), tree, "rid");

    assertThat(xml)
        .isEqualTo(
            NS
                + "<"
                + action
                + "Response"
                + XMLNS
                + ">"
                + result
                + "<ResponseMetadata><RequestId>rid</RequestId></ResponseMetadata></"
                + action
                + "Response>");
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("cases")
  void writesJson(String action, Map<String, Object> tree, String result, String json) {
    byte[] body = JsonResponseWriter.write(SqsShapes.operation(action).output(), tree);

    assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(json);
  }

  @Test
  void everyActionHasAResponseCase() {
    assertThat(cases().map(a -> (String) a.get()[0]).distinct()).hasSize(23);
  }

  @Test
  void queryErrorResponseCarriesTypeCodeMessageAndDetail() {
    WireError error =
        WireError.of(
            new SqsError(
                SqsErrorCode.QUEUE_DOES_NOT_EXIST,
                "The specified queue does not exist.",
                "The specified queue does not exist for this wsdl version."));

    assertThat(QueryResponseWriter.writeError(error, "rid"))
        .isEqualTo(
            NS
                + "<ErrorResponse"
                + XMLNS
                + "><Error><Type>Sender</Type>"
                + "<Code>AWS.SimpleQueueService.NonExistentQueue</Code>"
                + "<Message>The specified queue does not exist for this wsdl version.</Message>"
                + "<Detail/></Error><RequestId>rid</RequestId></ErrorResponse>");
    assertThat(error.status()).isEqualTo(400);
  }

  @Test
  void jsonErrorBodyCarriesTypeAndMessage() {
    WireError error =
        WireError.of(
            new SqsError(
                SqsErrorCode.QUEUE_DOES_NOT_EXIST,
                "The specified queue does not exist.",
                "The specified queue does not exist for this wsdl version."));

    assertThat(new String(JsonResponseWriter.writeError(error), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\","
                + "\"message\":\"The specified queue does not exist.\"}");
  }

  @Test
  void invalidParameterValueAndMissingParameterUseTheJsonTypesSqsSends() {
    assertThat(WireError.of(SqsErrorCode.INVALID_PARAMETER_VALUE, "m").jsonType())
        .isEqualTo("com.amazonaws.sqs#InvalidParameterValueException");
    assertThat(WireError.of(SqsErrorCode.MISSING_PARAMETER, "m").jsonType())
        .isEqualTo("com.amazonaws.sqs#MissingRequiredParameterException");
    assertThat(WireError.of(SqsErrorCode.MISSING_PARAMETER, "m").queryCode())
        .isEqualTo("MissingParameter");
  }

  @Test
  void receiverFaultsAreMarkedReceiver() {
    WireError error = WireError.of(SqsErrorCode.INTERNAL_FAILURE, "boom <&>");

    assertThat(QueryResponseWriter.writeError(error, "r"))
        .contains(
            "<Type>Receiver</Type><Code>InternalFailure</Code><Message>boom"
                + " &lt;&amp;&gt;</Message>");
    assertThat(error.status()).isEqualTo(500);
  }
}

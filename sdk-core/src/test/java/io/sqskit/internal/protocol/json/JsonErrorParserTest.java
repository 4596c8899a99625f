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
package io.sqskit.internal.protocol.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.exception.ErrorCode;
import io.sqskit.exception.QueueDoesNotExistException;
import io.sqskit.exception.ResourceNotFoundException;
import io.sqskit.exception.SqsServiceException;
import io.sqskit.internal.protocol.json.JsonErrorParser.MalformedErrorException;
import io.sqskit.internal.protocol.json.JsonErrorParser.ParsedJsonError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * AWS JSON 1.0 error answers: {@code __type} and {@code message} in the body, the legacy Query code
 * and fault in the {@code x-amzn-query-error} header.
 */
class JsonErrorParserTest {
  private static final String TABLE = "/protocol/json/error-codes.tsv";

  private static ParsedJsonError parse(String body, String header, int status)
      throws MalformedErrorException {
    return JsonErrorParser.parse(body.getBytes(StandardCharsets.UTF_8), header, status);
  }

  // ---- the code ----

  @Test
  void headerGivesTheQueryCodeAndFault() throws Exception {
    // recorded test_send_message_with_empty_string_attribute[sqs]
    ParsedJsonError error =
        parse(
            "{\"__type\":\"com.amazonaws.sqs#InvalidParameterValueException\","
                + "\"message\":\"Message (user) attribute 'ErrorDetails' must contain a non-empty"
                + " value of type 'String'.\"}",
            "InvalidParameterValue;Sender",
            400);

    assertThat(error)
        .isEqualTo(
            new ParsedJsonError(
                "InvalidParameterValue",
                "Message (user) attribute 'ErrorDetails' must contain a non-empty value of type"
                    + " 'String'.",
                true));
  }

  @Test
  void headerCodeWinsOverTheType() throws Exception {
    ParsedJsonError error =
        parse(
            "{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\","
                + "\"message\":\"The specified queue does not exist.\"}",
            "AWS.SimpleQueueService.NonExistentQueue;Sender",
            400);

    assertThat(error.code()).isEqualTo("AWS.SimpleQueueService.NonExistentQueue");
    assertThat(error.message()).isEqualTo("The specified queue does not exist.");
    assertThat(error.senderFault()).isTrue();
  }

  @Test
  void withoutHeaderTheTypeLosesItsNamespace() throws Exception {
    ParsedJsonError error =
        parse(
            "{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\","
                + "\"message\":\"The specified queue does not exist.\"}",
            null,
            400);

    assertThat(error)
        .isEqualTo(
            new ParsedJsonError("QueueDoesNotExist", "The specified queue does not exist.", true));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "QueueDoesNotExist",
        "com.amazonaws.sqs#QueueDoesNotExist",
        "QueueDoesNotExist:http://internal.amazon.com/coral/com.amazonaws.sqs/",
        "com.amazonaws.sqs#QueueDoesNotExist:http://internal.amazon.com/coral/com.amazonaws.sqs/",
        "aws.protocoltests#QueueDoesNotExist"
      })
  void typeLosesNamespaceAndSuffix(String type) throws Exception {
    assertThat(parse("{\"__type\":\"" + type + "\"}", null, 400).code())
        .isEqualTo("QueueDoesNotExist");
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", "   ", ";Sender", " ;Receiver"})
  void aHeaderWithoutACodeFallsBackToTheType(String header) throws Exception {
    ParsedJsonError error =
        parse("{\"__type\":\"com.amazonaws.sqs#OverLimit\",\"message\":\"m\"}", header, 403);

    assertThat(error.code()).isEqualTo("OverLimit");
    assertThat(error.message()).isEqualTo("m");
    assertThat(error.senderFault()).isTrue();
  }

  @Test
  void aHeaderWithoutAFaultStillNamesTheCodeAndTheStatusDecidesTheFault() throws Exception {
    String body = "{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\",\"message\":\"m\"}";

    assertThat(parse(body, "AWS.SimpleQueueService.NonExistentQueue", 400))
        .isEqualTo(new ParsedJsonError("AWS.SimpleQueueService.NonExistentQueue", "m", true));
    assertThat(parse(body, "AWS.SimpleQueueService.NonExistentQueue;Unknown", 500))
        .isEqualTo(new ParsedJsonError("AWS.SimpleQueueService.NonExistentQueue", "m", false));
  }

  @Test
  void headerAloneIsEnoughWhenTheBodyHasNoType() throws Exception {
    ParsedJsonError error = parse("{}", "RequestThrottled;Sender", 403);

    assertThat(error).isEqualTo(new ParsedJsonError("RequestThrottled", null, true));
  }

  @Test
  void unknownMembersAreIgnored() throws Exception {
    ParsedJsonError error =
        parse(
            "{\"Detail\":{\"__type\":\"Nested\",\"message\":\"not this\"},\"list\":[{}, [1]],"
                + "\"__type\":\"com.amazonaws.sqs#OverLimit\",\"n\":1.5,\"b\":null,"
                + "\"message\":\"too many\"}",
            null,
            403);

    assertThat(error).isEqualTo(new ParsedJsonError("OverLimit", "too many", true));
  }

  // ---- the message ----

  @Test
  void messageMayBeCapitalised() throws Exception {
    ParsedJsonError error =
        parse(
            "{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\","
                + "\"Message\":\"The specified queue does not exist.\"}",
            "AWS.SimpleQueueService.NonExistentQueue;Sender",
            400);

    assertThat(error.message()).isEqualTo("The specified queue does not exist.");
  }

  @Test
  void messageIsNullWhenAbsent() throws Exception {
    assertThat(parse("{\"__type\":\"InternalFailure\"}", null, 500).message()).isNull();
  }

  @Test
  void messageEscapesAreDecoded() throws Exception {
    assertThat(
            parse(
                    "{\"__type\":\"InvalidMessageContents\","
                        + "\"message\":\"bad \\\"char\\\" \\u0001 in \\ud83d\\ude00\"}",
                    null,
                    400)
                .message())
        .isEqualTo("bad \"char\" \u0001 in \ud83d\ude00");
  }

  // ---- the fault ----

  @Test
  void receiverInTheHeaderIsNotSenderFaultEvenFor4xx() throws Exception {
    assertThat(parse("{\"__type\":\"X\"}", "X;Receiver", 400).senderFault()).isFalse();
  }

  @Test
  void senderInTheHeaderIsSenderFaultEvenFor5xx() throws Exception {
    assertThat(parse("{\"__type\":\"X\"}", "X;Sender", 500).senderFault()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {400, 403, 404, 413, 429, 499})
  void withoutHeaderA4xxIsSenderFault(int status) throws Exception {
    assertThat(parse("{\"__type\":\"X\"}", null, status).senderFault()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {500, 502, 503, 504})
  void withoutHeaderA5xxIsNotSenderFault(int status) throws Exception {
    assertThat(parse("{\"__type\":\"com.amazonaws.sqs#InternalFailure\"}", null, status))
        .isEqualTo(new ParsedJsonError("InternalFailure", null, false));
  }

  // ---- malformed ----

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "",
        " ",
        "<html><body>Bad Gateway</body></html>",
        "{",
        "{\"__type\":\"X\"",
        "[]",
        "[{\"__type\":\"X\"}]",
        "\"X\"",
        "null",
        "42"
      })
  void aBodyThatIsNotAJsonObjectIsMalformed(String body) {
    assertThatThrownBy(() -> parse(body, null, 502)).isInstanceOf(MalformedErrorException.class);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "{}",
        "{\"message\":\"no type\"}",
        "{\"__type\":null,\"message\":\"m\"}",
        "{\"Error\":{\"__type\":\"X\"}}"
      })
  void anObjectWithoutTypeAndWithoutHeaderIsMalformed(String body) {
    assertThatThrownBy(() -> parse(body, null, 400)).isInstanceOf(MalformedErrorException.class);
  }

  // ---- every modelled error, end to end into ErrorCode ----

  /**
   * For each row of error-codes.tsv (a verbatim copy of sqs-reference/models/error-codes.tsv; an
   * empty status means 400): the JSON answer SQS sends, read here and turned into the exception.
   */
  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = TABLE, delimiter = '\t', numLinesToSkip = 1)
  void everyModelledErrorBecomesItsException(
      String jsonType, String queryCode, Integer tableStatus, String fault) throws Exception {
    int status = tableStatus == null ? 400 : tableStatus;
    boolean client = fault.equals("client");
    String body =
        "{\"__type\":\"com.amazonaws.sqs#" + jsonType + "\",\"message\":\"m-" + jsonType + "\"}";
    ErrorCode row = ErrorCode.lookup(jsonType).orElseThrow();
    Class<? extends SqsServiceException> expected =
        ErrorCode.from(row.jsonType(), row.httpStatus(), "", null, true).getClass();
    assertThat(expected).isNotEqualTo(SqsServiceException.class);
    assertThat(row.queryCode()).isEqualTo(queryCode);

    ParsedJsonError parsed =
        parse(body, queryCode + ";" + (client ? "Sender" : "Receiver"), status);
    assertThat(parsed).isEqualTo(new ParsedJsonError(queryCode, "m-" + jsonType, client));

    SqsServiceException e =
        ErrorCode.from(parsed.code(), status, parsed.message(), "req-1", parsed.senderFault());
    assertThat(e).isExactlyInstanceOf(expected);
    assertThat(e.errorCode()).isEqualTo(queryCode);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.requestId()).isEqualTo("req-1");
    assertThat(e.senderFault()).isEqualTo(client);
    assertThat(e).hasMessage("m-" + jsonType + " (" + queryCode + ", " + status + ", req-1)");

    // Without the header (a server that does not send it) the type alone finds the same class.
    ParsedJsonError bare = parse(body, null, status);
    assertThat(bare).isEqualTo(new ParsedJsonError(jsonType, "m-" + jsonType, status < 500));
    assertThat(ErrorCode.from(bare.code(), status, bare.message(), "req-1", bare.senderFault()))
        .isExactlyInstanceOf(expected);
  }

  @Test
  void theTableCopyHasEveryRow() throws IOException {
    List<String> rows;
    try (InputStream in = JsonErrorParserTest.class.getResourceAsStream(TABLE);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      rows = reader.lines().skip(1).filter(line -> !line.isBlank()).toList();
    }
    // 28 rows in sqs-reference/models/error-codes.tsv; all known to the client's table
    assertThat(rows).hasSize(28);
    for (String line : rows) {
      String[] cells = line.split("\t", -1);
      assertThat(cells).as(line).hasSize(4);
      assertThat(ErrorCode.lookup(cells[0])).as(line).isPresent();
    }
  }

  // ---- answers recorded from real SQS over JSON ----

  @Test
  void recordedNonExistentQueue() throws Exception {
    ParsedJsonError parsed =
        parse(
            "{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\","
                + "\"message\":\"The specified queue does not exist.\"}",
            "AWS.SimpleQueueService.NonExistentQueue;Sender",
            400);
    assertThat(ErrorCode.from(parsed.code(), 400, parsed.message(), "r", parsed.senderFault()))
        .isInstanceOf(QueueDoesNotExistException.class)
        .hasMessage(
            "The specified queue does not exist. (AWS.SimpleQueueService.NonExistentQueue, 400,"
                + " r)");
  }

  @Test
  void recordedMoveTaskResourceNotFound() throws Exception {
    // test_sqs_move_task.snapshot.json, test_cancel_with_invalid_task_id_in_task_handle
    ParsedJsonError parsed =
        parse(
            "{\"__type\":\"com.amazonaws.sqs#ResourceNotFoundException\","
                + "\"message\":\"Task does not exist.\"}",
            "ResourceNotFoundException;Sender",
            404);
    assertThat(parsed)
        .isEqualTo(new ParsedJsonError("ResourceNotFoundException", "Task does not exist.", true));
    assertThat(ErrorCode.from(parsed.code(), 404, parsed.message(), "r", parsed.senderFault()))
        .isInstanceOf(ResourceNotFoundException.class);
  }
}

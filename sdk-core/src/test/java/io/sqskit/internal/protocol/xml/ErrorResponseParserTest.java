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
package io.sqskit.internal.protocol.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sqskit.internal.protocol.xml.ErrorResponseParser.MalformedErrorException;
import io.sqskit.internal.protocol.xml.ErrorResponseParser.ParsedError;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorResponseParserTest {

  private static ParsedError parse(String xml) throws MalformedErrorException {
    return ErrorResponseParser.parse(xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheSqsErrorResponse() throws Exception {
    ParsedError error =
        parse(
            "<?xml version=\"1.0\"?><ErrorResponse"
                + " xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\"><Error><Type>Sender</Type>"
                + "<Code>AWS.SimpleQueueService.NonExistentQueue</Code>"
                + "<Message>The specified queue does not exist for this wsdl version.</Message>"
                + "<Detail/></Error><RequestId>42d59b56-7407-4c4a-be0f-4c88daeea257</RequestId>"
                + "</ErrorResponse>");

    assertThat(error)
        .isEqualTo(
            new ParsedError(
                "Sender",
                "AWS.SimpleQueueService.NonExistentQueue",
                "The specified queue does not exist for this wsdl version.",
                null,
                "42d59b56-7407-4c4a-be0f-4c88daeea257"));
    assertThat(error.senderFault(400)).isTrue();
  }

  @Test
  void readsTheOlderResponseErrorsShape() throws Exception {
    ParsedError error =
        parse(
            "<Response><Errors><Error><Code>InternalError</Code><Message>oops</Message></Error>"
                + "<Error><Code>Second</Code></Error></Errors>"
                + "<RequestID>abc-123</RequestID></Response>");

    assertThat(error.code()).isEqualTo("InternalError");
    assertThat(error.message()).isEqualTo("oops");
    assertThat(error.type()).isNull();
    assertThat(error.requestId()).isEqualTo("abc-123");
    assertThat(error.senderFault(500)).isFalse();
    assertThat(error.senderFault(400)).isTrue();
  }

  @Test
  void receiverTypeIsNotSenderFault() throws Exception {
    ParsedError error =
        parse(
            "<ErrorResponse><Error><Type>Receiver</Type><Code>InternalFailure</Code></Error></ErrorResponse>");

    assertThat(error.senderFault(500)).isFalse();
    assertThat(error.message()).isNull();
    assertThat(error.requestId()).isNull();
  }

  @Test
  void entitiesAndCdataInTheMessageAreDecoded() throws Exception {
    ParsedError error =
        parse(
            "<ErrorResponse><Error><Code>InvalidParameterValue</Code>"
                + "<Message>Value &lt;x&gt; &amp; <![CDATA[<y>]]> is invalid.</Message>"
                + "<Detail>more</Detail></Error><RequestId>r</RequestId></ErrorResponse>");

    assertThat(error.message()).isEqualTo("Value <x> & <y> is invalid.");
    assertThat(error.detail()).isEqualTo("more");
  }

  @Test
  void externalEntitiesAreRefused() {
    String hostile =
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<ErrorResponse><Error><Code>&x;</Code></Error></ErrorResponse>";

    assertThatThrownBy(() -> parse(hostile)).isInstanceOf(MalformedErrorException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "<html><body>Bad Gateway</body></html>",
        "{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\"}",
        "<ErrorResponse><Error><Message>no code</Message></Error></ErrorResponse>",
        "<ErrorResponse><Error><Code>Trunc"
      })
  void unreadableBodiesAreMalformed(String body) {
    assertThatThrownBy(() -> parse(body)).isInstanceOf(MalformedErrorException.class);
  }
}

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

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Query protocol error body into its parts, streaming through {@link SecureXml}.
 *
 * <p>Two shapes are read: the one SQS sends,
 *
 * <pre>{@code
 * <ErrorResponse><Error><Type>Sender</Type><Code>..</Code><Message>..</Message><Detail/></Error>
 *   <RequestId>..</RequestId></ErrorResponse>
 * }</pre>
 *
 * and the older AWS Query shape {@code <Response><Errors><Error><Code/><Message/></Error></Errors>
 * <RequestID/></Response>}. Only the first {@code <Error>} counts. Element names are matched by
 * local name, so a namespace on the root (SQS puts one there) does not matter.
 */
public final class ErrorResponseParser {

  /**
   * One parsed error.
   *
   * @param type {@code Sender} or {@code Receiver}, or null when absent
   * @param code the error code, never null
   * @param message the message, or null
   * @param detail the detail text, or null
   * @param requestId the request id from the body, or null
   */
  public record ParsedError(
      @Nullable String type,
      String code,
      @Nullable String message,
      @Nullable String detail,
      @Nullable String requestId) {

    /** Whether the service blamed the caller; an absent type counts as Sender for a 4xx status. */
    public boolean senderFault(int statusCode) {
      if (type == null) {
        return statusCode < 500;
      }
      return !"Receiver".equalsIgnoreCase(type);
    }
  }

  private ErrorResponseParser() {}

  /**
   * Parses the body.
   *
   * @throws MalformedErrorException when the body is not XML or has no {@code <Error><Code>}
   */
  public static ParsedError parse(byte[] body) throws MalformedErrorException {
    XMLStreamReader reader = null;
    try {
      reader = SecureXml.inputFactory().createXMLStreamReader(new ByteArrayInputStream(body));
      return read(reader);
    } catch (XMLStreamException | RuntimeException e) {
      throw new MalformedErrorException("error response is not readable XML: " + e.getMessage(), e);
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException ignored) {
          // nothing left to release for an in-memory stream
        }
      }
    }
  }

  private static ParsedError read(XMLStreamReader reader)
      throws XMLStreamException, MalformedErrorException {
    String type = null;
    String code = null;
    String message = null;
    String detail = null;
    String requestId = null;
    int depth = 0;
    int errorDepth = -1;
    boolean errorSeen = false;
    while (reader.hasNext()) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String name = reader.getLocalName();
        if (errorDepth < 0 && !errorSeen && "Error".equals(name)) {
          errorDepth = depth;
        } else if (errorDepth > 0 && depth == errorDepth + 1) {
          switch (name) {
            case "Type" -> type = text(reader);
            case "Code" -> code = text(reader);
            case "Message" -> message = text(reader);
            case "Detail" -> detail = text(reader);
            default -> {
              // other members of <Error> are not used
            }
          }
          if (reader.getEventType() == XMLStreamConstants.END_ELEMENT) {
            depth--;
          }
        } else if (errorDepth < 0 && ("RequestId".equals(name) || "RequestID".equals(name))) {
          requestId = text(reader);
          depth--;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (depth == errorDepth) {
          errorDepth = -1;
          errorSeen = true;
        }
        depth--;
      }
    }
    if (code == null || code.isEmpty()) {
      throw new MalformedErrorException("error response has no <Error><Code>", null);
    }
    return new ParsedError(type, code, message, detail, requestId);
  }

  /** Reads the text of the current element (possibly nested markup ignored); ends on its END. */
  private static @Nullable String text(XMLStreamReader reader) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int level = 1;
    while (level > 0) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            text.append(reader.getText());
        case XMLStreamConstants.START_ELEMENT -> level++;
        case XMLStreamConstants.END_ELEMENT -> level--;
        default -> {
          // comments and processing instructions carry no text
        }
      }
    }
    String value = text.toString().trim();
    return value.isEmpty() ? null : value;
  }

  /** The body could not be read as an error response. */
  public static final class MalformedErrorException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedErrorException(String message, @Nullable Throwable cause) {
      super(message, cause);
    }
  }
}

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

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads an AWS JSON 1.0 error answer into its parts.
 *
 * <p>SQS answers a JSON request that failed with {@code {"__type":
 * "com.amazonaws.sqs#QueueDoesNotExist", "message": "..."}} and, because the service is marked
 * {@code awsQueryCompatible}, with the header {@code x-amzn-query-error:
 * AWS.SimpleQueueService.NonExistentQueue;Sender}. The header's Query code is the one reported, so
 * that an error has the same {@code errorCode()} whichever protocol the client speaks; without the
 * header the {@code __type}'s name (namespace and any {@code :} suffix removed) is used.
 */
public final class JsonErrorParser {
  /** The header SQS puts the Query code and fault into: {@code <code>;<Sender|Receiver>}. */
  public static final String QUERY_ERROR_HEADER = "x-amzn-query-error";

  private JsonErrorParser() {}

  /**
   * One parsed error.
   *
   * @param code the Query code from the header, else the bare JSON type; never null
   * @param message the message, or null
   * @param senderFault whether the service blamed the caller
   */
  public record ParsedJsonError(String code, @Nullable String message, boolean senderFault) {}

  /** The body is not a JSON error and the header names no code. */
  public static final class MalformedErrorException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedErrorException(String message, @Nullable Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Parses an error answer.
   *
   * @param body the response body
   * @param queryErrorHeader the {@code x-amzn-query-error} header value, or null
   * @param status the HTTP status, which decides the fault when the header does not say
   * @throws MalformedErrorException when neither the body nor the header names an error
   */
  public static ParsedJsonError parse(byte[] body, @Nullable String queryErrorHeader, int status)
      throws MalformedErrorException {
    String type = null;
    String message = null;
    IOException unreadable = null;
    try {
      String[] read = typeAndMessage(body);
      type = read[0];
      message = read[1];
    } catch (IOException | RuntimeException e) {
      unreadable = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
    String headerCode = null;
    Boolean headerSender = null;
    if (queryErrorHeader != null) {
      int semicolon = queryErrorHeader.indexOf(';');
      String code = (semicolon < 0 ? queryErrorHeader : queryErrorHeader.substring(0, semicolon));
      code = code.trim();
      if (!code.isEmpty()) {
        headerCode = code;
        if (semicolon >= 0) {
          String fault = queryErrorHeader.substring(semicolon + 1).trim();
          if (fault.equals("Sender") || fault.equals("Receiver")) {
            headerSender = fault.equals("Sender");
          }
        }
      }
    }
    String code = headerCode != null ? headerCode : bare(type);
    if (code == null || code.isEmpty()) {
      throw new MalformedErrorException(
          unreadable != null
              ? "not a JSON error: " + unreadable.getMessage()
              : "a JSON error without __type",
          unreadable);
    }
    boolean sender = headerSender != null ? headerSender : status < 500;
    return new ParsedJsonError(code, message, sender);
  }

  /** {@code __type} and the message ({@code message} or {@code Message}) of the body. */
  private static String[] typeAndMessage(byte[] body) throws IOException {
    String[] result = new String[2];
    try (JsonParser p = JsonCodec.FACTORY.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("expected a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "__type" -> result[0] = JsonCodec.text(p);
          case "message", "Message" -> result[1] = JsonCodec.text(p);
          default -> p.skipChildren();
        }
      }
    }
    return result;
  }

  /** {@code com.amazonaws.sqs#QueueDoesNotExist:http://...} to {@code QueueDoesNotExist}. */
  private static @Nullable String bare(@Nullable String type) {
    if (type == null) {
      return null;
    }
    int start = type.indexOf('#') + 1;
    int end = type.indexOf(':', start);
    return type.substring(start, end < 0 ? type.length() : end).trim();
  }
}

package io.sqskit.transport;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One whole HTTP response.
 *
 * @param statusCode the HTTP status
 * @param headers header names (lower case) to values
 * @param body the response body, never null
 * @since 0.1
 */
@SuppressWarnings("ArrayRecordComponent") // bytes held as they are; see the Javadoc
public record HttpResponse(int statusCode, Map<String, List<String>> headers, byte[] body) {

  public HttpResponse {
    headers = Map.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }
}

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
package apitest;

import io.sqskit.client.SqsClient;
import io.sqskit.transport.HttpRequest;
import io.sqskit.transport.HttpResponse;
import io.sqskit.transport.HttpTransport;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Run in a fresh JVM by {@link ColdStartTest}: one SendMessage (through a fixed in-memory answer,
 * or over plain http with {@code http <endpoint>}), then prints the message id.
 */
public final class ColdStartMain {
  private ColdStartMain() {}

  public static void main(String[] args) {
    byte[] xml =
        ("<SendMessageResponse><SendMessageResult>"
                + "<MD5OfMessageBody>5d41402abc4b2a76b9719d911017c592</MD5OfMessageBody>"
                + "<MessageId>m-1</MessageId></SendMessageResult></SendMessageResponse>")
            .getBytes(StandardCharsets.UTF_8);
    HttpTransport transport =
        new HttpTransport() {
          @Override
          public HttpResponse execute(HttpRequest request) {
            return new HttpResponse(200, Map.of(), xml);
          }

          @Override
          public void close() {}
        };
    if (args[0].equals("http")) {
      // The built-in Apache transport against the plain-http endpoint given as second argument.
      try (SqsClient client =
          SqsClient.builder()
              .region("us-east-1")
              .endpointOverride(java.net.URI.create(args[1]))
              .credentials("AKIDEXAMPLE", "secret")
              .build()) {
        System.out.println("sent " + client.sendMessage(args[1] + "/1/q", "hello").messageId());
      }
      return;
    }
    SqsClient.Builder builder = SqsClient.builder().region("us-east-1").transport(transport);
    if (args[0].equals("given")) {
      builder.credentials("AKIDEXAMPLE", "secret");
    }
    try (SqsClient client = builder.build()) {
      if (args[0].equals("given")) {
        System.out.println("sent " + client.sendMessage("https://q/1/q", "hello").messageId());
      } else {
        System.out.println("built " + client.config().region());
      }
    }
  }
}

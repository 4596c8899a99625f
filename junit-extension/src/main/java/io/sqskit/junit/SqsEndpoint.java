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
package io.sqskit.junit;

import java.net.URI;
import java.util.Objects;

/**
 * Where and as whom a test reaches SQS, for building any client the extension does not inject.
 *
 * <pre>{@code
 * @Test
 * void custom(SqsEndpoint sqs) {
 *   var client = MyClient.connect(sqs.url(), sqs.region(), sqs.accessKeyId(), sqs.secretKey());
 * }
 * }</pre>
 *
 * <p>Against the fake, the access key id is the test's 12-digit account id, which the fake maps to
 * that account; any client signing with it lives in the test's account.
 *
 * @param url the service endpoint, for example {@code http://127.0.0.1:40123}
 * @param region the signing region, for example {@code us-east-1}
 * @param accessKeyId the access key id to sign with
 * @param secretKey the secret key to sign with
 * @since 0.1
 */
public record SqsEndpoint(URI url, String region, String accessKeyId, String secretKey) {

  /**
   * Checks that no component is null.
   *
   * @param url the service endpoint, for example {@code http://127.0.0.1:40123}
   * @param region the signing region, for example {@code us-east-1}
   * @param accessKeyId the access key id to sign with
   * @param secretKey the secret key to sign with
   */
  public SqsEndpoint {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretKey, "secretKey");
  }

  /** Shows everything but the secret key. */
  @Override
  public String toString() {
    return "SqsEndpoint[url=" + url + ", region=" + region + ", accessKeyId=" + accessKeyId + "]";
  }
}

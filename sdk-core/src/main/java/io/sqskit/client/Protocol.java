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
package io.sqskit.client;

/**
 * The wire protocol a client speaks to SQS. Both reach the same actions with the same parameters,
 * limits and errors; a client picks one with {@link SqsClient.Builder#protocol(Protocol)}.
 *
 * @since 0.1
 */
public enum Protocol {
  /**
   * The AWS Query protocol: a form-encoded POST with {@code Action=...}, answered in XML. Every SQS
   * endpoint and every SQS-compatible server speaks it. The default.
   */
  QUERY,

  /**
   * AWS JSON 1.0: a JSON POST to the service endpoint with {@code X-Amz-Target:
   * AmazonSQS.<Action>}, answered in JSON. The protocol the current AWS SDKs use; smaller answers,
   * quicker to read. Errors carry SQS's Query code in the {@code x-amzn-query-error} header, so
   * {@link io.sqskit.exception.SqsServiceException#errorCode()} is the same in both protocols.
   */
  JSON
}

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
package io.sqskit.testing.engine;

import org.jspecify.annotations.Nullable;

/**
 * Who is calling and how queue URLs are spelled, as the protocol front saw it.
 *
 * @param accountId the account that owns queues created or listed by this call, or null for the
 *     engine's default account (queue URLs carry their own account)
 * @param baseUrl scheme, host and port for queue URLs in answers, e.g. {@code
 *     http://127.0.0.1:9324}
 * @param senderId the caller's id for the SenderId attribute (the access key id), or null for the
 *     account id
 * @param region the region whose queues this call sees (the request's SigV4 credential scope), or
 *     null for the engine's default region; queues of different regions are apart, as in AWS
 */
public record RequestContext(
    @Nullable String accountId,
    String baseUrl,
    @Nullable String senderId,
    @Nullable String region) {

  /**
   * A context in the engine's default region.
   *
   * @param accountId the account, or null for the engine's default account
   * @param baseUrl scheme, host and port for queue URLs in answers
   * @param senderId the caller's id for the SenderId attribute, or null for the account id
   */
  public RequestContext(@Nullable String accountId, String baseUrl, @Nullable String senderId) {
    this(accountId, baseUrl, senderId, null);
  }
}

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
package io.sqskit.testing.server;

import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsEngine;
import java.util.ArrayList;
import java.util.List;

/**
 * A queue as the admin API lists it. Queue URLs are path-style ({@code /<account>/<name>}), so two
 * queues of one name in two regions share a URL; {@link #engineUrl} names the region in its host,
 * as SQS's URLs do, for the engine's methods that take a URL, and {@link #context} carries it for
 * the SQS actions.
 *
 * @param account the queue's account
 * @param region the queue's region
 * @param name the queue's name
 * @param url the URL a client of this server uses
 * @param engineUrl the URL that finds this queue, and no same-named one, through the engine
 */
record ListedQueue(String account, String region, String name, String url, String engineUrl) {

  /** Every queue, by account, region, then name; {@code baseUrl} starts their client URLs. */
  static List<ListedQueue> all(SqsEngine engine, String baseUrl) {
    List<ListedQueue> out = new ArrayList<>();
    for (String arn : engine.queueArns()) {
      String[] parts = arn.split(":", 6); // arn:aws:sqs:<region>:<account>:<name>
      if (parts.length == 6) {
        out.add(
            new ListedQueue(
                parts[4],
                parts[3],
                parts[5],
                baseUrl + "/" + parts[4] + "/" + parts[5],
                "https://sqs." + parts[3] + ".amazonaws.com/" + parts[4] + "/" + parts[5]));
      }
    }
    return out;
  }

  /** A request context of this queue's account and region. */
  RequestContext context(String baseUrl) {
    return new RequestContext(account, baseUrl, null, region);
  }
}

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
package io.sqskit.testing.engine.internal;

/** Queue ARNs: {@code arn:<partition>:sqs:<region>:<account>:<name>}. */
final class Arns {
  private Arns() {}

  static String queueArn(String region, String account, String name) {
    return "arn:aws:sqs:" + region + ":" + account + ":" + name;
  }

  /** True for something shaped like an SQS queue ARN. */
  static boolean isQueueArn(String arn) {
    String[] p = arn.split(":", -1);
    return p.length == 6
        && p[0].equals("arn")
        && !p[1].isEmpty()
        && p[2].equals("sqs")
        && !p[3].isEmpty()
        && !p[4].isEmpty()
        && !p[5].isEmpty();
  }

  /** The region part of a queue ARN. */
  static String region(String arn) {
    return arn.split(":", -1)[3];
  }

  /** The account part of a queue ARN. */
  static String account(String arn) {
    return arn.split(":", -1)[4];
  }

  /** The queue-name part of a queue ARN. */
  static String name(String arn) {
    return arn.split(":", -1)[5];
  }
}

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
package io.sqskit.junit.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Hands out the 12-digit account ids that keep tests apart on a shared fake. */
final class Accounts {

  /**
   * The secret key tests sign with: the fake maps the key id to the account; any secret will do
   * unless the class asked for strict signatures, which then check this one.
   */
  static final String SECRET_KEY = "sqskit-test-secret";

  /**
   * Ids start here so that they never meet the fake's default account 000000000000 and read as test
   * accounts in a queue URL.
   */
  private static final long FIRST = 100_000_000_001L;

  /** The account of base clients that tests never use directly. */
  static final String FIRST_ACCOUNT = "100000000000";

  private static final AtomicLong NEXT = new AtomicLong(FIRST);

  private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");

  private Accounts() {}

  /**
   * The secret key of an access key id for a fake that checks signatures: {@link #SECRET_KEY} for
   * any 12-digit key id (an account, as the fake reads it), none for other key ids.
   */
  static @Nullable String secretKeyOf(String accessKeyId) {
    return ACCOUNT_ID.matcher(accessKeyId).matches() ? SECRET_KEY : null;
  }

  /** A fresh account id: exactly 12 digits, unique in this JVM. */
  static String next() {
    return String.format("%012d", NEXT.getAndIncrement());
  }
}

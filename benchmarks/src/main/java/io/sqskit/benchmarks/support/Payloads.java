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
package io.sqskit.benchmarks.support;

/** Message bodies used by every harness: printable ASCII, safe in XML, JSON and forms alike. */
public final class Payloads {
  /** The size of a benchmark message body. */
  public static final int BODY_BYTES = 1024;

  private static final String FILLER = "The quick brown fox jumps over the lazy dog 0123456789. ";

  private Payloads() {}

  /** A body of exactly {@code bytes} ASCII characters that starts with {@code label}. */
  public static String text(String label, int bytes) {
    StringBuilder text = new StringBuilder(bytes + FILLER.length()).append(label).append(": ");
    while (text.length() < bytes) {
      text.append(FILLER);
    }
    text.setLength(bytes);
    return text.toString();
  }

  /** The 1 KiB body every SendMessage of the benchmarks carries. */
  public static String body() {
    return text("sqskit benchmark message", BODY_BYTES);
  }
}

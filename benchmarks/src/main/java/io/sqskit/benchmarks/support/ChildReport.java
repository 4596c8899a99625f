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

import java.lang.management.ManagementFactory;

/**
 * The child side of a cold-start measurement: prints one line {@code RESULT ms=<n> classes=<n>
 * [key=value]...} where {@code ms} counts from the JVM's start time (RuntimeMXBean) to the moment
 * the caller passes, and {@code classes} is the number of classes loaded by then.
 */
public final class ChildReport {
  /** The prefix of the one line a child prints for the parent. */
  public static final String PREFIX = "RESULT ";

  private ChildReport() {}

  /**
   * Prints the result line. The management beans are touched only now, after the measured work, so
   * their own class loading is not in {@code ms}; it is in {@code classes}, as much for every child
   * (the baseline child shows how much).
   *
   * @param answeredAtMillis {@link System#currentTimeMillis()} when the measured work ended
   * @param extra further {@code key=value} pairs, e.g. {@code ready=<ms since JVM start>}
   */
  public static void print(long answeredAtMillis, String... extra) {
    long start = ManagementFactory.getRuntimeMXBean().getStartTime();
    int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
    StringBuilder line =
        new StringBuilder(PREFIX)
            .append("ms=")
            .append(answeredAtMillis - start)
            .append(" classes=")
            .append(classes);
    for (String pair : extra) {
      line.append(' ').append(pair);
    }
    System.out.println(line);
    System.out.flush();
  }

  /**
   * {@code key=<ms since JVM start>} for an instant taken with {@link System#currentTimeMillis()}.
   */
  public static String since(String key, long atMillis) {
    return key + "=" + (atMillis - ManagementFactory.getRuntimeMXBean().getStartTime());
  }
}

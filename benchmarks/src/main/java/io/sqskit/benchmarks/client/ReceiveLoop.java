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
package io.sqskit.benchmarks.client;

import io.sqskit.benchmarks.support.Contenders;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.util.Locale;

/**
 * One contender's ReceiveMessage of ten messages in a loop on one thread against the {@link
 * FixtureServer}, for a profiler or an A/B of two builds: prints the calls made and the calling
 * thread's CPU per call. Arguments: {@code sqskit} or {@code prescribed-parts}, and seconds.
 *
 * <pre>
 * java -cp 'benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*' \
 *     io.sqskit.benchmarks.client.ReceiveLoop sqskit 25
 * </pre>
 */
public final class ReceiveLoop {
  private ReceiveLoop() {}

  /**
   * Runs the loop.
   *
   * @param args the contender ({@code sqskit} or {@code prescribed-parts}) and the seconds to run
   * @throws Exception when the fixture or the contender cannot start
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 2
        || !(args[0].equals("sqskit") || args[0].equals(PrescribedPartsQueueCalls.NAME))) {
      System.err.println(
          "usage: ReceiveLoop sqskit|" + PrescribedPartsQueueCalls.NAME + " SECONDS");
      System.exit(2);
    }
    long seconds = Long.parseLong(args[1]);
    try (FixtureServer server = FixtureServer.start()) {
      QueueCalls calls =
          args[0].equals("sqskit")
              ? Contenders.create(
                  ClientBenchmark.SQSKIT_CALLS,
                  QueueCalls.class,
                  new Class<?>[] {URI.class, String.class},
                  server.endpoint(),
                  server.queueUrl())
              : new PrescribedPartsQueueCalls(server.queueUrl());
      try {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long count = 0;
        while (System.nanoTime() < end) {
          if (calls.receive() != FixtureResponses.MESSAGES_PER_RECEIVE) {
            throw new IllegalStateException("ReceiveMessage returned the wrong number of messages");
          }
          count++;
        }
        double micros = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1000.0 / count;
        System.out.printf(
            Locale.ROOT, "%s: %,d calls, %.1f us CPU per call%n", args[0], count, micros);
      } finally {
        calls.close();
      }
    }
  }
}

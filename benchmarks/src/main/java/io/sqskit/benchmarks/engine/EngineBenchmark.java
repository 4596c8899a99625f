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
package io.sqskit.benchmarks.engine;

import io.sqskit.testing.engine.RequestContext;
import io.sqskit.testing.engine.SqsEngine;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Figures for the engine without HTTP: single-thread send+receive+delete throughput, heap bytes per
 * queued 1 KiB message beyond its body, and receive+delete cost at 1,000 versus 1,000,000 queued
 * messages. A plain main() harness; run it with a fixed heap, for example
 *
 * <pre>{@code
 * java -Xms4g -Xmx4g -cp <classpath> io.sqskit.benchmarks.engine.EngineBenchmark [throughput|memory|flat|all]
 * }</pre>
 */
public final class EngineBenchmark {
  private static final RequestContext CTX = new RequestContext(null, "http://127.0.0.1:9324", null);

  private EngineBenchmark() {}

  public static void main(String[] args) {
    String what = args.length == 0 ? "all" : args[0];
    if (what.equals("throughput") || what.equals("all")) {
      throughput();
    }
    if (what.equals("typed") || what.equals("all")) {
      typedThroughput();
    }
    if (what.equals("flat") || what.equals("all")) {
      flat();
    }
    if (what.equals("memory") || what.equals("all")) {
      memory();
    }
  }

  /**
   * An engine with the defaults; with {@code -Dsqskit.benchmark.history=true}, one that records
   * every message's history (to measure what the history costs).
   */
  private static SqsEngine newEngine() {
    return SqsEngine.builder()
        .recordHistory(Boolean.getBoolean("sqskit.benchmark.history"))
        .build();
  }

  private static String createQueue(SqsEngine engine, String name) {
    // A CreateQueue that does not throw answers with the URL.
    return (String)
        Objects.requireNonNull(
            engine.execute(CTX, "CreateQueue", Map.of("QueueName", name)).get("QueueUrl"));
  }

  /** One send, one receive, one delete through execute(), as a front would call them. */
  private static void cycle(SqsEngine engine, String url, String body) {
    engine.execute(CTX, "SendMessage", Map.of("QueueUrl", url, "MessageBody", body));
    receiveAndDelete(engine, url);
  }

  @SuppressWarnings("unchecked")
  private static void receiveAndDelete(SqsEngine engine, String url) {
    Map<String, Object> got = engine.execute(CTX, "ReceiveMessage", Map.of("QueueUrl", url));
    // The message just sent is there to receive.
    List<Map<String, Object>> messages =
        (List<Map<String, Object>>) Objects.requireNonNull(got.get("Messages"));
    Map<String, Object> m = messages.get(0);
    engine.execute(
        CTX, "DeleteMessage", Map.of("QueueUrl", url, "ReceiptHandle", m.get("ReceiptHandle")));
  }

  static void throughput() {
    SqsEngine engine = newEngine();
    String url = createQueue(engine, "throughput");
    String body = "hello world";
    for (int i = 0; i < 500_000; i++) {
      cycle(engine, url, body); // warm-up
    }
    int rounds = 5;
    double best = 0;
    for (int r = 0; r < rounds; r++) {
      int n = 1_000_000;
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        cycle(engine, url, body);
      }
      long t1 = System.nanoTime();
      double perSecond = n / ((t1 - t0) / 1e9);
      best = Math.max(best, perSecond);
      System.out.printf(
          Locale.ROOT,
          "throughput round %d: %,.0f send+receive+delete cycles/s%n",
          r + 1,
          perSecond);
    }
    System.out.printf(
        Locale.ROOT,
        "THROUGHPUT best of %d: %,.0f cycles/s (one thread, %d-byte body, execute())%n",
        rounds,
        best,
        body.length());
  }

  /** The same cycle through the typed fast path (no request or response trees). */
  static void typedThroughput() {
    SqsEngine engine = newEngine();
    String url = createQueue(engine, "typed");
    String body = "hello world";
    for (int i = 0; i < 500_000; i++) {
      engine.sendMessage(url, body);
      engine.deleteMessage(url, engine.receiveMessages(url, 1, 0).get(0).receiptHandle());
    }
    int rounds = 5;
    double best = 0;
    for (int r = 0; r < rounds; r++) {
      int n = 1_000_000;
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        engine.sendMessage(url, body);
        engine.deleteMessage(url, engine.receiveMessages(url, 1, 0).get(0).receiptHandle());
      }
      double perSecond = n / ((System.nanoTime() - t0) / 1e9);
      best = Math.max(best, perSecond);
      System.out.printf(Locale.ROOT, "typed round %d: %,.0f cycles/s%n", r + 1, perSecond);
    }
    System.out.printf(
        Locale.ROOT,
        "TYPED THROUGHPUT best of %d: %,.0f cycles/s (one thread, %d-byte body)%n",
        rounds,
        best,
        body.length());
  }

  static void flat() {
    // 1,000 is measured before and after 1,000,000, so that JIT warm-up, which favours whatever
    // runs later, cannot pass for a difference between the queue sizes.
    int[] sizes =
        Boolean.getBoolean("flat.bigOnly")
            ? new int[] {1_000_000}
            : new int[] {1_000, 1_000_000, 1_000};
    double[] perMessage = new double[sizes.length];
    for (int s = 0; s < sizes.length; s++) {
      int size = sizes[s];
      SqsEngine engine = newEngine();
      String url = createQueue(engine, "flat");
      String body = "x".repeat(1024);
      for (int i = 0; i < size; i++) {
        engine.execute(CTX, "SendMessage", Map.of("QueueUrl", url, "MessageBody", body));
      }
      for (int i = 0; i < 200_000; i++) { // warm-up, queue size kept constant
        receiveAndDelete(engine, url);
        engine.execute(CTX, "SendMessage", Map.of("QueueUrl", url, "MessageBody", body));
      }
      int n = 500_000;
      long timed = 0;
      long gcBefore = gcMillis();
      long loopStart = System.nanoTime();
      for (int i = 0; i < n; i++) {
        long t0 = System.nanoTime();
        receiveAndDelete(engine, url);
        timed += System.nanoTime() - t0;
        engine.execute(CTX, "SendMessage", Map.of("QueueUrl", url, "MessageBody", body));
      }
      long loopMillis = (System.nanoTime() - loopStart) / 1_000_000;
      long gc = gcMillis() - gcBefore;
      // With a million live messages the collector's work grows with the live set (young pauses
      // evacuate recently sent, still queued messages); printed so the figure can be read apart.
      perMessage[s] = (double) timed / n;
      System.out.printf(
          Locale.ROOT,
          "FLAT queued=%,d: receive+delete %.0f ns per message (GC %,d ms of the %,d ms loop)%n",
          size,
          perMessage[s],
          gc,
          loopMillis);
    }
    if (sizes.length == 3) {
      System.out.printf(
          Locale.ROOT,
          "FLAT ratio 1,000,000 / 1,000 queued: %.2f (against the later 1,000 run; %.2f against the"
              + " first)%n",
          perMessage[1] / perMessage[2],
          perMessage[1] / perMessage[0]);
    }
  }

  static void memory() {
    MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
    SqsEngine engine = newEngine();
    String url = createQueue(engine, "memory");
    int n = 1_000_000;
    long empty = usedAfterGc(mx);
    String[] bodies = new String[n];
    StringBuilder sb = new StringBuilder(1024);
    for (int i = 0; i < n; i++) {
      sb.setLength(0);
      sb.append(i).append(':');
      while (sb.length() < 1024) {
        sb.append('x');
      }
      bodies[i] = sb.toString();
    }
    long before = usedAfterGc(mx);
    for (int i = 0; i < n; i++) {
      engine.execute(CTX, "SendMessage", Map.of("QueueUrl", url, "MessageBody", bodies[i]));
    }
    long after = usedAfterGc(mx);
    double perMessage = (after - before) / (double) n;
    // The body strings existed before the sends, so this growth is what the engine adds per
    // message. The second figure also counts each body's String object and array header (and the
    // 4-byte slot of the harness's own array), that is everything beyond the 1,024 body bytes.
    double beyondRawBody = (after - empty) / (double) n - 1024;
    System.out.printf(
        Locale.ROOT,
        "MEMORY %,d queued 1 KiB messages: engine adds %.1f bytes per message; %.1f bytes per"
            + " message beyond the 1,024 body bytes including String and array headers (heap after"
            + " GC %,d -> %,d -> %,d)%n",
        n,
        perMessage,
        beyondRawBody,
        empty,
        before,
        after);
    if (bodies.length != n || engine.inspect(url).size() != n) {
      throw new AssertionError("messages missing");
    }
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  private static long usedAfterGc(MemoryMXBean mx) {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, mx.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}

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
package io.sqskit.consumer;

import io.sqskit.testing.engine.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A {@link Scheduler} on a {@link ManualClock}: time moves only when a test advances it, and due
 * tasks run in the advancing thread, each with the clock set to its due time.
 */
final class ManualScheduler implements Scheduler {
  private record Task(long due, long seq, Runnable runnable) {}

  private final ManualClock clock;
  private final PriorityQueue<Task> tasks =
      new PriorityQueue<>(
          (a, b) -> a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.seq, b.seq));
  private long seq;
  private volatile Runnable afterTasks = () -> {};

  ManualScheduler(ManualClock clock) {
    this.clock = clock;
  }

  private static long nanos(Instant i) {
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }

  @Override
  public long nanoTime() {
    return nanos(clock.instant());
  }

  @Override
  public synchronized void schedule(Runnable task, long delayNanos) {
    tasks.add(new Task(nanoTime() + Math.max(0, delayNanos), seq++, task));
  }

  @Override
  public synchronized void shutdown() {
    tasks.clear();
  }

  synchronized int pending() {
    return tasks.size();
  }

  /**
   * Runs {@code hook} after each group of due tasks, before the clock moves on: e.g. to wait until
   * the calls the tasks started were answered at the time they were due.
   */
  void afterTasks(Runnable hook) {
    this.afterTasks = hook;
  }

  /** Moves the clock forward by {@code by}, running due tasks at their due times. */
  void advance(Duration by) {
    long target = nanoTime() + by.toNanos();
    while (true) {
      List<Runnable> due = new ArrayList<>();
      synchronized (this) {
        Task next = tasks.peek();
        if (next == null || next.due > target) {
          break;
        }
        long at = Math.max(next.due, nanoTime());
        clock.set(Instant.ofEpochSecond(0, at));
        while (!tasks.isEmpty() && tasks.peek().due <= at) {
          due.add(tasks.poll().runnable);
        }
      }
      due.forEach(Runnable::run);
      afterTasks.run();
    }
    if (target > nanoTime()) {
      clock.set(Instant.ofEpochSecond(0, target));
    }
  }
}

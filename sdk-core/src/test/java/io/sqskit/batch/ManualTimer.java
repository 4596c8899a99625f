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
package io.sqskit.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/** A {@link Timer} whose time moves only when a test advances it; due tasks run in that thread. */
final class ManualTimer implements Timer {
  private record Task(long due, long seq, Runnable runnable) {}

  private final PriorityQueue<Task> tasks =
      new PriorityQueue<>(
          (a, b) -> a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.seq, b.seq));
  private long now = 1_000_000_000L;
  private long seq;

  @Override
  public synchronized long nanoTime() {
    return now;
  }

  @Override
  public synchronized void schedule(Runnable task, long delayNanos) {
    tasks.add(new Task(now + Math.max(0, delayNanos), seq++, task));
  }

  @Override
  public synchronized void shutdown() {
    tasks.clear();
  }

  /** Tasks waiting to run. */
  synchronized int pending() {
    return tasks.size();
  }

  /** Moves time forward and runs every task that falls due, in due order. */
  void advance(Duration by) {
    long target;
    synchronized (this) {
      target = now + by.toNanos();
    }
    while (true) {
      List<Runnable> due = new ArrayList<>();
      synchronized (this) {
        Task next = tasks.peek();
        if (next == null || next.due > target) {
          now = target;
          return;
        }
        now = Math.max(now, next.due);
        while (!tasks.isEmpty() && tasks.peek().due <= now) {
          due.add(tasks.poll().runnable);
        }
      }
      due.forEach(Runnable::run);
    }
  }
}

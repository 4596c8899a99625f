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

import java.time.Clock;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Time as the consumer's timers see it: a nanosecond reading and one thread for delayed tasks
 * (heartbeats, receive backoffs). Tests replace it with one they move by hand.
 */
interface Scheduler {
  /** The current time in nanoseconds on an arbitrary origin. */
  long nanoTime();

  /** Runs {@code task} once, {@code delayNanos} from now. */
  void schedule(Runnable task, long delayNanos);

  /** Drops pending tasks and stops the thread. */
  void shutdown();

  /** The real scheduler: one named daemon thread. */
  static Scheduler system(String threadName) {
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, threadName);
              thread.setDaemon(true);
              return thread;
            });
    executor.setRemoveOnCancelPolicy(true);
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    return new Scheduler() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public void schedule(Runnable task, long delayNanos) {
        try {
          Future<?> unused = executor.schedule(task, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException shutDown) {
          // the consumer is closed; nothing is left to time
        }
      }

      @Override
      public void shutdown() {
        executor.shutdownNow();
      }
    };
  }

  /**
   * A scheduler on any {@link Clock}, e.g. a test's virtual clock that jumps: one named daemon
   * thread looks at the clock every millisecond while a task is pending and runs the tasks that are
   * due.
   */
  static Scheduler onClock(Clock clock, String threadName) {
    return new ClockScheduler(clock, threadName);
  }

  /** Tasks ordered by due time on a clock that may move in any steps. */
  final class ClockScheduler implements Scheduler {
    private record Task(long due, long seq, Runnable runnable) {}

    private final Clock clock;
    private final PriorityQueue<Task> tasks =
        new PriorityQueue<>(
            (a, b) -> a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.seq, b.seq));
    private final Thread thread;
    private long seq;
    private boolean stopped;

    ClockScheduler(Clock clock, String threadName) {
      this.clock = clock;
      this.thread = new Thread(this::run, threadName);
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    public long nanoTime() {
      Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public synchronized void schedule(Runnable task, long delayNanos) {
      if (!stopped) {
        tasks.add(new Task(nanoTime() + Math.max(0, delayNanos), seq++, task));
        notifyAll();
      }
    }

    @Override
    public synchronized void shutdown() {
      stopped = true;
      tasks.clear();
      notifyAll();
    }

    private void run() {
      while (true) {
        Runnable due;
        synchronized (this) {
          try {
            while (!stopped && (tasks.isEmpty() || tasks.peek().due > nanoTime())) {
              // the clock may jump at any moment: look again every millisecond
              wait(tasks.isEmpty() ? 0 : 1);
            }
          } catch (InterruptedException e) {
            return;
          }
          if (stopped) {
            return;
          }
          due = tasks.poll().runnable;
        }
        try {
          due.run();
        } catch (RuntimeException e) {
          SqsConsumer.LOG.log(System.Logger.Level.WARNING, "a consumer timer task failed", e);
        }
      }
    }
  }
}

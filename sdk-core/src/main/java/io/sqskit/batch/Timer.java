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

import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Time as the batcher sees it: a nanosecond reading and one thread that runs tasks later (linger
 * deadlines, retry backoffs). Tests replace it with a manual one; nothing in the batcher sleeps.
 */
interface Timer {
  /** The current time in nanoseconds, on an arbitrary origin, as {@link System#nanoTime()}. */
  long nanoTime();

  /** Runs {@code task} once, {@code delayNanos} from now, on the timer's thread. */
  void schedule(Runnable task, long delayNanos);

  /** Drops pending tasks and stops the thread. */
  void shutdown();

  /** The real timer: one named daemon thread per batcher. */
  static Timer system(String threadName) {
    return new SystemTimer(threadName);
  }

  /** A {@link ScheduledThreadPoolExecutor} with one daemon thread. */
  final class SystemTimer implements Timer {
    private final ScheduledThreadPoolExecutor executor;

    SystemTimer(String threadName) {
      executor =
          new ScheduledThreadPoolExecutor(
              1,
              runnable -> {
                Thread thread = new Thread(runnable, threadName);
                thread.setDaemon(true);
                return thread;
              });
      executor.setRemoveOnCancelPolicy(true);
      executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public void schedule(Runnable task, long delayNanos) {
      Future<?> unused = executor.schedule(task, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
    }

    @Override
    public void shutdown() {
      executor.shutdownNow();
    }
  }
}

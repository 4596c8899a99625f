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
}

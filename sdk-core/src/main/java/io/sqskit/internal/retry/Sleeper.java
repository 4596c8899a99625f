package io.sqskit.internal.retry;

import java.time.Duration;

/** Waits between attempts; injectable so tests can record backoff without waiting. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

  void sleep(Duration duration) throws InterruptedException;
}

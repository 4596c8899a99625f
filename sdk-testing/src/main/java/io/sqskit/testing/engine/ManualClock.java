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
package io.sqskit.testing.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock that moves only when told to, for tests; thread-safe.
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.create(Instant.parse("2026-01-01T00:00:00Z"));
 * SqsEngine engine = SqsEngine.builder().clock(clock).build();
 * clock.advance(Duration.ofSeconds(30));   // visibility timeouts expire, long polls wake
 * }</pre>
 *
 * @since 0.1
 */
public final class ManualClock extends Clock {

  private final ZoneId zone;
  private final Shared shared;

  /** State shared by every zone view of one clock. */
  private static final class Shared {
    private volatile Instant now;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    Shared(Instant now) {
      this.now = now;
    }
  }

  private ManualClock(Shared shared, ZoneId zone) {
    this.shared = shared;
    this.zone = zone;
  }

  /**
   * {@return a clock standing at {@code start}, in UTC}
   *
   * @param start the instant the clock shows until it is moved
   */
  public static ManualClock create(Instant start) {
    return new ManualClock(new Shared(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  /** {@return a clock standing at the current system time, in UTC} */
  public static ManualClock create() {
    return create(Instant.now());
  }

  /**
   * Moves the clock forward (or backward, for a negative amount) and tells the listeners.
   *
   * @param amount how far to move it
   */
  public void advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    synchronized (shared) {
      shared.now = shared.now.plus(amount);
    }
    fire();
  }

  /**
   * Puts the clock at {@code instant} and tells the listeners.
   *
   * @param instant the new time
   */
  public void set(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    synchronized (shared) {
      shared.now = instant;
    }
    fire();
  }

  /**
   * Registers a callback run (on the thread that moves the clock) after every move; the engine uses
   * it to wake long polls.
   *
   * @param listener the callback
   */
  public void addListener(Runnable listener) {
    shared.listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Removes a callback registered with {@link #addListener}.
   *
   * @param listener the callback to remove; one never registered is ignored
   */
  public void removeListener(Runnable listener) {
    shared.listeners.remove(listener);
  }

  private void fire() {
    for (Runnable listener : shared.listeners) {
      listener.run();
    }
  }

  @Override
  public Instant instant() {
    return shared.now;
  }

  @Override
  public long millis() {
    return shared.now.toEpochMilli();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return newZone.equals(zone) ? this : new ManualClock(shared, newZone);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ManualClock that && that.shared == shared && that.zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(shared) * 31 + zone.hashCode();
  }

  @Override
  public String toString() {
    return "ManualClock[" + shared.now + "," + zone + "]";
  }
}

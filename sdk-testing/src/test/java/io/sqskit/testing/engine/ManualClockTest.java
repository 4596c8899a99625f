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

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ManualClockTest {

  @Test
  void clockMovesOnlyWhenTold() {
    ManualClock clock = ManualClock.create(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    clock.advance(Duration.ofMillis(1500));
    assertThat(clock.millis()).isEqualTo(Instant.parse("2026-01-01T00:00:01.500Z").toEpochMilli());
    clock.set(Instant.parse("2030-01-01T00:00:00Z"));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
  }

  @Test
  void listenersRunOnEveryMove() {
    ManualClock clock = ManualClock.create(Instant.EPOCH);
    AtomicInteger moves = new AtomicInteger();
    Runnable listener = moves::incrementAndGet;
    clock.addListener(listener);
    clock.advance(Duration.ofSeconds(1));
    clock.set(Instant.EPOCH);
    clock.removeListener(listener);
    clock.advance(Duration.ofSeconds(1));
    assertThat(moves).hasValue(2);
  }

  @Test
  void zoneViewsShareTheTime() {
    ManualClock clock = ManualClock.create(Instant.EPOCH);
    java.time.Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));
    clock.advance(Duration.ofHours(1));
    assertThat(paris.instant()).isEqualTo(Instant.EPOCH.plus(Duration.ofHours(1)));
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }
}

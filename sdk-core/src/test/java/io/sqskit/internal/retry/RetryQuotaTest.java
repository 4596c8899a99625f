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
package io.sqskit.internal.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryQuotaTest {

  @Test
  void acquireTakesOnlyWhatIsThere() {
    RetryQuota quota = new RetryQuota(12);

    assertThat(quota.tryAcquire(5)).isTrue();
    assertThat(quota.tryAcquire(5)).isTrue();
    assertThat(quota.tryAcquire(5)).isFalse();
    assertThat(quota.available()).isEqualTo(2);
  }

  @Test
  void releaseNeverExceedsCapacity() {
    RetryQuota quota = new RetryQuota(10);
    quota.tryAcquire(3);

    quota.release(100);

    assertThat(quota.available()).isEqualTo(10);
  }

  @Test
  void concurrentCallersNeverOverdrawTheBucket() throws Exception {
    RetryQuota quota = new RetryQuota(500);
    AtomicInteger granted = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  return;
                }
                for (int i = 0; i < 1_000; i++) {
                  if (quota.tryAcquire(5)) {
                    granted.incrementAndGet();
                  }
                }
              });
      thread.start();
      threads.add(thread);
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join();
    }

    // 500 tokens pay for exactly 100 retries of 5, however the threads interleave
    assertThat(granted).hasValue(100);
    assertThat(quota.available()).isZero();
  }
}

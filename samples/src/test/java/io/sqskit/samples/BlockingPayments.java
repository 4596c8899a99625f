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
package io.sqskit.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A payment gateway whose charges take as long as the test says: each charge waits until {@link
 * #finish()}, so a test decides when payments under way complete.
 */
final class BlockingPayments implements PaymentGateway {

  private final CountDownLatch go = new CountDownLatch(1);
  private final AtomicInteger started = new AtomicInteger();
  private final List<String> charged = new ArrayList<>();

  @Override
  public void charge(Order order) {
    started.incrementAndGet();
    try {
      go.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PaymentUnavailableException("interrupted");
    }
    synchronized (this) {
      charged.add(order.id());
    }
  }

  /** Lets every charge under way, and every later one, complete. */
  void finish() {
    go.countDown();
  }

  /** How many charges began. */
  int started() {
    return started.get();
  }

  /** The orders charged, in the order their charges completed. */
  synchronized List<String> charged() {
    return List.copyOf(charged);
  }
}

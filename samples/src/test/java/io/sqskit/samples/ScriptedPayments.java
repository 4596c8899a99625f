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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A payment gateway that fails as a test scripts it and remembers what it charged. */
final class ScriptedPayments implements PaymentGateway {

  private final Map<String, Deque<RuntimeException>> failures = new HashMap<>();
  private final List<String> charged = new ArrayList<>();
  private boolean down;

  /** The next charge of this order throws {@code failure}; stack several for several tries. */
  synchronized ScriptedPayments failNext(String orderId, RuntimeException failure) {
    failures.computeIfAbsent(orderId, id -> new ArrayDeque<>()).add(failure);
    return this;
  }

  /** Every charge fails as unavailable until further notice. */
  synchronized ScriptedPayments down() {
    down = true;
    return this;
  }

  @Override
  public synchronized void charge(Order order) {
    if (down) {
      throw new PaymentUnavailableException("gateway down");
    }
    Deque<RuntimeException> scripted = failures.get(order.id());
    if (scripted != null && !scripted.isEmpty()) {
      throw scripted.poll();
    }
    charged.add(order.id());
  }

  /** The orders charged, in order. */
  synchronized List<String> charged() {
    return List.copyOf(charged);
  }
}

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
package io.sqskit.testing.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.jspecify.annotations.Nullable;

/**
 * The fault rules of one {@link SqsServer}, applied by its HTTP front before and after the engine
 * runs a call; the engine itself never sees a fault.
 *
 * <pre>{@code
 * FaultInjector faults = server.faults().seed(42);
 * faults.add(Fault.internalError().action("ReceiveMessage").probability(0.3));
 * ...
 * assertThat(faults.injected(Fault.Kind.INTERNAL_ERROR)).isPositive();
 * faults.clear();
 * }</pre>
 *
 * <p>Rules are tried in the order they were added: every matching {@link Fault.Kind#LATENCY} rule
 * adds its delay, and the first other matching rule that fires decides the answer. Probabilities
 * are drawn from one seeded {@link Random} per injector, so a single-threaded test sees the same
 * faults on every run. {@link #forAccount(String)} gives a view whose rules only match calls signed
 * with that account id as access key id and whose {@link #clear()} and counters cover its own rules
 * only: tests sharing one server then cannot hit each other. Thread-safe.
 *
 * @since 0.1
 */
@SuppressWarnings("EnumOrdinal") // Fault.Kind ordinals index the counter array, never persisted
public final class FaultInjector {

  private static final Rule[] NONE = new Rule[0];
  private static final Fault.Kind[] KINDS = Fault.Kind.values();

  private final FaultInjector root;
  private final @Nullable String scope;
  private final AtomicLongArray counts = new AtomicLongArray(KINDS.length);
  private volatile Random random = new Random(0);

  /** Only meaningful on the root; copy-on-write, so the hot path is one volatile read. */
  private volatile Rule[] rules = NONE;

  FaultInjector() {
    this.root = this;
    this.scope = null;
  }

  private FaultInjector(FaultInjector root, String scope) {
    this.root = root;
    this.scope = scope;
  }

  /**
   * A view for one account: its rules match only calls of that account (the 12-digit access key id
   * the fake derives the account from), {@link #clear()} removes only its rules, and its counters
   * count only its rules' faults.
   *
   * @param accountId the 12-digit account id
   * @return the view for that account
   * @throws IllegalArgumentException when this injector is already a view of another account
   */
  public FaultInjector forAccount(String accountId) {
    Objects.requireNonNull(accountId, "accountId");
    if (scope != null && !scope.equals(accountId)) {
      throw new IllegalArgumentException(
          "this injector is scoped to account " + scope + ", not " + accountId);
    }
    return new FaultInjector(root, accountId);
  }

  /** {@return the account this view is scoped to, or null for the whole server} */
  public @Nullable String accountId() {
    return scope;
  }

  /**
   * Adds a rule after the existing ones. On an account view a rule without an account gets the
   * view's one.
   *
   * @param fault the rule
   * @return this injector
   * @throws IllegalArgumentException when the rule names another account than this view's
   */
  public FaultInjector add(Fault fault) {
    Objects.requireNonNull(fault, "fault");
    if (scope != null) {
      if (fault.accountId() == null) {
        fault = fault.accountId(scope);
      } else if (!fault.accountId().equals(scope)) {
        throw new IllegalArgumentException(
            "this injector is scoped to account " + scope + "; cannot add " + fault);
      }
    }
    Rule rule = new Rule(fault, this);
    synchronized (root) {
      Rule[] current = root.rules;
      Rule[] next = Arrays.copyOf(current, current.length + 1);
      next[current.length] = rule;
      root.rules = next;
    }
    return this;
  }

  /**
   * Re-seeds the random source of this injector's probabilistic rules (the default seed is 0).
   *
   * @param seed the new seed
   * @return this injector
   */
  public FaultInjector seed(long seed) {
    this.random = new Random(seed);
    return this;
  }

  /** Removes this injector's rules (on the server's injector: every rule); counters stay. */
  public void clear() {
    synchronized (root) {
      if (scope == null && root == this) {
        root.rules = NONE;
        return;
      }
      List<Rule> kept = new ArrayList<>();
      for (Rule rule : root.rules) {
        if (rule.owner != this) {
          kept.add(rule);
        }
      }
      root.rules = kept.toArray(NONE);
    }
  }

  /** {@return the rules added through this injector that can still fire, in order} */
  public List<Fault> rules() {
    List<Fault> out = new ArrayList<>();
    for (Rule rule : root.rules) {
      if ((root == this || rule.owner == this) && !rule.exhausted()) {
        out.add(rule.fault);
      }
    }
    return out;
  }

  /** {@return how many faults this injector's rules injected, of every kind} */
  public long injected() {
    long total = 0;
    for (int i = 0; i < KINDS.length; i++) {
      total += counts.get(i);
    }
    return total;
  }

  /**
   * How many faults of one kind this injector's rules injected.
   *
   * @param kind the kind of fault
   * @return the count
   */
  public long injected(Fault.Kind kind) {
    return counts.get(kind.ordinal());
  }

  /** {@return the counts of every kind, in {@link Fault.Kind} order} */
  public Map<Fault.Kind, Long> counts() {
    Map<Fault.Kind, Long> out = new EnumMap<>(Fault.Kind.class);
    for (Fault.Kind kind : KINDS) {
      out.put(kind, counts.get(kind.ordinal()));
    }
    return out;
  }

  /** Whether any rule is set: the front's fast path, a single volatile read. */
  boolean active() {
    return rules.length != 0;
  }

  /**
   * What to do with a call, or null when no rule fires.
   *
   * @param action the SQS action
   * @param queue the queue name the call is about, or null
   * @param accountId the caller's account (from its access key id), or null
   */
  @Nullable Decision decide(String action, @Nullable String queue, @Nullable String accountId) {
    Rule[] current = rules;
    Duration delay = Duration.ZERO;
    Rule duplicates = null;
    for (Rule rule : current) {
      Fault fault = rule.fault;
      if (!matches(fault, action, queue, accountId)) {
        continue;
      }
      if (fault.kind() == Fault.Kind.DUPLICATE_DELIVERY) {
        // Drawn and counted per received message, after the call (see duplicate); the first live
        // rule serves, and a fault of another rule still decides the answer.
        if (duplicates == null && !rule.exhausted()) {
          duplicates = rule;
        }
        continue;
      }
      if (!rule.owner.draw(fault.probability())) {
        continue;
      }
      if (!rule.take()) {
        continue;
      }
      rule.owner.count(fault.kind());
      if (fault.kind() == Fault.Kind.LATENCY) {
        delay = delay.plus(fault.delay());
      } else {
        return new Decision(delay, fault, null);
      }
    }
    return delay.isZero() && duplicates == null ? null : new Decision(delay, null, duplicates);
  }

  /**
   * Whether one more received message gets a duplicate under {@code rule}: the rule's probability
   * is drawn and its budget taken per message, and the duplicate counted.
   */
  boolean duplicate(Rule rule) {
    if (!rule.owner.draw(rule.fault.probability()) || !rule.take()) {
      return false;
    }
    rule.owner.count(Fault.Kind.DUPLICATE_DELIVERY);
    return true;
  }

  /**
   * A rule whose kind does not apply to an action (a digest corruption of a call without digests,
   * say) is not used up by it.
   */
  private static boolean matches(
      Fault fault, String action, @Nullable String queue, @Nullable String accountId) {
    return fault.appliesTo(action, queue)
        && (fault.action() == null || fault.action().equals(action))
        && (fault.queue() == null || fault.queue().equals(queue))
        && (fault.accountId() == null || fault.accountId().equals(accountId));
  }

  private boolean draw(double probability) {
    return probability >= 1.0 || random.nextDouble() < probability;
  }

  private void count(Fault.Kind kind) {
    counts.incrementAndGet(kind.ordinal());
    if (root != this) {
      root.counts.incrementAndGet(kind.ordinal());
    }
  }

  @Override
  public String toString() {
    return "FaultInjector{" + (scope == null ? "" : "account=" + scope + ", ") + rules() + "}";
  }

  /**
   * A fault to apply: latency to wait first, then the fault that decides the answer, if any, and
   * the rule that duplicates the messages a receive answers, if any.
   */
  record Decision(Duration delay, @Nullable Fault fault, @Nullable Rule duplicates) {
    /** The kind of fault to inject after the delay, or null to run the call normally. */
    Fault.@Nullable Kind kind() {
      return fault == null ? null : fault.kind();
    }
  }

  /** An added rule with its remaining budget. */
  static final class Rule {
    final Fault fault;
    final FaultInjector owner;
    final @Nullable AtomicInteger remaining;

    Rule(Fault fault, FaultInjector owner) {
      this.fault = fault;
      this.owner = owner;
      this.remaining = fault.times() == 0 ? null : new AtomicInteger(fault.times());
    }

    boolean take() {
      if (remaining == null) {
        return true;
      }
      while (true) {
        int left = remaining.get();
        if (left <= 0) {
          return false;
        }
        if (remaining.compareAndSet(left, left - 1)) {
          return true;
        }
      }
    }

    boolean exhausted() {
      return remaining != null && remaining.get() <= 0;
    }
  }
}

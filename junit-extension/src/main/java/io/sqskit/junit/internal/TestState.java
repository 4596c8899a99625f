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
package io.sqskit.junit.internal;

import io.sqskit.junit.TestQueue;
import io.sqskit.testing.server.FaultInjector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * What one test owns: its account (fake) or queue-name prefix (contract run), its queues and the
 * clients made for it. Closed by the JUnit store when the test ends, failed or not.
 */
public final class TestState implements AutoCloseable {

  /** SQS allows queue names of at most 80 characters, {@code .fifo} included. */
  private static final int MAX_QUEUE_NAME = 80;

  private final Backend backend;
  private final @Nullable String accountId; // null in a contract run
  private final String prefix;
  private final QueueOps ops;
  private final DefaultTestQueue.Inspector inspector;
  private final boolean deleteQueues;
  private final Map<String, TestQueue> queues = new LinkedHashMap<>();
  private final Map<String, QueueSpec> specs = new LinkedHashMap<>();
  private final Map<Object, Object> clients = new LinkedHashMap<>();
  private final List<AutoCloseable> closeables = new ArrayList<>();
  private @Nullable FaultInjector faults;

  TestState(
      Backend backend,
      @Nullable String accountId,
      String prefix,
      QueueOps ops,
      DefaultTestQueue.Inspector inspector,
      boolean deleteQueues) {
    this.backend = backend;
    this.accountId = accountId;
    this.prefix = prefix;
    this.ops = ops;
    this.inspector = inspector;
    this.deleteQueues = deleteQueues;
  }

  /** The backend this test runs against. */
  public Backend backend() {
    return backend;
  }

  /** The test's account id on the fake; null in a contract run. */
  public @Nullable String accountId() {
    return accountId;
  }

  /**
   * The test's client of a kind, made once per test and closed after it.
   *
   * @param kind a key for the kind of client, such as its class name
   */
  public synchronized Object client(Object kind, Function<@Nullable String, Object> factory) {
    Object client = clients.get(kind);
    if (client == null) {
      client = factory.apply(accountId);
      clients.put(kind, client);
      if (client instanceof AutoCloseable closeable) {
        closeables.add(closeable);
      }
    }
    return client;
  }

  /**
   * The test's view of the fake's fault rules: its rules match only this test's account, and they
   * are removed when the test ends, so no rule outlives its test or reaches another test.
   */
  public synchronized FaultInjector faults(FaultInjector server) {
    if (faults == null) {
      // Only the fake has fault rules, and every test on the fake has an account.
      faults = server.forAccount(Objects.requireNonNull(accountId));
      FaultInjector scoped = faults;
      // First in line: later clean-up calls of the test must not meet the test's faults.
      closeables.add(0, scoped::clear);
    }
    return faults;
  }

  /** {@return the queues the test asked for so far, in the order they were created} */
  public synchronized List<TestQueue> queues() {
    return List.copyOf(queues.values());
  }

  /** The test's queue named in {@code spec}, created on first request. */
  public synchronized TestQueue queue(QueueSpec spec, String where) {
    TestQueue existing = queues.get(spec.name());
    if (existing != null) {
      QueueSpec first = Objects.requireNonNull(specs.get(spec.name())); // put with the queue
      if (first.equals(spec) || spec.equals(QueueSpec.deadLetter(spec.name(), spec.fifo()))) {
        return existing;
      }
      throw new ExtensionConfigurationException(
          "@SqsQueue on "
              + where
              + " declares queue '"
              + spec.name()
              + "' again with other settings: "
              + spec
              + " after "
              + first);
    }
    TestQueue deadLetter = null;
    Map<String, String> attributes = new LinkedHashMap<>(spec.attributes());
    if (!spec.deadLetterQueue().isEmpty()) {
      deadLetter = queue(QueueSpec.deadLetter(spec.deadLetterQueue(), spec.fifo()), where);
      // RedrivePolicy is a JSON document in a string; the SQS developer guide's examples quote
      // maxReceiveCount, so it is sent quoted here too.
      attributes.put(
          "RedrivePolicy",
          "{\"deadLetterTargetArn\":\""
              + deadLetter.arn()
              + "\",\"maxReceiveCount\":\""
              + spec.maxReceiveCount()
              + "\"}");
    }
    String name = prefix + spec.name();
    if (name.length() > MAX_QUEUE_NAME) {
      throw new ExtensionConfigurationException(
          "@SqsQueue on "
              + where
              + ": the queue name '"
              + name
              + "' has "
              + name.length()
              + " characters; SQS allows "
              + MAX_QUEUE_NAME
              + (prefix.isEmpty() ? "" : " (the contract run adds the prefix '" + prefix + "')"));
    }
    String url;
    try {
      url = ops.createQueue(name, attributes);
    } catch (RuntimeException e) {
      throw new ExtensionConfigurationException(
          "@SqsQueue on " + where + " could not create queue '" + name + "': " + e.getMessage(), e);
    }
    if (deleteQueues) {
      closeables.add(0, () -> deleteUnlessGone(url, name));
    }
    TestQueue queue = new DefaultTestQueue(name, url, ops, inspector, deadLetter);
    queues.put(spec.name(), queue);
    specs.put(spec.name(), spec);
    return queue;
  }

  /** Deletes a test's queue; one the test deleted itself is fine, any other failure is not. */
  private void deleteUnlessGone(String url, String name) {
    try {
      ops.deleteQueue(url);
    } catch (RuntimeException e) {
      if (ops.listQueues(name).contains(url)) {
        throw e;
      }
    }
  }

  @Override
  public synchronized void close() {
    // Queues first (contract runs must not leave any behind), then clients.
    Closer.closeAll(new ArrayList<>(closeables));
    closeables.clear();
  }
}

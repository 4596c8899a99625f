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

import io.sqskit.junit.QueueMessage;
import io.sqskit.junit.SqsEndpoint;
import io.sqskit.testing.engine.ManualClock;
import io.sqskit.testing.engine.SqsEngine;
import java.net.URI;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A real SQS endpoint (or anything that speaks SQS) for a contract run. Queues get the prefix
 * {@code sqskit-<run>-<test>-} and are deleted after each test; whatever a test left with the run's
 * prefix is deleted when the run ends.
 */
public final class ContractBackend implements Backend {

  private static final System.Logger LOG = System.getLogger(ContractBackend.class.getName());

  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  private final URI url;
  private final String runPrefix;
  private final AtomicLong tests = new AtomicLong();
  private final String region;
  private @Nullable SqskitClients sqskit;
  private @Nullable AwsSdkClients awsSdk;
  private @Nullable QueueOps ops;

  private ContractBackend(URI url, String region) {
    this.url = url;
    this.region = region;
    this.runPrefix = "sqskit-" + randomId(6) + "-";
  }

  /** A contract backend for the endpoint; the region comes from the AWS default region chain. */
  public static ContractBackend connect(URI url) {
    if (!ClientSupport.sqskitPresent() && !ClientSupport.awsSdkPresent()) {
      throw new ExtensionConfigurationException(noClient(url));
    }
    return new ContractBackend(url, ClientSupport.defaultRegion());
  }

  private static String noClient(URI url) {
    return "A contract run against "
        + url
        + " needs io.sqskit:sdk-core or software.amazon.awssdk:sqs on the test classpath to create"
        + " queues";
  }

  @Override
  public boolean isFake() {
    return false;
  }

  @Override
  public String description() {
    return "the contract endpoint " + url;
  }

  /** The prefix every queue of this run starts with. */
  public String runPrefix() {
    return runPrefix;
  }

  @Override
  public TestState newTest() {
    String prefix = runPrefix + tests.incrementAndGet() + "-";
    return new TestState(this, null, prefix, ops(), new Inspector(), true);
  }

  /** The extension's own calls go through sdk-core when present, else the AWS SDK. */
  synchronized QueueOps ops() {
    if (ops == null) {
      if (ClientSupport.sqskitPresent()) {
        ops = sqskit().contractOps();
      } else if (ClientSupport.awsSdkPresent()) {
        ops = awsSdk().contractOps();
      } else {
        throw new ExtensionConfigurationException(noClient(url));
      }
    }
    return ops;
  }

  @Override
  public Optional<SqsEngine> engine() {
    return Optional.empty();
  }

  @Override
  public Optional<ManualClock> clock() {
    return Optional.empty();
  }

  @Override
  public synchronized SqskitClients sqskit() {
    if (sqskit == null) {
      sqskit = SqskitClients.forContract(url, region);
    }
    return sqskit;
  }

  @Override
  public synchronized AwsSdkClients awsSdk() {
    if (awsSdk == null) {
      awsSdk = AwsSdkClients.forContract(url, region);
    }
    return awsSdk;
  }

  @Override
  public SqsEndpoint endpoint(@Nullable String accountId) {
    return ClientSupport.sqskitPresent()
        ? sqskit().contractEndpoint()
        : awsSdk().contractEndpoint();
  }

  @Override
  public synchronized void close() {
    List<AutoCloseable> open = new ArrayList<>();
    if (ops != null) {
      QueueOps sweeper = ops;
      open.add(() -> sweep(sweeper));
    }
    if (sqskit != null) {
      open.add(sqskit);
    }
    if (awsSdk != null) {
      open.add(awsSdk);
    }
    Closer.closeAll(open);
  }

  /**
   * Deletes what a test created with the run's prefix outside {@code @SqsQueue}. Best effort: a
   * queue deleted moments ago may still be listed (SQS lists queues eventually consistently), so a
   * failure here is logged, never reported as a failed run.
   */
  private void sweep(QueueOps sweeper) {
    for (String url : sweeper.listQueues(runPrefix)) {
      try {
        sweeper.deleteQueue(url);
      } catch (RuntimeException e) {
        LOG.log(
            System.Logger.Level.WARNING, "could not delete " + url + " after the contract run", e);
      }
    }
  }

  @Override
  public String toString() {
    return description();
  }

  private static String randomId(int length) {
    SecureRandom random = new SecureRandom();
    StringBuilder id = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }

  /** A contract endpoint offers no way to look into a queue. */
  private final class Inspector implements DefaultTestQueue.Inspector {
    @Override
    public Optional<List<QueueMessage>> peek(String queueUrl) {
      return Optional.empty();
    }

    @Override
    public Optional<String> describeHeld(String queueUrl) {
      return Optional.empty();
    }

    @Override
    public String unavailableReason() {
      return "needs the in-JVM fake: skipped against " + description();
    }
  }
}

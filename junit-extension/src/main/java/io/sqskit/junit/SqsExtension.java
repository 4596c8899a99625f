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
package io.sqskit.junit;

import io.sqskit.junit.internal.Backend;
import io.sqskit.junit.internal.ContractBackend;
import io.sqskit.junit.internal.Environment;
import io.sqskit.junit.internal.FakeBackend;
import io.sqskit.junit.internal.Injection;
import io.sqskit.junit.internal.Settings;
import io.sqskit.junit.internal.TestState;
import java.lang.reflect.Field;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestInstantiationAwareExtension.ExtensionContextScope;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The JUnit 5 extension behind {@link SqsTest}: starts the fake once per run, gives each test its
 * own account, and injects clients, endpoints and queues.
 *
 * <pre>{@code
 * class OrderTest {
 *   @RegisterExtension
 *   static SqsExtension sqs = SqsExtension.builder().virtualTime(true).build();
 *
 *   @Test
 *   void redelivers(io.sqskit.client.SqsClient client, ManualClock clock, @SqsQueue(name = "q") String url) {
 *     ...
 *     clock.advance(Duration.ofMinutes(5));
 *   }
 * }
 * }</pre>
 *
 * <p>Injectable: {@code io.sqskit.client.SqsClient} (with sdk-core on the classpath), the AWS SDK
 * for Java v2 {@code SqsClient} and {@code SqsAsyncClient} (with that SDK), {@link SqsEndpoint},
 * {@link io.sqskit.testing.engine.SqsEngine}, {@link io.sqskit.testing.engine.ManualClock} (virtual
 * time only), {@link io.sqskit.testing.server.FaultInjector} (fault rules that hit only the test's
 * own account and end with the test), and {@link SqsQueue} queues as {@code String} or {@link
 * TestQueue}; as parameters, or as non-static fields set before each test. Clients are closed after
 * the test. Thread-safe: tests may run in parallel.
 *
 * @since 0.1
 */
public final class SqsExtension
    implements ExecutionCondition,
        BeforeAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(SqsExtension.class);

  // Null: not set programmatically, so the @SqsTest attribute (or its default) applies.
  private final @Nullable Boolean virtualTime;
  private final @Nullable Instant startTime;
  private final @Nullable Boolean strictSignatures;
  private final @Nullable Integer inFlightLimit;
  private final @Nullable Transport transport;
  private final boolean programmatic;

  /** The instance {@link SqsTest} registers: settings come from the annotation. */
  public SqsExtension() {
    this(null, null, null, null, null, false);
  }

  private SqsExtension(
      @Nullable Boolean virtualTime,
      @Nullable Instant startTime,
      @Nullable Boolean strictSignatures,
      @Nullable Integer inFlightLimit,
      @Nullable Transport transport,
      boolean programmatic) {
    this.virtualTime = virtualTime;
    this.startTime = startTime;
    this.strictSignatures = strictSignatures;
    this.inFlightLimit = inFlightLimit;
    this.transport = transport;
    this.programmatic = programmatic;
  }

  /**
   * {@return a builder for {@code @RegisterExtension}; what it sets wins over {@link SqsTest}
   * attributes}
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<URI> contract = Environment.contractEndpoint(context);
    if (contract.isEmpty()) {
      return ConditionEvaluationResult.enabled("runs against the in-JVM fake");
    }
    String against = "skipped against the contract endpoint " + contract.get();
    if (context.getTestClass().isPresent() && settings(context).virtualTime()) {
      return ConditionEvaluationResult.disabled(
          "virtual time needs the in-JVM fake's ManualClock: " + against);
    }
    if (context.getTestClass().isPresent() && !settings(context).defaultInFlightLimit()) {
      return ConditionEvaluationResult.disabled(
          "an in-flight limit of "
              + settings(context).inFlightLimit()
              + " needs the in-JVM fake (SQS applies its own quota): "
              + against);
    }
    if (context.getTestMethod().isPresent()) {
      Optional<String> need =
          Injection.fakeOnlyNeed(context.getRequiredTestMethod(), context.getRequiredTestClass());
      if (need.isPresent()) {
        return ConditionEvaluationResult.disabled(
            need.get() + ", which only the in-JVM fake has: " + against);
      }
    }
    return ConditionEvaluationResult.enabled(
        "runs against the contract endpoint " + contract.get());
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (!programmatic) {
      rejectDoubleRegistration(context.getRequiredTestClass());
    }
    // Start the backend now, so that the first test's setup does not pay for it.
    backend(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    TestState state = state(context);
    List<Object> instances = context.getRequiredTestInstances().getAllInstances();
    for (Object instance : instances) {
      try {
        Injection.injectFields(instance, state);
      } catch (Injection.Misuse e) {
        throw new ExtensionConfigurationException(e.getMessage(), e.getCause());
      }
    }
  }

  /**
   * Constructor parameters belong to the test about to run (with the default per-method lifecycle),
   * so they get that test's account, like its method parameters and fields.
   */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(
      ExtensionContext rootContext) {
    return ExtensionContextScope.TEST_METHOD;
  }

  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    return Injection.supports(parameterContext.getParameter());
  }

  @Override
  public Object resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    try {
      return Injection.resolve(
          parameterContext.getParameter(),
          parameterContext.getIndex(),
          parameterContext.getDeclaringExecutable(),
          state(extensionContext));
    } catch (Injection.Misuse e) {
      throw new ParameterResolutionException(e.getMessage(), e.getCause());
    }
  }

  /**
   * With {@link SqsTest#verifyNothingInFlight}, fails a test that passed but left a received
   * message neither deleted nor released in one of its queues (on the fake; a contract run has no
   * history to check).
   */
  @Override
  public void afterEach(ExtensionContext context) {
    boolean verify =
        context
            .getTestClass()
            .flatMap(c -> Injection.findOnClass(c, SqsTest.class))
            .map(SqsTest::verifyNothingInFlight)
            .orElse(false);
    if (!verify || context.getExecutionException().isPresent()) {
      return;
    }
    TestState state =
        context.getStore(NAMESPACE).get("state " + context.getUniqueId(), TestState.class);
    if (state == null || state.backend().engine().isEmpty()) {
      return;
    }
    for (TestQueue queue : state.queues()) {
      queue.assertNothingInFlight();
    }
  }

  private TestState state(ExtensionContext context) {
    // Keyed by the context's id: a test must never find its class's state in a parent store.
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            "state " + context.getUniqueId(), key -> backend(context).newTest(), TestState.class);
  }

  private Backend backend(ExtensionContext context) {
    Optional<URI> contract = Environment.contractEndpoint(context);
    Store root = context.getRoot().getStore(NAMESPACE);
    if (contract.isPresent()) {
      return root.getOrComputeIfAbsent(
          "contract " + contract.get(),
          key -> ContractBackend.connect(contract.get()),
          Backend.class);
    }
    Settings settings = settings(context);
    boolean strict = settings.strictSignatures();
    int limit = settings.inFlightLimit();
    Transport transport = settings.transport();
    String variant =
        (strict ? ", strict signatures" : "")
            + (settings.defaultInFlightLimit() ? "" : ", in-flight limit " + limit)
            + (transport == Transport.HTTP ? "" : ", " + transport);
    if (!settings.virtualTime()) {
      // Classes with the same settings share a fake; other settings get one of their own.
      return root.getOrComputeIfAbsent(
          "fake" + variant, key -> FakeBackend.start(strict, limit, transport), Backend.class);
    }
    // One virtual-time fake per test class (nested classes find their outer class's one), closed
    // with the class: moving its clock never touches another class's tests.
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            "virtual " + settings.startTime() + variant + (settings.autoAdvance() ? ", auto" : ""),
            key ->
                FakeBackend.startVirtual(
                    settings.startTime(), strict, limit, transport, settings.autoAdvance()),
            Backend.class);
  }

  private Settings settings(ExtensionContext context) {
    Settings base =
        context
            .getTestClass()
            .flatMap(c -> Injection.findOnClass(c, SqsTest.class).map(a -> Settings.of(a, c)))
            .orElse(Settings.DEFAULTS);
    return new Settings(
        virtualTime != null ? virtualTime : base.virtualTime(),
        startTime != null ? startTime : base.startTime(),
        strictSignatures != null ? strictSignatures : base.strictSignatures(),
        inFlightLimit != null ? inFlightLimit : base.inFlightLimit(),
        transport != null ? transport : base.transport(),
        base.autoAdvance());
  }

  private static void rejectDoubleRegistration(Class<?> testClass) {
    List<Field> registered =
        ReflectionSupport.findFields(
            testClass,
            f ->
                f.isAnnotationPresent(RegisterExtension.class)
                    && SqsExtension.class.isAssignableFrom(f.getType()),
            HierarchyTraversalMode.TOP_DOWN);
    if (!registered.isEmpty()) {
      throw new ExtensionConfigurationException(
          testClass.getName()
              + " uses both @SqsTest and @RegisterExtension SqsExtension (field "
              + registered.get(0).getName()
              + "); use one of them");
    }
  }

  /** Options of a programmatically registered extension; not thread-safe. */
  public static final class Builder {
    private @Nullable Boolean virtualTime;
    private @Nullable Instant startTime;
    private @Nullable Boolean strictSignatures;
    private @Nullable Integer inFlightLimit;
    private @Nullable Transport transport;

    private Builder() {}

    /**
     * Whether tests run on their class's own fake with a manual clock.
     *
     * @param virtualTime whether tests run on their class's own fake with a manual clock
     * @return this builder
     */
    public Builder virtualTime(boolean virtualTime) {
      this.virtualTime = virtualTime;
      return this;
    }

    /**
     * Where the manual clock starts.
     *
     * @param startTime where the manual clock starts
     * @return this builder
     */
    public Builder startTime(Instant startTime) {
      this.startTime = Objects.requireNonNull(startTime, "startTime");
      return this;
    }

    /**
     * Whether the fake checks SigV4 signatures; see {@link SqsTest#strictSignatures}.
     *
     * @param strictSignatures whether the fake checks SigV4 signatures; see {@link
     *     SqsTest#strictSignatures}
     * @return this builder
     */
    public Builder strictSignatures(boolean strictSignatures) {
      this.strictSignatures = strictSignatures;
      return this;
    }

    /**
     * How many messages of a queue may be in flight at once on the fake; see {@link
     * SqsTest#inFlightLimit}.
     *
     * @param inFlightLimit how many messages of a queue may be in flight at once on the fake; see
     *     {@link SqsTest#inFlightLimit}
     * @return this builder
     * @throws IllegalArgumentException unless at least 1
     */
    public Builder inFlightLimit(int inFlightLimit) {
      if (inFlightLimit < 1) {
        throw new IllegalArgumentException("inFlightLimit must be at least 1: " + inFlightLimit);
      }
      this.inFlightLimit = inFlightLimit;
      return this;
    }

    /**
     * How injected clients reach the fake; see {@link SqsTest#transport}.
     *
     * @param transport HTTP (the default) or in-JVM
     * @return this builder
     * @since 0.1
     */
    public Builder transport(Transport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    /** {@return the extension, for a {@code @RegisterExtension} field} */
    public SqsExtension build() {
      return new SqsExtension(
          virtualTime, startTime, strictSignatures, inFlightLimit, transport, true);
    }
  }
}

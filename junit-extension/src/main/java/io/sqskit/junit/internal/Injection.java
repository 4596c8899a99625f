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

import io.sqskit.junit.SqsEndpoint;
import io.sqskit.junit.SqsQueue;
import io.sqskit.junit.TestQueue;
import io.sqskit.testing.engine.ManualClock;
import io.sqskit.testing.engine.SqsEngine;
import io.sqskit.testing.server.FaultInjector;
import java.lang.annotation.Annotation;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Decides what a parameter or field of a test gets. Optional client types are matched by class
 * name, so this class never loads them itself.
 */
public final class Injection {

  private static final Set<String> CLIENT_TYPES =
      Set.of(ClientSupport.SQSKIT_CLIENT, AwsSdkClients.SYNC_CLIENT, AwsSdkClients.ASYNC_CLIENT);

  private Injection() {}

  /** A problem with what a test asked for; the caller turns it into JUnit's exception type. */
  public static final class Misuse extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Misuse(@Nullable String message, @Nullable Throwable cause) {
      super(message, cause);
    }
  }

  /** Whether the extension provides values of this type (apart from {@link SqsQueue} ones). */
  public static boolean provides(Class<?> type) {
    return type == SqsEndpoint.class
        || type == SqsEngine.class
        || type == ManualClock.class
        || type == FaultInjector.class
        || CLIENT_TYPES.contains(type.getName());
  }

  /** Whether a parameter is the extension's to resolve. */
  public static boolean supports(Parameter parameter) {
    return parameter.isAnnotationPresent(SqsQueue.class) || provides(parameter.getType());
  }

  /** The value for a parameter. */
  public static Object resolve(
      Parameter parameter, int index, Executable executable, TestState state) {
    String where = describe(parameter, index, executable);
    SqsQueue queue = parameter.getAnnotation(SqsQueue.class);
    if (queue != null) {
      String name = parameter.isNamePresent() ? parameter.getName() : null;
      return queue(queue, parameter.getType(), name, where, state);
    }
    return value(parameter.getType(), where, state);
  }

  /** Sets the fields of a test instance that the extension provides. */
  public static void injectFields(Object instance, TestState state) {
    List<Field> fields =
        ReflectionSupport.findFields(
            instance.getClass(),
            // Unannotated fields only when the test left them to us: a final or static field of
            // such a type is the test's own business. @SqsQueue fields must be injectable.
            f ->
                f.isAnnotationPresent(SqsQueue.class)
                    || (provides(f.getType())
                        && !Modifier.isStatic(f.getModifiers())
                        && !Modifier.isFinal(f.getModifiers())),
            HierarchyTraversalMode.TOP_DOWN);
    for (Field field : fields) {
      String where = "field " + field.getDeclaringClass().getSimpleName() + "." + field.getName();
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers)) {
        throw new Misuse(
            "@SqsQueue "
                + where
                + " must be neither static nor final: each test gets its own queue",
            null);
      }
      SqsQueue queue = field.getAnnotation(SqsQueue.class);
      Object value =
          queue != null
              ? queue(queue, field.getType(), field.getName(), where, state)
              : value(field.getType(), where, state);
      try {
        field.setAccessible(true);
        field.set(instance, value);
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new Misuse("Could not set " + where + ": " + e, e);
      }
    }
  }

  /**
   * Why a test method cannot run outside the fake, or empty when it can: it asks for the engine or
   * the manual clock, as a parameter or as a field of its class.
   */
  public static Optional<String> fakeOnlyNeed(Method method, Class<?> testClass) {
    for (Parameter parameter : method.getParameters()) {
      Optional<String> need = need(parameter.getType());
      if (need.isPresent()) {
        return Optional.of(need.get() + " (parameter of " + method.getName() + ")");
      }
    }
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      for (Field field :
          ReflectionSupport.findFields(
              c, f -> need(f.getType()).isPresent(), HierarchyTraversalMode.TOP_DOWN)) {
        return Optional.of(
            need(field.getType()).get()
                + " (field "
                + c.getSimpleName()
                + "."
                + field.getName()
                + ")");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> need(Class<?> type) {
    if (type == SqsEngine.class) {
      return Optional.of("the test inspects the fake's SqsEngine");
    }
    if (type == ManualClock.class) {
      return Optional.of("the test moves the fake's ManualClock");
    }
    if (type == FaultInjector.class) {
      return Optional.of("the test injects faults with the fake's FaultInjector");
    }
    return Optional.empty();
  }

  private static Object queue(
      SqsQueue annotation, Class<?> type, @Nullable String name, String where, TestState state) {
    if (type != String.class && type != TestQueue.class) {
      throw new Misuse(
          "@SqsQueue on "
              + where
              + " needs type String (the queue URL) or TestQueue, not "
              + type.getName(),
          null);
    }
    // The annotation's name wins over the parameter or field name (none without -parameters).
    String queueName = annotation.name().isEmpty() ? name : annotation.name();
    if (queueName == null) {
      throw new Misuse(
          "@SqsQueue on "
              + where
              + " needs a name: set @SqsQueue(name = \"...\") or compile with -parameters",
          null);
    }
    QueueSpec spec;
    try {
      spec = QueueSpec.of(annotation, queueName, where);
    } catch (RuntimeException e) {
      throw new Misuse(e.getMessage(), e);
    }
    TestQueue queue;
    try {
      queue = state.queue(spec, where);
    } catch (RuntimeException e) {
      throw new Misuse(e.getMessage(), e);
    }
    return type == String.class ? queue.url() : queue;
  }

  private static Object value(Class<?> type, String where, TestState state) {
    Backend backend = state.backend();
    if (type == SqsEndpoint.class) {
      return create(type, where, () -> backend.endpoint(state.accountId()));
    }
    if (type == SqsEngine.class) {
      return backend
          .engine()
          .orElseThrow(
              () -> new Misuse(where + " asks for the SqsEngine, which only the fake has", null));
    }
    if (type == ManualClock.class) {
      return backend
          .clock()
          .orElseThrow(
              () ->
                  new Misuse(
                      where
                          + " asks for a ManualClock: use @SqsTest(virtualTime = true) on the test"
                          + " class",
                      null));
    }
    if (type == FaultInjector.class) {
      FaultInjector server =
          backend
              .faults()
              .orElseThrow(
                  () ->
                      new Misuse(
                          where + " asks for a FaultInjector, which only the fake has", null));
      return state.faults(server);
    }
    String name = type.getName();
    Function<@Nullable String, Object> factory;
    if (name.equals(ClientSupport.SQSKIT_CLIENT)) {
      factory = account -> backend.sqskit().client(account);
    } else if (name.equals(AwsSdkClients.SYNC_CLIENT)) {
      factory = account -> backend.awsSdk().sync(account);
    } else if (name.equals(AwsSdkClients.ASYNC_CLIENT)) {
      factory = account -> backend.awsSdk().async(account);
    } else {
      throw new Misuse(where + " has a type the extension does not provide: " + name, null);
    }
    return create(type, where, () -> state.client(name, factory));
  }

  private static Object create(Class<?> type, String where, Supplier<Object> creator) {
    try {
      return creator.get();
    } catch (Misuse e) {
      throw e;
    } catch (RuntimeException | LinkageError e) {
      throw new Misuse(
          "Could not create the " + type.getName() + " for " + where + ": " + e.getMessage(), e);
    }
  }

  private static String describe(Parameter parameter, int index, Executable executable) {
    String name = parameter.isNamePresent() ? parameter.getName() : "#" + index;
    String owner = executable.getDeclaringClass().getSimpleName();
    String member =
        executable instanceof Method
            ? owner + "." + executable.getName() + "()"
            : "the constructor of " + owner;
    return "parameter " + name + " of " + member;
  }

  /**
   * Finds {@code @SqsTest}-style annotations on a class or, for nested classes, on an enclosing
   * one.
   */
  public static <A extends Annotation> Optional<A> findOnClass(Class<?> testClass, Class<A> type) {
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      Optional<A> found = AnnotationSupport.findAnnotation(c, type);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}

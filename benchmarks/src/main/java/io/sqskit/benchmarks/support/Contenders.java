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
package io.sqskit.benchmarks.support;

import java.lang.reflect.InvocationTargetException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Creates contenders by class name, so a harness still runs, and reports "not measured", when a
 * contender's classes are absent or broken (sqskit's parts land late on their branches).
 */
public final class Contenders {
  /** The package that holds every class using sqskit's own API. */
  public static final String SQSKIT_PACKAGE = "io.sqskit.benchmarks.sqskit.";

  private Contenders() {}

  /**
   * A new instance of {@code className} made with the public constructor that takes {@code args}'
   * declared types.
   *
   * @throws ContenderUnavailableException with a one-line reason when it cannot be made
   */
  public static <T> T create(
      String className, Class<T> type, Class<?>[] parameterTypes, Object... args) {
    try {
      Class<?> implementation = Class.forName(className);
      return type.cast(implementation.getConstructor(parameterTypes).newInstance(args));
    } catch (ClassNotFoundException e) {
      throw new ContenderUnavailableException(className + " is not on the classpath", e);
    } catch (InvocationTargetException e) {
      // newInstance wraps what the constructor threw, so there is always a cause.
      Throwable thrown = Objects.requireNonNull(e.getCause());
      throw new ContenderUnavailableException(Runner.describe(thrown), thrown);
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new ContenderUnavailableException(Runner.describe(e), e);
    }
  }

  /** Whether a class can be loaded, e.g. to decide whether a child JVM can run it. */
  public static @Nullable String unavailableReason(String className) {
    try {
      Class.forName(className, false, Contenders.class.getClassLoader());
      return null;
    } catch (ClassNotFoundException e) {
      return className + " is not on the classpath";
    } catch (LinkageError e) {
      return Runner.describe(e);
    }
  }

  /** A contender that could not be made. */
  public static final class ContenderUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    ContenderUnavailableException(String reason, Throwable cause) {
      super(reason, cause);
      this.reason = reason;
    }

    /** Why the contender cannot be made, on one line. */
    public String reason() {
      return reason;
    }
  }
}

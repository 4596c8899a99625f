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
package io.sqskit.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/** The class files a module's tests compiled to, which none of its published jars may hold. */
public final class TestClasses {
  private TestClasses() {}

  /**
   * The entry names ({@code io/sqskit/...Test.class}) under the directory in system property {@code
   * sqskit.testClasses}; {@code known} must be among them, so that a wrong directory fails instead
   * of finding nothing.
   */
  public static Set<String> names(String known) throws IOException {
    String dir = System.getProperty("sqskit.testClasses");
    assertThat(dir).as("system property sqskit.testClasses, set by the parent pom").isNotNull();
    Path root = Path.of(dir);
    try (Stream<Path> files = Files.walk(root)) {
      Set<String> names = new HashSet<>();
      files
          .filter(f -> f.toString().endsWith(".class"))
          .forEach(f -> names.add(root.relativize(f).toString().replace('\\', '/')));
      assertThat(names).as("the test classes, found").contains(known);
      return names;
    }
  }
}

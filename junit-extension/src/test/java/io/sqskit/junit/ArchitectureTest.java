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

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The extension's layering (STYLE.md sections 6 and 9): the optional client libraries are touched
 * only by internal adapters, only JUnit's API is used, and the fake is used through its public API.
 * {@link OptionalDependenciesTest} proves the first rule at run time; this one says where it
 * breaks.
 */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter().importPath(Path.of("target", "classes"));

  @Test
  void optionalClientLibrariesAreReachedOnlyFromInternalAdapters() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.sqskit.junit.internal..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "software.amazon.awssdk..",
            "io.sqskit.client..",
            "io.sqskit.model..",
            "io.sqskit.exception..",
            "io.sqskit.retry..",
            "io.sqskit.transport..")
        .check(MAIN);
  }

  @Test
  void onlyJunitsApiIsUsedNeverAnEngineOrTheLauncher() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.junit.platform.engine..",
            "org.junit.platform.launcher..",
            "org.junit.jupiter.engine..")
        .check(MAIN);
  }

  @Test
  void theFakeIsUsedThroughItsPublicApi() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.sqskit.testing..internal..")
        .check(MAIN);
  }
}

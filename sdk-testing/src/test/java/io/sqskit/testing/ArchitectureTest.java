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
package io.sqskit.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The engine knows nothing of HTTP; Jackson stays inside the protocol adapters (DESIGN.md). */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      // The module's own main classes only: scanning the whole class path is slow and adds nothing.
      new ClassFileImporter().importPath(Path.of("target", "classes"));

  @Test
  void engineKnowsNothingOfHttpOrProtocols() {
    noClasses()
        .that()
        .resideInAPackage("io.sqskit.testing.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.sqskit.testing.server..",
            "io.sqskit.testing.protocol..",
            "com.sun.net.httpserver..")
        .check(MAIN);
  }

  @Test
  void jacksonStaysInsideTheProtocolAdapters() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.sqskit.testing.protocol..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml..")
        .check(MAIN);
  }

  @Test
  void typesafeConfigStaysInTheElasticMqConfigurationReader() {
    // Optional in sdk-testing's pom: every other class must load without it on the class path.
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("io.sqskit.testing.server.ElasticMqConfig")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.typesafe..")
        .check(MAIN);
  }

  @Test
  void protocolAdaptersDoNotDependOnTheServer() {
    noClasses()
        .that()
        .resideInAPackage("io.sqskit.testing.protocol..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.sqskit.testing.server..")
        .check(MAIN);
  }
}

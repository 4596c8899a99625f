package io.sqskit.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine knows nothing of HTTP; Jackson stays inside the protocol adapters (DESIGN.md). */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.sqskit.testing");

  @Test
  void engineKnowsNothingOfHttpOrProtocols() {
    noClasses()
        .that()
        .resideInAPackage("io.sqskit.testing.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.sqskit.testing.server..", "io.sqskit.testing.protocol..", "com.sun.net.httpserver..")
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
